/**
 * `npm run demo`: serves the bundled demo article on 127.0.0.1 and opens it in
 * Chromium with the freshly built extension. With a display, the browser stays
 * open for you to click around; without one (CI, SSH) it runs headless, prints
 * the terms it painted with their counts (read from CSS.highlights), opens one
 * card and saves a screenshot.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { countByEntry, dialogState, inCard, paintedTexts, rangeCentre } from '../tests/e2e/paint-checks';
import { KEEP_NAMES_SHIM, launchChromium, requireBuild, ROOT } from '../tests/support/browsers';
import { serveDirectory } from '../tests/support/static-server';

const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const server = await serveDirectory(join(ROOT, 'demo'));
const url = server.url('article.html');

let session;
try {
  // The release build, as `npm run demo` has just built it: what a user installs.
  session = await launchChromium(requireBuild(join(ROOT, '.output/chrome-mv3'), 'npm run build'), { headless });
} catch (error) {
  console.error(`\n${(error as Error).message}\n`);
  await server.close();
  process.exit(1);
}

const page = await session.context.newPage();
await page.addInitScript(KEEP_NAMES_SHIM);
await page.goto(url);
await page.waitForFunction(() => (CSS.highlights.get('dmg-term')?.size ?? 0) > 0, undefined, { timeout: 15_000 });
const counts = countByEntry(await page.evaluate(paintedTexts, 'dmg-term'));

console.log(`\nDM Glossary demo: ${url}`);
console.log(`Painted ${Object.values(counts).reduce((a, b) => a + b, 0)} mentions of ${Object.keys(counts).length} terms (first mention per section):`);
for (const [id, n] of Object.entries(counts).sort(([a], [b]) => a.localeCompare(b))) console.log(`  ${id.padEnd(34)} ${n}`);

if (headless) {
  const at = await page.evaluate(rangeCentre, { name: 'dmg-term-plain', text: 'azathioprine' });
  if (!at) throw new Error('The demo article has no painted "azathioprine" to click.');
  await page.mouse.click(at.x, at.y);
  // The card opens in a sandboxed frame of its own (issue #19), where the tests' inCard finds it.
  let heading: string | undefined;
  for (let tries = 0; tries < 50 && !heading; tries++) {
    heading = (await inCard(page, dialogState))?.name;
    if (!heading) await page.waitForTimeout(100);
  }
  const dir = join(ROOT, 'demo-output');
  mkdirSync(dir, { recursive: true });
  const shot = join(dir, 'demo.png');
  await page.screenshot({ path: shot });
  console.log(heading ? `\nOpened the card "${heading}".` : '\nThe card did not open: see the screenshot.');
  if (!heading) process.exitCode = 1;
  console.log(`No display found, so this ran headless. Screenshot: ${shot}`);
  await session.close();
  await server.close();
} else {
  console.log('\nClick a highlighted word to read about it. Close the browser window to stop.');
  await new Promise<void>((done) => session.context.on('close', () => done()));
  await server.close();
}
