import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Browser, Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxExtensionPage, launchBareChromium, launchChromium, launchFirefox, ROOT, type ChromiumSession } from '../support/browsers';
import { LETTER_HTML, printPdf } from '../support/make-pdf';

const SHOTS = join(ROOT, 'test-results/screenshots');

/** The painted terms' texts, from the contract's registry (`dmg-term`), in no particular order. */
const paintedTexts = () =>
  [...(CSS.highlights.get('dmg-term') ?? [])].map((r) => {
    const range = r as StaticRange;
    return (range.startContainer as Text).data.slice(range.startOffset, range.endOffset).toLowerCase();
  });

/** The centre of the first painted mention of `word`, in viewport coordinates. */
const termPoint = (word: string) => {
  for (const r of CSS.highlights.get('dmg-term') ?? []) {
    const s = r as StaticRange;
    const text = (s.startContainer as Text).data.slice(s.startOffset, s.endOffset);
    if (text.toLowerCase() !== word) continue;
    const range = document.createRange();
    range.setStart(s.startContainer, s.startOffset);
    range.setEnd(s.endContainer, s.endOffset);
    const box = range.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }
  return null;
};

/** The open card's heading, from the open shadow root of the e2e build. */
const cardHeading = () => {
  for (const el of document.body.children) {
    const dialog = el.shadowRoot?.querySelector('[role="dialog"]');
    if (dialog) return el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby') ?? '')?.textContent ?? '';
  }
  return null;
};

const textLayerText = () => [...document.querySelectorAll('.textLayer')].map((layer) => layer.textContent ?? '').join(' ');

let pdf: Buffer;

describe('the PDF reader in Chromium', () => {
  let session: ChromiumSession;
  let page: Page;
  const errors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchChromium(undefined, { viewport: { width: 1200, height: 900 } });
    pdf = await printPdf(session.context, LETTER_HTML);
    page = await session.context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('request', (request) => {
      if (!request.url().startsWith('chrome-extension://')) requests.push(request.url());
    });
    await page.goto(`chrome-extension://${session.extensionId}/reader.html`);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('says plainly when a file is not a PDF, and stays usable', async () => {
    // One main landmark before a file is open (m12: the hidden pages were a second one).
    expect(await page.evaluate(() => document.querySelectorAll('main, [role="main"]').length)).toBe(1);
    await page.setInputFiles('input[type="file"]', { name: 'notes.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html>not a pdf</html>') });
    await expect.poll(() => page.textContent('[role="alert"]')).toMatch(/not a PDF/);
  });

  it('opens a PDF from the file input, paints its terms in the text layer and keeps its text selectable', async () => {
    await page.setInputFiles('input[type="file"]', { name: 'letter.pdf', mimeType: 'application/pdf', buffer: pdf });
    await page.waitForFunction(() => (CSS.highlights.get('dmg-term')?.size ?? 0) >= 2, null, { timeout: 20_000 });
    const painted = await page.evaluate(paintedTexts);
    expect(painted).toContain('methotrexate');
    expect(painted).toContain('prednisone');
    expect(await page.locator('.rd-page').count()).toBe(2);
    expect(await page.evaluate(() => [...document.querySelectorAll('main, [role="main"]')].map((m) => m.className))).toEqual(['rd-pages']);
    expect(await page.evaluate(textLayerText)).toMatch(/start\s*methotrexate once a week/);
    // Selectable and copyable as text, as in any viewer.
    const selected = await page.evaluate(() => {
      const span = [...document.querySelectorAll('.textLayer span')].find((s) => s.textContent?.includes('methotrexate'))!;
      getSelection()!.selectAllChildren(span);
      return getSelection()!.toString();
    });
    expect(selected).toContain('methotrexate');
    await page.evaluate(() => getSelection()!.removeAllRanges());
    await page.screenshot({ path: join(SHOTS, 'reader-highlighted.png') });
  });

  it('opens the same card when a term is clicked, and Escape closes it', async () => {
    const point = await page.evaluate(termPoint, 'methotrexate');
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await expect.poll(() => page.evaluate(cardHeading)).toBe('Methotrexate');
    expect(await page.locator('[role="dialog"]').textContent()).toMatch(/1 of 3 in this document/);
    await page.screenshot({ path: join(SHOTS, 'reader-card.png') });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(cardHeading)).toBeNull();
  });

  it('lists the terms in a panel whose buttons open the card with focus inside', async () => {
    await page.getByRole('button', { name: 'Glossary terms' }).click();
    const button = page.locator('.rd-panel button[data-reader-term-id="prednisone"]').last();
    await expect.poll(() => button.textContent()).toMatch(/Prednisone\s*3/);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(cardHeading)).toBe('Prednisone');
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('role'))).toBe('dialog');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.readerTermId)).toBe('prednisone');
  });

  it('opens a PDF dropped on the page, and finds text in it', async () => {
    // A fresh reader, so what is checked below can only come from the dropped file.
    await page.goto('about:blank');
    await page.goto(`chrome-extension://${session.extensionId}/reader.html`);
    await page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'dropped.pdf', { type: 'application/pdf' }));
      for (const type of ['dragover', 'drop']) document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, pdf.toString('base64'));
    await expect.poll(() => page.evaluate(() => document.title)).toMatch(/Clinic letter/);
    await page.waitForFunction(() => (CSS.highlights.get('dmg-term')?.size ?? 0) >= 2, null, { timeout: 20_000 });
    await page.fill('#rd-find', 'Prednisone');
    await expect.poll(() => page.textContent('.rd-find-status')).toBe('1 of 3');
    expect(await page.evaluate(() => CSS.highlights.get('dmg-reader-find-current')?.size)).toBe(1);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('.rd-find-status')).toBe('2 of 3');
  });

  it('made no request outside the extension and logged no error', () => {
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the PDF reader in Firefox ESR', () => {
  let browser: Browser;
  let page: PuppeteerPage;
  let file: string;
  const errors: string[] = [];

  beforeAll(async () => {
    if (!pdf) {
      const bare = await launchBareChromium();
      pdf = await printPdf(bare, LETTER_HTML);
      await bare.close();
    }
    file = join(mkdtempSync(join(tmpdir(), 'dmg-reader-')), 'letter.pdf');
    writeFileSync(file, pdf);
    browser = await launchFirefox();
    // BiDi cannot open moz-extension:// pages; the e2e build's popup tab can go to the reader itself.
    const popup = await firefoxExtensionPage(browser, 'popup.html');
    await popup.evaluate(() => location.assign('/reader.html'));
    page = await firefoxExtensionPage(browser, 'reader.html');
    await page.setViewport({ width: 1200, height: 900 });
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens a PDF from the file input, paints its terms, and a click opens the card', async () => {
    const input = await page.waitForSelector('input[type="file"]');
    await input!.uploadFile(file);
    await page.waitForFunction(() => (CSS.highlights.get('dmg-term')?.size ?? 0) >= 2, { timeout: 20_000 });
    const painted = await page.evaluate(paintedTexts);
    expect(painted).toContain('methotrexate');
    expect(painted).toContain('prednisone');
    expect(await page.evaluate(textLayerText)).toMatch(/start\s*methotrexate once a week/);
    const point = await page.evaluate(termPoint, 'methotrexate');
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await expect.poll(() => page.evaluate(cardHeading)).toBe('Methotrexate');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(cardHeading)).toBeNull();
    expect(errors).toEqual([]);
  });
});
