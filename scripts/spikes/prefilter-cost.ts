/**
 * Issue #22 spike: what one look at the whole text would cost against the walk, in a bare Chromium,
 * wall-clock in the page (medians of 5, each in a fresh tab): the floor (the pattern over every text
 * node), a walk with a filter called for every element and text node (the shape of ours), the body's
 * textContent tested once ("text"), and that plus the element pass web components would still need
 * (a TreeWalker over elements, or getElementsByTagName('*'), looking for shadow roots and custom
 * elements). Whether such a look would be right is `prefilter-corpus.ts`.
 * `npx tsx scripts/spikes/prefilter-cost.ts [no-term,medical-2mb]`
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBareChromium } from '../../tests/support/browsers';
import { serveDirectory } from '../../tests/support/static-server';
import { writeCostPages } from '../bench-pages';
import { glossary } from '../../glossary';
import { TermMatcher } from '../../glossary/matcher';

const scratch = join(tmpdir(), 'dmg-prefilter');
writeCostPages(scratch);
const server = await serveDirectory(scratch);
const bare = await launchBareChromium();
const source = new TermMatcher(glossary).createPattern();
const variants = ['floor', 'filter', 'text', 'text+walk', 'text+tags'];
const results: Record<string, Record<string, number[]>> = {};
for (const pageName of (process.argv[2] ?? 'no-term,medical-2mb').split(',')) {
  results[pageName] = {};
  for (let run = 0; run < 5; run++) for (const v of variants) {
    const page = await bare.newPage();
    await page.goto(server.url(`${pageName}.html`), { waitUntil: 'load' });
    await page.waitForTimeout(300);
    const ms = await page.evaluate(([src, flags, v]) => {
      const pattern = new RegExp(src, flags);
      pattern.exec('x');
      const t0 = performance.now();
      let hits = 0;
      if (v === 'floor') {
        const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = w.nextNode(); n; n = w.nextNode()) { pattern.lastIndex = 0; if (pattern.exec((n as Text).data)) hits++; }
      } else if (v === 'filter') {
        const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, { acceptNode(n) {
          if (n.nodeType === 3) { pattern.lastIndex = 0; return pattern.exec((n as Text).data) ? 1 : 3; }
          const c = (n as Element).getAttribute('class'); if (c && c.includes('zzz')) return 2; if ((n as Element).shadowRoot) hits++; if ((n as Element).localName.includes('-')) hits++;
          return 3; } });
        while (w.nextNode()) hits++;
      } else {
        const text = document.body.textContent!;
        pattern.lastIndex = 0;
        if (pattern.exec(text)) hits++;
        if (v === 'text+walk') {
          const w = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
          for (let n = w.nextNode() as Element | null; n; n = w.nextNode() as Element | null) { if (n.shadowRoot || n.localName.includes('-')) hits++; }
        } else if (v === 'text+tags') {
          const all = document.body.getElementsByTagName('*');
          for (let i = 0; i < all.length; i++) { const n = all[i]!; if (n.shadowRoot || n.localName.includes('-')) hits++; }
        }
      }
      return performance.now() - t0;
    }, [source.source, source.flags, v] as const);
    (results[pageName]![v] ??= []).push(ms);
    await page.close();
  }
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[2]!.toFixed(1);
for (const [p, r] of Object.entries(results)) console.log(p, Object.fromEntries(Object.entries(r).map(([k, xs]) => [k, med(xs)])));
await bare.close();
await server.close();
