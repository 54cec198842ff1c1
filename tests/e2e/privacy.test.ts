/**
 * The extension sends nothing. Each browser runs behind a local proxy that
 * records and refuses every request leaving the machine; the test then uses
 * every feature (painting, the card and its text fetched from the background, Previous/Next, hover on a link, related terms, popup search,
 * "On this page", the site switch, the glossary page, the options page) and
 * expects the proxy to have seen nothing from the extension.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxExtensionPage, launchChromium, launchFirefox, ROOT } from '../support/browsers';
import { startRecordingProxy, type RecordedRequest, type RecordingProxy } from '../support/recording-proxy';
import { serveDirectory, type StaticServer } from '../support/static-server';
import { clickDialogButton, rangeCentre } from './paint-checks';

let server: StaticServer;
let proxy: RecordingProxy;

beforeAll(async () => {
  server = await serveDirectory(join(ROOT, 'demo'));
  proxy = await startRecordingProxy();
});
afterAll(async () => {
  await server?.close();
  await proxy?.close();
});

/**
 * Hosts the browsers call on their own behalf even with background networking
 * turned off (Chromium: accounts, updates, autofill; Firefox: its services).
 * Such a request is the browser's unless it names an extension or the test page
 * as its origin. HTTPS tunnels show only a host, which is why the vendors'
 * hosts are set aside by name: anything else, to any other host, fails the test.
 */
const browserOwn = (url: string) =>
  /(^|\.)(google\.com|googleapis\.com|gstatic\.com|mozilla\.(com|net|org)|firefox\.com|mozilla\.cloudflare-dns\.com)(:\d+)?(\/|$)/.test(
    url.replace(/^https?:\/\//, ''),
  );
const fromExtension = (requests: readonly RecordedRequest[]) =>
  requests.filter((r) => !browserOwn(r.url) || /(chrome|moz)-extension:|127\.0\.0\.1/.test(`${r.origin ?? ''} ${r.referer ?? ''}`));

describe('no network requests', () => {
  it('in Chromium, while every feature is used', async () => {
    proxy.requests.length = 0;
    const session = await launchChromium(undefined, { proxyPort: proxy.port });
    try {
      const page = await session.context.newPage();
      await page.goto(server.url('article.html'));
      await page.waitForFunction(() => (CSS.highlights.get('dmg-term')?.size ?? 0) > 0, null, { timeout: 20_000 });
      const point = await page.evaluate(rangeCentre, { name: 'dmg-term-plain', text: 'Prednisone' });
      await page.mouse.click(point!.x, point!.y);
      // Playwright's selectors pierce the card's open shadow root (e2e build).
      await page.locator('[role="dialog"] h2').waitFor();
      // Previous / Next, hover, a link's term: every path that paints or fetches.
      await page.evaluate(clickDialogButton, 'Next');
      await page.locator('[role="dialog"] .tc-link').first().click();
      await page.locator('[role="dialog"] summary').first().click();
      const link = await page.evaluate(rangeCentre, { name: 'dmg-term-link', text: 'methotrexate' });
      await page.mouse.move(link!.x, link!.y, { steps: 3 });
      await page.waitForTimeout(1000);
      const opened = session.context.waitForEvent('page');
      await page.locator('[role="dialog"] .tc-inline-link').click();
      const glossaryPage = await opened;
      await glossaryPage.waitForLoadState();
      await glossaryPage.fill('input[type="search"]', 'metotrexate');

      const popup = await session.context.newPage();
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
      await page.bringToFront();
      await popup.evaluate(() => location.reload());
      await popup.locator('[data-page-term-id]').first().click();
      await popup.fill('input[type="search"]', 'Imuran');
      await popup.locator('[data-term-id]').first().click();
      await popup.locator('.pp-back').click();
      await popup.fill('input[type="search"]', '');
      await popup.locator('[data-site-switch]').uncheck();
      await popup.locator('[data-site-switch]').check();

      const options = await session.context.newPage();
      await options.goto(`chrome-extension://${session.extensionId}/options.html`);
      await options.getByLabel('Blue').check();
      await page.waitForTimeout(1000);
    } finally {
      await session.close();
    }
    expect(fromExtension(proxy.requests)).toEqual([]);
  });

  it('in Firefox, while the page, the card and the popup are used', async () => {
    proxy.requests.length = 0;
    const browser = await launchFirefox(undefined, { proxyPort: proxy.port });
    try {
      const page = await browser.newPage();
      await page.goto(server.url('article.html'));
      await page.waitForFunction(() => (CSS.highlights.get('dmg-term')?.size ?? 0) > 0, { timeout: 20_000 });
      const point = await page.evaluate(rangeCentre, { name: 'dmg-term-plain', text: 'Methotrexate' });
      await page.mouse.click(point!.x, point!.y);
      await page.waitForSelector('div >>> [role="dialog"] h2');
      await page.evaluate(clickDialogButton, 'Next');
      await page.click('div >>> [role="dialog"] .tc-link');
      const popup = await firefoxExtensionPage(browser, 'popup.html');
      await page.bringToFront();
      await popup.evaluate(() => location.reload());
      await popup.waitForSelector('[data-page-term-id]');
      await popup.click('[data-page-term-id]');
      await popup.type('input[type="search"]', 'hydroxycloroquine');
      await popup.click('[data-term-id]');
      await new Promise((r) => setTimeout(r, 1000));
    } finally {
      await browser.close();
    }
    expect(fromExtension(proxy.requests)).toEqual([]);
  });
});
