/**
 * Issue #22 spike: what painting with the CSS Custom Highlight API costs in style on the 2 MB bench
 * page, without the extension, in Chromium's thread-time counters. Once the page has loaded, one
 * task of the page finds the pattern's matches (the same work in every mode) and then:
 * - "paint": registers N of them, our kind of `:root::highlight()` sheet having been adopted at
 *   the document's start (as if it were there before anything was styled);
 * - "control": registers nothing, the same sheet there from the start;
 * - "nosheet": registers nothing, no sheet at all;
 * - "late", "lateHtml", "lateUniversal": adopts the sheet now, once the page is styled, with its
 *   rules on `:root`, on `html` or on every element, and registers the N ranges.
 * Prints, per mode, the style, layout and script of the load (to 1.5 s after it) and of that task
 * (to 2 s after it). `npx tsx scripts/spikes/highlight-style-cost.ts [N=287] [runs=5]`
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchBareChromium } from '../../tests/support/browsers';
import { serveDirectory } from '../../tests/support/static-server';
import { writeCostPages } from '../bench-pages';
import { glossary } from '../../glossary';
import { TermMatcher } from '../../glossary/matcher';

const count = Number(process.argv[2] ?? 287);
const runs = Number(process.argv[3] ?? 5);
const scratch = join(tmpdir(), 'dmg-style-spike');
writeCostPages(scratch);
const server = await serveDirectory(scratch);
const SHEET = ':root::highlight(dmg-term-plain){background-color:#ffe58f;color:#111111;text-decoration:underline dotted #7a4f00;text-decoration-thickness:2px}';
// The sheet from the document's start; a second browser has none.
const early = await launchBareChromium();
await early.addInitScript(`(() => { const s = new CSSStyleSheet(); s.replaceSync(${JSON.stringify(SHEET)}); document.adoptedStyleSheets = [s]; })()`);
const plain = await launchBareChromium();
const pattern = new TermMatcher(glossary).createPattern();

interface Mode { context: BrowserContext; register: boolean; lateSheet: string }
const MODES: Record<string, Mode> = {
  paint: { context: early, register: true, lateSheet: '' },
  control: { context: early, register: false, lateSheet: '' },
  nosheet: { context: plain, register: false, lateSheet: '' },
  late: { context: plain, register: true, lateSheet: SHEET },
  lateHtml: { context: plain, register: true, lateSheet: SHEET.replace(':root', 'html') },
  lateUniversal: { context: plain, register: true, lateSheet: SHEET.replace(':root', '') },
};
const NAMES = ['RecalcStyleDuration', 'LayoutDuration', 'ScriptDuration'] as const;
const load: Record<string, Record<string, number[]>> = {};
const task: Record<string, Record<string, number[]>> = {};
const order = Object.keys(MODES);
for (let run = 0; run < runs; run++) {
  for (const name of run % 2 ? [...order].reverse() : order) {
    const { context, register, lateSheet } = MODES[name]!;
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(server.url('medical-2mb.html'), { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    const read = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value * 1000]));
    const before = await read();
    const found = await page.evaluate(([src, flags, n, paint, sheet]) => {
      const re = new RegExp(src, flags);
      const ranges: StaticRange[] = [];
      const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let t = w.nextNode() as Text | null; t; t = w.nextNode() as Text | null) {
        re.lastIndex = 0;
        for (let m = re.exec(t.data); m; m = re.exec(t.data)) ranges.push(new StaticRange({ startContainer: t, startOffset: m.index, endContainer: t, endOffset: m.index + m[0].length }));
      }
      const step = Math.max(1, ranges.length / n);
      const chosen: StaticRange[] = [];
      for (let i = 0; i < ranges.length && chosen.length < n; i += step) chosen.push(ranges[Math.floor(i)]!);
      // In a task of the page's own: script run through DevTools is counted apart.
      setTimeout(() => {
        if (sheet) {
          const s = new CSSStyleSheet();
          s.replaceSync(sheet);
          document.adoptedStyleSheets = [s];
        }
        if (paint) CSS.highlights.set('dmg-term-plain', new Highlight(...chosen));
      }, 0);
      return ranges.length;
    }, [pattern.source, pattern.flags, count, register, lateSheet] as const);
    await page.waitForTimeout(2000);
    const after = await read();
    for (const k of NAMES) {
      ((load[name] ??= {})[k] ??= []).push(before[k]!);
      ((task[name] ??= {})[k] ??= []).push(after[k]! - before[k]!);
    }
    if (run === 0 && name === 'paint') console.log(`raw matches on the page: ${found}, ${Math.min(found, count)} registered`);
    await cdp.detach();
    await page.close();
  }
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const table = (of: Record<string, Record<string, number[]>>) => Object.fromEntries(order.map((m) => [m, Object.fromEntries(NAMES.map((k) => [k, med(of[m]![k]!).toFixed(1)]))]));
console.log(`The load, to 1.5 s after it (ms, median of ${runs}):`);
console.table(table(load));
console.log(`The task after it, to 2 s (ms, median of ${runs}):`);
console.table(table(task));
await early.close();
await plain.close();
await server.close();
