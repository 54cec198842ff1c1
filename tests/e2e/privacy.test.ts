/**
 * The extension sends nothing. Each browser runs behind a local proxy that
 * records and refuses every request leaving the machine; the test then uses
 * every feature (painting, the card and its text fetched from the background, Previous/Next, hover on a link, related terms, popup search,
 * "On this page", the site switch, the glossary page, the options page, the
 * care notebook: mark, save, a question, the notebook page showing it) and
 * expects the proxy to have seen nothing from the extension.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxExtensionPage, launchChromium, launchFirefox, ROOT } from '../support/browsers';
import { startRecordingProxy, type RecordedRequest, type RecordingProxy } from '../support/recording-proxy';
import { serveDirectory, type StaticServer } from '../support/static-server';
import { cardButtonCentre, cardNotebook, storedNotebook } from './notebook-checks';
import { CARD_FRAME, cardPoint, cardState, clickDialogButton, inCard, paintedCount, rangeCentre, waitForCardFrame, waitForSteadyPaint, type FramedPage } from './paint-checks';

/** What both drivers offer that the notebook flow uses. */
interface AnyPage extends FramedPage {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  mouse: { click(x: number, y: number): Promise<unknown> };
  keyboard: { type(text: string): Promise<unknown> };
}

/** A real click on the card's button (the notebook buttons ignore the page's el.click()). */
async function press(page: AnyPage, label: string): Promise<void> {
  const inFrame = await inCard(page, cardButtonCentre, { label });
  expect(inFrame, label).not.toBeNull();
  const at = await cardPoint(page, inFrame!);
  await page.mouse.click(at.x, at.y);
}

/** The care notebook from a card on a page: mark a medicine, save it, add one of the card's questions, open the notebook to ask one. */
async function useNotebookFromCard(page: AnyPage, term: string, extensionPage: AnyPage): Promise<void> {
  const point = await page.evaluate(rangeCentre, { name: 'dmg-term-plain', text: term });
  await page.mouse.click(point!.x, point!.y);
  // Another card may still be open (from "On this page"): wait for this term's.
  await expect.poll(() => cardState(page).then((s) => s?.name ?? ''), { timeout: 10_000 }).toContain(term);
  await expect.poll(() => inCard(page, cardNotebook).then((s) => s?.takePressed), { timeout: 10_000 }).toBe('false');
  // The buttons act once the card has been seen, unobscured, for a moment (real-click.ts).
  await new Promise((resolve) => setTimeout(resolve, 700));
  await press(page, 'I take this');
  await expect.poll(() => inCard(page, cardNotebook).then((s) => s?.takePressed)).toBe('true');
  await press(page, 'Save');
  await inCard(page, () => {
    const root = [...(document.querySelector('meta[name="dmg-card"]') ? [document] : []), ...[...document.body.children].flatMap((c) => (c.shadowRoot ? [c.shadowRoot] : []))].find((r) => r.querySelector('[role="dialog"]'));
    const details = [...(root?.querySelectorAll('details') ?? [])].find((d) => d.querySelector('.tc-nb-add'));
    if (details) details.open = true;
    // The opened section can push the button below the card's fold: bring it into view, as a reader scrolls.
    details?.querySelector('.tc-nb-add')?.scrollIntoView({ block: 'center' });
  });
  // Opening the section resizes the card: in Chromium its buttons act only once the card has been
  // seen unobscured again for UNOBSCURED_MS (utils/popover/real-click.ts), as a reader's would be.
  await new Promise((resolve) => setTimeout(resolve, 700));
  await press(page, 'Add to my questions');
  await expect
    .poll(() => extensionPage.evaluate(storedNotebook, undefined).then((s) => (s['dmg-notebook-questions'] as { items: unknown[] } | undefined)?.items.length))
    .toBe(1);
  // "Add a question" opens the notebook page (an extension page: no request either).
  await new Promise((resolve) => setTimeout(resolve, 2_100));
  await press(page, 'Add a question');
  await expect.poll(() => inCard(page, cardNotebook).then((s) => s?.message ?? '')).toContain('Your notebook opened in a new tab');
}


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
 * turned off (Chromium: accounts, updates, autofill, and gvt1.com, Google's
 * download host for component updates, seen in longer runs; Firefox: its services).
 * Such a request is the browser's unless it names an extension or the test page
 * as its origin. HTTPS tunnels show only a host, which is why the vendors'
 * hosts are set aside by name: anything else, to any other host, fails the test.
 */
const browserOwn = (url: string) =>
  /(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com|mozilla\.(com|net|org)|firefox\.com|mozilla\.cloudflare-dns\.com)(:\d+)?(\/|$)/.test(
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
      await waitForSteadyPaint(() => page.evaluate(paintedCount));
      const point = await page.evaluate(rangeCentre, { name: 'dmg-term-plain', text: 'Prednisone' });
      await page.mouse.click(point!.x, point!.y);
      // Playwright's selectors pierce the host's open shadow root (e2e build) to the card's frame.
      const card = page.frameLocator(CARD_FRAME);
      await card.locator('[role="dialog"] h2').waitFor();
      // Previous / Next, hover, a link's term: every path that paints or fetches.
      await inCard(page, clickDialogButton, 'Next');
      await card.locator('[role="dialog"] .tc-link').first().click();
      await card.locator('[role="dialog"] summary').first().click();
      const link = await page.evaluate(rangeCentre, { name: 'dmg-term-link', text: 'methotrexate' });
      await page.mouse.move(link!.x, link!.y, { steps: 3 });
      await page.waitForTimeout(1000);
      const opened = session.context.waitForEvent('page');
      await card.locator('[role="dialog"] .tc-inline-link').click();
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
      // A click and a wait, not uncheck(): the switch shows the page's answer, which can lag the
      // click (the counts may be asked before the page has applied the change), as in settings.test.ts.
      const siteSwitch = popup.locator('[data-site-switch]');
      await siteSwitch.click();
      await expect.poll(() => siteSwitch.isChecked()).toBe(false);
      await siteSwitch.click();
      await expect.poll(() => siteSwitch.isChecked()).toBe(true);

      const options = await session.context.newPage();
      await options.goto(`chrome-extension://${session.extensionId}/options.html`);
      await options.getByLabel('Blue').check();

      await page.bringToFront();
      await useNotebookFromCard(page as unknown as AnyPage, 'Prednisone', popup as unknown as AnyPage);
      const notebook = await session.context.newPage();
      await notebook.goto(`chrome-extension://${session.extensionId}/notebook.html`);
      await notebook.locator('li.nb-question').waitFor();
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
      await waitForSteadyPaint(() => page.evaluate(paintedCount));
      const point = await page.evaluate(rangeCentre, { name: 'dmg-term-plain', text: 'Methotrexate' });
      await page.mouse.click(point!.x, point!.y);
      await (await waitForCardFrame(page)).waitForSelector('[role="dialog"] h2');
      await inCard(page, clickDialogButton, 'Next');
      await (await waitForCardFrame(page)).click('[role="dialog"] .tc-link');
      const popup = await firefoxExtensionPage(browser, 'popup.html');
      await page.bringToFront();
      await popup.evaluate(() => location.reload());
      await popup.waitForSelector('[data-page-term-id]');
      await popup.click('[data-page-term-id]');
      await popup.type('input[type="search"]', 'hydroxycloroquine');
      await popup.click('[data-term-id]');
      await page.bringToFront();
      await useNotebookFromCard(page as unknown as AnyPage, 'Methotrexate', popup as unknown as AnyPage);
      await popup.evaluate(() => void (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser.tabs.create({ url: '/notebook.html' }));
      const notebook = await firefoxExtensionPage(browser, 'notebook.html');
      await notebook.waitForSelector('li.nb-question');
      await new Promise((r) => setTimeout(r, 1000));
    } finally {
      await browser.close();
    }
    expect(fromExtension(proxy.requests)).toEqual([]);
  });
});
