import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { glossary } from '../../glossary';
import { CATEGORIES, CATEGORY_LABELS } from '../../glossary/types';
import { launchChromium, ROOT, type ChromiumSession } from '../support/browsers';

const SHOTS = join(ROOT, 'test-results/screenshots');

/** What has focus: its tag, its text and the entry card it sits in. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName ?? '', text: el?.textContent ?? '', card: el?.closest('[data-term-id]')?.id ?? null };
  });

/** Where an entry's card is, against the viewport and the bottom of the sticky header. */
const cardPlace = (page: Page, id: string) =>
  page.evaluate((id) => {
    const card = document.getElementById(id)!.getBoundingClientRect();
    const header = document.querySelector('header.gp-header')!.getBoundingClientRect();
    return { top: card.top, headerBottom: header.bottom, viewport: window.innerHeight, scrollY: window.scrollY };
  }, id);

function watchErrors(page: Page, errors: string[], requests: string[]) {
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('request', (request) => {
    if (!request.url().startsWith('chrome-extension://')) requests.push(request.url());
  });
}

describe('the glossary page (glossary.html) in Chromium', () => {
  let session: ChromiumSession;
  let page: Page;
  let url: (suffix?: string) => string;
  const errors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchChromium(undefined, { colorScheme: 'light', viewport: { width: 1200, height: 900 } });
    url = (suffix = '') => `chrome-extension://${session.extensionId}/glossary.html${suffix}`;
    page = await session.context.newPage();
    watchErrors(page, errors, requests);
  });

  /** A fresh load each time: going from glossary.html#a to glossary.html#b would only change the hash. */
  const open = async (suffix = '') => {
    await page.goto('about:blank');
    await page.goto(url(suffix));
    await page.waitForSelector('section[data-term-id], .gp-empty');
  };

  afterAll(async () => {
    await session?.close();
  });

  it('lists every entry once, by category in CATEGORY_LABELS order, with the notice, review date and landmarks', async () => {
    await open();
    expect(await page.locator('section[data-term-id]').count()).toBe(glossary.length);
    expect(await page.locator('section[data-term-id] article.tc').count()).toBe(glossary.length);
    const cardIds = await page.locator('section[data-term-id]').evaluateAll((els) => els.map((el) => [el.id, el.getAttribute('data-term-id')]));
    expect(new Set(cardIds.map(([id]) => id)).size).toBe(glossary.length);
    expect(cardIds.every(([id, termId]) => id === termId)).toBe(true);

    const groupTitles = await page.locator('.gp-group-title').allTextContents();
    const used = new Set(glossary.map((e) => e.category));
    expect(groupTitles).toEqual(CATEGORIES.filter((c) => used.has(c)).map((c) => CATEGORY_LABELS[c]));

    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('body > #app > header').count()).toBe(1);
    expect(await page.locator('body > #app > main#gp-main').count()).toBe(1);
    expect(await page.locator('body > #app > nav').count()).toBe(1);
    expect(await page.getByLabel('Search the glossary').getAttribute('type')).toBe('search');
    const intro = await page.locator('.gp-intro').textContent();
    expect(intro).toMatch(/not medical advice/i);
    expect(intro).toMatch(/offline/i);
    // One date while every entry was checked the same day, else the oldest and newest.
    expect(intro).toMatch(/Reviewed (?:between \w+ \d{1,2}, \d{4} and )?\w+ \d{1,2}, \d{4}/);
    await page.screenshot({ path: join(SHOTS, 'glossary-light.png') });
  });

  it('keeps the search field in view while scrolling, and the first Tab reaches the skip link', async () => {
    await page.mouse.wheel(0, 4000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    const box = await page.locator('input[type="search"]').boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(150);
    await page.screenshot({ path: join(SHOTS, 'glossary-light-scrolled.png') });

    await open();
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'A', text: 'Skip to the glossary' });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('gp-main');
  });

  it('switches to A to Z', async () => {
    await open();
    await page.getByRole('button', { name: 'A to Z' }).click();
    expect(await page.getByRole('button', { name: 'A to Z' }).getAttribute('aria-pressed')).toBe('true');
    const letters = await page.locator('.gp-group-title').allTextContents();
    expect(letters).toEqual([...letters].sort());
    expect(letters[0]).toBe('A');
    const names = await page.locator('section[data-term-id] .tc-name').allTextContents();
    expect(names).toHaveLength(glossary.length);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true })));
  });

  it('opens at #azathioprine with its card scrolled below the header and focus on its heading', async () => {
    await open('#azathioprine');
    await expect.poll(() => focused(page)).toEqual({ tag: 'H2', text: 'Azathioprine', card: 'azathioprine' });
    const place = await cardPlace(page, 'azathioprine');
    expect(place.scrollY).toBeGreaterThan(0);
    expect(place.top).toBeGreaterThanOrEqual(place.headerBottom - 1);
    expect(place.top).toBeLessThan(place.headerBottom + 60);
    await page.screenshot({ path: join(SHOTS, 'glossary-light-deeplink.png') });
  });

  it('jumps to a related term, updating location.hash so Back returns', async () => {
    await open('#azathioprine');
    await expect.poll(() => focused(page).then((f) => f.card)).toBe('azathioprine');
    await page.locator('#azathioprine .tc-related button', { hasText: 'TPMT test' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#tpmt-test');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'H2', card: 'tpmt-test' });
    const place = await cardPlace(page, 'tpmt-test');
    expect(place.top).toBeGreaterThanOrEqual(place.headerBottom - 1);
    expect(place.top).toBeLessThan(place.viewport / 2);

    await page.goBack();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#azathioprine');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'H2', card: 'azathioprine' });
    await page.goForward();
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'H2', card: 'tpmt-test' });
  });

  it('ignores an unknown id in the hash', async () => {
    await open('#no-such-term');
    expect(await page.locator('section[data-term-id]').count()).toBe(glossary.length);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  it('starts with ?q=Imuran filled in and azathioprine first', async () => {
    await open('?q=Imuran');
    expect(await page.locator('input[type="search"]').inputValue()).toBe('Imuran');
    await expect.poll(() => page.locator('[data-term-id]').first().getAttribute('data-term-id')).toBe('azathioprine');
    expect(await page.locator('[data-term-id]').count()).toBeLessThan(glossary.length);
    expect(await page.locator('[role="status"]').textContent()).toMatch(/match/);
    await page.screenshot({ path: join(SHOTS, 'glossary-light-search.png') });
  });

  it('filters as you type, in ranking order, and jumps from a result to a related term outside the results', async () => {
    await open();
    await page.fill('input[type="search"]', 'Plaquenil');
    await expect.poll(() => page.locator('[data-term-id]').first().getAttribute('data-term-id')).toBe('hydroxychloroquine');
    expect(await page.evaluate(() => location.search)).toBe('?q=Plaquenil');

    await page.fill('input[type="search"]', 'Imuran');
    await expect.poll(() => page.locator('[data-term-id]').first().getAttribute('data-term-id')).toBe('azathioprine');
    const outside = await page.locator('#azathioprine .tc-related button', { hasText: 'TPMT test' });
    const shownBefore = await page.locator('[data-term-id]').evaluateAll((els) => els.map((el) => el.id));
    expect(shownBefore).not.toContain('tpmt-test');
    await outside.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#tpmt-test');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'H2', card: 'tpmt-test' });
    expect(await page.locator('input[type="search"]').inputValue()).toBe('');
    expect(await page.locator('section[data-term-id]').count()).toBe(glossary.length);

    await page.goBack();
    await expect.poll(() => page.locator('input[type="search"]').inputValue()).toBe('Imuran');
    await expect.poll(() => page.locator('[data-term-id]').first().getAttribute('data-term-id')).toBe('azathioprine');
  });

  it('Enter in the search field goes to the first result', async () => {
    await open();
    await page.locator('input[type="search"]').fill('MTX');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'H2', card: 'methotrexate' });
    expect(await page.evaluate(() => location.hash)).toBe('#methotrexate');
  });

  it('says "No match" with tips when nothing matches, and can show everything again', async () => {
    await open();
    await page.fill('input[type="search"]', 'zzqxv');
    await expect.poll(() => page.locator('[role="status"]').textContent()).toMatch(/No match for “zzqxv”.*spelling.*brand name/);
    expect(await page.locator('[data-term-id]').count()).toBe(0);
    expect(await page.locator('.gp-empty').textContent()).toMatch(/Imuran/);
    await page.screenshot({ path: join(SHOTS, 'glossary-light-no-match.png') });
    await page.getByRole('button', { name: 'Show all terms' }).click();
    expect(await page.locator('section[data-term-id]').count()).toBe(glossary.length);
    expect(await focused(page)).toMatchObject({ tag: 'INPUT' });
  });

  it('made no network request and caused no page errors', () => {
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the glossary page in dark mode at 360 px', () => {
  let session: ChromiumSession;
  let page: Page;
  const errors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchChromium(undefined, { colorScheme: 'dark', viewport: { width: 360, height: 740 } });
    page = await session.context.newPage();
    watchErrors(page, errors, requests);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('follows prefers-color-scheme and fits 360 px without sideways scrolling', async () => {
    const base = `chrome-extension://${session.extensionId}/glossary.html`;
    await page.goto(base);
    await page.waitForSelector('section[data-term-id]');
    const look = await page.evaluate(() => ({
      dark: matchMedia('(prefers-color-scheme: dark)').matches,
      background: getComputedStyle(document.body).backgroundColor,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    }));
    expect(look.dark).toBe(true);
    expect(look.background).toBe('rgb(23, 25, 28)');
    expect(look.overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, 'glossary-dark-360.png') });

    await page.goto('about:blank');
    await page.goto(`${base}#methotrexate`);
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'H2', card: 'methotrexate' });
    const place = await cardPlace(page, 'methotrexate');
    expect(place.top).toBeGreaterThanOrEqual(place.headerBottom - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, 'glossary-dark-360-deeplink.png') });

    await page.goto(`${base}?q=Imuran`);
    await expect.poll(() => page.locator('[data-term-id]').first().getAttribute('data-term-id')).toBe('azathioprine');
    await page.screenshot({ path: join(SHOTS, 'glossary-dark-360-search.png') });
  });

  it('made no network request and caused no page errors', () => {
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });
});
