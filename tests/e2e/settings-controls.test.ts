/**
 * UX review m10's leftovers, on the built extension:
 * - every checkbox and radio button in settings is one size, at least 24 x 24 CSS px (WCAG
 *   2.5.8), in Chromium and Firefox (the notebook's were 18 px, the others 13 px);
 * - "Only when the mouse is on the word" on a touch screen, which has no hover: the words keep a
 *   dotted underline (the choice's label says so) and a tap opens the card.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxExtensionPage, launchChromium, launchFirefox, ROOT } from '../support/browsers';
import { serveDirectory, type StaticServer } from '../support/static-server';
import { cardState, rangeCentre } from './paint-checks';

const SHOTS = join(ROOT, 'test-results/screenshots');

/** Runs on the options page: each checkbox's and radio button's size and label, visible ones only. */
function boxSizes(): Array<{ label: string; width: number; height: number }> {
  return [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"], input[type="radio"]')]
    .filter((input) => input.offsetParent !== null)
    .map((input) => {
      const box = input.getBoundingClientRect();
      return { label: (input.closest('label')?.textContent ?? '').trim().slice(0, 40), width: Math.round(box.width), height: Math.round(box.height) };
    });
}

function expectOneLargeSize(sizes: ReturnType<typeof boxSizes>): void {
  // Both kinds: the highlighting switch, the kinds of words, the notebook's two, and the radios.
  expect(sizes.length).toBeGreaterThanOrEqual(20);
  const distinct = new Set(sizes.map((s) => `${s.width}x${s.height}`));
  expect([...distinct], JSON.stringify(sizes)).toHaveLength(1);
  expect(sizes[0]!.width).toBeGreaterThanOrEqual(24);
  expect(sizes[0]!.height).toBeGreaterThanOrEqual(24);
}

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

describe('settings controls in Chromium', () => {
  it('gives every checkbox and radio button one size of at least 24 x 24 px', async () => {
    const session = await launchChromium();
    try {
      const options = await session.context.newPage();
      await options.setViewportSize({ width: 900, height: 1000 });
      await options.goto(`chrome-extension://${session.extensionId}/options.html`);
      await options.locator('[data-notebook-prefs] input[type="checkbox"]').first().waitFor();
      expectOneLargeSize(await options.evaluate(boxSizes));
      await options.screenshot({ path: join(SHOTS, 'settings-controls-chromium.png'), fullPage: true });
    } finally {
      await session.close();
    }
  });
});

describe('settings controls in Firefox', () => {
  it('gives every checkbox and radio button one size of at least 24 x 24 px', async () => {
    const browser = await launchFirefox();
    try {
      // BiDi cannot open moz-extension pages: the popup tab the e2e build opens goes there.
      const tab = await firefoxExtensionPage(browser, 'popup.html');
      await tab.setViewport({ width: 900, height: 1000 });
      await tab.evaluate(() => void (location.href = '/options.html')).catch(() => undefined);
      const options = await firefoxExtensionPage(browser, 'options.html');
      await options.waitForSelector('[data-notebook-prefs] input[type="checkbox"]', { timeout: 15_000 });
      expectOneLargeSize(await options.evaluate(boxSizes));
      await options.bringToFront();
      await options.screenshot({ path: join(SHOTS, 'settings-controls-firefox.png') as `${string}.png`, fullPage: true });
    } finally {
      await browser.close();
    }
  });
});

describe('"Only when the mouse is on the word" on a touch screen (Chromium, 360 px phone)', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDirectory(join(ROOT, 'tests/fixtures/linked'));
  });
  afterAll(async () => {
    await server?.close();
  });

  it('says what touch screens get, shows the words underlined, and opens the card on a tap', async () => {
    const session = await launchChromium(undefined, { viewport: { width: 360, height: 740 }, touch: true });
    try {
      const options = await session.context.newPage();
      await options.goto(`chrome-extension://${session.extensionId}/options.html`);
      const choice = options.locator('label.op-option', { has: options.locator('input[name="style"][value="hover"]') });
      expect(await choice.textContent()).toContain('on touch screens, a dotted underline');
      await choice.locator('input').check();
      await expect
        .poll(() => options.evaluate(async () => (await (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<{ settings?: { style?: string } }> } } } }).chrome.storage.sync.get('settings')).settings?.style))
        .toBe('hover');

      const page = await session.context.newPage();
      await page.goto(server.url('forum.html'));
      expect(await page.evaluate(() => matchMedia('(hover: none)').matches)).toBe(true);
      await page.waitForFunction(() => (CSS.highlights.get('dmg-term-plain')?.size ?? 0) > 0, null, { timeout: 20_000 });
      const point = (await page.evaluate(rangeCentre, { name: 'dmg-term-plain', text: 'folic acid' }))!;
      expect(point).not.toBeNull();
      // Visible without hover: the word's pixels differ with and without the paint.
      const clip = { x: point.x - 45, y: point.y - 14, width: 90, height: 28 };
      const painted = await page.screenshot({ clip });
      const bare = await page.evaluate(() => {
        const kept = new Map(CSS.highlights);
        CSS.highlights.clear();
        (window as unknown as { keptHighlights: typeof kept }).keptHighlights = kept;
        return kept.size;
      });
      expect(bare).toBeGreaterThan(0);
      const unpainted = await page.screenshot({ clip });
      await page.evaluate(() => {
        for (const [name, highlight] of (window as unknown as { keptHighlights: Map<string, Highlight> }).keptHighlights) CSS.highlights.set(name, highlight);
      });
      expect(painted.equals(unpainted), 'the word looks the same painted and unpainted on touch').toBe(false);
      await page.screenshot({ path: join(SHOTS, 'settings-hover-style-touch-chromium.png') });
      await page.touchscreen.tap(point.x, point.y);
      await expect.poll(() => cardState(page).then((d) => d?.name ?? '')).toContain('Folic acid');
    } finally {
      await session.close();
    }
  });
});
