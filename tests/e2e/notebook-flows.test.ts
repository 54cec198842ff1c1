/**
 * The care notebook outside its own page, on the built extension in Chromium
 * and Firefox: mark a medicine from a card on one page, see it painted as
 * `dmg-mine` on another page once the reader accepts the card's offer (never
 * before), listed first in the popup, add questions from the card (its form,
 * Escape closing only the form, and a card question in one click) and find
 * them in storage and on the notebook page, tick one off there. Screenshots of the card with its actions.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Browser, Page as PuppeteerPage } from 'puppeteer-core';
import type { browser as ExtensionApi } from 'wxt/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxExtensionPage, launchChromium, launchFirefox, ROOT, type ChromiumSession } from '../support/browsers';
import { serveDirectory, type StaticServer } from '../support/static-server';
import { cardNotebook, clickCardButton, mineTexts, storedNotebook } from './notebook-checks';
import { dialogState, paintTraces, rangeCentre } from './paint-checks';

const SHOTS = join(ROOT, 'test-results/screenshots');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core (WCAG 2.0/2.1 A and AA, as accessibility.test.ts) on the open card: violations as "rule: target". */
async function axeCard(page: PlaywrightPage): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const dialog = [...document.body.children].map((c) => c.shadowRoot?.querySelector('[role="dialog"]')).find((d) => d);
    // axe's result objects are untyped JSON here; only the fields read below are relied on.
    const result = await (window as any).axe.run(dialog, { runOnly: { type: 'tag', values: tags } });
    return result.violations.flatMap((v: any) => v.nodes.map((n: any) => `${v.id}: ${JSON.stringify(n.target)}`));
  }, ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
}
const QUESTION = 'Can I stop it all at once if I feel better?';

/** What both drivers offer that these tests use. */
interface AnyPage {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  mouse: { click(x: number, y: number): Promise<unknown> };
  keyboard: { type(text: string): Promise<unknown>; press(key: string): Promise<unknown> };
}
type Api = typeof ExtensionApi;
const any = (page: PlaywrightPage | PuppeteerPage) => page as unknown as AnyPage;

/** Runs in the popup: the notebook's lists and "On this page", in document order. */
function popupLists() {
  const items = [...document.querySelectorAll<HTMLElement>('[data-notebook-term-id], [data-page-term-id]')];
  return items.map((el) => ({ id: el.dataset.notebookTermId ?? el.dataset.pageTermId, notebook: 'notebookTermId' in el.dataset, text: el.textContent ?? '' }));
}

type Shot = (name: string) => Promise<void>;

/** The flows, the same in both browsers. */
async function markFromCard(page: AnyPage, shot: Shot): Promise<void> {
  const point = await page.evaluate(rangeCentre, { name: 'dmg-term-plain', text: 'prednisone' });
  expect(point).not.toBeNull();
  await page.mouse.click(point!.x, point!.y);
  await expect.poll(() => page.evaluate(dialogState, undefined).then((s) => s?.name ?? '')).toContain('Prednisone');
  await expect.poll(() => page.evaluate(cardNotebook, undefined).then((s) => s?.takePressed)).toBe('false');
  expect(await page.evaluate(clickCardButton, { label: 'I take this' })).toBe(true);
  await expect.poll(() => page.evaluate(cardNotebook, undefined).then((s) => s?.takePressed)).toBe('true');
  const card = (await page.evaluate(cardNotebook, undefined))!;
  expect(card.mineNote).toBe('One of your medicines');
  expect(card.offer).toContain('Websites can read which words are coloured that way');
  await shot('offer');
  // Marked, but not painted as mine: the reader has not said yes.
  expect((await page.evaluate(paintTraces, undefined)).names).not.toContain('dmg-mine');
  expect(await page.evaluate(clickCardButton, { label: 'Show my medicines in their own colour' })).toBe(true);
  // This page follows at once.
  await expect.poll(() => page.evaluate(mineTexts, undefined)).toMatchObject({ subset: true });
  const mine = (await page.evaluate(mineTexts, undefined))!;
  expect(mine.texts.length).toBeGreaterThan(0);
  expect(mine.texts.every((text) => text.toLowerCase() === 'prednisone')).toBe(true);
}

async function addQuestions(page: AnyPage, shot: Shot): Promise<void> {
  expect(await page.evaluate(clickCardButton, { label: 'Add a question' })).toBe(true);
  await expect.poll(() => page.evaluate(cardNotebook, undefined).then((s) => s?.focused)).toBe('textarea:');
  // Escape closes the form only; the card stays, focus back on the button.
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(cardNotebook, undefined).then((s) => s?.form)).toBe(false);
  expect((await page.evaluate(dialogState, undefined))?.name).toContain('Prednisone');
  expect((await page.evaluate(cardNotebook, undefined))?.focused).toBe('button:Add a question');
  expect(await page.evaluate(clickCardButton, { label: 'Add a question' })).toBe(true);
  await expect.poll(() => page.evaluate(cardNotebook, undefined).then((s) => s?.focused)).toBe('textarea:');
  await page.keyboard.type(QUESTION);
  await shot('form');
  expect(await page.evaluate(clickCardButton, { label: 'Add', within: 'form' })).toBe(true);
  await expect.poll(() => page.evaluate(cardNotebook, undefined).then((s) => s?.message)).toBe('Added to your questions in your notebook.');
  expect((await page.evaluate(cardNotebook, undefined))?.form).toBe(false);
  // One of the card's own questions, in one click.
  const opened = await page.evaluate(() => {
    const root = [...document.body.children].map((c) => c.shadowRoot).find((r) => r?.querySelector('[role="dialog"]'));
    const details = [...(root?.querySelectorAll('details') ?? [])].find((d) => d.querySelector('.tc-nb-add'));
    if (details) details.open = true;
    return details?.querySelector('li span')?.textContent ?? null;
  }, undefined);
  expect(opened).toBeTruthy();
  expect(await page.evaluate(clickCardButton, { label: 'Add to my questions' })).toBe(true);
  await expect.poll(() => page.evaluate(() => {
    const root = [...document.body.children].map((c) => c.shadowRoot).find((r) => r?.querySelector('[role="dialog"]'));
    return root?.querySelector('.tc-nb-add')?.textContent ?? null;
  }, undefined)).toBe('✓ Added'.replace('✓ ', ''));
  await shot('questions');
}

describe('the notebook from cards, pages and the popup, in Chromium', () => {
  let session: ChromiumSession;
  let server: StaticServer;
  let first: PlaywrightPage;
  let extensionPage: PlaywrightPage;
  const errors: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveDirectory(join(ROOT, 'tests/fixtures/notebook'));
    session = await launchChromium();
    first = await session.context.newPage();
    first.on('pageerror', (error) => errors.push(error.message));
    await first.goto(server.url('first.html'));
    await first.waitForFunction(() => (CSS.highlights.get('dmg-term')?.size ?? 0) > 0, null, { timeout: 20_000 });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  /** A screenshot of the card in each state (the offer, the form, the questions), and axe on it there. */
  const cardShot = (page: PlaywrightPage, scheme: string) => async (name: string) => {
    const box = (await page.evaluate(dialogState))?.box;
    if (box) await page.screenshot({ path: join(SHOTS, `notebook-card-${name}-${scheme}-chromium.png`), clip: box });
    expect(await axeCard(page), `${name}, ${scheme}`).toEqual([]);
  };

  it('marks a medicine from a card, paints it as dmg-mine only after the reader says yes, and adds questions', async () => {
    await markFromCard(any(first), cardShot(first, 'light'));
    await addQuestions(any(first), cardShot(first, 'light'));
    extensionPage = await session.context.newPage();
    await extensionPage.goto(`chrome-extension://${session.extensionId}/popup.html`);
    const stored = await extensionPage.evaluate(storedNotebook);
    expect(stored['dmg-notebook-mine']).toEqual({ ids: ['prednisone'] });
    expect(stored['dmg-notebook-prefs']).toMatchObject({ paintMine: true });
    const items = (stored['dmg-notebook-questions'] as { items: Array<{ termId: string; text: string; asked: boolean }> }).items;
    expect(items.map(({ termId, text, asked }) => ({ termId, text, asked }))[0]).toEqual({ termId: 'prednisone', text: QUESTION, asked: false });
    expect(items).toHaveLength(2);
  });

  it('looks right in dark mode too', async () => {
    await first.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => first.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    await cardShot(first, 'dark')('questions');
    await first.emulateMedia({ colorScheme: 'light' });
  });

  it('paints it as dmg-mine on another page, and lists it first in the popup with its count there', async () => {
    const second = await session.context.newPage();
    await second.goto(server.url('second.html'));
    await expect.poll(() => second.evaluate(mineTexts)).toEqual({ texts: ['prednisone'], subset: true });
    await second.screenshot({ path: join(SHOTS, 'notebook-mine-page-chromium.png'), clip: { x: 0, y: 0, width: 900, height: 300 } });
    // Forced colours (high contrast): the one term left unfilled, with a double underline.
    await second.emulateMedia({ forcedColors: 'active' });
    await second.screenshot({ path: join(SHOTS, 'notebook-mine-page-forced-chromium.png'), clip: { x: 0, y: 0, width: 900, height: 300 } });
    const at = (await second.evaluate(rangeCentre, { name: 'dmg-mine' }))!;
    await second.screenshot({ path: join(SHOTS, 'notebook-mine-term-forced-chromium.png'), clip: { x: at.x - 80, y: at.y - 16, width: 160, height: 32 } });
    await second.emulateMedia({ forcedColors: 'none' });
    const popup = extensionPage;
    await second.bringToFront();
    await popup.evaluate(() => location.reload());
    await popup.locator('[data-page-term-id]').first().waitFor({ timeout: 20_000 });
    await popup.locator('[data-notebook-term-id]').first().waitFor();
    const lists = await popup.evaluate(popupLists);
    expect(lists[0]).toMatchObject({ id: 'prednisone', notebook: true });
    expect(lists[0]!.text).toContain('on this page: 1');
    expect(lists.findIndex((item) => !item.notebook)).toBeGreaterThan(0);
    await popup.screenshot({ path: join(SHOTS, 'notebook-popup-chromium.png') });
    await popup.locator('[data-notebook-term-id="prednisone"]').click();
    await expect.poll(() => popup.locator('h2#pp-heading').textContent()).toContain('Prednisone');
    expect(await popup.locator('.tc-mine').textContent()).toContain('One of your medicines');
    await second.close();
  });

  it('shows the card\'s question on the notebook page and ticks it off there; dmg-mine goes the moment paintMine is turned off', async () => {
    const notebook = await session.context.newPage();
    await notebook.goto(`chrome-extension://${session.extensionId}/notebook.html`);
    const question = notebook.locator('li.nb-question', { hasText: QUESTION });
    await question.waitFor();
    await question.locator('input[type="checkbox"]').check();
    await expect.poll(() => extensionPage.evaluate(storedNotebook).then((s) => (s['dmg-notebook-questions'] as { items: Array<{ text: string; asked: boolean }> }).items.find((q) => q.text === QUESTION)?.asked)).toBe(true);
    await notebook.close();
    const items = ((await extensionPage.evaluate(storedNotebook))['dmg-notebook-questions'] as { items: Array<{ text: string; asked: boolean }> }).items;
    expect(items.find((q) => q.text === QUESTION)?.asked).toBe(true);
    await extensionPage.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: Api }).chrome;
      const key = 'dmg-notebook-prefs';
      const prefs = (await api.storage.local.get(key))[key] as object;
      await api.storage.local.set({ [key]: { ...prefs, paintMine: false } });
    });
    await expect.poll(() => first.evaluate(paintTraces).then((t) => t.names)).not.toContain('dmg-mine');
    expect(errors).toEqual([]);
  });
});

describe('the notebook from cards, pages and the popup, in Firefox', () => {
  let browser: Browser;
  let server: StaticServer;
  let first: PuppeteerPage;

  beforeAll(async () => {
    server = await serveDirectory(join(ROOT, 'tests/fixtures/notebook'));
    browser = await launchFirefox();
    first = await browser.newPage();
    await first.setViewport({ width: 1200, height: 900 });
    await first.goto(server.url('first.html'));
    await first.waitForFunction(() => (CSS.highlights.get('dmg-term')?.size ?? 0) > 0, { timeout: 20_000 });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const cardShot = (page: PuppeteerPage) => async (name: string) => {
    const box = (await page.evaluate(dialogState))?.box;
    if (box) await page.screenshot({ path: join(SHOTS, `notebook-card-${name}-light-firefox.png`) as `${string}.png`, clip: box });
  };

  it('marks a medicine from a card, paints it only after the reader says yes, adds questions, and lists it first in the popup', async () => {
    await markFromCard(any(first), cardShot(first));
    await addQuestions(any(first), cardShot(first));
    const popup = await firefoxExtensionPage(browser, 'popup.html');
    const stored = await popup.evaluate(storedNotebook);
    expect(stored['dmg-notebook-mine']).toEqual({ ids: ['prednisone'] });
    expect((stored['dmg-notebook-questions'] as { items: unknown[] }).items).toHaveLength(2);

    const second = await browser.newPage();
    await second.goto(server.url('second.html'));
    await expect.poll(() => second.evaluate(mineTexts)).toEqual({ texts: ['prednisone'], subset: true });
    await second.bringToFront();
    await popup.evaluate(() => location.reload());
    await popup.waitForSelector('[data-page-term-id]', { timeout: 20_000 });
    await popup.waitForSelector('[data-notebook-term-id]');
    const lists = await popup.evaluate(popupLists);
    expect(lists[0]).toMatchObject({ id: 'prednisone', notebook: true });
    expect(lists[0]!.text).toContain('on this page: 1');

    // The notebook page, in a tab the popup opens (BiDi cannot open moz-extension:// pages itself).
    await popup.evaluate(() => void (globalThis as unknown as { browser: Api }).browser.tabs.create({ url: '/notebook.html' }));
    const notebook = await firefoxExtensionPage(browser, 'notebook.html');
    await notebook.waitForSelector('li.nb-question');
    const id = await notebook.$$eval('li.nb-question', (els, text) => els.find((el) => el.textContent?.includes(text))?.getAttribute('data-question-id') ?? null, QUESTION);
    expect(id).not.toBeNull();
    await notebook.click(`[data-question-id="${id}"] input[type="checkbox"]`);
    await expect.poll(() => popup.evaluate(storedNotebook).then((s) => (s['dmg-notebook-questions'] as { items: Array<{ text: string; asked: boolean }> }).items.find((q) => q.text === QUESTION)?.asked)).toBe(true);
    const items = ((await popup.evaluate(storedNotebook))['dmg-notebook-questions'] as { items: Array<{ text: string; asked: boolean }> }).items;
    expect(items.find((q) => q.text === QUESTION)?.asked).toBe(true);
  });
});
