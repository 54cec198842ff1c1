/**
 * What the built extension costs a page, measured from outside (issue #22):
 * Chromium's own counters (CDP Performance.getMetrics) for a page loaded
 * with the extension and the same page in the same Chromium without it,
 * paired run by run; when the first viewport's terms are painted; heap and
 * script per frame; a large page with no term; the popup's time to
 * interactive. Runs alone with `npx tsx scripts/bench-cost.ts` (after
 * `npx wxt build`), or as part of `npm run bench`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession } from 'playwright-core';
import { glossary } from '../glossary';
import { TermMatcher } from '../glossary/matcher';
import { KEEP_NAMES_SHIM, launchBareChromium, launchChromium, requireBuild, ROOT } from '../tests/support/browsers';
import { bundleEngine } from '../tests/support/engine-bundle';
import { serveDirectory } from '../tests/support/static-server';
import { FRAMES, writeCostPages } from './bench-pages';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// BENCH_EXTENSION_DIR: another build to measure the same way (an older commit's, for before/after figures).
const RELEASE_CHROME = process.env.BENCH_EXTENSION_DIR ?? join(ROOT, '.output/chrome-mv3');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Chromium's counters we read (Performance.getMetrics): durations in seconds, sizes in bytes. */
const COUNTERS = ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration', 'TaskDuration', 'JSHeapUsedSize', 'RecalcStyleCount', 'LayoutCount'] as const;
type Counter = (typeof COUNTERS)[number];
type Counters = Record<Counter, number>;

/**
 * In every frame, before the page's own code (main world): from
 * DOMContentLoaded, the painted count at each animation frame, and every
 * long task. The highlight registry belongs to the document, so the page's
 * world sees what the content script's world paints; both runs carry this
 * same probe.
 */
export function probe(): void {
  type Probe = { dcl: number; frames: [number, number][]; longtasks: [number, number][] };
  const p: Probe = { dcl: 0, frames: [], longtasks: [] };
  (window as unknown as { __probe: Probe }).__probe = p;
  if (PerformanceObserver.supportedEntryTypes.includes('longtask')) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) p.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  }
  if (window !== window.top) return;
  // From the start, not from DCL: a loading page may be painted before it.
  const tick = () => {
    const h = CSS.highlights.get('dmg-term') as { size: number } | undefined;
    p.frames.push([performance.now(), h?.size ?? 0]);
    if (!p.dcl || performance.now() - p.dcl < 3000) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  document.addEventListener('DOMContentLoaded', () => (p.dcl = performance.now()), { once: true });
}

interface PageFigures {
  counters: Counters;
  /** DCL to the end of the frame that first showed every mention of the first viewport (-1: none there; below 0: before DCL). */
  viewportPaintedMs: number;
  /** DCL to the end of the first frame after DCL (what the page itself needs before anything can show). */
  firstFrameMs: number;
  /** Longest long task after DCL, and how many over 50 ms. */
  longestTaskMs: number;
  painted: number;
  viewportMentions: number;
}

/** In the top page, once settled: the probe's figures. */
export function readProbe(): Omit<PageFigures, 'counters'> {
  const p = (window as unknown as { __probe: { dcl: number; frames: [number, number][]; longtasks: [number, number][] } }).__probe;
  const h = CSS.highlights.get('dmg-term') as unknown as Iterable<StaticRange> | undefined;
  // A highlight iterates in insertion order: the last viewport mention's index says which frame showed them all.
  let last = -1;
  let painted = 0;
  let inViewport = 0;
  for (const r of h ?? []) {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    const box = range.getBoundingClientRect();
    if (box.bottom > 0 && box.top < innerHeight && box.width > 0) {
      last = painted;
      inViewport++;
    }
    painted++;
  }
  // A frame's rAF runs before its style, layout and paint: the frame is done when the next one starts.
  const frameEnd = (i: number) => (p.frames[i + 1] ?? p.frames[i]!)[0] - p.dcl;
  const shown = last < 0 ? -1 : p.frames.findIndex(([, size]) => size > last);
  const after = p.longtasks.filter(([start, d]) => start + d > p.dcl);
  return {
    viewportPaintedMs: last < 0 ? -1 : shown < 0 ? Infinity : frameEnd(shown),
    firstFrameMs: frameEnd(Math.max(0, p.frames.findIndex(([t]) => t >= p.dcl))),
    longestTaskMs: Math.max(0, ...after.map(([, d]) => d)),
    painted,
    viewportMentions: inViewport,
  };
}

async function countersOf(cdp: CDPSession): Promise<Counters> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const out = {} as Counters;
  for (const name of COUNTERS) {
    const value = metrics.find((m) => m.name === name)?.value ?? 0;
    out[name] = name.endsWith('Duration') ? value * 1000 : value;
  }
  return out;
}

/** Loads `url` in a fresh tab of `context` with the probe and the counters on, waits `settleMs` after load. */
async function loadAndMeasure(context: BrowserContext, url: string, settleMs: number): Promise<PageFigures> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForTimeout(settleMs);
  const figures = await page.evaluate(readProbe);
  const counters = await countersOf(cdp);
  await cdp.detach();
  await page.close();
  return { counters, ...figures };
}

/**
 * In a bare tab, once loaded: the floor, a bare TreeWalker scan of the page with the same
 * pattern, as Chromium's script thread time around it (the counters' own clock, so the ratio
 * does not move with the load of the machine as a wall-clock time would).
 */
export async function floorOf(context: BrowserContext, url: string, engine: string, pattern: string): Promise<number> {
  const page = await context.newPage();
  await page.addInitScript(engine);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const script = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')!.value * 1000;
  // Run by the page itself, in a task of its own: script run through DevTools is counted apart.
  await page.evaluate((source) => {
    const w = window as unknown as { __dmg: { floorScan(p: string): number }; __floorDone?: boolean };
    setTimeout(() => {
      w.__dmg.floorScan(source);
      w.__floorDone = true;
    }, 300);
  }, pattern);
  const before = await script();
  await page.waitForFunction(() => (window as unknown as { __floorDone?: boolean }).__floorDone === true);
  const ms = (await script()) - before;
  await cdp.detach();
  await page.close();
  return ms;
}

const diff = (a: Counters, b: Counters): Counters => Object.fromEntries(COUNTERS.map((k) => [k, a[k] - b[k]])) as Counters;
const medianCounters = (xs: Counters[]): Counters => Object.fromEntries(COUNTERS.map((k) => [k, median(xs.map((x) => x[k]))])) as Counters;

export interface PageCost {
  page: string;
  /** Medians of the paired differences, extension minus none (ms; heap in bytes). */
  added: Counters;
  withExtension: Counters;
  without: Counters;
  floorMs?: number;
  /** Our script plus the style and layout we cause, ÷ the floor. */
  totalOverFloor?: number;
  scriptOverFloor?: number;
  viewportPaintedMs: number;
  firstFrameMs: number;
  firstFrameBareMs: number;
  longestTaskMs: number;
  longestTaskBareMs: number;
  painted: number;
  viewportMentions: number;
}

export interface CostFigures {
  browser: string;
  runs: number;
  pages: PageCost[];
  perFrame: { terms: { heapBytes: number; scriptMs: number }; empty: { heapBytes: number; scriptMs: number } };
  popup: { coldMs: number; warmMs: number; cold: number[]; warm: number[]; searchReadyColdMs: number; searchReadyWarmMs: number; wholeListColdMs: number; wholeListWarmMs: number };
}

/**
 * In the popup tab: ms from navigation start to the search field focused, the first results
 * listed, and every term listed (the status line's count of rows, which the first paint lists
 * only in part since #22).
 */
function popupProbe(): void {
  const w = window as unknown as { __ready?: { search: number; results: number; whole: number } };
  const check = () => {
    const input = document.querySelector<HTMLInputElement>('#pp-search');
    const ready = { search: w.__ready?.search ?? 0, results: w.__ready?.results ?? 0, whole: w.__ready?.whole ?? 0 };
    if (!ready.search && input && !input.disabled && document.activeElement === input) ready.search = performance.now();
    if (!ready.results && document.querySelector('.pp-results button[data-term-id]')) ready.results = performance.now();
    const rows = document.querySelectorAll('.pp-results [role="row"]').length;
    const total = Number(/\d+/.exec(document.getElementById('pp-status')?.textContent ?? '')?.[0] ?? Number.NaN);
    if (!ready.whole && rows > 0 && rows === total) ready.whole = performance.now();
    w.__ready = ready;
    if (ready.search && ready.results && ready.whole) observer.disconnect();
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  document.addEventListener('focusin', check, true);
}

/**
 * A release build opens its welcome page on install, in the same extension process as the popup:
 * a "cold" popup opened meanwhile measured the welcome page's loading too (until 6 December).
 * The bench lets it load and closes it first, as a reader would meet it.
 */
export async function closeWelcome(context: BrowserContext): Promise<void> {
  const isWelcome = (url: string) => url.endsWith('/welcome.html');
  const welcome =
    context.pages().find((p) => isWelcome(p.url())) ??
    (await context.waitForEvent('page', { predicate: (p) => isWelcome(p.url()), timeout: 5_000 }).catch(() => undefined));
  if (!welcome) return;
  await welcome.waitForLoadState('load');
  await welcome.close();
}

export async function popupTimes(
  extensionDir: string,
  runs = RUNS,
): Promise<{ cold: number[]; warm: number[]; coldSearch: number[]; warmSearch: number[]; coldWhole: number[]; warmWhole: number[] }> {
  const cold: number[] = [];
  const warm: number[] = [];
  const coldSearch: number[] = [];
  const warmSearch: number[] = [];
  const coldWhole: number[] = [];
  const warmWhole: number[] = [];
  for (let run = 0; run < runs; run++) {
    const session = await launchChromium(extensionDir);
    try {
      await closeWelcome(session.context);
      await session.context.addInitScript(`${KEEP_NAMES_SHIM}\n(${popupProbe.toString()})()`);
      for (const [into, search, whole] of [[cold, coldSearch, coldWhole], [warm, warmSearch, warmWhole]] as const) {
        const page = await session.context.newPage();
        await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
        await page.waitForFunction(() => {
          const r = (window as unknown as { __ready?: { search: number; results: number; whole: number } }).__ready;
          return !!r && r.search > 0 && r.results > 0 && r.whole > 0;
        }, undefined, { timeout: 10_000 });
        const r = await page.evaluate(() => (window as unknown as { __ready: { search: number; results: number; whole: number } }).__ready);
        into.push(Math.max(r.search, r.results));
        search.push(r.search);
        whole.push(r.whole);
        await page.close();
      }
    } finally {
      await session.close();
    }
  }
  return { cold, warm, coldSearch, warmSearch, coldWhole, warmWhole };
}

/** The popup alone (`BENCH_POPUP_ONLY=1 npx tsx scripts/bench-cost.ts`). */
export async function popupOnly(): Promise<{ coldMs: number; warmMs: number; cold: number[]; warm: number[]; wholeListColdMs: number; wholeListWarmMs: number }> {
  const { cold, warm, coldWhole, warmWhole } = await popupTimes(requireBuild(RELEASE_CHROME, 'npx wxt build'));
  return { coldMs: median(cold), warmMs: median(warm), cold, warm, wholeListColdMs: median(coldWhole), wholeListWarmMs: median(warmWhole) };
}

export async function costBench(): Promise<CostFigures> {
  const extensionDir = requireBuild(RELEASE_CHROME, 'npx wxt build');
  const engine = await bundleEngine();
  const pattern = new TermMatcher(glossary).source;
  const scratch = join(tmpdir(), 'dmg-bench-cost');
  const pages = writeCostPages(scratch);
  const server = await serveDirectory(scratch);
  const ext = await launchChromium(extensionDir);
  const bare = await launchBareChromium();
  const results = new Map<string, { ext: PageFigures[]; bare: PageFigures[]; floor: number[] }>();
  try {
    for (const context of [ext.context, bare]) await context.addInitScript(`${KEEP_NAMES_SHIM}\n(${probe.toString()})()`);
    // A first load, not measured: the background has published the pattern by then.
    await loadAndMeasure(ext.context, server.url('frames-none.html'), 1000);
    for (let run = 0; run < RUNS; run++) {
      for (const { name, settle, floor } of pages) {
        process.stdout.write(`  cost run ${run + 1}/${RUNS} ${name}      \r`);
        const r = results.get(name) ?? { ext: [], bare: [], floor: [] };
        results.set(name, r);
        const url = server.url(`${name}.html`);
        // Alternate which goes first, so neither always meets a warmer machine.
        const order = run % 2 === 0 ? (['ext', 'bare'] as const) : (['bare', 'ext'] as const);
        for (const which of order) r[which].push(await loadAndMeasure(which === 'ext' ? ext.context : bare, url, settle));
        if (floor) r.floor.push(await floorOf(bare, url, engine, pattern));
      }
    }
  } finally {
    await ext.close();
    await bare.close();
    await server.close();
  }
  const costs: PageCost[] = pages.map(({ name }) => {
    const r = results.get(name)!;
    const added = medianCounters(r.ext.map((e, i) => diff(e.counters, r.bare[i]!.counters)));
    const floorMs = r.floor.length ? median(r.floor) : undefined;
    return {
      page: name,
      added,
      withExtension: medianCounters(r.ext.map((e) => e.counters)),
      without: medianCounters(r.bare.map((e) => e.counters)),
      floorMs,
      totalOverFloor: floorMs ? (added.ScriptDuration + added.RecalcStyleDuration + added.LayoutDuration) / floorMs : undefined,
      scriptOverFloor: floorMs ? added.ScriptDuration / floorMs : undefined,
      viewportPaintedMs: median(r.ext.map((e) => e.viewportPaintedMs)),
      firstFrameMs: median(r.ext.map((e) => e.firstFrameMs)),
      firstFrameBareMs: median(r.bare.map((e) => e.firstFrameMs)),
      longestTaskMs: Math.max(...r.ext.map((e) => e.longestTaskMs)),
      longestTaskBareMs: Math.max(...r.bare.map((e) => e.longestTaskMs)),
      painted: median(r.ext.map((e) => e.painted)),
      viewportMentions: median(r.ext.map((e) => e.viewportMentions)),
    };
  });
  const byName = (n: string) => costs.find((c) => c.page === n)!;
  const perFrame = (n: string) => (!results.has(n) || !results.has('frames-none') ? { heapBytes: NaN, scriptMs: NaN } : {
    heapBytes: (byName(n).added.JSHeapUsedSize - byName('frames-none').added.JSHeapUsedSize) / FRAMES,
    scriptMs: (byName(n).added.ScriptDuration - byName('frames-none').added.ScriptDuration) / FRAMES,
  }) as { heapBytes: number; scriptMs: number };
  const popup = process.env.BENCH_SKIP_POPUP ? { cold: [0], warm: [0], coldSearch: [0], warmSearch: [0], coldWhole: [0], warmWhole: [0] } : await popupTimes(extensionDir);
  return {
    browser: 'Chromium',
    runs: RUNS,
    pages: costs,
    perFrame: { terms: perFrame('frames-terms'), empty: perFrame('frames-empty') },
    popup: {
      coldMs: median(popup.cold),
      warmMs: median(popup.warm),
      cold: popup.cold,
      warm: popup.warm,
      searchReadyColdMs: median(popup.coldSearch),
      searchReadyWarmMs: median(popup.warmSearch),
      wholeListColdMs: median(popup.coldWhole),
      wholeListWarmMs: median(popup.warmWhole),
    },
  };
}

export function printCostBench(c: CostFigures): void {
  const ms = (x: number | undefined) => (x === undefined ? '—' : x.toFixed(1));
  console.log(`\nWhat the built extension adds to a page (${c.browser}, CDP Performance.getMetrics, median of ${c.runs} paired runs, with − without):`);
  console.table(
    c.pages.map((p) => ({
      page: p.page,
      'script ms': ms(p.added.ScriptDuration),
      'style ms': ms(p.added.RecalcStyleDuration),
      'layout ms': ms(p.added.LayoutDuration),
      'all tasks ms': ms(p.added.TaskDuration),
      'heap KB': (p.added.JSHeapUsedSize / 1024).toFixed(0),
      'floor ms': ms(p.floorMs),
      '(script+style+layout) ÷ floor': p.totalOverFloor?.toFixed(2) ?? '—',
      'script ÷ floor': p.scriptOverFloor?.toFixed(2) ?? '—',
      'DCL→viewport painted ms (first frame, bare)': `${ms(p.viewportPaintedMs)} (${ms(p.firstFrameMs)}, ${ms(p.firstFrameBareMs)})`,
      'longest task after DCL ms, with / without': `${p.longestTaskMs.toFixed(0)} / ${p.longestTaskBareMs.toFixed(0)}`,
      'painted (viewport)': `${p.painted} (${p.viewportMentions})`,
    })),
  );
  const f = c.perFrame;
  console.log(`Per frame (30 same-origin frames, minus the same top page without frames): two terms ${(f.terms.heapBytes / 1024).toFixed(0)} KB heap, ${f.terms.scriptMs.toFixed(2)} ms script; no term ${(f.empty.heapBytes / 1024).toFixed(0)} KB, ${f.empty.scriptMs.toFixed(2)} ms`);
  console.log(`Popup, navigation start to search focused and results listed (median of ${c.runs}): cold ${c.popup.coldMs.toFixed(0)} ms, warm ${c.popup.warmMs.toFixed(0)} ms (search field ready: ${c.popup.searchReadyColdMs.toFixed(0)} / ${c.popup.searchReadyWarmMs.toFixed(0)} ms; every term listed: ${c.popup.wholeListColdMs.toFixed(0)} / ${c.popup.wholeListWarmMs.toFixed(0)} ms)`);
}

if (import.meta.url === `file://${process.argv[1]}` && process.env.BENCH_POPUP_ONLY) {
  console.log(await popupOnly());
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await costBench();
  printCostBench(figures);
  const out = join(ROOT, 'bench-results');
  mkdirSync(out, { recursive: true });
  const file = join(out, process.env.BENCH_COST_OUT ?? 'bench-cost.json');
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), ...figures }, null, 2));
  console.log(`Wrote ${file}`);
}
