/**
 * The popup opened on a page that is still loading. The content script starts with the document
 * and, until enough of the page is parsed to tell its language, has not started painting; the
 * popup's question must wait for it and be answered, not be told that nobody is there (which
 * leaves "On this page" empty until the reader closes and reopens the popup).
 *
 * The page is served in two parts: a first part with a few terms (too little text to tell the
 * language, so the frame waits for the rest), then, only once the popup has asked, the rest.
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIREFOX_UUID, firefoxExtensionPage, launchChromium, launchFirefox } from '../support/browsers';

const FIRST = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Still loading</title></head>
<body><main><h1>Treatment notes</h1><p>My doctor started methotrexate and lowered my prednisone.</p>`;
const REST = `<p>${'We talked about the next visit and how I feel in the mornings. '.repeat(80)}</p></main></body></html>`;

/** Serves the page's first part at once and holds the rest until `release()`. */
interface HeldPage {
  url: string;
  /** Sends the rest of the pages asked for so far, and of those asked for later. */
  release(): void;
  close(): Promise<void>;
}

async function holdPage(): Promise<HeldPage> {
  const waiting: ServerResponse[] = [];
  let released = false;
  const finish = (res: ServerResponse) => res.end(REST);
  const server: Server = createServer((req, res) => {
    if (req.url !== '/loading.html') {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.write(FIRST);
    if (released) finish(res);
    else waiting.push(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/loading.html`,
    release: () => {
      released = true;
      waiting.splice(0).forEach(finish);
    },
    close: () => {
      waiting.splice(0).forEach((res) => res.destroy());
      server.closeAllConnections();
      return new Promise((done) => server.close(() => done()));
    },
  };
}

type Tabs = { tabs: { query(query: object): Promise<Array<{ id?: number }>>; sendMessage(tabId: number, message: unknown): Promise<unknown> } };

/** Runs in an extension page: the tab's answer to the popup's question, or the error it got. */
async function askCounts(tabId: number): Promise<unknown> {
  const scope = globalThis as unknown as { browser?: Tabs; chrome: Tabs };
  return (scope.browser ?? scope.chrome).tabs.sendMessage(tabId, { type: 'dmg:counts' }).then(
    (reply) => reply,
    (error: unknown) => String(error),
  );
}

/** Runs in an extension page: the id of the window's active tab (the page, brought to the front). */
async function activeTabId(): Promise<number | null> {
  const scope = globalThis as unknown as { browser?: Tabs; chrome: Tabs };
  const [tab] = await (scope.browser ?? scope.chrome).tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

// The popup has asked by the time it shows its search box; a little longer makes sure the question reached the page.
const ASKED_MS = 1000;

describe('the popup opened while the page is still loading', () => {
  let held: HeldPage;
  beforeEach(async () => {
    held = await holdPage();
  });
  afterEach(async () => {
    await held?.close();
  });

  it('in Chromium, lists the page\'s terms once the page has loaded', async () => {
    const session = await launchChromium();
    try {
      const page = await session.context.newPage();
      await page.goto(held.url, { waitUntil: 'commit' });
      await page.waitForFunction(() => document.body?.textContent?.includes('prednisone'));
      expect(await page.evaluate(() => document.readyState)).toBe('loading');
      const popup = await session.context.newPage();
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
      await page.bringToFront();
      const tabId = await popup.evaluate(activeTabId);
      expect(tabId).not.toBeNull();
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
      await popup.locator('input[type="search"]').waitFor();
      await popup.waitForTimeout(ASKED_MS);
      // A second question, asked the same way, whose answer the test sees.
      const answer = popup.evaluate(askCounts, tabId!);
      await popup.waitForTimeout(200);
      expect(await page.evaluate(() => document.readyState), 'the page was still loading when the popup asked').toBe('loading');
      held.release();
      expect(await answer).toEqual({ counts: { methotrexate: 1, prednisone: 1 }, host: '127.0.0.1', active: true });
      const listed = popup.locator('[data-page-term-id]');
      await listed.first().waitFor({ timeout: 15_000 });
      expect((await listed.evaluateAll((items) => items.map((item) => item.getAttribute('data-page-term-id')))).sort()).toEqual(['methotrexate', 'prednisone']);
    } finally {
      await session.close();
    }
  }, 60_000);

  it('in Firefox, lists the page\'s terms once the page has loaded', async () => {
    const browser = await launchFirefox();
    try {
      const page = await browser.newPage();
      void page.goto(held.url, { waitUntil: 'load', timeout: 60_000 }).catch(() => undefined);
      await page.waitForFunction(() => document.body?.textContent?.includes('prednisone'), { timeout: 20_000 });
      expect(await page.evaluate(() => document.readyState)).toBe('loading');
      const popup = await firefoxExtensionPage(browser, 'popup.html');
      await page.bringToFront();
      const tabId = await popup.evaluate(activeTabId);
      expect(tabId).not.toBeNull();
      // BiDi may not navigate an extension page; the page itself can.
      await popup.evaluate((id) => location.replace(`${location.pathname}?tab=${id}`), tabId);
      await popup.waitForFunction((id) => location.search === `?tab=${id}` && document.readyState === 'complete', {}, tabId);
      await popup.waitForSelector('input[type="search"]');
      await new Promise((r) => setTimeout(r, ASKED_MS));
      // Firefox's popup listed the terms even before the listener was registered at once (its
      // first question seems to wait for the loading tab); a question asked later did not.
      const answer = popup.evaluate(askCounts, tabId!);
      await new Promise((r) => setTimeout(r, 200));
      expect(await page.evaluate(() => document.readyState), 'the page was still loading when the popup asked').toBe('loading');
      held.release();
      expect(await answer).toEqual({ counts: { methotrexate: 1, prednisone: 1 }, host: '127.0.0.1', active: true });
      await popup.waitForSelector('[data-page-term-id]', { timeout: 15_000 });
      const listed = await popup.$$eval('[data-page-term-id]', (items) => items.map((item) => item.getAttribute('data-page-term-id')));
      expect(listed.sort()).toEqual(['methotrexate', 'prednisone']);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
