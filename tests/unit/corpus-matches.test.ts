/**
 * Runs the page matcher over the visible text of every saved page in the
 * shared corpus and fails on a known kind of wrong match (corpus-wrong-matches.ts).
 * The corpus is read in place from DMG_CORPUS, or ../shared/corpus next to the
 * repository; where it is absent the test says so and is skipped, because the
 * pages are third-party fixtures that are not part of the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allEntries } from '../../glossary/entries';
import { normalizeTerm } from '../../glossary/normalize';
import { TermMatcher, type TermMatch } from '../../glossary/matcher';
import { aliasText, isSearchOnly } from '../../glossary/types';
import { readPageText } from './corpus-text';
import { WRONG_MATCHES, type WrongMatch } from './corpus-wrong-matches';

const ROOT = resolve(process.env.DMG_CORPUS ?? resolve(__dirname, '../../../shared/corpus'));
const INDEX = join(ROOT, 'INDEX.tsv');
const present = existsSync(INDEX);

/** Between two runs of text: not a separator the matcher joins names across, and not part of a word or an address. */
const RUN_BREAK = '\n\u0000\n';
const CONTEXT = 40;

interface Found {
  readonly page: string;
  readonly match: TermMatch;
  readonly before: string;
  readonly after: string;
}

/**
 * The first word of every name the page pattern knows. The combined pattern
 * costs seconds on a long page, so only runs of text holding one of these words
 * (or its plural) are given to it; a run without one cannot contain a match.
 */
function firstWords(): Set<string> {
  const words = new Set<string>();
  for (const entry of allEntries) {
    const names = [entry.name, ...entry.aliases.filter((a) => !isSearchOnly(a)).map(aliasText)];
    for (const name of names) {
      const first = /[\p{L}\p{N}]+/u.exec(normalizeTerm(name))?.[0];
      if (first) words.add(first);
    }
  }
  return words;
}

function mayMatch(run: string, words: ReadonlySet<string>): boolean {
  for (const [word] of run.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    if (words.has(word) || words.has(word.replace(/e?s$/, ''))) return true;
  }
  return false;
}

function pagesOf(index: string): string[] {
  return readFileSync(index, 'utf8')
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[0] ?? '')
    .filter((path) => path !== '');
}

function matchCorpus(): { found: Found[]; pages: number; ms: number } {
  const started = performance.now();
  const matcher = new TermMatcher(allEntries);
  const words = firstWords();
  const found: Found[] = [];
  const pages = pagesOf(INDEX);
  for (const page of pages) {
    const text = readPageText(join(ROOT, page))
      .filter((run) => mayMatch(run, words))
      .join(RUN_BREAK);
    for (const match of matcher.findAll(text)) {
      found.push({
        page,
        match,
        before: text.slice(Math.max(0, match.start - CONTEXT), match.start).replaceAll(RUN_BREAK, ' '),
        after: text.slice(match.end, match.end + CONTEXT).replaceAll(RUN_BREAK, ' '),
      });
    }
  }
  return { found, pages: pages.length, ms: performance.now() - started };
}

function hits(rule: WrongMatch, found: readonly Found[]): Found[] {
  return found.filter(
    (f) =>
      f.match.entryId === rule.entryId &&
      rule.text.test(f.match.text) &&
      (!rule.before || rule.before.test(f.before)) &&
      (!rule.after || rule.after.test(f.after)),
  );
}

const describeWhere = (f: Found) => `${f.page}: …${f.before}[${f.match.text}]${f.after}…`;

describe('the matcher on the real-page corpus', () => {
  it.skipIf(!present)(`makes none of the known wrong matches (corpus at ${ROOT})`, () => {
    const { found, pages, ms } = matchCorpus();
    const perEntry = new Map<string, number>();
    for (const f of found) perEntry.set(f.match.entryId, (perEntry.get(f.match.entryId) ?? 0) + 1);
    console.log(
      `Corpus: ${pages} pages, ${found.length} matches of ${perEntry.size} entries in ${(ms / 1000).toFixed(1)} s; most: ` +
        [...perEntry].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([id, n]) => `${id} ${n}`).join(', '),
    );
    expect(pages, 'pages listed in INDEX.tsv').toBeGreaterThan(0);

    const regressions = WRONG_MATCHES.filter((r) => r.status === 'fixed').flatMap((rule) =>
      hits(rule, found).map((f) => `${rule.why} — ${describeWhere(f)}`),
    );
    const open = WRONG_MATCHES.filter((r) => r.status === 'open').map((rule) => ({ rule, where: hits(rule, found) }));
    for (const { rule, where } of open) {
      console.log(`Open (${where.length}): ${rule.why}\n  ${where.slice(0, 3).map(describeWhere).join('\n  ')}`);
    }
    expect(regressions, 'wrong matches that were fixed and are back').toEqual([]);
    const nowFixed = open.filter((o) => o.where.length === 0).map((o) => o.rule.why);
    expect(nowFixed, 'open wrong matches that no longer happen: mark them fixed in corpus-wrong-matches.ts').toEqual([]);
  }, 60_000);

  it.skipIf(present)(`is skipped: no corpus at ${ROOT} (set DMG_CORPUS to the folder holding INDEX.tsv)`, () => {
    expect(present).toBe(false);
  });
});
