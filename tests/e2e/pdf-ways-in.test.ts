/**
 * The popup's way into the PDF reader, on a PDF open in a tab. Chromium shows PDFs in its own
 * viewer, runs our content script there and keeps the PDF's address and content type, so the
 * popup offers "Open this PDF in the glossary reader" (also for an address without .pdf) and
 * opens reader.html?src=<that address>. Firefox's viewer runs no extension and, without the tabs
 * permission, hides the tab's address, so the popup offers the reader's file picker instead.
 * (The context-menu item cannot be clicked by either driver; tests/unit/pdf-ways-in.test.ts
 * covers it.)
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxExtensionPage, launchChromium, launchFirefox } from '../support/browsers';
import { corpusMissing, makePdfs, type PdfFixtures } from '../support/make-pdfs';
import { serveDirectory, type StaticServer } from '../support/static-server';

if (corpusMissing) console.warn(`\nPDF ways-in e2e SKIPPED: ${corpusMissing}.\n`);

let pdfs: PdfFixtures;
let server: StaticServer;

beforeAll(async () => {
  if (corpusMissing) return;
  pdfs = await makePdfs();
  // A PDF at an address without .pdf, as download links often are.
  copyFileSync(pdfs.label, join(pdfs.dir, 'download'));
  server = await serveDirectory(pdfs.dir, (path): Record<string, string> => (path === '/download' ? { 'content-type': 'application/pdf' } : {}));
}, 120_000);
afterAll(async () => {
  await server?.close();
});

/** The part of the extension API these pages use (`chrome` in Chromium, `browser` in Firefox). */
interface TabsApi {
  tabs: {
    query(query: object): Promise<Array<{ id?: number }>>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
    getCurrent(): Promise<{ id?: number } | undefined>;
  };
}

/** Runs in an extension page: the id of the tab whose content script says it shows a PDF at `url`. */
async function pdfTabId(url: string): Promise<number | null> {
  const api = (globalThis as unknown as { chrome: TabsApi }).chrome;
  for (const tab of await api.tabs.query({})) {
    const answer = await api.tabs.sendMessage(tab.id!, { type: 'dmg:pdf-source' }).catch(() => undefined);
    if (answer === url) return tab.id!;
  }
  return null;
}

describe.skipIf(corpusMissing)('the popup on a tab showing a PDF', () => {
  it.each(['label.pdf', 'download'])('in Chromium, offers the reader for %s and opens it on that address', async (file) => {
    const session = await launchChromium();
    try {
      const url = server.url(file);
      const viewer = await session.context.newPage();
      await viewer.goto(url);
      const popup = await session.context.newPage();
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
      let tabId: number | null = null;
      for (let i = 0; i < 50 && tabId === null; i++) {
        tabId = await popup.evaluate(pdfTabId, url);
        if (tabId === null) await popup.waitForTimeout(200);
      }
      expect(tabId, 'the content script in Chromium\'s PDF viewer names the PDF').not.toBeNull();
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
      const offer = popup.locator('[data-pdf-offer="tab"]');
      await offer.waitFor();
      expect(await offer.textContent()).toBe('Open this PDF in the glossary reader');
      const opened = session.context.waitForEvent('page');
      await offer.click();
      const reader = await opened;
      await reader.waitForLoadState('domcontentloaded');
      const address = new URL(reader.url());
      expect(address.pathname).toBe('/reader.html');
      expect(address.searchParams.get('src')).toBe(url);
    } finally {
      await session.close();
    }
  });

  it('in Chromium, offers nothing on an ordinary page', async () => {
    const session = await launchChromium();
    try {
      const page = await session.context.newPage();
      await page.goto(server.url('not-a-pdf.pdf').replace('not-a-pdf.pdf', 'missing.html'));
      const popup = await session.context.newPage();
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
      // The page's content script answers once it has started (its settings and pattern read): asked until then.
      const ask = () =>
        popup.evaluate(async () => {
          const api = (globalThis as unknown as { chrome: TabsApi }).chrome;
          for (const tab of await api.tabs.query({})) if ((await api.tabs.sendMessage(tab.id!, { type: 'dmg:pdf-source' }).catch(() => 'none')) === null) return tab.id!;
          return null;
        });
      await expect.poll(ask, { timeout: 10_000 }).not.toBeNull();
      const tabId = await ask();
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
      await popup.locator('[data-term-id]').first().waitFor();
      await popup.waitForTimeout(500);
      expect(await popup.locator('[data-pdf-offer]').count()).toBe(0);
    } finally {
      await session.close();
    }
  });

  // Firefox's viewer lets no content script in, but the extension's host access to the sites its
  // content scripts run on (wxt.config.ts) shows it the tab's address. (Before that access the
  // address was hidden, and the popup could offer only the reader's file picker.)
  it('in Firefox, where the viewer is closed to extensions, offers the PDF by the tab\'s address', async () => {
    const browser = await launchFirefox();
    try {
      const viewer = await browser.newPage();
      await viewer.goto(server.url('label.pdf')).catch(() => undefined);
      const popup = await firefoxExtensionPage(browser, 'popup.html');
      // The PDF tab: the one where no content script answers.
      const tabId = await popup.evaluate(async () => {
        const api = (globalThis as unknown as { browser: TabsApi }).browser;
        const self = await api.tabs.getCurrent();
        for (const tab of await api.tabs.query({})) {
          if (tab.id === self?.id) continue;
          const answered = await api.tabs.sendMessage(tab.id!, { type: 'dmg:pdf-source' }).then(() => true, () => false);
          if (!answered) return tab.id!;
        }
        return null;
      });
      expect(tabId).not.toBeNull();
      await popup.evaluate((id) => void (location.href = `/popup.html?tab=${id}`), tabId!).catch(() => undefined);
      await popup.waitForSelector('[data-pdf-offer="tab"]', { timeout: 15_000 });
      expect(await popup.evaluate(() => document.querySelector('[data-pdf-offer="tab"]')?.textContent ?? '')).toBe('Open this PDF in the glossary reader');
    } finally {
      await browser.close();
    }
  });
});
