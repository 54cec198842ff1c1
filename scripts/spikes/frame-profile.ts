/**
 * Issue #22 spike: where the content script's time goes in frames with nothing to paint. A CPU
 * profile (50 µs samples) of the page of 30 same-origin frames loading with the extension, self time
 * summed by function for our two scripts, over `runs` loads.
 * `npx tsx scripts/spikes/frame-profile.ts [page=frames-empty] [runs=3]`
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium, ROOT } from '../../tests/support/browsers';
import { serveDirectory } from '../../tests/support/static-server';
import { writeCostPages } from '../bench-pages';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; hitCount?: number }
const pageName = process.argv[2] ?? 'frames-empty';
const runs = Number(process.argv[3] ?? 3);
const scratch = join(tmpdir(), 'dmg-frame-profile');
writeCostPages(scratch);
const server = await serveDirectory(scratch);
const ext = await launchChromium(process.env.BENCH_EXTENSION_DIR ?? join(ROOT, '.output/chrome-mv3'));
const self = new Map<string, number>();
let ours = 0;
let total = 0;
for (let run = 0; run < runs; run++) {
  const page = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto(server.url(`${pageName}.html`), { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const ms = (profile.timeDeltas[i + 1] ?? 50) / 1000;
    total += ms;
    if (!node.callFrame.url.includes('content-scripts')) return;
    ours += ms;
    const key = `${node.callFrame.url.split('/').pop()} ${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber}:${node.callFrame.columnNumber}`;
    self.set(key, (self.get(key) ?? 0) + ms);
  });
  await page.close();
}
console.log(`samples in our scripts: ${(ours / runs).toFixed(1)} ms a load (${(ours / runs / 30).toFixed(2)} ms a frame); all sampled ${(total / runs).toFixed(0)} ms`);
for (const [key, ms] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${(ms / runs).toFixed(2)} ms  ${key}`);
await ext.close();
await server.close();
