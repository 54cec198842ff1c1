/**
 * Issue #22 spike: where the style work on the 2 MB bench page comes from, with the extension and
 * without it. Chromium trace of the page's load (to 3 s after load) with invalidation tracking;
 * prints each run's UpdateLayoutTree total and its largest events (thread time, elements, what
 * scheduled or forced them), and the invalidation reasons by count.
 * `npx tsx scripts/spikes/page-style-trace.ts [page=medical-2mb] [runs=2]`
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchBareChromium, launchChromium, ROOT } from '../../tests/support/browsers';
import { serveDirectory } from '../../tests/support/static-server';
import { writeCostPages } from '../bench-pages';
import { traceLoad } from './trace';

const pageName = process.argv[2] ?? 'medical-2mb';
const runs = Number(process.argv[3] ?? 2);
const scratch = join(tmpdir(), 'dmg-style-trace');
writeCostPages(scratch);
const server = await serveDirectory(scratch);
const ext = await launchChromium(process.env.BENCH_EXTENSION_DIR ?? join(ROOT, '.output/chrome-mv3'));
const bare = await launchBareChromium();

async function traceStyle(context: BrowserContext, label: string): Promise<void> {
  const events = await traceLoad(
    context,
    server.url(`${pageName}.html`),
    'devtools.timeline,disabled-by-default-devtools.timeline,disabled-by-default-devtools.timeline.invalidationTracking,blink,loading',
    3000,
  );
  const dcl = events.find((e) => e.name === 'MarkDOMContent')?.ts ?? 0;
  const styles = events.filter((e) => e.name === 'UpdateLayoutTree' && e.ph === 'X');
  const byPid = new Map<number, number>();
  for (const e of styles) byPid.set(e.pid, (byPid.get(e.pid) ?? 0) + (e.tdur ?? e.dur ?? 0));
  const pid = [...byPid.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const mine = styles.filter((e) => e.pid === pid);
  const total = mine.reduce((a, e) => a + (e.tdur ?? e.dur ?? 0), 0) / 1000;
  console.log(`\n${label}: UpdateLayoutTree ${mine.length} events, ${total.toFixed(1)} ms thread time`);
  for (const e of [...mine].sort((a, b) => (b.tdur ?? 0) - (a.tdur ?? 0)).slice(0, 8)) {
    const stack = (e.args?.beginData?.stackTrace as { functionName: string; url: string; lineNumber: number }[] | undefined)?.[0];
    console.log(`  ${((e.tdur ?? 0) / 1000).toFixed(1)} ms at DCL${((e.ts - dcl) / 1000).toFixed(0)} ms, elements ${e.args?.elementCount ?? e.args?.data?.elementCount ?? '?'}${stack ? `, forced by ${stack.functionName} ${stack.url.split('/').pop()}:${stack.lineNumber}` : ''}`);
  }
  const reasons = new Map<string, number>();
  for (const e of events.filter((x) => x.pid === pid && /Invalidation/.test(x.name))) {
    const key = `${e.name}: ${e.args?.data?.reason ?? e.args?.data?.invalidationList?.[0]?.classes ?? ''}`;
    reasons.set(key, (reasons.get(key) ?? 0) + 1);
  }
  console.log('  invalidations:', [...reasons.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, n]) => `${k} ×${n}`).join('; '));
}

for (let run = 0; run < runs; run++) {
  await traceStyle(ext.context, `with extension, run ${run + 1}`);
  await traceStyle(bare, `without, run ${run + 1}`);
}
await ext.close();
await bare.close();
await server.close();
