/**
 * Issue #22 spike: what a frame with nothing to paint costs the renderer, by kind of work. A
 * Chromium trace (V8 and timeline categories) of the page of 30 same-origin frames loading with
 * the extension; sums, per frame, the thread time of each event name on the renderer's main
 * thread that runs our content scripts (compile, run, GC, binding setup...), so a sampled
 * profile's blind spots (native work, the compilation cache) show.
 * `npx tsx scripts/spikes/frame-trace.ts [page=frames-empty] [runs=3]` (BENCH_EXTENSION_DIR: another build)
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, ROOT } from '../../tests/support/browsers';
import { serveDirectory } from '../../tests/support/static-server';
import { FRAMES, writeCostPages } from '../bench-pages';
import { traceLoad } from './trace';

const pageName = process.argv[2] ?? 'frames-empty';
const runs = Number(process.argv[3] ?? 3);
const scratch = join(tmpdir(), 'dmg-frame-trace');
writeCostPages(scratch);
const server = await serveDirectory(scratch);
const ext = await launchChromium(process.env.BENCH_EXTENSION_DIR ?? join(ROOT, '.output/chrome-mv3'));
const totals = new Map<string, number>();
try {
  for (let run = 0; run < runs; run++) {
    const events = await traceLoad(
      ext.context,
      server.url(`${pageName}.html`),
      'devtools.timeline,v8,v8.execute,disabled-by-default-v8.compile,disabled-by-default-v8.gc,blink,extensions',
      1500,
    );
    // The main thread that evaluated our scripts.
    const ours = events.filter((e) => e.ph === 'X' && JSON.stringify(e.args ?? {}).includes('content-scripts/'));
    const thread = ours[0] ? `${ours[0].pid}:${ours[0].tid}` : '';
    for (const e of events) {
      if (e.ph !== 'X' || `${e.pid}:${e.tid}` !== thread) continue;
      const url = JSON.stringify(e.args ?? {}).match(/content-scripts\/([\w-]+\.js)/)?.[1];
      const key = url ? `${e.name} (${url})` : e.name;
      totals.set(key, (totals.get(key) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
    }
  }
} finally {
  await ext.close();
  await server.close();
}
console.log(`Thread time per frame (${runs} loads of ${pageName}, ÷ ${FRAMES}; nested events overlap):`);
for (const [k, ms] of [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${(ms / runs / FRAMES).toFixed(3)} ms  ${k}`);
