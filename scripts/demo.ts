/**
 * `npm run demo`: serves the bundled demo article on 127.0.0.1 and opens it in
 * Chromium with the freshly built extension. With a display, the browser stays
 * open for you to click around; without one (CI, SSH) it runs headless, prints
 * the terms it highlighted, opens one popover and saves a screenshot.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, ROOT } from '../tests/support/browsers';
import { serveDirectory } from '../tests/support/static-server';

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const server = await serveDirectory(join(ROOT, 'demo'));
const url = server.url('article.html');

let session;
try {
  session = await launchChromium(undefined, { headless });
} catch (error) {
  console.error(`\n${(error as Error).message}\n`);
  await server.close();
  process.exit(1);
}

const page = await session.context.newPage();
await page.goto(url);
await page.waitForSelector('mark[data-dmg-term]', { timeout: 15_000 });
const counts = await page.evaluate(() => {
  const tally: Record<string, number> = {};
  for (const mark of document.querySelectorAll('mark[data-dmg-term]')) {
    const id = mark.getAttribute('data-dmg-term')!;
    tally[id] = (tally[id] ?? 0) + 1;
  }
  return tally;
});

console.log(`\nDM Glossary demo: ${url}`);
console.log(`Highlighted ${Object.values(counts).reduce((a, b) => a + b, 0)} mentions of ${Object.keys(counts).length} terms:`);
for (const [id, n] of Object.entries(counts).sort(([a], [b]) => a.localeCompare(b))) console.log(`  ${id.padEnd(34)} ${n}`);

if (headless) {
  await page.locator('mark[data-dmg-term="azathioprine"]').first().click();
  await page.waitForSelector('dmg-popover [role="dialog"]');
  const dir = join(ROOT, 'demo-output');
  mkdirSync(dir, { recursive: true });
  const shot = join(dir, 'demo.png');
  await page.screenshot({ path: shot });
  console.log(`\nNo display found, so this ran headless. Screenshot of the open popover: ${shot}`);
  await session.close();
  await server.close();
} else {
  console.log('\nClick a highlighted word to read about it. Close the browser window to stop.');
  await new Promise<void>((done) => session.context.on('close', () => done()));
  await server.close();
}
