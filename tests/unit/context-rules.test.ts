/**
 * Medical context (glossary/context-rules.ts, context-data.ts): which names are
 * ambiguous, which phrases rule a name out, and what stands in everyday text,
 * in the content review's false friends, in medical text with the same words,
 * and across the Brown Corpus (a million words of general American English).
 */
import { describe, expect, it } from 'vitest';
import { context as published } from 'virtual:dmg-term-names';
import { allEntries } from '../../glossary/entries';
import { isCommonWord } from '../../glossary/common-words';
import { ambiguityOf, contextData, isShortAbbreviation, LISTED_AMBIGUOUS, NEGATIVE_CONTEXTS } from '../../glossary/context-data';
import { ContextRules, readContextData } from '../../glossary/context-rules';
import type { TermMatch, TermMatcher } from '../../glossary/matcher';
import { normalizeTerm } from '../../glossary/normalize';
import { getPageMatcher } from '../../glossary/page-matcher';
import { termNames } from '../../glossary/term-names';
import { aliasText } from '../../glossary/types';
import { brownSamples } from './brown-corpus';
import { EVERYDAY_BLOCKS, FALSE_FRIENDS, MEDICAL_BLOCKS } from './fixtures/everyday-text';

const matcher = getPageMatcher();
const rules = matcher.context!;

const keyed = (m: TermMatcher, found: readonly TermMatch[]) => found.map((f) => ({ key: m.nameKey(f.text), start: f.start, end: f.end }));

/**
 * What stands in a section of blocks, as the page engine decides it: the section is about
 * medicine once any block shows it, and each block is then judged with that known.
 */
function standing(blocks: readonly string[], m: TermMatcher = matcher): TermMatch[][] {
  const found = blocks.map((block) => m.findAll(block));
  const medical = blocks.some((block, i) => found[i]!.length > 0 && m.context!.judge(block, keyed(m, found[i]!), false).evidence);
  return blocks.map((block, i) => {
    const { stand } = m.context!.judge(block, keyed(m, found[i]!), medical);
    return found[i]!.filter((_, j) => stand[j]);
  });
}

describe('which names are ambiguous', () => {
  it('marks short abbreviations, single common words (names as well as aliases) and the listed names', () => {
    for (const name of ['MMR', 'ANA', 'EMG', 'CsA', 'JAKi', 'FK-506', 'RP-ILD', 'IVIG']) expect(isShortAbbreviation(name), name).toBe(true);
    for (const name of ['Rayos', 'physio', 'anti-SAE1', 'Remission', 'IVIG (intravenous immunoglobulin)', 'HRCT scan']) {
      expect(isShortAbbreviation(name), name).toBe(false);
    }
    expect(ambiguityOf('shingles', 'Shingles', isCommonWord)).toBe('common-word');
    expect(ambiguityOf('remission', 'Remission', isCommonWord)).toBe('common-word');
    expect(ambiguityOf('photoprotection', 'sunscreen', isCommonWord)).toBe('common-word');
    expect(ambiguityOf('prednisone', 'Rayos', isCommonWord)).toBe('listed');
    expect(ambiguityOf('corticosteroids', 'steroid', isCommonWord)).toBe('listed');
    expect(ambiguityOf('live-vaccines', 'MMR', isCommonWord)).toBe('abbreviation');
    // Unambiguous: medical words, even long-established ones, and specific phrases.
    for (const [id, name] of [['prednisone', 'Prednisone'], ['methotrexate', 'Methotrexate'], ['cataracts-and-glaucoma', 'glaucoma'], ['complete-blood-count', 'Complete blood count']]) {
      expect(ambiguityOf(id!, name!, isCommonWord), name).toBeUndefined();
    }
  });

  it('lists only names the entries have, each with a reason, so a renamed alias cannot lose its rule', () => {
    const namesOf = new Map(allEntries.map((e) => [e.id, new Set([e.name, ...e.aliases.map(aliasText)].map(normalizeTerm))]));
    const stale = [...LISTED_AMBIGUOUS, ...NEGATIVE_CONTEXTS]
      .filter((rule) => !namesOf.get(rule.entryId)?.has(normalizeTerm(rule.name)))
      .map((rule) => `${rule.entryId}: "${rule.name}"`);
    expect(stale, 'rules for names no entry has').toEqual([]);
    expect([...LISTED_AMBIGUOUS, ...NEGATIVE_CONTEXTS].filter((rule) => rule.why.trim().length < 10)).toEqual([]);
    for (const n of NEGATIVE_CONTEXTS) {
      if (n.before) expect(() => new RegExp(n.before!, 'i'), n.before).not.toThrow();
      if (n.after) expect(() => new RegExp(n.after!, 'i'), n.after).not.toThrow();
      expect(n.before ?? n.after, `${n.entryId} "${n.name}" has a phrase`).toBeTruthy();
    }
  });

  it('are what the build publishes, and survive storage; damaged data is refused', () => {
    expect(published).toEqual(contextData(termNames(allEntries), isCommonWord));
    expect(readContextData(JSON.parse(JSON.stringify(published)))).toEqual(published);
    for (const junk of [undefined, null, 'x', { names: {} }, { names: [], neighbours: '' }, { names: { mmr: { ambiguous: 'maybe' } }, neighbours: '' }, { names: { mmr: { negatives: [{ before: 3 }] } }, neighbours: '' }]) {
      expect(readContextData(junk)).toBeUndefined();
    }
    // A broken phrase is skipped, not fatal: the other rules still work.
    const partial = new ContextRules({ names: { mmr: { ambiguous: 'abbreviation', negatives: [{ before: '(unclosed' }, { after: '^ deficiency' }] } }, neighbours: 'vaccine' });
    expect(partial.isNegated('mmr', 'MMR deficiency', 0, 3)).toBe(true);
    expect(partial.isNegated('mmr', 'MMR vaccine', 0, 3)).toBe(false);
  });
});

describe('the decision for one section', () => {
  const at = (text: string, name: string) => ({ key: normalizeTerm(name), start: text.indexOf(name), end: text.indexOf(name) + name.length });

  it('paints an ambiguous name only with an unambiguous one, a neighbour word or known context', () => {
    const alone = 'My MMR dropped after the patch.';
    expect(rules.judge(alone, [at(alone, 'MMR')], false)).toEqual({ stand: [false], evidence: false, held: true });
    expect(rules.judge(alone, [at(alone, 'MMR')], true)).toEqual({ stand: [true], evidence: false, held: false });
    const withNeighbour = 'The MMR vaccine was given at the clinic.';
    expect(rules.judge(withNeighbour, [at(withNeighbour, 'MMR')], false)).toEqual({ stand: [true], evidence: true, held: false });
    // The neighbour word may be elsewhere in the block the text is part of.
    expect(rules.judge(alone, [at(alone, 'MMR')], false, () => `${alone} Ask the nurse.`).stand).toEqual([true]);
    const withTerm = 'MMR and methotrexate do not mix.';
    expect(rules.judge(withTerm, [at(withTerm, 'MMR'), at(withTerm, 'methotrexate')], false)).toEqual({ stand: [true, true], evidence: true, held: false });
  });

  it('takes no neighbour word as evidence for itself alone, but for another ambiguous name beside it', () => {
    // "infusion" is both a neighbour word and an ambiguous name (issue #20).
    const tea = 'A warm infusion before bed, and more infusions in the morning.';
    const first = at(tea, 'infusion');
    expect(rules.judge(tea, [first], false)).toEqual({ stand: [false], evidence: false, held: true });
    expect(rules.judge(tea, [first], false, () => `${tea} Infusions are cheap.`).stand).toEqual([false]);
    expect(rules.judge(tea, [first], false, () => `${tea} Ask the nurse.`).stand).toEqual([true]);
    const drip = 'After the IVIG infusion she felt tired for two days.';
    expect(rules.judge(drip, [at(drip, 'IVIG'), at(drip, 'infusion')], false)).toEqual({ stand: [true, true], evidence: true, held: false });
    // Where no ambiguous name waits, a neighbour word is evidence as before.
    expect(rules.hasNeighbour(tea)).toBe(true);
    expect(rules.hasNeighbour(tea, 'infusion')).toBe(false);
    expect(rules.hasNeighbour(`${tea} The patient`, 'infusion')).toBe(true);
  });

  it('rules out the everyday meanings of infusion and fatigue in medical context too', () => {
    const negated = [
      ['The hospital got an infusion of cash from the council.', 'infusion'],
      ['An infusion of new blood in the ward team.', 'infusion'],
      ['A herbal tea infusion.', 'infusion'],
      ['Garlic infusion oil.', 'infusion'],
      ['Metal fatigue in the wheelchair frame.', 'fatigue'],
      ['Decision fatigue among doctors.', 'fatigue'],
      ['Compassion fatigue in nurses.', 'fatigue'],
      ['Medics in army fatigues.', 'fatigue'],
      ['Chronic fatigue syndrome is another illness.', 'fatigue'],
      ['Insomnia Cookies opened near the hospital.', 'insomnia'],
    ] as const;
    for (const [text, name] of negated) {
      const found = matcher.findAll(text).filter((m) => matcher.nameKey(m.text) === name);
      expect(found.length, text).toBe(1);
      expect(rules.judge(text, keyed(matcher, found), true).stand, text).toEqual([false]);
    }
    for (const text of ['The infusion of rituximab took four hours.', 'Muscle fatigue after a short walk.', 'Fatigue and insomnia on high-dose steroids.']) {
      const found = matcher.findAll(text);
      expect(rules.judge(text, keyed(matcher, found), true).stand.every(Boolean), text).toBe(true);
    }
  });

  it('never paints a name in a phrase that gives it another meaning, even in medical context', () => {
    const text = 'Steroids help myositis, but anabolic steroids are another thing.';
    const second = { key: 'steroid', start: text.lastIndexOf('steroids'), end: text.lastIndexOf('steroids') + 8 };
    expect(rules.judge(text, [at(text, 'Steroids'), at(text, 'myositis'), second], true).stand).toEqual([true, true, false]);
    // A negated name is no evidence for the others.
    const jaw = 'osteonecrosis of the jaw and MMR';
    expect(rules.judge(jaw, [at(jaw, 'osteonecrosis'), at(jaw, 'MMR')], false).stand).toEqual([false, false]);
  });
});

describe('in text', () => {
  it('paints nothing in everyday text: news, games, sport, shopping, DIY, recipes, finance, travel, music, Spanish, French, German', () => {
    const painted = Object.entries(EVERYDAY_BLOCKS).flatMap(([kind, blocks]) =>
      standing(blocks).flatMap((found, i) => found.map((m) => `${kind}: "${m.text}" → ${m.entryId} in: ${blocks[i]}`)),
    );
    expect(painted).toEqual([]);
    // Without the rules, the same text is full of them (the problem of issue #20).
    const before = Object.values(EVERYDAY_BLOCKS).flatMap((blocks) => blocks.flatMap((block) => matcher.findAll(block)));
    expect(before.length).toBeGreaterThanOrEqual(20);
  });

  it("rules out the content review's false friends", () => {
    for (const [sentence, name] of FALSE_FRIENDS) {
      const texts = standing([sentence])[0]!.map((m) => m.text.toLowerCase());
      expect(matcher.findAll(sentence).map((m) => m.text.toLowerCase()), `found at all: ${sentence}`).toContain(name.toLowerCase());
      expect(texts, sentence).not.toContain(name.toLowerCase());
    }
  });

  it('paints the same words where they are medicine', () => {
    for (const [sentence, names] of MEDICAL_BLOCKS) {
      const texts = standing([sentence])[0]!.map((m) => m.text);
      for (const name of names) expect(texts, sentence).toContain(name);
    }
  });

  it('paints an ambiguous name in a section whose other block names an unambiguous term, in either order', () => {
    const blocks = ['Her CK was 4,000.', 'The team started methotrexate.'];
    expect(standing(blocks).map((found) => found.map((m) => m.text))).toEqual([['CK'], ['methotrexate']]);
    expect(standing([...blocks].reverse()).map((found) => found.map((m) => m.text))).toEqual([['methotrexate'], ['CK']]);
    expect(standing(['Her CK was 4,000.', 'The team won the cup.']).map((found) => found.map((m) => m.text))).toEqual([[], []]);
  });

  it('matches the plain matcher where nothing is ambiguous (findInContext)', () => {
    const text = 'Prednisone, methotrexate and a muscle biopsy.';
    expect(matcher.findInContext(text)).toEqual(matcher.findAll(text));
    expect(matcher.findInContext('I flew ANA to Osaka.')).toEqual([]);
    expect(matcher.findInContext('I flew ANA to Osaka.', true)).toEqual([]);
    expect(matcher.findInContext('Her ANA was positive.', true).map((m) => m.text)).toEqual(['ANA']);
  });
});

/** What the general genres paint, each read in place and true: medicine, and bodily tiredness. */
const BROWN_TRUE = [
  'cc11 fatigue → fatigue', // "how fatigue and illness and nervous strain wear candidates down": bodily tiredness
  'ce25 glaucoma → cataracts-and-glaucoma', // an eye clinic's new laser, in a hobbies sample
  'cf10 physiotherapist → physical-therapy', // a popular-lore sample on who may treat the back
];

describe('on the Brown Corpus (general American English)', () => {
  it('paints in general genres only what is medicine, and keeps medicine in the learned one', () => {
    const samples = brownSamples();
    let words = 0;
    let before = 0;
    const general: string[] = [];
    const learned: string[] = [];
    const missed: string[] = [];
    for (const sample of samples) {
      words += sample.sentences.reduce((n, s) => n + s.split(' ').length, 0);
      // One pass over the whole sample first: most hold no name at all, and each findAll compiles the pattern.
      if (matcher.findAll(sample.sentences.join('\n\u0000\n')).length === 0) continue;
      const all = sample.sentences.map((s) => matcher.findAll(s));
      before += all.reduce((n, found) => n + found.length, 0);
      const stood = standing(sample.sentences);
      for (const found of stood) for (const m of found) (sample.genre === 'learned' ? learned : general).push(`${sample.id} ${m.text.toLowerCase()} → ${m.entryId}`);
      all.forEach((found, i) => found.filter((m) => !stood[i]!.some((k) => k.start === m.start)).forEach((m) => missed.push(`${sample.id} ${m.text} → ${m.entryId}: ${sample.sentences[i]}`)));
    }
    console.log(`Brown Corpus: ${samples.length} samples, ${words} words; ${before} mentions without context rules, ${general.length + learned.length} with them (${learned.length} in "learned"); taken away:\n  ${missed.join('\n  ')}`);
    expect(words).toBeGreaterThan(1_000_000);
    expect(general).toEqual(BROWN_TRUE);
    // Taken away: roof and racing-boat shingles and light-sensitive surfaces (right), and one old
    // remedy for the disease (wrong: "Shingles were cured by gentian, an old drug", with no medical
    // word beside it that is not also everyday; a stated miss, 1 of 21). Of the everyday words of
    // issue #20: an "infusion of multitudes of penniless immigrants", listener, cultural and flex
    // (foam) fatigue and a marine's fatigues (right); and tiredness in stories, an essay and a
    // sociology paper, and a science-fiction character's insomnia, with no medicine around them
    // (bodily meanings, but not pages a reader needs the cards on).
    expect(missed.map((m) => m.slice(0, m.indexOf(':')))).toEqual([
      'cc15 shingles → shingles',
      'cd10 infusion → iv-infusion',
      'ce04 fatigue → fatigue',
      'ce22 fatigue → fatigue',
      'ce24 fatigue → fatigue',
      'ce35 shingles → shingles',
      'ce35 shingles → shingles',
      'cf26 Shingles → shingles',
      'cj24 fatigue → fatigue',
      'cj66 fatigue → fatigue',
      'cj76 fatigue → fatigue',
      'cj78 photosensitive → photosensitivity',
      'ck21 fatigue → fatigue',
      'cm04 insomnia → steroid-sleep-problems',
      'cm04 fatigue → fatigue',
      'cm04 Insomnia → steroid-sleep-problems',
      'cm04 insomnia → steroid-sleep-problems',
      'cn25 fatigues → fatigue',
      'cn25 fatigues → fatigue',
      'cp02 fatigue → fatigue',
      'cp02 shingles → shingles',
    ]);
    // The learned genre's case report on steroid myopathy keeps every mention (cj15, its patient's
    // "generalized weakness and fatigue" among them), and the optics paper loses its
    // "photosensitive surfaces" (cj78).
    expect(learned.filter((m) => m.startsWith('cj15 ')).length).toBe(13);
    expect(learned).toContain('cj15 fatigue → fatigue');
    expect(learned.some((m) => m.startsWith('cj78 '))).toBe(false);
  }, 120_000);
});
