/**
 * Issue #22 spike: what resting the mouse on a painted term costs the page, with the built
 * extension, on the 2 MB bench page. The pointer moves onto up to 6 prose terms of the first
 * screenful and off again (12 hovers), 300 ms apart; an animation-frame recorder in the page gives
 * the longest frame and the frames over 50 ms, and in Chromium the performance counters give the
 * style recalculation in that time.
 *
 *   npx tsx scripts/spikes/hover-cost.ts chromium|firefox [extension dir] [runs=3]
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KEEP_NAMES_SHIM, launchChromium, launchFirefox, ROOT } from '../../tests/support/browsers';
import { serveDirectory } from '../../tests/support/static-server';
import { writeCostPages } from '../bench-pages';

const browserName = process.argv[2] ?? 'chromium';
const extensionDir = process.argv[3] ?? join(ROOT, browserName === 'firefox' ? '.output/firefox-mv2' : '.output/chrome-mv3');
const runs = Number(process.argv[4] ?? 3);


interface HoverPage {
  goto(url: string): Promise<void>;
  evaluate<R>(fn: () => R | Promise<R>): Promise<R>;
  move(x: number, y: number): Promise<void>;
  styleMs(): Promise<number>;
  close(): Promise<void>;
}

/** Brings the third painted prose term to the middle of the screen; how many there are. */
function scrollToTerms(): number {
  const ranges = [...((CSS.highlights.get('dmg-term-plain') ?? []) as Iterable<AbstractRange>)];
  const r = ranges[Math.min(2, ranges.length - 1)];
  r?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
  return ranges.length;
}

/** Centres of painted prose terms fully inside the screenful. */
function termsInView(): { x: number; y: number }[] {
  const out: { x: number; y: number }[] = [];
  for (const r of (CSS.highlights.get('dmg-term-plain') ?? []) as Iterable<AbstractRange>) {
    const live = document.createRange();
    live.setStart(r.startContainer, r.startOffset);
    live.setEnd(r.endContainer, r.endOffset);
    const box = live.getClientRects()[0];
    if (box && box.top > 20 && box.bottom < innerHeight - 20 && box.left > 20) out.push({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
  }
  return out.slice(0, 6);
}

function startFrames(): void {
  const w = window as unknown as { __gaps: number[]; __on: boolean };
  w.__gaps = [];
  w.__on = true;
  let last = performance.now();
  const tick = (t: number) => {
    w.__gaps.push(t - last);
    last = t;
    if (w.__on) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

function stopFrames(): number[] {
  const w = window as unknown as { __gaps: number[]; __on: boolean };
  w.__on = false;
  return w.__gaps;
}

/** Loads `url` in either driver's page and gives it the `__name` helper. */
async function load(page: { goto(url: string, options: object): Promise<unknown>; evaluate(code: string): Promise<unknown> }, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.evaluate(KEEP_NAMES_SHIM);
}

async function open(): Promise<{ newPage(): Promise<HoverPage>; close(): Promise<void> }> {
  if (browserName === 'firefox') {
    const browser = await launchFirefox(extensionDir);
    return {
      async newPage() {
        const page = await browser.newPage();
        await page.setViewport({ width: 1200, height: 900 });
        return {
          goto: (url) => load(page, url),
          evaluate: (fn) => page.evaluate(fn),
          move: (x, y) => page.mouse.move(x, y),
          styleMs: async () => NaN,
          close: () => page.close(),
        };
      },
      close: () => browser.close(),
    };
  }
  const session = await launchChromium(extensionDir);
  return {
    async newPage() {
      const page = await session.context.newPage();
      await page.setViewportSize({ width: 1200, height: 900 });
      const cdp = await session.context.newCDPSession(page);
      await cdp.send('Performance.enable');
      return {
        goto: (url) => load(page, url),
        evaluate: (fn) => page.evaluate(fn),
        move: (x, y) => page.mouse.move(x, y),
        styleMs: async () => {
          const { metrics } = await cdp.send('Performance.getMetrics');
          return (metrics.find((m) => m.name === 'RecalcStyleDuration')?.value ?? NaN) * 1000;
        },
        close: () => page.close(),
      };
    },
    close: () => session.close(),
  };
}

const scratch = join(tmpdir(), 'dmg-hover-cost');
writeCostPages(scratch);
const server = await serveDirectory(scratch);
const browser = await open();
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));
try {
  for (let run = 0; run < runs; run++) {
    const page = await browser.newPage();
    await page.goto(server.url('medical-2mb.html'));
    // Painted and settled: the scanner has let its pattern go, the page has laid out.
    await pause(5000);
    const painted = await page.evaluate(scrollToTerms);
    // Painted and laid out where it scrolled to.
    await pause(1500);
    const terms = await page.evaluate(termsInView);
    if (!terms.length) throw new Error(`No painted prose term in view (${painted} painted)`);
    await page.move(2, 2);
    await pause(500);
    const style0 = await page.styleMs();
    await page.evaluate(startFrames);
    for (const t of [...terms, ...terms, ...terms].slice(0, 6)) {
      await page.move(t.x, t.y);
      await pause(300);
      await page.move(2, 2);
      await pause(300);
    }
    const gaps = await page.evaluate(stopFrames);
    const style = (await page.styleMs()) - style0;
    const long = gaps.filter((g) => g > 50);
    console.log(
      `${browserName} run ${run + 1}: ${terms.length} terms, ${Math.min(6, terms.length * 3) * 2} moves on and off; longest frame ${Math.max(...gaps).toFixed(0)} ms, frames over 50 ms: ${long.length} (${long.map((g) => g.toFixed(0)).join(' ')}); style recalculation ${Number.isNaN(style) ? 'n/a' : `${style.toFixed(0)} ms`}`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
