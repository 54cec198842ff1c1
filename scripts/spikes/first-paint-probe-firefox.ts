/**
 * Issue #22 spike: `first-paint-probe.ts` in Firefox ESR (release build, over WebDriver BiDi): the
 * animation frame and the number of parsed elements at the first painted term on the 2 MB page.
 * `npm run build:firefox && npx tsx scripts/spikes/first-paint-probe-firefox.ts [runs=5]`
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchFirefox, ROOT } from '../../tests/support/browsers';
import { serveDirectory } from '../../tests/support/static-server';
import { writeCostPages } from '../bench-pages';

const runs = Number(process.argv[2] ?? 5);
const scratch = join(tmpdir(), 'dmg-first-paint');
writeCostPages(scratch);
const server = await serveDirectory(scratch);
const browser = await launchFirefox(process.env.BENCH_FIREFOX_EXTENSION_DIR ?? join(ROOT, '.output/firefox-mv2'));
const probe = `(() => {
  const log = [];
  window.__log = log;
  let frames = 0;
  let seen = false;
  const t0 = performance.now();
  const tick = () => {
    frames++;
    const painted = CSS.highlights.get('dmg-term')?.size ?? 0;
    if (painted && !seen) {
      seen = true;
      log.push('first painted at frame ' + frames + ', ' + performance.now().toFixed(0) + ' ms, ' + document.getElementsByTagName('*').length + ' elements parsed, ' + document.readyState);
    }
    if (frames < 400) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  document.addEventListener('DOMContentLoaded', () => log.push('DCL at frame ' + frames + ', ' + performance.now().toFixed(0) + ' ms'));
})()`;
await new Promise((r) => setTimeout(r, 2000));
for (let run = 0; run < runs; run++) {
  const page = await browser.newPage();
  await page.evaluateOnNewDocument(probe);
  await page.goto(server.url('medical-2mb.html'), { waitUntil: 'load' });
  await new Promise((r) => setTimeout(r, 2500));
  console.log(`run ${run + 1}:`, (await page.evaluate(() => (window as unknown as { __log: string[] }).__log)).join(' | '));
  await page.close();
}
await browser.close();
await server.close();
