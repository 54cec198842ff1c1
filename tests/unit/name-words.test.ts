/**
 * The frame gate's first test (glossary/name-words.ts) must say yes to every text in which a
 * page pattern, English or Spanish, finds a name: a frame it turns away is never painted. Checked
 * against the patterns themselves, built from the same names, on the glossary's names written the
 * ways pages write them, on everyday and medical English, and on the shared corpus (which has
 * Spanish pages) where it is present.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TermMatcher } from '../../glossary/matcher';
import { isPackedNameWords, NameWords, packNameWords, patternNames, wordRuns } from '../../glossary/name-words';
import { publishedPatterns } from '../../glossary/page-matcher';
import { CATEGORIES } from '../../glossary/types';
import { brownSamples } from './brown-corpus';
import { readPageText } from './corpus-text';
import { EVERYDAY_BLOCKS, FALSE_FRIENDS, MEDICAL_BLOCKS } from './fixtures/everyday-text';

// What the background publishes: the gate's item, and the English and Spanish items it stands for.
const published = publishedPatterns([CATEGORIES, CATEGORIES]);
const names = [...patternNames(published.main.names), ...patternNames(published.spanish.names)];
const words = new NameWords(published.gate.words);
const patterns = [new TermMatcher(published.main.names).createPattern(), new TermMatcher(published.spanish.names).createPattern()];
const patternFinds = (text: string): boolean =>
  patterns.some((pattern) => {
    pattern.lastIndex = 0;
    return pattern.test(text);
  });

/** The texts of `texts` in which the pattern finds a name and the gate's test does not. */
const missed = (texts: Iterable<string>, test = words): string[] => [...texts].filter((text) => patternFinds(text) && !test.mayHold(text));

/** Every name of the pattern, written the ways pages write it. */
const variants = (): string[] =>
  names.flatMap((name) => {
      const runs = wordRuns(name);
      return [
        name,
        name.toUpperCase(),
        `${name}s`,
        `${name}es`,
        `${name}'s`,
        `${name}\u2019s`,
        name.replace(/ /g, '-'),
        name.replace(/[- ]/g, '\u00a0'),
        name.replace(/-/g, '\u2013'),
        `(${name}),`,
        `She asked about ${name.toLowerCase()}; the nurse wrote it down.`,
        runs.join(' '),
      ];
    });

describe("the frame gate's names as words", () => {
  it('finds every name of the pattern, written the ways pages write it', () => {
    expect(missed(variants())).toEqual([]);
    // With the set of first runs a long text makes, from the first text, and without it.
    for (const runsBeforeSet of [0, Infinity]) expect(missed(variants(), new NameWords(published.gate.words, runsBeforeSet))).toEqual([]);
    // And every name and its plural on its own, whatever the pattern says of it.
    for (const name of names) expect(words.mayHold(`About ${name} today.`), name).toBe(true);
  });

  it('finds every name the pattern finds in everyday and medical English, and says no to almost all everyday text', () => {
    const brown = brownSamples().flatMap((sample) => sample.sentences);
    const everyday = Object.values(EVERYDAY_BLOCKS).flat();
    const medical = [...MEDICAL_BLOCKS.flatMap(([, blocks]) => blocks), ...FALSE_FRIENDS.map(([sentence]) => sentence)];
    expect(missed([...brown, ...everyday, ...medical])).toEqual([]);
    const withoutSet = new NameWords(published.gate.words, Infinity);
    expect(missed([...everyday, ...medical], withoutSet)).toEqual([]);
    // The same answers with the set and without it, text by text.
    const sample = brown.filter((_, i) => i % 10 === 0);
    expect(sample.filter((text) => withoutSet.mayHold(text) !== words.mayHold(text))).toEqual([]);
    // A yes the pattern would not give costs a frame the painter for nothing: rare in everyday text.
    const extra = brown.filter((text) => words.mayHold(text) && !patternFinds(text));
    expect(extra.length / brown.length).toBeLessThan(0.001);
  });

  it('says no where a name is only part of a word, or split by other words', () => {
    expect(words.mayHold('Premethotrexated is not a word.')).toBe(false);
    expect(words.mayHold('Take methotrexate.')).toBe(true);
    expect(words.mayHold('Calcium and vitamin D.')).toBe(true);
    expect(words.mayHold('Vitamin and then D.')).toBe(words.mayHold('Vitamin.'));
    expect(words.mayHold('')).toBe(false);
  });

  it('reads a list out of order as well as the sorted one', () => {
    const shuffled = new NameWords(published.gate.words.split('\n').reverse().join('\n'));
    for (const text of ['Weekly IVIG.', 'Anti-MDA5 antibodies.', 'Raynaud’s phenomenon', 'The weather was mild.']) {
      expect(shuffled.mayHold(text), text).toBe(words.mayHold(text));
    }
  });

  it('refuses a name it could never find, and a stored value that is not its list', () => {
    expect(() => packNameWords(['methotrexate', '\u2013'])).toThrow(/no word character/);
    expect(isPackedNameWords(packNameWords(names))).toBe(true);
    for (const value of [undefined, '', 3, ['a'], { words: 'a' }]) expect(isPackedNameWords(value), String(value)).toBe(false);
    // Whatever else a stored string holds, it is read without harm: its lines are only looked up.
    const odd = new NameWords('methotrexate\n\n  \nzz top');
    expect(odd.mayHold('Methotrexate weekly.')).toBe(true);
    expect(odd.mayHold('A quiet day.')).toBe(false);
  });
});

const CORPUS = resolve(process.env.DMG_CORPUS ?? resolve(__dirname, '../../../shared/corpus'));
const present = existsSync(join(CORPUS, 'INDEX.tsv'));

describe("the frame gate's names as words, on the shared corpus", () => {
  it.skipIf(!present)('finds every name the pattern finds in every page of the corpus', () => {
    const pages = readFileSync(join(CORPUS, 'INDEX.tsv'), 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t')[0]!)
      .filter((path) => path.endsWith('.html') && existsSync(join(CORPUS, path)));
    expect(pages.length).toBeGreaterThan(100);
    for (const page of pages) expect(missed(readPageText(join(CORPUS, page))), page).toEqual([]);
  });

  it.skipIf(present)(`is skipped: no corpus at ${CORPUS} (set DMG_CORPUS to the folder holding INDEX.tsv)`, () => {
    expect(present).toBe(false);
  });
});
