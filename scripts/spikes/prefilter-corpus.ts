/**
 * Issue #22 spike: would a one-string prefilter (the body's textContent tested once) tell pages with
 * no term from the rest, over the 150 corpus pages and the bench's no-term page, without missing a
 * page the walk finds a candidate in? textContent joins text nodes with nothing between them, so a
 * name at a node's edge can lose its word boundary ("<td>IVIG</td><td>Monthly</td>"): variants with
 * looser boundaries are counted too. `npx tsx scripts/spikes/prefilter-corpus.ts`
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';
import { glossary } from '../../glossary';
import { TermMatcher } from '../../glossary/matcher';
import { trieSource } from '../../glossary/pattern-trie';
import { aliasText, isCaseSensitive, isSearchOnly } from '../../glossary/types';
import { CORPUS, writeCostPages } from '../bench-pages';

const matcher = new TermMatcher(glossary);
const bounded = matcher.createPattern();
const names = glossary.flatMap((e) => [e.name, ...e.aliases.filter((a) => !isSearchOnly(a)).map(aliasText)]);
const LONG = Number(process.env.LONG ?? 6);
const W = '[\\w\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0300-\\u036f]';
const longSource = trieSource(names.filter((n) => n.length >= LONG));
const shortSource = `(?<!${W})(?:${trieSource(names.filter((n) => n.length < LONG))})(?:e?s)?(?!${W})`;
// Exact: no boundaries at all, so no node edge can hide a name; names written in one case only
// (abbreviations) matched in that case, the rest in any case.
const live = glossary.flatMap((e) => [{ text: e.name, cs: false }, ...e.aliases.filter((a) => !isSearchOnly(a)).map((a) => ({ text: aliasText(a), cs: isCaseSensitive(a) }))]);
const exactCs = trieSource(live.filter((n) => n.cs).map((n) => n.text));
const exactCi = trieSource(live.filter((n) => !n.cs).map((n) => n.text));
const scratch = join(tmpdir(), 'dmg-prefilter-corpus');
writeCostPages(scratch);
const pages = readFileSync(join(CORPUS, 'INDEX.tsv'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => join(CORPUS, l.split('\t')[0]!)).filter((p) => p.endsWith('.html') || p.endsWith('.htm'));
pages.push(join(scratch, 'no-term.html'), join(scratch, 'medical-2mb.html'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new'] });
const context = await browser.newContext({ javaScriptEnabled: true });
await context.route(/^https?:/, (route) => route.abort());
const rows: { page: string; candidates: number; bounded: boolean; hybrid: boolean; long: boolean; exact: boolean; exactWhy: string }[] = [];
for (const path of pages) {
  const page = await context.newPage();
  try {
    await page.goto(`file://${path}`, { waitUntil: 'domcontentloaded', timeout: 20_000 });
  } catch {
    await page.close();
    continue;
  }
  const row = await page.evaluate(([b, bf, long, short, cs, ci]) => {
    if (!document.body) return null;
    const re = new RegExp(b, bf);
    const skip = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA|CODE|PRE)$/;
    let candidates = 0;
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) {
      if (skip.test(n.parentElement?.tagName ?? '')) continue;
      re.lastIndex = 0;
      if (re.exec((n as Text).data)) candidates++;
    }
    const text = document.body.textContent ?? '';
    re.lastIndex = 0;
    const boundedHit = re.test(text);
    const longHit = new RegExp(long, 'i').test(text);
    const shortHit = new RegExp(short, 'i').test(text);
    const a = new RegExp(cs).exec(text) ?? new RegExp(ci, 'i').exec(text);
    return { candidates, bounded: boundedHit, long: longHit, hybrid: longHit || shortHit, exact: !!a, exactWhy: a ? JSON.stringify(text.slice(a.index - 8, a.index + a[0].length + 8)) : '' };
  }, [bounded.source, bounded.flags, longSource, shortSource, exactCs, exactCi] as const).catch(() => null);
  await page.close();
  if (row) rows.push({ page: path.replace(`${CORPUS}/`, ''), ...row });
}
await browser.close();
const missBounded = rows.filter((r) => r.candidates > 0 && !r.bounded);
const missHybrid = rows.filter((r) => r.candidates > 0 && !r.hybrid);
console.log(`${rows.length} pages; with a candidate ${rows.filter((r) => r.candidates > 0).length}`);
console.log(`bounded textContent says none: ${rows.filter((r) => !r.bounded).length}; misses ${missBounded.length}: ${missBounded.map((r) => r.page).join(', ')}`);
console.log(`hybrid (names >= ${LONG} unbounded) says none: ${rows.filter((r) => !r.hybrid).length}; misses ${missHybrid.length}: ${missHybrid.map((r) => r.page).join(', ')}`);
console.log(`exact (no boundaries) says none: ${rows.filter((r) => !r.exact).length}; misses ${rows.filter((r) => r.candidates > 0 && !r.exact).length}; why yes on pages with no candidate: ${rows.filter((r) => r.candidates === 0 && r.exact).map((r) => r.exactWhy).join(' ')}`);
console.log('no candidate but hybrid says yes:', rows.filter((r) => r.candidates === 0 && r.hybrid).length, '; bench pages:', JSON.stringify(rows.filter((r) => r.page.includes('dmg-prefilter'))));
