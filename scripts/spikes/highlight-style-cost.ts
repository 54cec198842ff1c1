/**
 * Issue #22 spike: the style work the CSS Custom Highlight API itself causes on the 2 MB bench page,
 * without the extension. A bare Chromium adopts our kind of `:root::highlight()` sheet at
 * document start (as the content script does), and once the page has loaded, one task of the page
 * finds the pattern's matches and either registers N of them as one highlight ("paint") or does the
 * same work without registering ("control"). The difference in Chromium's RecalcStyleDuration
 * (thread time) is what painting N ranges costs in style, whoever paints them.
 * `npx tsx scripts/spikes/highlight-style-cost.ts [N=287] [runs=5]`
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
const bare = await launchBareChromium();
const plain = await launchBareChromium();
const pattern = new TermMatcher(glossary).createPattern();
const SHEET = `:root::highlight(dmg-term-plain){background-color:#ffe58f;color:#111111;text-decoration:underline dotted #7a4f00;text-decoration-thickness:2px}`;
await bare.addInitScript(`(() => { const s = new CSSStyleSheet(); s.replaceSync(${JSON.stringify(SHEET)}); document.adoptedStyleSheets = [s]; })()`);
const NAMES = ['RecalcStyleDuration', 'LayoutDuration', 'ScriptDuration'] as const;
const diffs: Record<string, Record<string, number[]>> = { paint: {}, control: {}, nosheet: {}, late: {}, lateUniversal: {}, lateHtml: {} };
const loads: Record<string, Record<string, number[]>> = { paint: {}, control: {}, nosheet: {}, late: {}, lateUniversal: {}, lateHtml: {} };
for (let run = 0; run < runs; run++) {
  for (const mode of run % 2 ? ['late', 'lateHtml', 'nosheet'] : ['lateHtml', 'nosheet', 'late']) {
    const context = mode === 'nosheet' || mode.startsWith('late') ? plain : bare;
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.goto(server.url('medical-2mb.html'), { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    const read = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value * 1000]));
    const before = await read();
    for (const k of NAMES) (loads[mode]![k] ??= []).push(before[k]!);
    await page.evaluate(([src, flags, n, paint, late]) => {
      setTimeout(() => {
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
        (window as unknown as { __found: number }).__found = ranges.length;
        if (paint) CSS.highlights.set('dmg-term-plain', new Highlight(...chosen));
        if (late) {
          const s = new CSSStyleSheet();
          s.replaceSync(late);
          document.adoptedStyleSheets = [s];
          CSS.highlights.set('dmg-term-plain', new Highlight(...chosen));
        }
      }, 0);
    }, [pattern.source, pattern.flags, count, mode === 'paint', mode === 'late' ? SHEET : mode === 'lateUniversal' ? SHEET.replace(':root', '') : mode === 'lateHtml' ? SHEET.replace(':root', 'html') : ''] as const);
    await page.waitForTimeout(2000);
    const after = await read();
    for (const k of NAMES) (diffs[mode]![k] ??= []).push(after[k]! - before[k]!);
    if (run === 0 && mode === 'paint') console.log('raw matches on the page', await page.evaluate(() => (window as unknown as { __found: number }).__found));
    await cdp.detach();
    await page.close();
  }
}
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const k of NAMES) console.log('load, to 1.5 s after:', k, Object.entries(loads).filter(([, r]) => r[k]).map(([m, r]) => `${m} ${med(r[k]!).toFixed(1)}`).join(' | '));
for (const k of NAMES) console.log(k, 'late', med(diffs.late![k]!).toFixed(1), 'lateHtml', med(diffs.lateHtml![k]!).toFixed(1), 'nosheet', med(diffs.nosheet![k]!).toFixed(1));
await bare.close();
await plain.close();
await server.close();
