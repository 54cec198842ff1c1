/**
 * Paint only what a reader can see (issue #19 item 4). A page plants drug
 * names in text nobody sees and reads our highlight registry; none of them
 * may be painted. Text a reader later sees (a <details> opened, a tab shown,
 * a style changed) is painted then, and text below the fold is painted as
 * before. Both browsers, on the built extension.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Browser, Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, launchFirefox, ROOT, type ChromiumSession } from '../support/browsers';
import { serveDirectory, type StaticServer } from '../support/static-server';
import { paintedTexts } from './paint-checks';

const PLANTED = ['methotrexate', 'rituximab', 'azathioprine', 'hydroxychloroquine', 'mycophenolate', 'tacrolimus', 'cyclosporine', 'cyclophosphamide', 'calcinosis', 'dapsone', 'ruxolitinib'];
const SHOWN_LATER = ['tofacitinib', 'baricitinib', 'diltiazem'];

/** Runs in the page: what the reader then sees. */
function showLater(): void {
  (document.getElementById('more') as HTMLDetailsElement).open = true;
  document.getElementById('tab-b')!.classList.add('shown');
  document.getElementById('later')!.style.visibility = 'visible';
}

type Driver = { evaluate: Page['evaluate'] } | { evaluate: PuppeteerPage['evaluate'] };
const painted = (page: Driver): Promise<string[]> => (page as Page).evaluate(paintedTexts, 'dmg-term').then((t) => t.map((s) => s.toLowerCase()).sort());

async function checkPlanted(page: Driver): Promise<void> {
  // The visible term and the one far below are painted: the page is live and the wait long enough.
  await expect.poll(() => painted(page), { timeout: 15_000 }).toEqual(['chloroquine', 'prednisone']);
  await new Promise((r) => setTimeout(r, 2500));
  expect(await painted(page)).toEqual(['chloroquine', 'prednisone']);
  await (page as Page).evaluate(showLater);
  await expect.poll(() => painted(page), { timeout: 15_000 }).toEqual(['chloroquine', 'prednisone', ...SHOWN_LATER].sort());
  for (const term of PLANTED) expect(await painted(page)).not.toContain(term);
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

  it('are not painted; what the reader comes to see is', async () => {
    const page = await session.context.newPage();
    await page.goto(pages.url('planted.html'));
    await checkPlanted(page);
    await page.close();
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

  it('are not painted; what the reader comes to see is', async () => {
    const page = await browser.newPage();
    await page.goto(pages.url('planted.html'), { waitUntil: 'load' });
    await checkPlanted(page);
    await page.close();
  });

  it('a document rewritten with document.open() is painted again', async () => {
    const page = await browser.newPage();
    await page.goto(pages.url('rewritten.html'), { waitUntil: 'load' });
    await checkRewritten(page);
    await page.close();
  });
});
