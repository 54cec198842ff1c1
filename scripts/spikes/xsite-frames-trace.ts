/**
 * Issue #22 spike: what a cross-site frame with nothing to paint costs, where each frame has a
 * renderer process of its own (as an advert's frame does under site isolation), so nothing our
 * scripts compile is shared between frames. A top page with N frames, each from its own loopback
 * address (127.0.0.2, .3 ...: a site each), traced whole; sums the thread time of the top-level
 * script events (outermost) on the main thread of each frame's renderer. Builds are given as arguments and
 * measured alternately; the difference between two builds is what one costs more than the other.
 * HEAP=1: instead of tracing, each frame renderer's JS heap once settled, after a full collection.
 * BREAKDOWN=1: the thread time of each event name (nested events overlap), per frame renderer.
 * `npx tsx scripts/spikes/xsite-frames-trace.ts <build dir> <build dir>...` (N=10, RUNS=5)
 */
import { createServer } from 'node:http';
import { launchChromium } from '../../tests/support/browsers';
import { traceLoad } from './trace';

const N = Number(process.env.N ?? 10);
const RUNS = Number(process.env.RUNS ?? 5);
const server = createServer((req, res) => {
  res.setHeader('content-type', 'text/html; charset=utf-8');
  const port = (server.address() as { port: number }).port;
  res.end(req.url === '/top.html'
    ? `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body><p>Notes from the week.</p>${Array.from({ length: N }, (_, i) => `<iframe src="http://127.0.0.${i + 2}:${port}/frame.html" width="300" height="60"></iframe>`).join('')}</body></html>`
    : `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body><p>Note: the weather was mild and the walk to the shop took ten minutes.</p></body></html>`);
});
await new Promise<void>((done) => server.listen(0, '0.0.0.0', done));
const port = (server.address() as { port: number }).port;
const builds = process.argv.slice(2);
const SCRIPT_EVENTS = new Set(['ScriptInjection::InjectJs', 'EvaluateScript', 'FunctionCall', 'TimerFire', 'RunMicrotasks', 'v8.callFunction', 'v8.run', 'FireAnimationFrame', 'EventDispatch']);
const results = new Map<string, number[]>(builds.map((b) => [b, []]));
for (let run = 0; run < RUNS; run++) {
  for (const build of builds) {
    const ext = await launchChromium(build);
    // One load to start the service worker and publish the names, then the measured one.
    const warm = await ext.context.newPage();
    await warm.goto(`http://127.0.0.1:${port}/top.html`);
    await warm.waitForTimeout(1500);
    await warm.close();
    if (process.env.HEAP) {
      // Each frame's renderer's JS heap once settled, after a full collection (all its worlds: the
      // page's, ours, the extension API's bindings).
      const page = await ext.context.newPage();
      await page.goto(`http://127.0.0.1:${port}/top.html`, { waitUntil: 'load' });
      await page.waitForTimeout(2500);
      let used = 0;
      const frames = page.frames().filter((f) => f !== page.mainFrame());
      for (const frame of frames) {
        const cdp = await ext.context.newCDPSession(frame);
        await cdp.send('HeapProfiler.collectGarbage');
        used += ((await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }).usedSize;
        await cdp.detach();
      }
      await ext.close();
      results.get(build)!.push(used / frames.length / 1024);
      console.log(`run ${run} ${build}: ${frames.length} frames, ${(used / frames.length / 1024).toFixed(0)} KB of JS heap each`);
      continue;
    }
    const events = await traceLoad(ext.context, `http://127.0.0.1:${port}/top.html`, 'toplevel,devtools.timeline,v8,v8.execute', 2000);
    await ext.close();
    // The frames' renderers: those that parsed frame.html (and nothing else: a site each).
    const mains = new Set(events.filter((e) => e.name === 'ParseHTML' && JSON.stringify(e.args ?? {}).includes('/frame.html')).map((e) => `${e.pid}:${e.tid}`));
    let ms = 0;
    let threads = 0;
    for (const thread of mains) {
      // Script work only (the frame's page has none of its own): the outermost of these events.
      const tasks = events
        .filter((e) => `${e.pid}:${e.tid}` === thread && e.ph === 'X' && SCRIPT_EVENTS.has(e.name))
        .sort((a, b) => a.ts - b.ts);
      threads++;
      let end = 0;
      for (const e of tasks) {
        if (e.ts < end) continue;
        end = e.ts + (e.dur ?? 0);
        ms += (e.tdur ?? e.dur ?? 0) / 1000;
      }
    }
    results.get(build)!.push(ms / Math.max(threads, 1));
    if (process.env.BREAKDOWN) {
      const byName = new Map<string, number>();
      for (const e of events) {
        if (!mains.has(`${e.pid}:${e.tid}`) || e.ph !== 'X') continue;
        const url = JSON.stringify(e.args ?? {}).match(/content-scripts\/([\w-]+\.js)/)?.[1];
        const key = url ? `${e.name} (${url})` : e.name;
        byName.set(key, (byName.get(key) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000 / threads);
      }
      for (const [k, v] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(`  ${v.toFixed(2)} ${k}`);
    }
    console.log(`run ${run} ${build}: ${threads} frame renderers, ${(ms / Math.max(threads, 1)).toFixed(2)} ms of script each`);
  }
}
server.close();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [build, xs] of results) console.log(`${build}: median ${median(xs).toFixed(2)} ${process.env.HEAP ? 'KB' : 'ms'} a frame renderer (${xs.map((x) => x.toFixed(2)).join(', ')})`);
