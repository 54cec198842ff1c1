/**
 * Paint only what a reader can see (issue #19 item 4). A page plants drug
 * names in text nobody sees and reads our highlight registry; none of them
 * may be painted. Text a reader later sees (a <details> opened, a tab shown,
 * a style changed) is painted then, and text below the fold is painted as
 * before. Hidden mentions are not counted under "On this page" nor stepped
 * to by the card's Previous / Next until shown (issue #19 leftover). Both
 * browsers, on the built extension.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Browser, Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxExtensionPage, launchChromium, launchFirefox, ROOT, type ChromiumSession } from '../support/browsers';
import { serveDirectory, type StaticServer } from '../support/static-server';
import { cardState, inCard, currentMention, paintedTexts, rangeCentre } from './paint-checks';

const PLANTED = ['methotrexate', 'rituximab', 'azathioprine', 'hydroxychloroquine', 'mycophenolate', 'tacrolimus', 'cyclosporine', 'cyclophosphamide', 'calcinosis', 'dapsone', 'ruxolitinib'];
const SHOWN_LATER = ['tofacitinib', 'baricitinib', 'diltiazem'];

/** Runs in the page: what the reader then sees. */
function showLater(): void {
  (document.getElementById('more') as HTMLDetailsElement).open = true;
  document.getElementById('tab-b')!.classList.add('shown');
  document.getElementById('later')!.style.visibility = 'visible';
}

type Driver = { evaluate: Page['evaluate'] } | { evaluate: PuppeteerPage['evaluate'] };
type Clicker = { mouse: { click(x: number, y: number): Promise<unknown> }; keyboard: { press(key: 'Escape'): Promise<unknown> } };
const painted = (page: Driver): Promise<string[]> => (page as Page).evaluate(paintedTexts, 'dmg-term').then((t) => t.map((s) => s.toLowerCase()).sort());

/**
 * Runs in an extension page: the popup's question ("On this page") to the
 * active tab (bring the page to the front first), as the popup asks it.
 */
async function activeTabCounts(): Promise<Record<string, number>> {
  const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as unknown as { chrome: unknown }).chrome) as typeof import('wxt/browser').browser;
  const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
  const reply = (await api.tabs.sendMessage(tab!.id!, { type: 'dmg:counts' })) as { counts: Record<string, number> };
  return reply.counts;
}

/** Runs in the card's frame (`inCard`): the open card's "n of m" between Previous and Next, or null where it shows none. */
function mentionCount(): string | null {
  const own: Array<Document | ShadowRoot> = document.querySelector('meta[name="dmg-card"]') ? [document] : [];
  for (const root of [...own, ...[...document.body.children].flatMap((child) => (child.shadowRoot ? [child.shadowRoot] : []))]) {
    const count = root.querySelector('[role="dialog"] .dmg-mention-count');
    if (count) return count.textContent;
  }
  return null;
}

/** Clicks the seen "prednisone" as a reader would, and reads its card's place among the term's mentions. */
async function openSeenPrednisone(page: Driver & Clicker): Promise<{ count: string | null; at: string | undefined }> {
  const point = await (page as Page).evaluate(rangeCentre, { name: 'dmg-term', text: 'prednisone' });
  expect(point).not.toBeNull();
  await page.mouse.click(point!.x, point!.y);
  await expect.poll(() => cardState(page as Page).then((d) => d?.name ?? null), { timeout: 10_000 }).toMatch(/prednisone/i);
  const count = await inCard(page as Page, mentionCount);
  const current = await (page as Page).evaluate(currentMention);
  await page.keyboard.press('Escape');
  await expect.poll(() => cardState(page as Page), { timeout: 5_000 }).toBeNull();
  return { count, at: current?.text };
}

async function checkPlanted(page: Driver & Clicker, counts: () => Promise<Record<string, number>>): Promise<void> {
  // The visible term and the one far below are painted: the page is live and the wait long enough.
  await expect.poll(() => painted(page), { timeout: 15_000 }).toEqual(['chloroquine', 'prednisone']);
  await new Promise((r) => setTimeout(r, 2500));
  expect(await painted(page)).toEqual(['chloroquine', 'prednisone']);
  // "On this page" names what the reader sees, once each: not the planted words, nor the planted prednisone.
  expect(await counts()).toEqual({ prednisone: 1, chloroquine: 1 });
  // One seen prednisone: its card offers no Previous / Next to the planted one before it.
  expect(await openSeenPrednisone(page)).toEqual({ count: null, at: 'prednisone' });
  await (page as Page).evaluate(showLater);
  await expect.poll(() => painted(page), { timeout: 15_000 }).toEqual(['chloroquine', 'prednisone', 'prednisone', ...SHOWN_LATER].sort());
  for (const term of PLANTED) expect(await painted(page)).not.toContain(term);
  // What the reader came to see is counted and stepped to: the prednisone in the opened <details> too.
  expect(await counts()).toEqual({ prednisone: 2, chloroquine: 1, tofacitinib: 1, baricitinib: 1, diltiazem: 1 });
  expect((await openSeenPrednisone(page)).count).toMatch(/^1\D+2\b/);
}

/** A page that replaces its document with document.open() and write() after load is painted again (review S12). */
async function checkRewritten(page: Driver): Promise<void> {
  await expect.poll(() => painted(page), { timeout: 15_000 }).toEqual(['prednisone']);
  await (page as Page).evaluate(() => (window as unknown as { rewrite: () => void }).rewrite());
  await expect.poll(() => painted(page), { timeout: 15_000 }).toEqual(['methotrexate']);
}

describe('hidden planted terms, Chromium', () => {
  let session: ChromiumSession;
  let pages: StaticServer;

  beforeAll(async () => {
    session = await launchChromium();
    pages = await serveDirectory(join(ROOT, 'tests/fixtures/hidden'));
  });
  afterAll(async () => {
    await session?.close();
    await pages?.close();
  });

  it('are not painted nor counted; what the reader comes to see is', async () => {
    const ext = await session.context.newPage();
    await ext.goto(`chrome-extension://${session.extensionId}/options.html`);
    const page = await session.context.newPage();
    await page.goto(pages.url('planted.html'));
    await page.bringToFront();
    await checkPlanted(page, () => ext.evaluate(activeTabCounts));
    await page.close();
    await ext.close();
  });

  it('a document rewritten with document.open() is painted again', async () => {
    const page = await session.context.newPage();
    await page.goto(pages.url('rewritten.html'));
    await checkRewritten(page);
    await page.close();
  });
});

describe('hidden planted terms, Firefox', () => {
  let browser: Browser;
  let pages: StaticServer;

  beforeAll(async () => {
    browser = await launchFirefox();
    pages = await serveDirectory(join(ROOT, 'tests/fixtures/hidden'));
  });
  afterAll(async () => {
    await browser?.close();
    await pages?.close();
  });

  it('are not painted nor counted; what the reader comes to see is', async () => {
    const ext = await firefoxExtensionPage(browser, 'popup.html');
    const page = await browser.newPage();
    await page.goto(pages.url('planted.html'), { waitUntil: 'load' });
    await page.bringToFront();
    await checkPlanted(page, () => ext.evaluate(activeTabCounts));
    await page.close();
  });

  it('a document rewritten with document.open() is painted again', async () => {
    const page = await browser.newPage();
    await page.goto(pages.url('rewritten.html'), { waitUntil: 'load' });
    await checkRewritten(page);
    await page.close();
  });
});
