/**
 * The pages the benchmarks load, built from the corpus at run time (read in
 * place, never copied into the repository).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { glossary } from '../glossary';
import { TermMatcher } from '../glossary/matcher';
import { ROOT } from '../tests/support/browsers';

export const CORPUS = resolve(ROOT, process.env.DMG_CORPUS ?? '../shared/corpus');
const PAGE_BYTES = 2_000_000;
const HEAD = '<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">';

/**
 * The bodies of real Wikipedia medical articles, read in place from the
 * corpus, one `article` each, until 2 MB. Scripts, styles, frames and links
 * to outside resources are dropped: the benchmark times our work, not theirs.
 */
export function medicalPage(): { html: string; sources: string[] } {
  const dir = join(CORPUS, 'wikipedia-medical');
  if (!existsSync(dir)) throw new Error(`No corpus at ${CORPUS} (set DMG_CORPUS to its folder): the benchmark page is built from its wikipedia-medical pages.`);
  const bodies: string[] = [];
  const sources: string[] = [];
  let size = 0;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.html')).sort()) {
    if (size >= PAGE_BYTES) break;
    const html = readFileSync(join(dir, name), 'utf8');
    const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? '';
    const clean = body
      .replace(/<(script|style|noscript|iframe)\b[\s\S]*?<\/\1>/gi, '')
      .replace(/<(link|img|source|iframe)\b[^>]*>/gi, '');
    bodies.push(`<article>${clean}</article>`);
    sources.push(`wikipedia-medical/${name}`);
    size += clean.length;
  }
  return {
    html: `${HEAD}<title>Medical articles</title></head><body>${bodies.join('\n')}</body></html>`,
    sources,
  };
}

/**
 * The same articles with every glossary name (every raw match of the page
 * pattern, accepted or not) in their text replaced by a neutral word of the
 * same length, and the title too: a large real page on which we paint
 * nothing, as most pages a reader opens are. Same DOM, same layout cost.
 */
export function noTermPage(medical: string): string {
  const pattern = new TermMatcher(glossary).createPattern();
  const neutral = (m: string) => 'q'.repeat(m.length);
  const scrub = (text: string) => text.replace(pattern, neutral);
  // Text between tags only; attributes and tag names stay as they are.
  return medical.replace(/>([^<]+)</g, (_, text: string) => `>${scrub(text)}<`);
}

/**
 * The first part of the page with no term, cut at a paragraph's end: an article's worth of text
 * (about 40,000 characters), the size of most pages a reader opens, where the 1.9 MB page is a
 * worst case.
 */
export function noTermArticle(noTerm: string): string {
  const end = noTerm.indexOf('</p>', ARTICLE_HTML);
  return `${noTerm.slice(0, end < 0 ? noTerm.length : end + '</p>'.length)}</body></html>`;
}
const ARTICLE_HTML = 100_000;

/** A short paragraph as a same-origin frame: two terms, or none. */
export function framePage(withTerms: boolean, index: number): string {
  const text = withTerms
    ? `Note ${index}: my rheumatologist talked about dermatomyositis and methotrexate today.`
    : `Note ${index}: the weather was mild and the walk to the shop took ten minutes.`;
  return `${HEAD}<title>Note ${index}</title></head><body><p>${text}</p></body></html>`;
}

/** A top page with `count` same-origin frames of `prefix`N.html (the top page itself names no term). */
export function framesPage(count: number, prefix: string): string {
  const frames = Array.from({ length: count }, (_, i) => `<iframe src="${prefix}${i}.html" width="300" height="60"></iframe>`).join('\n');
  return `${HEAD}<title>Notes</title></head><body><p>Notes from the week.</p>${frames}</body></html>`;
}

/** How many same-origin frames the frames pages hold. */
export const FRAMES = 30;

export interface CostPage {
  readonly name: string;
  /** How long after load the page is measured. */
  readonly settle: number;
  /** Whether the bare scan of it is measured too (the floor). */
  readonly floor: boolean;
}

/**
 * Writes the cost benches' pages into `dir` (the 2 MB page, the same with no term, FRAMES frames
 * with two terms or none, the top page alone) and returns them, `BENCH_PAGES=a,b` keeping only
 * those: both browsers' cost benches load the same pages, measured at the same moments.
 */
export function writeCostPages(dir: string): CostPage[] {
  mkdirSync(dir, { recursive: true });
  const medical = medicalPage().html;
  writeFileSync(join(dir, 'medical-2mb.html'), medical);
  const noTerm = noTermPage(medical);
  writeFileSync(join(dir, 'no-term.html'), noTerm);
  writeFileSync(join(dir, 'no-term-article.html'), noTermArticle(noTerm));
  for (let i = 0; i < FRAMES; i++) {
    writeFileSync(join(dir, `term-${i}.html`), framePage(true, i));
    writeFileSync(join(dir, `plain-${i}.html`), framePage(false, i));
  }
  writeFileSync(join(dir, 'frames-terms.html'), framesPage(FRAMES, 'term-'));
  writeFileSync(join(dir, 'frames-empty.html'), framesPage(FRAMES, 'plain-'));
  writeFileSync(join(dir, 'frames-none.html'), framesPage(0, 'plain-'));
  const pages: CostPage[] = [
    // 4 s: the heap a page keeps once settled (the scanner lets its compiled pattern go 2 s after its last scan).
    { name: 'medical-2mb', settle: 4000, floor: true },
    { name: 'no-term', settle: 4000, floor: true },
    { name: 'no-term-article', settle: 4000, floor: true },
    { name: 'frames-terms', settle: 1500, floor: false },
    { name: 'frames-empty', settle: 1500, floor: false },
    { name: 'frames-none', settle: 1500, floor: false },
  ];
  const only = process.env.BENCH_PAGES?.split(',');
  return only ? pages.filter((page) => only.includes(page.name)) : pages;
}
