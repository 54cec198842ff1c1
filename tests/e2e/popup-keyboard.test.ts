/**
 * The popup by keyboard on a page with many terms (UX review m5): each list is one Tab stop
 * with arrow keys and type-ahead inside, so a chip, the A-to-Z list and the footer's switch are
 * a few key presses from the search box, not dozens (19 Tab presses to the Methotrexate chip on
 * this page before). In Chromium (playwright-core) and Firefox (puppeteer-core over BiDi), with
 * axe on the lists in Chromium.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Browser, Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxExtensionPage, launchChromium, launchFirefox, ROOT, type ChromiumSession } from '../support/browsers';
import { serveDirectory, type StaticServer } from '../support/static-server';
import { cardState, paintedCount, waitForSteadyPaint } from './paint-checks';

const SHOTS = join(ROOT, 'test-results/screenshots');
const PAGE = 'many-terms.html';
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** What both drivers offer, as these tests use it. */
interface Driven {
  keyboard: { press(key: string): Promise<unknown>; type(text: string): Promise<unknown>; down(key: string): Promise<unknown>; up(key: string): Promise<unknown> };
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  evaluate<R>(fn: () => R): Promise<R>;
}
const driven = (page: PlaywrightPage | PuppeteerPage) => page as unknown as Driven;

interface Focus {
  chip?: string;
  term?: string;
  reveal?: string;
  search: boolean;
  siteSwitch: boolean;
  /** The role of the list around the focused element, if any. */
  within?: string;
  tabIndex: number;
}

/** Runs in the popup: where focus is. */
function focus(): Focus {
  const el = document.activeElement as HTMLElement | null;
  return {
    chip: el?.dataset.pageTermId,
    term: el?.dataset.termId,
    reveal: el?.dataset.revealTermId,
    search: el?.id === 'pp-search',
    siteSwitch: el?.hasAttribute('data-site-switch') ?? false,
    within: el?.closest('[role="toolbar"], [role="grid"]')?.getAttribute('role') ?? undefined,
    tabIndex: el?.tabIndex ?? 0,
  };
}

function focusSearch(): void {
  document.getElementById('pp-search')!.focus();
}

/** Tab presses from where focus is until `done` holds (or `limit` presses, failing). */
async function tabsUntil(popup: Driven, done: (f: Focus) => boolean, limit = 300): Promise<number> {
  for (let presses = 0; presses <= limit; presses++) {
    if (done(await popup.evaluate(focus))) return presses;
    await popup.keyboard.press('Tab');
  }
  return Infinity;
}

/** Keys a reader presses from the search box to each place; logged for the record. */
interface Path {
  tabsToChips: number;
  keysToMethotrexate: number;
  tabsToList: number;
  tabsToSwitch: number;
}

/**
 * The keyboard path on the many-term page, the same in both browsers. Bounds: the three links
 * above the lists and the notebook link come first (4 stops), then one stop per list.
 */
async function walkThePopup(popup: Driven, browserName: string): Promise<Path> {
  await popup.evaluate(focusSearch);
  const tabsToList = await tabsUntil(popup, (f) => f.term !== undefined);
  expect(tabsToList).toBeLessThanOrEqual(7);
  // Arrow Down moves inside the list.
  await popup.keyboard.press('ArrowDown');
  expect((await popup.evaluate(focus)).term).toBe('adrenal-insufficiency');
  await popup.evaluate(focusSearch);
  const tabsToSwitch = await tabsUntil(popup, (f) => f.siteSwitch);
  expect(tabsToSwitch).toBeLessThanOrEqual(10);

  await popup.evaluate(focusSearch);
  const tabsToChips = await tabsUntil(popup, (f) => f.chip !== undefined);
  expect(tabsToChips).toBeLessThanOrEqual(6);
  // Type-ahead: "m" goes to the first chip named M… after the current one (medicines come first).
  expect(await popup.evaluate(focus)).toMatchObject({ chip: 'abatacept', within: 'toolbar', tabIndex: 0 });
  await popup.keyboard.press('m');
  expect((await popup.evaluate(focus)).chip).toBe('methotrexate');
  const keysToMethotrexate = tabsToChips + 1;

  // Arrows, Home and End inside the row; only the chip last focused is in the Tab order.
  await popup.keyboard.press('ArrowRight');
  expect((await popup.evaluate(focus)).chip).toBe('mycophenolate');
  await popup.keyboard.press('ArrowLeft');
  await popup.keyboard.press('ArrowUp');
  expect((await popup.evaluate(focus)).chip).toBe('jak-inhibitors');
  await popup.keyboard.press('End');
  expect((await popup.evaluate(focus)).chip).toBe('speech-therapy');
  await popup.keyboard.press('Home');
  expect((await popup.evaluate(focus)).chip).toBe('abatacept');
  await popup.keyboard.press('m');
  expect(await popup.evaluate(() => [...document.querySelectorAll<HTMLElement>('[data-page-term-id]')].filter((c) => c.tabIndex === 0).map((c) => c.dataset.pageTermId))).toEqual(['methotrexate']);

  // Tab leaves the row for the A-to-Z list, at the entry last focused there (Arrow Down above);
  // Shift+Tab comes back to the chip last focused.
  await popup.keyboard.press('Tab');
  expect(await popup.evaluate(focus)).toMatchObject({ term: 'adrenal-insufficiency', within: 'grid' });
  await popup.keyboard.down('Shift');
  await popup.keyboard.press('Tab');
  await popup.keyboard.up('Shift');
  expect((await popup.evaluate(focus)).chip).toBe('methotrexate');

  // Results: type, Arrow Down to the first result, Arrow Right to its "Show on this page".
  await popup.evaluate(focusSearch);
  await popup.keyboard.type('metho');
  await expect.poll(() => popup.evaluate(() => document.querySelector('[data-term-id]')?.getAttribute('data-term-id'))).toBe('methotrexate');
  await popup.keyboard.press('ArrowDown');
  expect(await popup.evaluate(focus)).toMatchObject({ term: 'methotrexate', within: 'grid' });
  await popup.keyboard.press('ArrowRight');
  expect((await popup.evaluate(focus)).reveal).toBe('methotrexate');
  await popup.keyboard.press('ArrowLeft');
  await popup.keyboard.press('ArrowUp');
  expect((await popup.evaluate(focus)).search).toBe(true);
  // Back to the lists: clear the field.
  await popup.evaluate(() => {
    const input = document.getElementById('pp-search') as HTMLInputElement;
    input.value = '';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });

  const path = { tabsToChips, keysToMethotrexate, tabsToList, tabsToSwitch };
  console.log(`[popup keyboard, ${browserName}] ${JSON.stringify(path)}`);
  return path;
}

let server: StaticServer;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveDirectory(join(ROOT, 'tests/fixtures/popup'));
});
afterAll(async () => {
  await server?.close();
});

describe('the popup by keyboard on a page with many terms, in Chromium', () => {
  let session: ChromiumSession;
  let page: PlaywrightPage;

  beforeAll(async () => {
    session = await launchChromium();
    page = await session.context.newPage();
    await page.goto(server.url(PAGE));
    await waitForSteadyPaint(() => page.evaluate(paintedCount));
  });
  afterAll(async () => {
    await session?.close();
  });

  /** The popup in a tab of its own, asking about the article (the active tab). */
  async function openPopup(): Promise<PlaywrightPage> {
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await page.bringToFront();
    await popup.evaluate(() => location.reload());
    await popup.locator('[data-page-term-id]').first().waitFor();
    return popup;
  }

  it('reaches a chip, the A-to-Z list and the footer in a few keys, and opens the card from the chip with Enter', async () => {
    const popup = await openPopup();
    expect(await popup.locator('[data-page-term-id]').count()).toBeGreaterThan(40);
    await walkThePopup(driven(popup), 'chromium');
    await popup.evaluate(focusSearch);
    await tabsUntil(driven(popup), (f) => f.chip !== undefined);
    await popup.keyboard.press('m');
    await popup.screenshot({ path: join(SHOTS, 'popup-keyboard-chip-chromium.png') });
    await popup.keyboard.press('Enter');
    await expect.poll(() => cardState(page).then((d) => d?.name ?? '')).toContain('Methotrexate');
    await page.keyboard.press('Escape');
    await popup.close();
  });

  it('keeps the lists\' names and roles right (axe), with chips and with "Show on this page"', async () => {
    const popup = await openPopup();
    const axe = async () => {
      await popup.evaluate(AXE_SOURCE);
      // axe's result objects are untyped JSON here; only the fields read are relied on.
      return popup.evaluate(async () => {
        const result = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return result.violations.flatMap((v: any) => v.nodes.map((n: any) => `${v.id}: ${JSON.stringify(n.target)}`));
      });
    };
    expect(await axe()).toEqual([]);
    expect(await popup.getAttribute('[role="toolbar"]:has([data-page-term-id])', 'aria-labelledby')).toBe('pp-page-title');
    expect(await popup.locator('[role="grid"]').getAttribute('aria-labelledby')).toBe('pp-status');
    // The accessible names screen readers hear, unchanged by the roving tab order.
    const snapshot = await popup.locator('main').ariaSnapshot();
    expect(snapshot).toMatch(/toolbar "On this page"/);
    expect(snapshot).toMatch(/button "Methotrexate: \d+ on this page\. Show the first\."/);
    await popup.fill('#pp-search', 'metho');
    await popup.locator('[data-reveal-term-id="methotrexate"]').waitFor();
    expect(await axe()).toEqual([]);
    await popup.close();
  });
});

describe('the popup by keyboard on a page with many terms, in Firefox', () => {
  let browser: Browser;
  let page: PuppeteerPage;

  beforeAll(async () => {
    browser = await launchFirefox();
    page = await browser.newPage();
    await page.goto(server.url(PAGE));
    await waitForSteadyPaint(() => page.evaluate(paintedCount));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reaches a chip, the A-to-Z list and the footer in a few keys, and opens the card from the chip with Enter', async () => {
    const popup = await firefoxExtensionPage(browser, 'popup.html');
    await popup.setViewport({ width: 400, height: 600 });
    await page.bringToFront();
    await popup.evaluate(() => location.reload());
    await popup.waitForSelector('[data-page-term-id]', { timeout: 20_000 });
    await popup.bringToFront();
    expect((await popup.$$('[data-page-term-id]')).length).toBeGreaterThan(40);
    await walkThePopup(driven(popup), 'firefox');
    await popup.evaluate(focusSearch);
    await tabsUntil(driven(popup), (f) => f.chip !== undefined);
    await popup.keyboard.press('m');
    await popup.screenshot({ path: join(SHOTS, 'popup-keyboard-chip-firefox.png') as `${string}.png` });
    await popup.keyboard.press('Enter');
    await expect.poll(() => cardState(page).then((d) => d?.name ?? '')).toContain('Methotrexate');
  });
});
