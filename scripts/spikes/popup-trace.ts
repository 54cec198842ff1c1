/**
 * A Chromium trace of the popup's cold and warm opens (issue #22): which tasks of the popup's
 * renderer run between navigation and "interactive", and what they spend their time on.
 * `npx wxt build && npx tsx scripts/spikes/popup-trace.ts` (BENCH_EXTENSION_DIR for another build).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KEEP_NAMES_SHIM, launchChromium, requireBuild, ROOT } from '../../tests/support/browsers';
import { closeWelcome } from '../bench-cost';
import { startTrace, type TraceEvent } from './trace';

type Ev = TraceEvent;

const dir = requireBuild(process.env.BENCH_EXTENSION_DIR ?? join(ROOT, '.output/chrome-mv3'), 'npx wxt build');
const session = await launchChromium(dir);
await closeWelcome(session.context);
const probe = () => {
  const w = window as unknown as { __ready?: { search: number; results: number } };
  const check = () => {
    const input = document.querySelector<HTMLInputElement>('#pp-search');
    const ready = { search: w.__ready?.search ?? 0, results: w.__ready?.results ?? 0 };
    if (!ready.search && input && !input.disabled && document.activeElement === input) ready.search = performance.now();
    if (!ready.results && document.querySelector('.pp-results button[data-term-id]')) ready.results = performance.now();
    w.__ready = ready;
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
  document.addEventListener('focusin', check, true);
};
await session.context.addInitScript(`${KEEP_NAMES_SHIM}\n(${probe.toString()})()`);
const helper = await session.context.newPage();
const cdp = await session.context.newCDPSession(helper);
const stopTrace = await startTrace(
  cdp,
  'devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.execute,blink,loading,toplevel,blink.user_timing,disabled-by-default-v8.compile',
);
const marks: { which: string; ready: unknown; nav: unknown }[] = [];
for (const which of ['cold', 'warm']) {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await page.waitForFunction(() => {
    const r = (window as unknown as { __ready?: { search: number; results: number } }).__ready;
    return !!r && r.search > 0 && r.results > 0;
  });
  await page.waitForTimeout(800);
  const info = await page.evaluate(() => ({
    ready: (window as unknown as { __ready: unknown }).__ready,
    nav: performance.getEntriesByType('navigation')[0]?.toJSON(),
    paint: performance.getEntriesByType('paint').map((p) => [p.name, p.startTime]),
    res: performance.getEntriesByType('resource').map((r) => [r.name.split('/').pop(), Math.round(r.startTime), Math.round((r as PerformanceResourceTiming).responseEnd)]),
  }));
  console.log(which, JSON.stringify(info.ready), JSON.stringify(info.paint), JSON.stringify(info.res));
  marks.push({ which, ready: info.ready, nav: info.nav });
  await page.close();
}
const events = await stopTrace();
await session.close();
writeFileSync('/tmp/popup-trace.json', JSON.stringify({ traceEvents: events }));

// Renderer main threads that loaded popup.html.
const mains = new Map<string, string>();
for (const e of events) if (e.name === 'thread_name' && e.args?.name === 'CrRendererMain') mains.set(`${e.pid}:${e.tid}`, '');
const navs = events.filter((e) => e.name === 'navigationStart' && String((e.args?.data as { documentLoaderURL?: string } | undefined)?.documentLoaderURL ?? '').includes('popup.html'));
for (const nav of navs) {
  const key = `${nav.pid}:${nav.tid}`;
  const t0 = nav.ts;
  console.log(`\n== popup at pid ${nav.pid}, navigationStart ${t0}`);
  const mine = events.filter((e) => `${e.pid}:${e.tid}` === key && e.ts >= t0 && e.ts < t0 + 1_500_000 && e.ph === 'X');
  const tasks = mine.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask').filter((e) => (e.dur ?? 0) > 1500);
  for (const task of tasks) {
    const inside = mine.filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + (task.dur ?? 0) && (e.dur ?? 0) > 800);
    const what = inside
      .filter((e) => !['RunTask', 'ThreadControllerImpl::RunTask'].includes(e.name))
      .slice(0, 12)
      .map((e) => `${e.name}${(e.args?.data as { url?: string } | undefined)?.url ? `(${String((e.args!.data as { url: string }).url).split('/').pop()})` : ''}${(e.args?.data as { functionName?: string } | undefined)?.functionName ? `[${(e.args!.data as { functionName: string }).functionName}]` : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}`);
    console.log(`${((task.ts - t0) / 1000).toFixed(1).padStart(7)} +${((task.dur ?? 0) / 1000).toFixed(1).padStart(6)} ms  ${what.join(' | ')}`);
  }
}
