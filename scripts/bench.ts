/**
 * `npm run bench`: times the highlighting engine in real Chromium against two
 * baselines measured in the same run, on the largest corpus page and on a
 * generated 2 MB page. Prints a table and writes bench-results/bench.json.
 * Ratios, not absolute times, are what to compare across machines.
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { chromePath, CHROME_BUILD, launchChromium, ROOT } from '../tests/support/browsers';
import { bundleEngine } from '../tests/support/engine-bundle';
import { serveDirectory } from '../tests/support/static-server';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const CORPUS = resolve(ROOT, process.env.DMG_CORPUS ?? '../shared/corpus');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** A 2 MB article-like page: paragraphs of prose with a term every few sentences. */
function generatedPage(): string {
  const words = 'the patient said that her rash and weak muscles got better over the summer after a long talk with the care team about'.split(' ');
  const terms = ['prednisone', 'methotrexate', 'Imuran', 'IVIG', 'hydroxychloroquine', 'rituximab', 'calcinosis', 'MTX', 'steroids'];
  const paragraphs: string[] = [];
  let size = 0;
  for (let i = 0; size < 2_000_000; i++) {
    const sentence = Array.from({ length: 60 }, (_, j) => words[(i * 7 + j) % words.length]).join(' ');
    const p = `<p>${sentence} ${terms[i % terms.length]} ${sentence}. <em>${words[i % words.length]}</em> and <b>more</b> text.</p>\n`;
    paragraphs.push(i % 40 === 0 ? `<section><h2>Part ${i}</h2>${p}</section>` : p);
    size += p.length;
  }
  return `<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head><body><article>${paragraphs.join('')}</article></body></html>`;
}

function appendedParagraphs(): string {
  return Array.from({ length: 500 }, (_, i) => `<p>New comment ${i}: my doctor added methotrexate and my CK went down.</p>`).join('');
}

function largestCorpusPageWithTerms(): string | undefined {
  try {
    const rows = readFileSync(join(CORPUS, 'INDEX.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
    // The largest page that names treatment terms, so highlighting has work to do.
    return rows
      .filter(([p, , , , terms]) => p!.endsWith('.html') && terms?.trim())
      .sort((a, b) => Number(b[3]) - Number(a[3]))[0]?.[0];
  } catch {
    return undefined;
  }
}

/**
 * The popup renders its list in the same task as it mounts, so its first
 * contentful paint is when the first result is on screen.
 */
async function popupFirstPaint(): Promise<number> {
  const session = await launchChromium();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await page.locator('[data-term-id]').first().waitFor();
    times.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
    await page.close();
  }
  await session.close();
  return median(times);
}

async function main() {
  const engine = await bundleEngine();
  const scratch = join(tmpdir(), 'dmg-bench');
  mkdirSync(scratch, { recursive: true });
  writeFileSync(join(scratch, 'generated-2mb.html'), generatedPage());
  writeFileSync(join(scratch, 'empty.html'), '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');

  const noScripts = () => ({ 'content-security-policy': "script-src 'none'" });
  const local = await serveDirectory(scratch, noScripts);
  const corpusPage = largestCorpusPageWithTerms();
  const corpus = corpusPage ? await serveDirectory(CORPUS, noScripts, { charset: false }) : undefined;
  if (!corpusPage) console.warn(`No corpus at ${CORPUS}: benchmarking the generated page only.`);

  const browser = await chromium.launch({
    executablePath: chromePath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--enable-precise-memory-info', '--js-flags=--expose-gc'],
  });
  const context = await browser.newContext();
  await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));

  async function fresh(url: string): Promise<Page> {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(engine);
    await page.evaluate(() => {
      (window as any).__longest = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) (window as any).__longest = Math.max((window as any).__longest, e.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    return page;
  }

  const pages = [
    ...(corpusPage && corpus ? [{ name: `corpus: ${corpusPage}`, url: corpus.url(corpusPage), bytes: statSync(join(CORPUS, corpusPage)).size }] : []),
    { name: 'generated 2 MB page', url: local.url('generated-2mb.html'), bytes: statSync(join(scratch, 'generated-2mb.html')).size },
  ];

  const results: Record<string, unknown>[] = [];
  for (const target of pages) {
    const floor: number[] = [];
    const ours: number[] = [];
    const naive: number[] = [];
    const longest: number[] = [];
    const heap: number[] = [];
    let marks = 0;
    for (let run = 0; run < RUNS; run++) {
      let page = await fresh(target.url);
      floor.push(await page.evaluate(() => { const t = performance.now(); (window as any).__dmg.floorScan(); return performance.now() - t; }));
      const r = await page.evaluate(async () => {
        // The floor scan and this forced GC are long tasks of their own: let their reports
        // arrive, then count only ours.
        (globalThis as any).gc?.();
        const before = (performance as any).memory?.usedJSHeapSize ?? 0;
        await new Promise((done) => setTimeout(done, 200));
        (window as any).__longest = 0;
        const t = performance.now();
        await (window as any).__dmg.start();
        const ms = performance.now() - t;
        await new Promise((done) => setTimeout(done, 100)); // let the long-task observer report
        (globalThis as any).gc?.();
        const after = (performance as any).memory?.usedJSHeapSize ?? 0;
        return { ms, longest: (window as any).__longest as number, heap: after - before, marks: document.querySelectorAll('mark[data-dmg-term]').length };
      });
      ours.push(r.ms);
      longest.push(r.longest);
      heap.push(r.heap);
      marks = r.marks;
      await page.close();
      if (run < Math.min(RUNS, 3)) {
        // Naive mark.js is slow: three runs are enough to know it.
        page = await fresh(target.url);
        naive.push(await page.evaluate(() => { const t = performance.now(); (window as any).__dmg.naiveMark(); return performance.now() - t; }));
        await page.close();
      }
    }
    results.push({
      page: target.name,
      bytes: target.bytes,
      marks,
      floorMs: median(floor),
      oursMs: median(ours),
      naiveMarkJsMs: median(naive),
      oursOverFloor: median(ours) / median(floor),
      naiveOverOurs: median(naive) / median(ours),
      longestTaskMs: Math.max(...longest),
      heapAddedKb: median(heap) / 1024,
    });
  }

  // Appending 500 paragraphs: to a highlighted 2 MB page against an empty page.
  const append: Record<string, number[]> = { empty: [], full: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const [key, url] of [['empty', local.url('empty.html')], ['full', local.url('generated-2mb.html')]] as const) {
      const page = await fresh(url);
      await page.evaluate(() => (window as any).__dmg.start());
      append[key]!.push(await page.evaluate((html) => (window as any).__dmg.appendAndHighlight(html), appendedParagraphs()));
      await page.close();
    }
  }

  // Search: every query typed letter by letter, as the popup searches on each keystroke.
  const queries = ['Imuran', 'metotrexate', 'hydroxycloroquine', 'ritux', 'eye exam', 'bone', 'infusion', 'IVIG', 'steroid', 'calcium']
    .flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));
  const searchPage = await fresh(local.url('empty.html'));
  const searchTimes: number[] = await searchPage.evaluate((qs) => (window as any).__dmg.searchTimes(qs, 5), queries);
  await searchPage.close();
  const sorted = [...searchTimes].sort((a, b) => a - b);
  const search = { queries: searchTimes.length, medianMs: median(searchTimes), p95Ms: sorted[Math.floor(sorted.length * 0.95)]! };

  const contentJs = join(CHROME_BUILD, 'content-scripts/content.js');
  let bundle: { bytes: number; gzipBytes: number } | undefined;
  try {
    const code = readFileSync(contentJs);
    bundle = { bytes: code.length, gzipBytes: gzipSync(code).length };
  } catch {
    console.warn('No Chrome build found: run `npm run build` to include the bundle size.');
  }

  const report = {
    date: new Date().toISOString(),
    browser: browser.version(),
    runs: RUNS,
    pages: results,
    append500: { emptyPageMs: median(append.empty!), highlightedPageMs: median(append.full!), ratio: median(append.full!) / median(append.empty!) },
    contentScript: bundle,
    search,
    popupFirstResultMs: await popupFirstPaint(),
  };

  console.log(`\nChromium ${report.browser}, median of ${RUNS} runs (naive mark.js: ${Math.min(RUNS, 3)})\n`);
  console.table(
    results.map((r) => ({
      page: r.page,
      marks: r.marks,
      'floor ms': (r.floorMs as number).toFixed(1),
      'ours ms': (r.oursMs as number).toFixed(1),
      'naive mark.js ms': (r.naiveMarkJsMs as number).toFixed(0),
      'ours / floor (≤2)': (r.oursOverFloor as number).toFixed(2),
      'naive / ours (≥30)': (r.naiveOverOurs as number).toFixed(1),
      'longest task ms (<50)': (r.longestTaskMs as number).toFixed(0),
      'heap added KB': (r.heapAddedKb as number).toFixed(0),
    })),
  );
  console.log(
    `Append 500 paragraphs: ${report.append500.emptyPageMs.toFixed(1)} ms on an empty page, ${report.append500.highlightedPageMs.toFixed(1)} ms on the highlighted 2 MB page (ratio ${report.append500.ratio.toFixed(2)}, target ≤1.5)`,
  );
  console.log(`Search over the whole glossary: median ${search.medianMs.toFixed(2)} ms, p95 ${search.p95Ms.toFixed(2)} ms per query (${search.queries} queries)`);
  console.log(`Popup: first result painted ${report.popupFirstResultMs.toFixed(0)} ms after opening (median)`);
  if (bundle) console.log(`Content script: ${(bundle.bytes / 1024).toFixed(1)} KB, ${(bundle.gzipBytes / 1024).toFixed(1)} KB gzip`);

  const out = join(ROOT, 'bench-results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'bench.json'), JSON.stringify(report, null, 2));
  console.log(`Wrote ${join(out, 'bench.json')}`);

  await browser.close();
  await local.close();
  await corpus?.close();
}

await main();
