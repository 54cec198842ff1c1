/**
 * The popup's PDF line (UX review m6): "this tab seems to show a PDF" only where the tab looks
 * like one; on a blank tab or a browser page a neutral "Open a PDF in the glossary reader"; on
 * a PDF the reader can fetch, "Open this PDF". Chromium shows a blank tab and a PDF in its
 * viewer; Firefox, whose viewer hides its address from us (no tabs permission), gets the
 * neutral line in both, which is right for a blank tab and still a way in for a PDF.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxExtensionPage, launchChromium, launchFirefox, ROOT } from '../support/browsers';
import { serveDirectory, type StaticServer } from '../support/static-server';

const SHOTS = join(ROOT, 'test-results/screenshots');

/** A one-page PDF with one line of text, written by hand (no corpus needed). */
function tinyPdf(): Buffer {
  const text = 'BT /F1 18 Tf 20 70 Td (Methotrexate leaflet) Tj ET';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 144] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

interface PdfLine {
  offer: string | null;
  closed: boolean;
  text: string;
}

/** Runs in the popup: which PDF line it shows, and its words. */
function pdfLine(): PdfLine {
  const offer = document.querySelector<HTMLElement>('[data-pdf-offer]');
  return {
    offer: offer?.dataset.pdfOffer ?? null,
    closed: document.querySelector('[data-pdf-closed]') !== null,
    text: (offer?.closest('p, section')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
  };
}

let server: StaticServer;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'dmg-pdf-line-'));
  writeFileSync(join(dir, 'leaflet.pdf'), tinyPdf());
  writeFileSync(join(dir, 'page.html'), '<!doctype html><html lang="en"><title>Page</title><p>Prednisone and methotrexate.</p></html>');
  server = await serveDirectory(dir);
});
afterAll(async () => {
  await server?.close();
});

describe("the popup's PDF line in Chromium", () => {
  /** The popup asking about the tab showing `url`, found as the tab whose title or content script says so. */
  async function popupFor(url: string, find: 'blank' | 'pdf' | 'page'): Promise<{ popup: PlaywrightPage; close: () => Promise<void> }> {
    const session = await launchChromium();
    const tab = await session.context.newPage();
    await tab.goto(url);
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 400, height: 420 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    let tabId: number | null = null;
    for (let i = 0; i < 50 && tabId === null; i++) {
      tabId = await popup.evaluate(
        async ({ find, url }) => {
          const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>>; sendMessage(id: number, m: unknown): Promise<unknown>; getCurrent(): Promise<{ id?: number }> } } }).chrome;
          const self = (await api.tabs.getCurrent()).id;
          for (const { id } of await api.tabs.query({})) {
            if (id === undefined || id === self) continue;
            const answer = await api.tabs.sendMessage(id, { type: 'dmg:pdf-source' }).then((a) => ({ a }), () => 'absent' as const);
            if (find === 'blank' ? answer === 'absent' : find === 'pdf' ? answer !== 'absent' && answer.a === url : answer !== 'absent' && answer.a === null) return id;
          }
          return null;
        },
        { find, url },
      );
      if (tabId === null) await popup.waitForTimeout(200);
    }
    expect(tabId, `a ${find} tab`).not.toBeNull();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('[data-term-id]').first().waitFor();
    return { popup, close: () => session.close() };
  }

  it('shows only the neutral line on a blank tab, never a question about a PDF', async () => {
    const { popup, close } = await popupFor('about:blank', 'blank');
    try {
      await expect.poll(() => popup.evaluate(pdfLine)).toEqual({ offer: 'file', closed: false, text: 'Open a PDF in the glossary reader' });
      await popup.screenshot({ path: join(SHOTS, 'popup-pdf-line-blank-chromium.png') });
      const opened = popup.context().waitForEvent('page');
      await popup.locator('[data-pdf-offer="file"]').click();
      expect(new URL((await opened).url()).pathname).toBe('/reader.html');
    } finally {
      await close();
    }
  });

  it('offers to open the PDF itself on a tab showing one', async () => {
    const url = server.url('leaflet.pdf');
    const { popup, close } = await popupFor(url, 'pdf');
    try {
      await expect.poll(() => popup.evaluate(pdfLine)).toMatchObject({ offer: 'tab', closed: false });
      await popup.screenshot({ path: join(SHOTS, 'popup-pdf-line-pdf-chromium.png') });
    } finally {
      await close();
    }
  });

  it('adds no PDF line on an ordinary page (the "Open a PDF" link above the lists is there)', async () => {
    const { popup, close } = await popupFor(server.url('page.html'), 'page');
    try {
      await popup.locator('[data-page-term-id]').first().waitFor();
      expect(await popup.evaluate(pdfLine)).toEqual({ offer: null, closed: false, text: '' });
      expect(await popup.locator('[data-popup-pdf]').textContent()).toBe('Open a PDF');
    } finally {
      await close();
    }
  });
});

describe("the popup's PDF line in Firefox", () => {
  // Firefox's PDF viewer lets no content script in, but the extension's host access to the sites
  // its content scripts run on (wxt.config.ts) shows it the tab's address: the popup offers that
  // PDF itself, as in Chromium. (Before that access it saw nothing and showed the neutral line.)
  it('offers to open the PDF itself on its PDF viewer', async () => {
    const browser = await launchFirefox();
    try {
      const viewer = await browser.newPage();
      await viewer.goto(server.url('leaflet.pdf')).catch(() => undefined);
      const popup: PuppeteerPage = await firefoxExtensionPage(browser, 'popup.html');
      await popup.setViewport({ width: 400, height: 420 });
      const tabId = await popup.evaluate(async () => {
        const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<Array<{ id?: number }>>; sendMessage(id: number, m: unknown): Promise<unknown>; getCurrent(): Promise<{ id?: number }> } } }).browser;
        const self = (await api.tabs.getCurrent()).id;
        for (const { id } of await api.tabs.query({})) {
          if (id === undefined || id === self) continue;
          if (!(await api.tabs.sendMessage(id, { type: 'dmg:pdf-source' }).then(() => true, () => false))) return id;
        }
        return null;
      });
      expect(tabId).not.toBeNull();
      await popup.evaluate((id) => void (location.href = `/popup.html?tab=${id}`), tabId!).catch(() => undefined);
      await popup.waitForSelector('[data-pdf-offer]', { timeout: 15_000 });
      expect(await popup.evaluate(pdfLine)).toMatchObject({ offer: 'tab', closed: false });
      await popup.bringToFront();
      await popup.screenshot({ path: join(SHOTS, 'popup-pdf-line-viewer-firefox.png') as `${string}.png` });
    } finally {
      await browser.close();
    }
  });
});
