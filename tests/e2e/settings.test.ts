/**
 * Settings on the built extension in Chromium: every change made on the
 * options page or in the popup applies to an open tab at once, and turning
 * highlighting off restores the page exactly.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { browser } from 'wxt/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, ROOT, type ChromiumSession } from '../support/browsers';
import { serveDirectory, type StaticServer } from '../support/static-server';

describe('settings in Chromium', () => {
  let session: ChromiumSession;
  let server: StaticServer;
  let article: Page;
  let options: Page;

  const marks = () => article.locator('mark[data-dmg-term]').count();
  const asServed = () =>
    article.evaluate(async () => {
      const html = await (await fetch(location.href)).text();
      return new DOMParser().parseFromString(html, 'text/html').body.innerHTML === document.body.innerHTML;
    });
  // `chrome` is the extension page's own API object, present there at run time.
  const setStored = (value: unknown) =>
    options.evaluate((v) => (globalThis as unknown as { chrome: typeof browser }).chrome.storage.sync.set({ settings: v }), value);

  beforeAll(async () => {
    server = await serveDirectory(join(ROOT, 'demo'));
    session = await launchChromium();
    article = await session.context.newPage();
    await article.goto(server.url('article.html'));
    await article.locator('mark[data-dmg-term]').first().waitFor();
    options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.locator('h1').waitFor();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('turns highlighting off everywhere and restores the page exactly, then back on, without a reload', async () => {
    const before = await marks();
    await options.getByLabel('Highlight glossary words on web pages').uncheck();
    await expect.poll(marks).toBe(0);
    expect(await asServed()).toBe(true);
    await options.getByLabel('Highlight glossary words on web pages').check();
    await expect.poll(marks).toBe(before);
  });

  it('restyles highlights in place', async () => {
    await options.getByLabel('Dotted underline only').check();
    const first = article.locator('mark[data-dmg-term]').first();
    await expect.poll(() => first.evaluate((m) => getComputedStyle(m).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    await options.getByLabel('Soft colour and dotted underline').check();
    await expect.poll(() => first.evaluate((m) => getComputedStyle(m).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('highlights only the chosen kinds of terms, and as often as asked', async () => {
    await options.getByLabel('Medicine', { exact: true }).uncheck();
    await expect.poll(() => article.locator('mark[data-dmg-term="methotrexate"]').count()).toBe(0);
    expect(await article.locator('mark[data-dmg-term="calcinosis"]').count()).toBe(1);
    await options.getByLabel('Medicine', { exact: true }).check();
    await options.getByLabel('Only the first mention of each word on a page').check();
    await expect.poll(() => article.locator('mark[data-dmg-term="corticosteroids"]').count()).toBe(1);
    const ids = await article.$$eval('mark[data-dmg-term]', (ms) => ms.map((m) => m.getAttribute('data-dmg-term')));
    expect(new Set(ids).size).toBe(ids.length);
    await options.getByLabel('Every mention').check();
    await expect.poll(() => article.locator('mark[data-dmg-term="corticosteroids"]').count()).toBeGreaterThan(1);
  });

  it('switches the current site off and on from the popup, and lists it on the options page', async () => {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await article.bringToFront();
    await popup.evaluate(() => location.reload());
    const siteSwitch = popup.locator('[data-site-switch]');
    await siteSwitch.waitFor();
    expect(await siteSwitch.isChecked()).toBe(true);
    await siteSwitch.uncheck();
    await expect.poll(marks).toBe(0);
    expect(await asServed()).toBe(true);
    await expect.poll(() => options.locator('.op-sites li').allTextContents()).toEqual([expect.stringContaining('127.0.0.1')]);
    await popup.locator('[data-site-switch]').check();
    await expect.poll(marks).toBeGreaterThan(0);
    await popup.close();
  });

  it('falls back to the default for a corrupt stored value and keeps the others', async () => {
    await setStored({ enabled: false, style: 42, colour: 'green' });
    await expect.poll(marks).toBe(0);
    await options.reload();
    expect(await options.getByLabel('Highlight glossary words on web pages').isChecked()).toBe(false);
    expect(await options.getByLabel('Soft colour and dotted underline').isChecked()).toBe(true);
    expect(await options.getByLabel('Green').isChecked()).toBe(true);
    await setStored({});
    await expect.poll(marks).toBeGreaterThan(0);
  });

  const sync = <T>(fn: (api: typeof browser) => Promise<T>) =>
    options.evaluate(`(${fn.toString()})(chrome)`) as Promise<T>;

  it('a negative settings version no longer freezes a tab: the next page highlights at once, the meta repaired (F5)', async () => {
    await sync((api) => api.storage.sync.set({ settings$: { v: -60_000_000 } }));
    const fresh = await session.context.newPage();
    const started = Date.now();
    await fresh.goto(server.url('article.html'));
    await fresh.locator('mark[data-dmg-term]').first().waitFor({ timeout: 10_000 });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await sync((api) => api.storage.sync.get('settings$'))).toEqual({ settings$: { v: 3 } });
    await fresh.close();
  });

  it('keeps the good sites of a list with one bad entry (F8)', async () => {
    await sync((api) => api.storage.sync.set({ disabledSites: ['nhs.uk', ' BAD ', 'mayo.org', 42] }));
    await expect.poll(() => options.locator('.op-sites li').allTextContents()).toEqual([expect.stringContaining('nhs.uk'), expect.stringContaining('mayo.org')]);
    await sync((api) => api.storage.sync.remove('disabledSites'));
  });

  it('at the site-list limit, says the change was not saved and shows what is stored (F9)', async () => {
    await sync((api) => api.storage.sync.set({ disabledSites: Array.from({ length: 250 }, (_, i) => `site-number-${i}.example.org`) }));
    await expect.poll(() => options.locator('.op-sites li').count()).toBe(250);
    await options.locator('#op-sites-add').fill('one-more.example.org');
    await options.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(() => options.locator('.op-error').textContent()).toContain('Not saved: a site list holds up to 250 sites');
    expect(await options.locator('.op-sites li').count()).toBe(250);
    expect(await options.locator('#op-sites-add').inputValue()).toBe('one-more.example.org');
    await sync((api) => api.storage.sync.remove('disabledSites'));
    await options.locator('#op-sites-add').fill('');
  });

  it('opens the popover on hover when asked, leaves focus alone, and closes when the pointer leaves', async () => {
    await options.getByLabel(/When I rest the mouse/).check();
    await article.bringToFront();
    await article.mouse.move(1, 1);
    const term = article.locator('mark[data-dmg-term="rituximab"]').first();
    await term.scrollIntoViewIfNeeded();
    await term.hover();
    await article.locator('dmg-popover [role="dialog"]').waitFor();
    expect(await article.evaluate(() => document.activeElement?.localName)).toBe('body');
    await article.mouse.move(1, 1);
    await expect.poll(() => article.locator('dmg-popover [role="dialog"]').count()).toBe(0);
    await options.getByLabel(/When I click or tap/).check();
  });
});
