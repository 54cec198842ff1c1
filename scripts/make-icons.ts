/**
 * `npx tsx scripts/make-icons.ts`: renders assets/icon.svg to public/icon/<size>.png,
 * which WXT lists as the manifest's icons. Headless Chromium rasterises the SVG at
 * each size itself (no downscaling of one big image), with a transparent background.
 *
 * - Below 48 px the printed lines (`.detail`) are hidden: they would only blur the book.
 * - 128 px is the store and install icon: Chrome Web Store asks for 96 px of artwork
 *   with 16 px of transparent padding on each side.
 *
 * Run it again after editing the SVG, look at the PNGs, and commit them.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromePath, ROOT } from '../tests/support/browsers';

const SOURCE = join(ROOT, 'assets/icon.svg');
const OUT_DIR = join(ROOT, 'public/icon');

/** Icon size in pixels, and the transparent padding on each side. */
const SIZES: ReadonlyArray<{ size: number; padding: number }> = [
  { size: 16, padding: 0 },
  { size: 32, padding: 0 },
  { size: 48, padding: 0 },
  { size: 96, padding: 0 },
  { size: 128, padding: 16 },
];

const svg = readFileSync(SOURCE, 'utf8');
mkdirSync(OUT_DIR, { recursive: true });

const browser = await chromium.launch({
  executablePath: chromePath(),
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: 256, height: 256 }, deviceScaleFactor: 1 });
  for (const { size, padding } of SIZES) {
    const art = size - 2 * padding;
    const variant = size < 48 ? '.detail { display: none; }' : '.small { display: none; }';
    await page.setContent(
      `<!doctype html><html><head><style>
        html, body { margin: 0; padding: 0; background: transparent; }
        #icon { width: ${size}px; height: ${size}px; padding: ${padding}px; box-sizing: border-box; }
        #icon svg { display: block; width: ${art}px; height: ${art}px; }
        ${variant}
      </style></head><body><div id="icon">${svg}</div></body></html>`,
    );
    const file = join(OUT_DIR, `${size}.png`);
    await page.locator('#icon').screenshot({ path: file, omitBackground: true });
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
}
