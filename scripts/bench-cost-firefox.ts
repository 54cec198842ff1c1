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
 * every figure here is a wall-clock time taken in the page or the popup.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { launchFirefox, requireBuild, ROOT } from '../tests/support/browsers';
import { median } from './bench-firefox-figures';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
// BENCH_FIREFOX_EXTENSION_DIR: another Firefox build to measure the same way.
const RELEASE_FIREFOX = process.env.BENCH_FIREFOX_EXTENSION_DIR ?? join(ROOT, '.output/firefox-mv2');
const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn;';

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

export interface FirefoxCostFigures {
  browser: string;
  runs: number;
  popup?: FirefoxPopupFigures;
}

export async function firefoxCostBench(): Promise<FirefoxCostFigures> {
  const extensionDir = requireBuild(RELEASE_FIREFOX, 'npx wxt build -b firefox');
  const popup = process.env.BENCH_SKIP_POPUP ? undefined : await firefoxPopupTimes(extensionDir);
  const probe = await launchFirefox(null);
  const version = (await probe.version()).replace(/^firefox\//i, '');
  await probe.close();
  return { browser: `Firefox ${version}`, runs: RUNS, popup };
}

export function printFirefoxCostBench(f: FirefoxCostFigures): void {
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
