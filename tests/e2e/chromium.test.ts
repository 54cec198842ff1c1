import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, ROOT, type ChromiumSession } from '../support/browsers';
import { serveDirectory, type StaticServer } from '../support/static-server';
import { DEMO_PAGE, DEMO_TERMS, HIGHLIGHT_CONTRACT, UNTOUCHED } from './demo-expectations';
import { focusedText, inspectHighlights } from './page-checks';

const SHOTS = join(ROOT, 'test-results/screenshots');

describe('the built extension in Chromium', () => {
  let session: ChromiumSession;
  let server: StaticServer;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveDirectory(join(ROOT, 'demo'));
    session = await launchChromium();
    page = await session.context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    await page.goto(server.url(DEMO_PAGE));
    await page.waitForSelector('mark[data-dmg-term]');
  });

  afterAll(async () => {
    await session?.close();
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

  it('leaves the page text exactly as served', async () => {
    const same = await page.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      const original = new DOMParser().parseFromString(html, 'text/html').body.textContent;
      return original === document.body.textContent;
    });
    expect(same).toBe(true);
  });

  it('opens the popover on click, closes it with Escape and returns focus to the term', async () => {
    const term = page.locator('mark[data-dmg-term="azathioprine"]').first();
    await term.click();
    const dialog = page.locator('dmg-popover [role="dialog"]');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const labelledBy = await dialog.getAttribute('aria-labelledby');
    await expect.poll(() => page.locator(`dmg-popover [id="${labelledBy}"]`).textContent()).toContain('Azathioprine');
    expect(await term.getAttribute('aria-expanded')).toBe('true');
    expect(await dialog.textContent()).toMatch(/not medical advice/i);
    await page.screenshot({ path: join(SHOTS, 'chromium-popover.png') });

    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('dmg-popover [role="dialog"]').count()).toBe(0);
    expect(await term.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-dmg-term'))).toBe('azathioprine');
  });

  it('opens the popover from the keyboard with Enter and Space, and closes it on a click outside', async () => {
    const term = page.locator('mark[data-dmg-term="methotrexate"]').first();
    await term.focus();
    await page.keyboard.press('Enter');
    const heading = page.locator('dmg-popover [role="dialog"] h2');
    await expect.poll(() => heading.textContent()).toContain('Methotrexate');
    await page.keyboard.press('Escape');

    const other = page.locator('mark[data-dmg-term="rituximab"]').first();
    await other.focus();
    await page.keyboard.press(' ');
    await expect.poll(() => heading.textContent()).toContain('Rituximab');
    await page.mouse.click(5, 5);
    await expect.poll(() => page.locator('dmg-popover [role="dialog"]').count()).toBe(0);
  });

  it('replaces an open popover when another term is clicked', async () => {
    await page.locator('mark[data-dmg-term="prednisone"]').first().click();
    await page.locator('mark[data-dmg-term="calcinosis"]').first().click();
    const headings = page.locator('dmg-popover [role="dialog"] h2');
    await expect.poll(() => headings.allTextContents()).toEqual([expect.stringContaining('Calcinosis')]);
    expect(await page.locator('mark[data-dmg-term="prednisone"]').first().getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Escape');
  });

  it('finds azathioprine in the popup when "Imuran" is typed, and shows its card', async () => {
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await popup.fill('input[type="search"]', 'Imuran');
    const first = popup.locator('[data-term-id]').first();
    await expect.poll(() => first.getAttribute('data-term-id')).toBe('azathioprine');
    await popup.screenshot({ path: join(SHOTS, 'chromium-popup-results.png') });
    await first.click();
    await expect.poll(() => popup.locator('h2').first().textContent()).toContain('Azathioprine');
    await popup.screenshot({ path: join(SHOTS, 'chromium-popup-detail.png') });
    await popup.close();
  });

  it('goes from a term into the popover, to a related term and back, by keyboard alone', async () => {
    const deepActive = () => page.evaluate(focusedText);
    const heading = page.locator('dmg-popover [role="dialog"] h2');
    const tabTo = async (text: string) => {
      for (let i = 0; i < 40 && !(await deepActive()).startsWith(text); i++) await page.keyboard.press('Tab');
      expect(await deepActive()).toMatch(new RegExp(`^${text}`));
    };
    await page.locator('mark[data-dmg-term="prednisone"]').first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => heading.textContent()).toContain('Prednisone');
    await tabTo('Corticosteroids');
    await page.keyboard.press('Enter');
    await expect.poll(() => heading.textContent()).toContain('Corticosteroids');
    await tabTo('← Back');
    await page.keyboard.press('Enter');
    await expect.poll(() => heading.textContent()).toContain('Prednisone');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-dmg-term'))).toBe('prednisone');
  });

  it('opens the full glossary at the entry from the popover', async () => {
    await page.locator('mark[data-dmg-term="calcinosis"]').first().click();
    const opened = session.context.waitForEvent('page');
    await page.locator('dmg-popover button', { hasText: 'Open in the full glossary' }).click();
    const glossaryPage = await opened;
    await expect.poll(() => glossaryPage.url()).toBe(`chrome-extension://${session.extensionId}/glossary.html#calcinosis`);
    expect(await page.locator('dmg-popover [role="dialog"]').count()).toBe(0);
    await glossaryPage.close();
  });

  it('lists "On this page" in the popup with the page\'s counts, and shows a term when chosen', async () => {
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    // The popup asks the active tab: make it the demo article, then reload the popup.
    await page.bringToFront();
    await popup.evaluate(() => location.reload());
    await popup.locator('[data-page-term-id]').first().waitFor();
    const shown = await popup.$$eval('[data-page-term-id]', (chips) =>
      Object.fromEntries(chips.map((c) => [c.getAttribute('data-page-term-id'), Number(c.querySelector('.pp-count')!.textContent)])),
    );
    const onPage = await page.evaluate(() => {
      const counts: Record<string, number> = {};
      for (const m of document.querySelectorAll('mark[data-dmg-term]')) counts[m.getAttribute('data-dmg-term')!] = (counts[m.getAttribute('data-dmg-term')!] ?? 0) + 1;
      return counts;
    });
    expect(shown).toEqual(onPage);
    await popup.screenshot({ path: join(SHOTS, 'chromium-popup-on-this-page.png') });
    await popup.locator('[data-page-term-id="tofacitinib"]').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-dmg-term'))).toBe('tofacitinib');
    await popup.close();
  });

  it('caused no page errors', () => {
    expect(errors).toEqual([]);
  });
});
