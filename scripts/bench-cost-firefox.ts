/**
 * The Firefox part of the cost bench (issue #22): the release Firefox build
 * (`npx wxt build -b firefox`, .output/firefox-mv2) measured from outside, in
 * Firefox ESR over WebDriver BiDi (puppeteer-core). Runs after the Chromium
 * part in `npm run bench` (skipped with BENCH_SKIP_FIREFOX_COST=1), or alone:
 * `npx wxt build -b firefox && npx tsx scripts/bench-cost-firefox.ts`
 * (BENCH_POPUP_ONLY=1, BENCH_SKIP_POPUP=1 as in bench-cost.ts).
 *
 * Firefox gives none of the counters the Chromium part reads (no CDP
 * Performance.getMetrics, no performance.memory, no long-task observer), so
 * every time here is a wall-clock time taken in the page or the popup. Memory
 * comes from Firefox's own memory report (about:memory's), dumped on a signal
 * after a GC (Linux only), and from the processes' USS in /proc.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Browser, Page } from 'puppeteer-core';
import { GECKO_ID, KEEP_NAMES_SHIM, launchFirefox, requireBuild, ROOT } from '../tests/support/browsers';
import { serveDirectory } from '../tests/support/static-server';
import { probe, readProbe } from './bench-cost';
import { blockedTime, longestGap, median, medianRatio, memoryFromSmapsRollup, pairedDifferences, webMemory, type MemoryReportLine } from './bench-firefox-figures';
import { FRAMES, writeCostPages } from './bench-pages';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// BENCH_FIREFOX_EXTENSION_DIR: another Firefox build to measure the same way.
const RELEASE_FIREFOX = process.env.BENCH_FIREFOX_EXTENSION_DIR ?? join(ROOT, '.output/firefox-mv2');
/** How long after DCL the page-side probes watch (bench-cost.ts's probe ticks rAF for 3 s after DCL). */
const WATCH_MS = 3000;

/** Times in ms from the popup's navigation start (its own performance.timeOrigin). */
interface PopupTimes {
  /** The search field focused and enabled. */
  search: number;
  /** The first result row listed. */
  results: number;
  /** Every term listed (rows = the status line's count). */
  whole: number;
  /** The popup's document turned "interactive" (parsed; its module scripts not yet run): the probe's start. */
  parsed: number;
  /** window.open() called to the popup's navigation start (tab creation; not in the figures above). */
  openToNavigation: number;
}

/**
 * In an extension page (the opener), opens popup.html in a new tab and times it. Firefox runs no
 * WebDriver preload script in moz-extension pages (checked: a `script.addPreloadScript`, for the
 * tab or browser-wide, never ran in popup.html), so the probe cannot be put in the popup before
 * its own code as bench-cost.ts does in Chromium. What works instead: a tab opened with
 * window.open() starts on an about:blank that has the opener's origin, and Firefox keeps that
 * same Window object for popup.html (same origin), listeners included (checked). A capturing
 * `readystatechange` listener on it sees the popup's document turn "interactive", which comes
 * before its module scripts run; there the probe attaches its MutationObserver to the popup's
 * document. Times are read from the one clock both pages share (timeOrigin + now).
 */
async function openPopupTimed(): Promise<PopupTimes> {
  const clock = () => performance.timeOrigin + performance.now();
  const t0 = clock();
  const w = window.open('popup.html');
  if (!w) throw new Error('window.open gave no window for popup.html');
  const at = { search: 0, results: 0, whole: 0, parsed: 0 };
  let observer: MutationObserver | undefined;
  const check = () => {
    const doc = w.document;
    const input = doc.querySelector<HTMLInputElement>('#pp-search');
    if (!at.search && input && !input.disabled && doc.activeElement === input) at.search = clock();
    if (!at.results && doc.querySelector('.pp-results button[data-term-id]')) at.results = clock();
    const rows = doc.querySelectorAll('.pp-results [role="row"]').length;
    const total = Number(/\d+/.exec(doc.getElementById('pp-status')?.textContent ?? '')?.[0] ?? Number.NaN);
    if (!at.whole && rows > 0 && rows === total) at.whole = clock();
    if (at.search && at.results && at.whole) observer?.disconnect();
  };
  w.addEventListener(
    'readystatechange',
    (e) => {
      const doc = e.target as Document;
      if (doc.readyState !== 'interactive' || !doc.URL.endsWith('/popup.html') || observer) return;
      at.parsed = clock();
      observer = new MutationObserver(check);
      observer.observe(doc, { childList: true, subtree: true, attributes: true });
      check();
    },
    true,
  );
  w.addEventListener('focusin', check, true);
  const started = clock();
  while (!(at.search && at.results && at.whole)) {
    if (clock() - started > 15_000) throw new Error(`The popup was not ready within 15 s (${JSON.stringify(at)}; probe attached: ${!!observer})`);
    await new Promise((done) => setTimeout(done, 50));
  }
  const navigation = w.performance.timeOrigin;
  w.close();
  return { search: at.search - navigation, results: at.results - navigation, whole: at.whole - navigation, parsed: at.parsed - navigation, openToNavigation: navigation - t0 };
}

/** The extension page whose location ends with `path` (BiDi reports moz-extension tabs as about:blank, so each page is asked). */
async function extensionTab(browser: Browser, path: string): Promise<Page> {
  for (let attempt = 0; attempt < 150; attempt++) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && new URL(href).pathname === path) return page;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`No ${path} tab opened by the extension`);
}

export interface FirefoxPopupFigures {
  /** Navigation start to the search field focused and the first results listed (the later of the two). */
  coldMs: number;
  warmMs: number;
  searchReadyColdMs: number;
  searchReadyWarmMs: number;
  wholeListColdMs: number;
  wholeListWarmMs: number;
  parsedColdMs: number;
  parsedWarmMs: number;
  openToNavigationMs: number;
  cold: PopupTimes[];
  warm: PopupTimes[];
}

/**
 * The popup's time to interactive, a fresh Firefox (a fresh install) per run. The release build
 * opens welcome.html on install; the popup is opened from it once it has loaded (the only
 * extension page the release build gives the driver), so the welcome page stays open, idle, as
 * the opener. In Firefox every extension page and the background page share one process, running
 * since install, so "cold" is the popup's first load in that process, not a process start.
 */
export async function firefoxPopupTimes(extensionDir: string, runs = RUNS): Promise<FirefoxPopupFigures> {
  const cold: PopupTimes[] = [];
  const warm: PopupTimes[] = [];
  for (let run = 0; run < runs; run++) {
    process.stdout.write(`  Firefox popup run ${run + 1}/${runs}   \r`);
    const browser = await launchFirefox(extensionDir);
    try {
      const welcome = await extensionTab(browser, '/welcome.html');
      await welcome.waitForFunction(() => document.readyState === 'complete', { timeout: 15_000 });
      // Let the welcome page settle (fonts, its own effects) so the cold popup does not share its load.
      await new Promise((done) => setTimeout(done, 1000));
      await welcome.evaluate(KEEP_NAMES_SHIM);
      for (const into of [cold, warm]) {
        into.push(await welcome.evaluate(openPopupTimed));
        await new Promise((done) => setTimeout(done, 500));
      }
    } finally {
      await browser.close();
    }
  }
  const interactive = (t: PopupTimes) => Math.max(t.search, t.results);
  return {
    coldMs: median(cold.map(interactive)),
    warmMs: median(warm.map(interactive)),
    searchReadyColdMs: median(cold.map((t) => t.search)),
    searchReadyWarmMs: median(warm.map((t) => t.search)),
    wholeListColdMs: median(cold.map((t) => t.whole)),
    wholeListWarmMs: median(warm.map((t) => t.whole)),
    parsedColdMs: median(cold.map((t) => t.parsed)),
    parsedWarmMs: median(warm.map((t) => t.parsed)),
    openToNavigationMs: median([...cold, ...warm].map((t) => t.openToNavigation)),
    cold,
    warm,
  };
}


/**
 * In every page, before its own code (a BiDi preload script), beside bench-cost.ts's probe (rAF
 * ticks with the painted count): from DOMContentLoaded, a setTimeout(0) chain whose turns show
 * when the page's own code could have run (the longest gap is the longest task or run of tasks in
 * between, ours or the browser's; timers are clamped to 4 ms after a few turns).
 */
function timerProbe(watchMs: number): void {
  if (window !== window.top) return;
  const ticks: number[] = [];
  (window as unknown as { __timerTicks: number[] }).__timerTicks = ticks;
  document.addEventListener(
    'DOMContentLoaded',
    () => {
      const end = performance.now() + watchMs;
      const turn = () => {
        const now = performance.now();
        ticks.push(now);
        if (now < end) setTimeout(turn, 0);
      };
      setTimeout(turn, 0);
    },
    { once: true },
  );
}

/** What the top page can read once settled (its own world). */
function readPage(watchMs: number): { dcl: number; dclMs: number; loadMs: number; timerTicks: number[]; frameTicks: number[]; firstPaintedMs: number; highlightNames: string[]; watched: boolean } {
  const w = window as unknown as { __probe: { dcl: number; frames: [number, number][] }; __timerTicks: number[] };
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  return {
    dcl: w.__probe.dcl,
    dclMs: nav.domContentLoadedEventStart,
    loadMs: nav.loadEventEnd,
    timerTicks: w.__timerTicks,
    frameTicks: w.__probe.frames.map(([t]) => t),
    // The first frame that had any painted mention: when our painting began to show, whatever the viewport.
    firstPaintedMs: ((i) => (i < 0 ? -1 : w.__probe.frames[i]![0] - w.__probe.dcl))(w.__probe.frames.findIndex(([, size]) => size > 0)),
    // The registry belongs to the document: what the page's own scripts can learn from it.
    highlightNames: [...(CSS.highlights as unknown as Map<string, unknown>).keys()],
    watched: performance.now() > w.__probe.dcl + watchMs + 100,
  };
}

/** Every process started under `pid` (Linux /proc), with its short name. */
function descendants(pid: number): { pid: number; name: string }[] {
  const parentOf = new Map<number, number>();
  const nameOf = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split at the last ')'.
      const close = stat.lastIndexOf(')');
      nameOf.set(Number(entry), stat.slice(stat.indexOf('(') + 1, close));
      parentOf.set(Number(entry), Number(stat.slice(close + 2).split(' ')[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const out: { pid: number; name: string }[] = [];
  const walk = (parent: number) => {
    for (const [child, p] of parentOf) {
      if (p !== parent) continue;
      out.push({ pid: child, name: nameOf.get(child)! });
      walk(child);
    }
  };
  walk(pid);
  return out;
}

/**
 * The unique memory (USS) of a Firefox's web content processes, and of its extension process.
 * Firefox gives a page no heap figure (no performance.memory; about:memory refuses a WebDriver
 * BiDi navigation, "not allowed in this context"), and no way to force a GC from outside; this
 * is what the operating system sees, GC'd or not.
 */
function processMemory(browser: Browser): { contentUss: number; extensionUss: number; names: string[] } {
  const pid = browser.process()?.pid;
  if (!pid) throw new Error('No Firefox process id to read memory from');
  let contentUss = 0;
  let extensionUss = 0;
  const names: string[] = [];
  for (const child of descendants(pid)) {
    let cmdline = '';
    try {
      cmdline = readFileSync(`/proc/${child.pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    // Content processes run as `firefox -contentproc ... tab`; the GPU, socket and utility ones end otherwise.
    if (!cmdline.includes('-contentproc') || !/\btab\0?$/.test(cmdline)) continue;
    let uss = 0;
    try {
      uss = memoryFromSmapsRollup(readFileSync(`/proc/${child.pid}/smaps_rollup`, 'utf8')).ussBytes;
    } catch {
      continue;
    }
    names.push(child.name);
    if (child.name === 'WebExtensions') extensionUss += uss;
    else contentUss += uss;
  }
  return { contentUss, extensionUss, names };
}

/**
 * Firefox's own memory report, the one about:memory shows, taken after Firefox has minimised its
 * memory (GC and CC in every process): on Linux, signal SIGRTMIN+1 (35 with glibc) makes the
 * parent process do exactly that and write `unified-memory-report-<time>-<pid>.json.gz` into its
 * TMPDIR (checked on Firefox ESR 153.8; nsMemoryInfoDumper). This is the only way found to get
 * heap figures, per realm, with a GC first, from outside: BiDi cannot open about:memory.
 */
async function memoryReport(browser: Browser, dumpDir: string): Promise<MemoryReportLine[]> {
  const pid = browser.process()?.pid;
  if (!pid) throw new Error('No Firefox process id to signal');
  const name = new RegExp(`^unified-memory-report-.*-${pid}\\.json\\.gz$`);
  const before = new Set(readdirSync(dumpDir));
  process.kill(pid, 35);
  const started = Date.now();
  while (Date.now() - started < 60_000) {
    await new Promise((done) => setTimeout(done, 250));
    const file = readdirSync(dumpDir).find((f) => name.test(f) && !before.has(f));
    if (!file) continue;
    try {
      return (JSON.parse(gunzipSync(readFileSync(join(dumpDir, file))).toString('utf8')) as { reports: MemoryReportLine[] }).reports;
    } catch {
      // Still being written.
    }
  }
  throw new Error(`No memory report from Firefox (pid ${pid}) in ${dumpDir} within 60 s`);
}

/** A Firefox whose memory reports go to a folder of its own (Firefox writes them to its TMPDIR). */
async function launchWithDumpDir(extensionDir: string | null): Promise<{ browser: Browser; dumpDir: string }> {
  const dumpDir = mkdtempSync(join(tmpdir(), 'dmg-ff-memory-'));
  const saved = process.env.TMPDIR;
  process.env.TMPDIR = dumpDir;
  try {
    return { browser: await launchFirefox(extensionDir), dumpDir };
  } finally {
    if (saved === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = saved;
  }
}

interface FirefoxPageRun {
  /** Navigation start to DOMContentLoaded, and to the load event's end. */
  dclMs: number;
  loadMs: number;
  viewportPaintedMs: number;
  /** DCL to the start of the first frame with any mention registered (-1: none; below 0: before DCL). */
  firstPaintedMs: number;
  /** Of DCL → first painted, the time the page's timers could not run (work, not waiting). */
  blockedBeforePaintedMs: number;
  /** The setTimeout(0) chain's turns, ms from DCL (to compare the same window without the extension). */
  timerTicksFromDcl: number[];
  firstFrameMs: number;
  /** Longest gap between animation frames, and between setTimeout(0) turns, from DCL for WATCH_MS. */
  frameGapMs: number;
  timerGapMs: number;
  painted: number;
  viewportMentions: number;
  highlightNames: string[];
  contentUss: number;
  extensionUss: number;
  /** From Firefox's memory report after minimising memory (web content processes only). */
  explicitBytes: number;
  heapAllocatedBytes: number;
  contentScriptBytes: number;
  contentScriptRealms: number;
}

async function loadAndMeasure(browser: Browser, dumpDir: string, url: string, settleMs: number): Promise<FirefoxPageRun> {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1200, height: 900 });
    await page.evaluateOnNewDocument(`${KEEP_NAMES_SHIM}\n(${probe.toString()})();\n(${timerProbe.toString()})(${WATCH_MS});`);
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await new Promise((done) => setTimeout(done, settleMs));
    let seen = await page.evaluate(readPage, WATCH_MS);
    while (!seen.watched) {
      await new Promise((done) => setTimeout(done, 200));
      seen = await page.evaluate(readPage, WATCH_MS);
    }
    const painted = await page.evaluate(readProbe);
    const memory = processMemory(browser);
    // After the wall-clock figures and the USS: minimising memory runs GCs in the page's process.
    const report = webMemory(await memoryReport(browser, dumpDir), `ID: ${GECKO_ID},`);
    return {
      dclMs: seen.dclMs,
      loadMs: seen.loadMs,
      viewportPaintedMs: painted.viewportPaintedMs,
      firstPaintedMs: seen.firstPaintedMs,
      blockedBeforePaintedMs: seen.firstPaintedMs > 0 ? blockedTime(seen.timerTicks, seen.dcl, seen.dcl + seen.firstPaintedMs) : 0,
      timerTicksFromDcl: seen.timerTicks.map((t) => t - seen.dcl),
      firstFrameMs: painted.firstFrameMs,
      frameGapMs: longestGap(seen.frameTicks, seen.dcl, seen.dcl + WATCH_MS),
      timerGapMs: longestGap(seen.timerTicks, seen.dcl, seen.dcl + WATCH_MS),
      painted: painted.painted,
      viewportMentions: painted.viewportMentions,
      highlightNames: seen.highlightNames,
      contentUss: memory.contentUss,
      extensionUss: memory.extensionUss,
      ...report,
    };
  } finally {
    await page.close();
  }
}

/** With ÷ without, as the median of each run's own ratio, beside both medians. */
interface Paired {
  with: number;
  without: number;
  ratio: number;
}
const paired = (ext: number[], bare: number[]): Paired => ({ with: median(ext), without: median(bare), ratio: medianRatio(ext, bare) });

export interface FirefoxPageCost {
  page: string;
  dclMs: Paired;
  loadMs: Paired;
  frameGapMs: Paired;
  timerGapMs: Paired;
  /** DCL to the end of the frame that showed every mention in the first viewport (with the extension; -1: none there). */
  viewportPaintedMs: number;
  viewportPaintedRuns: number[];
  firstPaintedMs: number;
  /**
   * Of DCL → first painted (each run's own), the time the page's timers could not run, with the
   * extension, and in the same window of the paired run without it (the browser's own work).
   */
  blockedBeforePaintedMs: number;
  blockedSameWindowWithoutMs: number;
  /** DCL to the end of the first frame after DCL, with and without: what the page itself needs before anything shows. */
  firstFrameMs: Paired;
  painted: number;
  viewportMentions: number;
  /** Highlight names the page's own scripts could read from CSS.highlights, with the extension. */
  highlightNamesSeenByPage: string[];
  /** Median of the paired differences of the web content processes' USS, with minus without (bytes). */
  contentUssAddedBytes: number;
  contentUssAdded: number[];
  /** Median of the paired differences of navigation start → load end, with minus without (ms). */
  loadAddedMs: number;
  /** Firefox's memory report after minimising memory: the web processes' explicit allocations and heap, with minus without (paired medians). */
  explicitAddedBytes: number;
  explicitAdded: number[];
  heapAllocatedAddedBytes: number;
  /** Our content script realms (with the extension): their bytes, and how many (one per frame that runs it). */
  contentScriptBytes: number;
  contentScriptRealms: number;
}

async function pageCosts(extensionDir: string): Promise<{ pages: FirefoxPageCost[]; extensionProcessUssBytes: number; processNames: string[] }> {
  if (process.platform !== 'linux') {
    throw new Error(`The Firefox cost bench reads memory from Linux's /proc and Firefox's Linux signal handler; this is ${process.platform}. Skip it with BENCH_SKIP_FIREFOX_COST=1.`);
  }
  const scratch = join(tmpdir(), 'dmg-bench-cost-firefox');
  const pages = writeCostPages(scratch);
  const server = await serveDirectory(scratch);
  const ext = await launchWithDumpDir(extensionDir);
  const bare = await launchWithDumpDir(null);
  const results = new Map<string, { ext: FirefoxPageRun[]; bare: FirefoxPageRun[] }>();
  let processNames: string[] = [];
  try {
    // The welcome page the release build opens on install: let it load, then close it, so the two
    // browsers differ only by the extension. The first load, not measured, lets the background publish the pattern.
    const welcome = await extensionTab(ext.browser, '/welcome.html');
    await welcome.waitForFunction(() => document.readyState === 'complete', { timeout: 15_000 });
    await welcome.close();
    for (const { browser, dumpDir } of [ext, bare]) await loadAndMeasure(browser, dumpDir, server.url('frames-none.html'), 500);
    processNames = processMemory(ext.browser).names;
    for (let run = 0; run < RUNS; run++) {
      for (const { name, settle } of pages) {
        process.stdout.write(`  Firefox cost run ${run + 1}/${RUNS} ${name}      \r`);
        const r = results.get(name) ?? { ext: [], bare: [] };
        results.set(name, r);
        // Alternate which goes first, so neither always meets a warmer machine.
        const order = run % 2 === 0 ? (['ext', 'bare'] as const) : (['bare', 'ext'] as const);
        for (const which of order) {
          const { browser, dumpDir } = which === 'ext' ? ext : bare;
          r[which].push(await loadAndMeasure(browser, dumpDir, server.url(`${name}.html`), settle));
        }
      }
    }
  } finally {
    await ext.browser.close();
    await bare.browser.close();
    await server.close();
    for (const { dumpDir } of [ext, bare]) rmSync(dumpDir, { recursive: true, force: true });
  }
  const all: FirefoxPageRun[] = [];
  const costs = pages.map(({ name }): FirefoxPageCost => {
    const { ext: e, bare: b } = results.get(name)!;
    all.push(...e);
    const ussAdded = pairedDifferences(e.map((x) => x.contentUss), b.map((x) => x.contentUss));
    return {
      page: name,
      dclMs: paired(e.map((x) => x.dclMs), b.map((x) => x.dclMs)),
      loadMs: paired(e.map((x) => x.loadMs), b.map((x) => x.loadMs)),
      frameGapMs: paired(e.map((x) => x.frameGapMs), b.map((x) => x.frameGapMs)),
      timerGapMs: paired(e.map((x) => x.timerGapMs), b.map((x) => x.timerGapMs)),
      viewportPaintedMs: median(e.map((x) => x.viewportPaintedMs)),
      viewportPaintedRuns: e.map((x) => x.viewportPaintedMs),
      firstPaintedMs: median(e.map((x) => x.firstPaintedMs)),
      blockedBeforePaintedMs: median(e.map((x) => x.blockedBeforePaintedMs)),
      blockedSameWindowWithoutMs: median(b.map((x, i) => (e[i]!.firstPaintedMs > 0 ? blockedTime(x.timerTicksFromDcl, 0, e[i]!.firstPaintedMs) : 0))),
      firstFrameMs: paired(e.map((x) => x.firstFrameMs), b.map((x) => x.firstFrameMs)),
      painted: median(e.map((x) => x.painted)),
      viewportMentions: median(e.map((x) => x.viewportMentions)),
      highlightNamesSeenByPage: [...new Set(e.flatMap((x) => x.highlightNames))],
      contentUssAddedBytes: median(ussAdded),
      loadAddedMs: median(pairedDifferences(e.map((x) => x.loadMs), b.map((x) => x.loadMs))),
      explicitAddedBytes: median(pairedDifferences(e.map((x) => x.explicitBytes), b.map((x) => x.explicitBytes))),
      explicitAdded: pairedDifferences(e.map((x) => x.explicitBytes), b.map((x) => x.explicitBytes)),
      heapAllocatedAddedBytes: median(pairedDifferences(e.map((x) => x.heapAllocatedBytes), b.map((x) => x.heapAllocatedBytes))),
      contentScriptBytes: median(e.map((x) => x.contentScriptBytes)),
      contentScriptRealms: median(e.map((x) => x.contentScriptRealms)),
      contentUssAdded: ussAdded,
    };
  });
  return { pages: costs, extensionProcessUssBytes: median(all.map((x) => x.extensionUss)), processNames };
}

export interface FirefoxCostFigures {
  browser: string;
  runs: number;
  pages: FirefoxPageCost[];
  /**
   * Per frame (30 same-origin frames, minus the same top page without frames), the paired USS
   * differences: what each frame adds to the page's process with the extension. Not a JS heap:
   * Firefox gives none.
   */
  perFrame: {
    termsUssBytes: number;
    emptyUssBytes: number;
    termsLoadMs: number;
    emptyLoadMs: number;
    /** Firefox's memory report after minimising memory: explicit allocations and heap-allocated added per frame. */
    termsExplicitBytes: number;
    emptyExplicitBytes: number;
    termsHeapBytes: number;
    emptyHeapBytes: number;
  };
  /** The extension process (background page and every extension page), USS, once loaded. */
  extensionProcessUssBytes: number;
  processNames: string[];
  popup?: FirefoxPopupFigures;
}

export async function firefoxCostBench(): Promise<FirefoxCostFigures> {
  const extensionDir = requireBuild(RELEASE_FIREFOX, 'npx wxt build -b firefox');
  const pageFigures = process.env.BENCH_POPUP_ONLY ? { pages: [], extensionProcessUssBytes: Number.NaN, processNames: [] } : await pageCosts(extensionDir);
  const popup = process.env.BENCH_SKIP_POPUP ? undefined : await firefoxPopupTimes(extensionDir);
  const bare = await launchFirefox(null);
  const version = (await bare.version()).replace(/^firefox\//i, '');
  await bare.close();
  const byName = (n: string) => pageFigures.pages.find((p) => p.page === n);
  // The load event waits for every frame's, so the load time added, less the top page's own, spread over the frames, is a
  // wall-clock stand-in for Chromium's script per frame (it includes waiting, not only work).
  const perFrame = (n: string, of: 'contentUssAddedBytes' | 'loadAddedMs' | 'explicitAddedBytes' | 'heapAllocatedAddedBytes') => {
    const frames = byName(n);
    const none = byName('frames-none');
    return frames && none ? (frames[of] - none[of]) / FRAMES : Number.NaN;
  };
  return {
    browser: `Firefox ${version}`,
    runs: RUNS,
    ...pageFigures,
    perFrame: {
      termsUssBytes: perFrame('frames-terms', 'contentUssAddedBytes'),
      emptyUssBytes: perFrame('frames-empty', 'contentUssAddedBytes'),
      termsLoadMs: perFrame('frames-terms', 'loadAddedMs'),
      emptyLoadMs: perFrame('frames-empty', 'loadAddedMs'),
      termsExplicitBytes: perFrame('frames-terms', 'explicitAddedBytes'),
      emptyExplicitBytes: perFrame('frames-empty', 'explicitAddedBytes'),
      termsHeapBytes: perFrame('frames-terms', 'heapAllocatedAddedBytes'),
      emptyHeapBytes: perFrame('frames-empty', 'heapAllocatedAddedBytes'),
    },
    popup,
  };
}

export function printFirefoxCostBench(f: FirefoxCostFigures): void {
  const ms = (x: number) => x.toFixed(0);
  const pair = (x: Paired) => `${ms(x.with)} / ${ms(x.without)} = ${x.ratio.toFixed(2)}`;
  if (f.pages.length) {
    console.log(`\nWhat the built extension adds to a page (${f.browser}, wall-clock, median of ${f.runs} paired runs; with / without = median of each run's ratio):`);
    console.table(
      f.pages.map((p) => ({
        page: p.page,
        'nav→DCL ms': pair(p.dclMs),
        'nav→load end ms': pair(p.loadMs),
        'DCL→viewport painted ms (first painted, main thread blocked until then; first frame after DCL, with / without)': `${ms(p.viewportPaintedMs)} (${ms(p.firstPaintedMs)}, ${ms(p.blockedBeforePaintedMs)} blocked, ${ms(p.blockedSameWindowWithoutMs)} without; ${ms(p.firstFrameMs.with)} / ${ms(p.firstFrameMs.without)})`,
        'longest rAF gap 3 s after DCL ms': pair(p.frameGapMs),
        'longest timer gap 3 s after DCL ms': pair(p.timerGapMs),
        'content USS added MB': (p.contentUssAddedBytes / 2 ** 20).toFixed(1),
        'explicit added MB, after minimise (heap)': `${(p.explicitAddedBytes / 2 ** 20).toFixed(2)} (${(p.heapAllocatedAddedBytes / 2 ** 20).toFixed(2)})`,
        'our content script realms: KB (count)': `${(p.contentScriptBytes / 1024).toFixed(0)} (${p.contentScriptRealms})`,
        'painted (viewport)': `${p.painted} (${p.viewportMentions})`,
        'highlights the page sees': p.highlightNamesSeenByPage.join(' ') || 'none',
      })),
    );
    console.log(
      `Per frame (30 same-origin frames, minus the same top page without frames), web content USS added: two terms ${(f.perFrame.termsUssBytes / 1024).toFixed(0)} KB, no term ${(f.perFrame.emptyUssBytes / 1024).toFixed(0)} KB; load end delayed: ${f.perFrame.termsLoadMs.toFixed(1)} / ${f.perFrame.emptyLoadMs.toFixed(1)} ms; explicit after minimising memory ${(f.perFrame.termsExplicitBytes / 1024).toFixed(0)} / ${(f.perFrame.emptyExplicitBytes / 1024).toFixed(0)} KB, heap-allocated ${(f.perFrame.termsHeapBytes / 1024).toFixed(0)} / ${(f.perFrame.emptyHeapBytes / 1024).toFixed(0)} KB; the extension process: ${(f.extensionProcessUssBytes / 2 ** 20).toFixed(1)} MB USS`,
    );
  }
  const p = f.popup;
  if (p) {
    console.log(
      `\n${f.browser} popup (release build, opened in a tab from the welcome page), navigation start to search focused and results listed (median of ${f.runs}): cold ${p.coldMs.toFixed(0)} ms, warm ${p.warmMs.toFixed(0)} ms (search field ready: ${p.searchReadyColdMs.toFixed(0)} / ${p.searchReadyWarmMs.toFixed(0)} ms; every term listed: ${p.wholeListColdMs.toFixed(0)} / ${p.wholeListWarmMs.toFixed(0)} ms; its document parsed, before its scripts: ${p.parsedColdMs.toFixed(0)} / ${p.parsedWarmMs.toFixed(0)} ms; window.open to navigation start, not included: ${p.openToNavigationMs.toFixed(0)} ms)`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await firefoxCostBench();
  printFirefoxCostBench(figures);
  const out = join(ROOT, 'bench-results');
  mkdirSync(out, { recursive: true });
  const file = join(out, process.env.BENCH_COST_FIREFOX_OUT ?? 'bench-cost-firefox.json');
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), ...figures }, null, 2));
  console.log(`Wrote ${file}`);
}
