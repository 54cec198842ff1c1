import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_UUID, launchFirefox, ROOT } from '../support/browsers';
import { serveDirectory, type StaticServer } from '../support/static-server';
import { DEMO_PAGE, DEMO_TERMS, HIGHLIGHT_CONTRACT, UNTOUCHED } from './demo-expectations';
import { focusedText, inspectHighlights } from './page-checks';

const SHOTS = join(ROOT, 'test-results/screenshots');
const DIALOG = 'dmg-popover >>> [role="dialog"]';

/** BiDi reports extension tabs as about:blank, so ask each page where it is. */
async function findExtensionPage(browser: Browser, path: string): Promise<Page> {
  const wanted = `moz-extension://${FIREFOX_UUID}/${path}`;
  for (let attempt = 0; attempt < 50; attempt++) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(wanted)) return page;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The e2e build did not open ${wanted}`);
}

const activeTerm = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-dmg-term') ?? null);
const dialogCount = (page: Page) => page.$$(DIALOG).then((found) => found.length);
const dialogHeading = (page: Page) => page.$eval(`${DIALOG} >>> h2`, (h) => h.textContent).catch(() => null);

describe('the built extension in Firefox ESR', () => {
  let browser: Browser;
  let server: StaticServer;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveDirectory(join(ROOT, 'demo'));
    browser = await launchFirefox();
    page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(server.url(DEMO_PAGE));
    await page.waitForSelector('mark[data-dmg-term]', { timeout: 20_000 });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('highlights every demo term with the documented attributes, and nothing where it must not', async () => {
    const report = await page.evaluate(inspectHighlights, { contract: HIGHLIGHT_CONTRACT, untouched: UNTOUCHED });
    expect(report.ids).toEqual(expect.arrayContaining(DEMO_TERMS));
    expect(report.badContract).toBe(0);
    expect(report.forbidden).toBe(0);
    expect(report.nested).toBe(0);
    expect(report.inputValue).toBe('rituximab');
  });

  it('opens the popover on click, closes it with Escape and returns focus to the term', async () => {
    await page.click('mark[data-dmg-term="azathioprine"]');
    await expect.poll(() => dialogHeading(page)).toContain('Azathioprine');
    const expanded = await page.$eval('mark[data-dmg-term="azathioprine"]', (m) => m.getAttribute('aria-expanded'));
    expect(expanded).toBe('true');
    await page.screenshot({ path: join(SHOTS, 'firefox-popover.png') as `${string}.png` });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialogCount(page)).toBe(0);
    expect(await activeTerm(page)).toBe('azathioprine');
  });

  it('opens the popover from the keyboard with Enter', async () => {
    await page.focus('mark[data-dmg-term="methotrexate"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialogHeading(page)).toContain('Methotrexate');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialogCount(page)).toBe(0);
    expect(await activeTerm(page)).toBe('methotrexate');
  });

  it('goes from a term into the popover, to a related term and back, by keyboard alone', async () => {
    const deepActive = () => page.evaluate(focusedText);
    const tabTo = async (text: string) => {
      for (let i = 0; i < 40 && !(await deepActive()).startsWith(text); i++) await page.keyboard.press('Tab');
      expect(await deepActive()).toMatch(new RegExp(`^${text}`));
    };
    await page.focus('mark[data-dmg-term="prednisone"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialogHeading(page)).toContain('Prednisone');
    await tabTo('Corticosteroids');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialogHeading(page)).toContain('Corticosteroids');
    await tabTo('← Back');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialogHeading(page)).toContain('Prednisone');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialogCount(page)).toBe(0);
    expect(await activeTerm(page)).toBe('prednisone');
  });

  it('finds azathioprine in the popup when "Imuran" is typed', async () => {
    const popup = await findExtensionPage(browser, 'popup.html');
    await popup.setViewport({ width: 400, height: 600 });
    await popup.type('input[type="search"]', 'Imuran');
    await expect.poll(() => popup.$eval('[data-term-id]', (el) => el.getAttribute('data-term-id'))).toBe('azathioprine');
    await popup.screenshot({ path: join(SHOTS, 'firefox-popup-results.png') as `${string}.png` });
    await popup.click('[data-term-id]');
    await expect.poll(() => popup.$eval('h2', (h) => h.textContent)).toContain('Azathioprine');
    await popup.screenshot({ path: join(SHOTS, 'firefox-popup-detail.png') as `${string}.png` });
  });

  it('finds entries in the popup despite typos and from part of a word', async () => {
    const popup = await findExtensionPage(browser, 'popup.html');
    // The previous test left the popup on a card: go back to the search.
    if (await popup.$('.pp-back')) await popup.click('.pp-back');
    for (const [typed, id] of [['metotrexate', 'methotrexate'], ['hydroxycloroquine', 'hydroxychloroquine'], ['ritux', 'rituximab']]) {
      await popup.$eval('input[type="search"]', (input) => {
        (input as HTMLInputElement).value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await popup.type('input[type="search"]', typed!);
      await expect.poll(() => popup.$eval('[data-term-id]', (el) => el.getAttribute('data-term-id'))).toBe(id);
    }
  });

  it('caused no page errors', () => {
    expect(errors).toEqual([]);
  });
});
