/**
 * Issue #22 spike: when, during the 2 MB page's load, the content script first paints (which is when
 * its sheet is adopted and every element styled so far is styled again). The page's own probe counts
 * animation frames and elements parsed, and notes the frame in which `CSS.highlights` first holds a
 * painted range. `npx tsx scripts/spikes/first-paint-probe.ts [runs=5] [page=medical-2mb]`
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KEEP_NAMES_SHIM, launchChromium, ROOT } from '../../tests/support/browsers';
import { serveDirectory } from '../../tests/support/static-server';
import { writeCostPages } from '../bench-pages';

const runs = Number(process.argv[2] ?? 5);
const pageName = process.argv[3] ?? 'medical-2mb';
const scratch = join(tmpdir(), 'dmg-first-paint');
writeCostPages(scratch);
const server = await serveDirectory(scratch);
const ext = await launchChromium(process.env.BENCH_EXTENSION_DIR ?? join(ROOT, '.output/chrome-mv3'));
const probe = () => {
  const log: string[] = [];
  (window as unknown as { __log: string[] }).__log = log;
  let frames = 0;
  let seen = false;
  const tick = () => {
    frames++;
    const painted = (CSS.highlights.get('dmg-term') as Set<unknown> | undefined)?.size ?? 0;
    if (painted && !seen) {
      seen = true;
      log.push(`first painted at frame ${frames}, ${performance.now().toFixed(0)} ms, ${document.getElementsByTagName('*').length} elements parsed, readyState ${document.readyState}`);
    }
    if (frames < 400) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  document.addEventListener('DOMContentLoaded', () => log.push(`DCL at frame ${frames}, ${performance.now().toFixed(0)} ms, ${document.getElementsByTagName('*').length} elements`));
};
await ext.context.addInitScript(`${KEEP_NAMES_SHIM}\n(${probe.toString()})()`);
for (let run = 0; run < runs; run++) {
  const page = await ext.context.newPage();
  await page.goto(server.url(`${pageName}.html`), { waitUntil: 'load' });
  await page.waitForTimeout(2500);
  console.log(`run ${run + 1}:`, (await page.evaluate(() => (window as unknown as { __log: string[] }).__log)).join(' | '));
  await page.close();
}
await ext.close();
await server.close();
