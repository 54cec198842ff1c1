/**
 * The care notebook page (notebook.html, issue #13) on the built extension,
 * in Chromium (playwright-core) and Firefox ESR (puppeteer-core over BiDi):
 * filled from storage as cards would fill it, then driven through its own
 * controls: add and tick a question, the print layout (looked at: saved as
 * test-results/screenshots/notebook-print-*.png), copy as text, export, clear,
 * import back to the same state, and a corrupt import that changes nothing.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxExtensionPage, launchChromium, launchFirefox, ROOT, type ChromiumSession } from '../support/browsers';

const SHOTS = join(ROOT, 'test-results/screenshots');
const shot = (name: string) => join(SHOTS, `${name}.png`) as `${string}.png`;

const created = '2026-12-01T09:00:00.000Z';
const SEED = {
  'dmg-notebook-meta': { version: 1 },
  'dmg-notebook-mine': { ids: ['methotrexate', 'prednisone', 'hydroxychloroquine'] },
  'dmg-notebook-saved': { ids: ['ivig', 'calcinosis'] },
  'dmg-notebook-questions': {
    items: [
      { id: 'seed-1', termId: 'hydroxychloroquine', text: 'When should I have my next eye test?', asked: false, created },
      { id: 'seed-2', termId: 'methotrexate', text: 'Do I still need blood tests every few weeks?', asked: false, created },
      { id: 'seed-3', termId: 'ivig', text: 'Would IVIG help my skin rash, and how long does each infusion take?', asked: false, created },
      { id: 'seed-4', termId: 'methotrexate', text: 'Is it safe to drink a glass of wine at a wedding?', asked: false, created },
      { id: 'seed-5', termId: null, text: 'Should I see a physical therapist for my leg weakness?', asked: false, created },
    ],
  },
};
const NEW_QUESTION = 'Can I get the flu shot this year?';

type Stored = Record<string, unknown>;
/** The parts of the extension API the tests call in the page (`chrome` in Chromium, `browser` in Firefox). */
interface ExtensionApi {
  storage: { local: { get(keys: null): Promise<Stored>; set(items: Stored): Promise<void> } };
  tabs: { create(options: { url: string }): Promise<unknown> };
}
type WithApi = { chrome: ExtensionApi; browser: ExtensionApi };
/** Only the notebook's items: storage.local also holds the card texts the background publishes. */
const notebookOnly = (all: Stored): Stored => Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith('dmg-notebook')));
interface ExportedFile {
  format: string;
  version: number;
  mine: string[];
  saved: string[];
  questions: Array<{ id: string; termId: string | null; text: string; asked: boolean }>;
}

/** In the page: the text of every visible button while printing (there should be none). */
const visibleButtons = () =>
  [...document.querySelectorAll('button, input, textarea, a.nb-skip')].filter((el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  }).length;

/** In the page: what the printout says. */
const printText = () => document.querySelector('[data-notebook-print]')?.textContent ?? '';

/** In the page: a File put into the import input, as choosing it in the file dialog would. */
function chooseFile([text, name]: [string, string]): void {
  const input = document.querySelector<HTMLInputElement>('[data-import]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** In the page: keeps the text of each Blob made into a URL, so the test can read the exported file. */
function captureBlobs(): void {
  const w = window as unknown as { dmgBlobs: string[]; dmgNames: string[] };
  w.dmgBlobs = [];
  w.dmgNames = [];
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    w.dmgNames.push(this.download);
    click.call(this);
  };
  const original = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    if (blob instanceof Blob) void blob.text().then((text) => w.dmgBlobs.push(text));
    return original(blob);
  };
}

/** In the page: keeps each text written to the clipboard, then writes it for real. */
function captureClipboard(): void {
  const w = window as unknown as { dmgCopied: string[] };
  w.dmgCopied = [];
  const original = navigator.clipboard.writeText.bind(navigator.clipboard);
  navigator.clipboard.writeText = (text: string) => {
    w.dmgCopied.push(text);
    return original(text);
  };
}

/** In the page: the page's print stylesheet margins, which a screenshot in print media does not apply. */
const pageMargins = () => {
  const style = document.createElement('style');
  style.textContent = '@media print { body { padding: 16mm 15mm !important; } }';
  document.head.append(style);
};

/**
 * In the page: applies the print rules on screen (or takes them back), for
 * Firefox, whose WebDriver BiDi has no print-media emulation. The rules are
 * the page's own @media print rules, switched to "all".
 */
function printRulesOnScreen(on: boolean): number {
  let switched = 0;
  for (const sheet of [...document.styleSheets]) {
    for (const rule of [...sheet.cssRules]) {
      if (!(rule instanceof CSSMediaRule)) continue;
      if (on && rule.media.mediaText === 'print') {
        rule.media.mediaText = 'all';
        (rule as unknown as { dmgPrint: boolean }).dmgPrint = true;
        switched++;
      } else if (!on && (rule as unknown as { dmgPrint?: boolean }).dmgPrint) {
        rule.media.mediaText = 'print';
        switched++;
      }
    }
  }
  return switched;
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core (WCAG 2.0 and 2.1, A and AA) on the page, as "rule: target" lines. */
async function axe(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    // axe's result objects are untyped JSON here; only the fields read below are relied on.
    const result = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.flatMap((v: any) => v.nodes.map((n: any) => `${v.id}: ${JSON.stringify(n.target)}`));
  }, ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
}

const countPdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe('the notebook page in Chromium', () => {
  let session: ChromiumSession;
  let page: Page;
  let url: string;
  const errors: string[] = [];
  const requests: string[] = [];
  const stored = async () => notebookOnly(await page.evaluate(() => (globalThis as unknown as WithApi).chrome.storage.local.get(null)));

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchChromium(undefined, { colorScheme: 'light', viewport: { width: 1000, height: 900 } });
    url = `chrome-extension://${session.extensionId}/notebook.html`;
    page = await session.context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    page.on('request', (request) => {
      if (!request.url().startsWith('chrome-extension://') && !request.url().startsWith('blob:')) requests.push(request.url());
    });
    await page.goto(url);
    await page.locator('.nb h1').waitFor();
    await page.evaluate((seed) => (globalThis as unknown as WithApi).chrome.storage.local.set(seed), SEED);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows what storage holds, live, grouped by term with each summary', async () => {
    await expect.poll(() => page.locator('[data-notebook-list="mine"] .nb-term-name').allTextContents()).toEqual(['Methotrexate', 'Prednisone', 'Hydroxychloroquine']);
    expect(await page.locator('.nb-group > h3').allTextContents()).toEqual(['Hydroxychloroquine', 'Methotrexate', 'IVIG (intravenous immunoglobulin)', 'General questions']);
    expect(await page.locator('[data-question-group="methotrexate"] .nb-term-summary').textContent()).toMatch(/Methotrexate/);
    expect(await page.locator('.nb-notice').textContent()).toMatch(/not medical advice/i);
  });

  it('adds a general question and ticks it off as asked, through the page', async () => {
    await page.getByLabel('Your question').fill(NEW_QUESTION);
    await page.getByRole('button', { name: 'Add question' }).click();
    const item = page.locator('.nb-question', { hasText: NEW_QUESTION });
    await item.waitFor();
    await item.getByRole('checkbox', { name: 'Asked' }).check();
    await expect.poll(async () => (await stored())['dmg-notebook-questions']).toMatchObject({ items: expect.arrayContaining([expect.objectContaining({ text: NEW_QUESTION, asked: true, termId: null })]) });
    // Move up with the keyboard: focus stays on the moved question.
    await page.locator('[data-question-id="seed-5"] [data-move="down"]').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-question-group=""] .nb-question-text').allTextContents()).toEqual([NEW_QUESTION, 'Should I see a physical therapist for my leg weakness?']);
    expect(await page.evaluate(() => document.activeElement?.closest('[data-question-id]')?.getAttribute('data-question-id'))).toBe('seed-5');
    await page.screenshot({ path: shot('notebook-light-chromium'), fullPage: true });
    expect(await axe(page)).toEqual([]);
  });

  it('prints a layout for the appointment: large type, the date and the notice, no controls, at most two pages', async () => {
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    try {
    expect(await page.evaluate(visibleButtons)).toBe(0);
    const text = await page.evaluate(printText);
    expect(text).toMatch(/My care notebook/);
    expect(text).toMatch(/Printed \w+ \d{1,2}, \d{4}/);
    expect(text).toMatch(/not medical advice/i);
    expect(text).toMatch(/☑\s*Can I get the flu shot this year\?\s*\(asked\)/);
    expect(text).toMatch(/☐\s*When should I have my next eye test\?/);
    const size = await page.locator('.nb-print li').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(18); // 14pt
    await page.evaluate(pageMargins);
    await page.screenshot({ path: shot('notebook-print-chromium'), fullPage: true });
    for (const format of ['A4', 'Letter'] as const) {
      expect(countPdfPages(await page.pdf({ format })), format).toBeLessThanOrEqual(2);
    }
    } finally {
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1000, height: 900 });
    }
  });

  it('can leave the asked questions out of the printout', async () => {
    await page.getByLabel('Leave out questions already asked when printing').check();
    await page.emulateMedia({ media: 'print' });
    try {
      const text = await page.evaluate(printText);
      expect(text).not.toContain('Can I get the flu shot this year?');
      expect(text).toContain('When should I have my next eye test?');
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    await page.getByLabel('Leave out questions already asked when printing').uncheck();
    expect(await page.evaluate(printText)).toContain('Can I get the flu shot this year?');
  });

  it('copies the notebook as text, with a visible confirmation', async () => {
    // Extension origins cannot be granted clipboard-read, so the text is read on its way to the real clipboard.
    await page.evaluate(captureClipboard);
    await page.getByRole('button', { name: 'Copy as text' }).click();
    await expect.poll(() => page.locator('[data-notebook-status]').textContent()).toMatch(/^Copied\. You can paste it/);
    const copied = await page.evaluate(() => (window as unknown as { dmgCopied: string[] }).dmgCopied[0] ?? '');
    expect(copied).toMatch(/^My care notebook\n/);
    expect(copied).toContain('- Methotrexate');
    expect(copied).toContain('[x] Can I get the flu shot this year? (asked)');
    expect(copied).toMatch(/not medical advice/i);
  });

  it('exports a file, clears, and imports it back to the same state', async () => {
    const before = await stored();
    await page.evaluate(captureBlobs);
    await page.getByRole('button', { name: 'Export to a file' }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { dmgBlobs: string[] }).dmgBlobs.length)).toBe(1);
    const text = await page.evaluate(() => (window as unknown as { dmgBlobs: string[] }).dmgBlobs[0]!);
    const name = await page.evaluate(() => (window as unknown as { dmgNames: string[] }).dmgNames[0]!);
    expect(name).toMatch(/^dm-glossary-notebook-\d{4}-\d{2}-\d{2}\.json$/);
    await expect.poll(() => page.locator('[data-notebook-status]').textContent()).toBe(`Saved as ${name} in your downloads.`);
    // The confirmation stays in view at the bottom of the window; it must not cover what is scrolled to.
    const file = JSON.parse(text) as ExportedFile;
    expect(file).toMatchObject({ format: 'dm-glossary-notebook', version: 1, mine: ['methotrexate', 'prednisone', 'hydroxychloroquine'], saved: ['ivig', 'calcinosis'] });
    expect(file.questions).toHaveLength(6);

    await page.getByRole('button', { name: 'Delete the whole notebook' }).click();
    await page.getByRole('button', { name: 'Delete everything' }).click();
    await expect.poll(stored).toEqual({});
    await expect.poll(() => page.locator('.nb-question').count()).toBe(0);

    await page.locator('[data-import]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect.poll(() => page.locator('[data-import-preview]').textContent()).toMatch('3 medicines, 2 saved terms, 6 questions will be added; nothing will be removed.');
    await page.getByRole('button', { name: 'Confirm import' }).click();
    await expect.poll(() => page.locator('[data-notebook-status]').textContent()).toBe('Imported. Nothing was removed.');
    const after = await stored();
    for (const key of ['dmg-notebook-mine', 'dmg-notebook-saved', 'dmg-notebook-questions']) expect(after[key], key).toEqual(before[key]);
    expect(await page.locator('.nb-question').count()).toBe(6);
  });

  it('a corrupt or foreign file shows the error and changes nothing', async () => {
    const before = await stored();
    const cases: Array<[string, RegExp]> = [
      ['{"format": "dm-glossary-notebook", "version": 1, "mine": [', /not JSON/],
      ['{"bookmarks": []}', /not a DM Glossary notebook/],
      [JSON.stringify({ format: 'dm-glossary-notebook', version: 1, exported: created, mine: [], saved: [], questions: [{ id: 'x', termId: null, text: 'Hi', asked: 'no', created }] }), /"questions" is wrong at item 1: its "asked"/],
    ];
    for (const [text, error] of cases) {
      await page.evaluate(chooseFile, [text, 'bad.json'] as [string, string]);
      await expect.poll(() => page.locator('[data-import-error]').textContent()).toMatch(error);
      expect(await page.locator('[data-import-error]').textContent()).toMatch(/nothing in your notebook changed/);
      expect(await page.locator('[data-import-confirm]').count()).toBe(0);
    }
    expect(await stored()).toEqual(before);
  });

  it('looks right in dark mode, and made no request off the device', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: shot('notebook-dark-chromium'), fullPage: true });
    expect(await axe(page)).toEqual([]);
    const colours = await page.evaluate(() => ({ bg: getComputedStyle(document.body).backgroundColor, fg: getComputedStyle(document.body).color }));
    expect(colours.bg).not.toBe(colours.fg);
    expect(colours.bg).not.toBe('rgb(255, 255, 255)');
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('the notebook page in Firefox ESR', () => {
  let browser: PuppeteerBrowser;
  let page: PuppeteerPage;
  const errors: string[] = [];
  const stored = async () => notebookOnly(await page.evaluate(() => (globalThis as unknown as WithApi).browser.storage.local.get(null)));
  const textOf = (selector: string) => page.$eval(selector, (el) => el.textContent ?? '');

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchFirefox();
    // BiDi cannot open moz-extension:// pages; the popup tab the e2e build opens can.
    const popup = await firefoxExtensionPage(browser, 'popup.html');
    await popup.evaluate(() => {
      void (globalThis as unknown as WithApi).browser.tabs.create({ url: '/notebook.html' });
    });
    page = await firefoxExtensionPage(browser, 'notebook.html');
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.setViewport({ width: 1000, height: 900 });
    await page.waitForSelector('.nb h1');
    await page.evaluate((seed) => (globalThis as unknown as WithApi).browser.storage.local.set(seed), SEED);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows what storage holds', async () => {
    await expect.poll(() => page.$$eval('[data-notebook-list="mine"] .nb-term-name', (els) => els.map((el) => el.textContent))).toEqual(['Methotrexate', 'Prednisone', 'Hydroxychloroquine']);
  });

  it('adds a general question and ticks it off', async () => {
    await page.type('#nb-add-question', NEW_QUESTION);
    await page.click('.nb-add button[type="submit"]');
    await expect.poll(() => page.$$eval('[data-question-group=""] .nb-question-text', (els) => els.map((el) => el.textContent))).toContain(NEW_QUESTION);
    const id = (await stored())['dmg-notebook-questions'] as { items: Array<{ id: string; text: string }> };
    const added = id.items.find((q) => q.text === NEW_QUESTION)!;
    await page.click(`[data-question-id="${added.id}"] input[type="checkbox"]`);
    await expect.poll(async () => ((await stored())['dmg-notebook-questions'] as { items: Array<{ id: string; asked: boolean }> }).items.find((q) => q.id === added.id)?.asked).toBe(true);
    await page.screenshot({ path: shot('notebook-light-firefox'), fullPage: true });
  });

  it('prints without controls', async () => {
    // The real print path first: Firefox's own PDF of the page, one or two A4 pages.
    expect(countPdfPages(Buffer.from(await page.pdf({ format: 'A4' })))).toBeLessThanOrEqual(2);
    await page.setViewport({ width: 794, height: 1123 });
    expect(await page.evaluate(printRulesOnScreen, true)).toBeGreaterThan(0);
    try {
    expect(await page.evaluate(visibleButtons)).toBe(0);
    const text = await page.evaluate(printText);
    expect(text).toMatch(/not medical advice/i);
    expect(text).toMatch(/☑\s*Can I get the flu shot this year\?\s*\(asked\)/);
    await page.evaluate(() => {
      document.body.style.padding = '16mm 15mm';
    });
    await page.screenshot({ path: shot('notebook-print-firefox'), fullPage: true });
    } finally {
      await page.evaluate(() => {
        document.body.style.padding = '';
      });
      await page.evaluate(printRulesOnScreen, false);
      await page.setViewport({ width: 1000, height: 900 });
    }
  });

  it('copies as text', async () => {
    await page.evaluate(captureClipboard);
    await page.click('[data-copy]');
    await expect.poll(() => textOf('[data-notebook-status]')).toMatch(/^Copied\. You can paste it/);
    const copied = await page.evaluate(() => (window as unknown as { dmgCopied: string[] }).dmgCopied[0] ?? '');
    expect(copied).toContain('[x] Can I get the flu shot this year? (asked)');
  });

  it('exports, clears and imports back to the same state', async () => {
    const before = await stored();
    await page.evaluate(captureBlobs);
    await page.click('[data-export]');
    await expect.poll(() => page.evaluate(() => (window as unknown as { dmgBlobs: string[] }).dmgBlobs.length)).toBe(1);
    const text = await page.evaluate(() => (window as unknown as { dmgBlobs: string[] }).dmgBlobs[0]!);
    expect((JSON.parse(text) as ExportedFile).questions).toHaveLength(6);

    await page.click('[data-clear]');
    await page.waitForSelector('[data-clear-confirm]');
    await page.click('[data-clear-confirm]');
    await expect.poll(stored).toEqual({});

    await page.evaluate(chooseFile, [text, 'dm-glossary-notebook.json'] as [string, string]);
    await expect.poll(() => textOf('[data-import-preview]')).toContain('nothing will be removed');
    await page.click('[data-import-confirm]');
    await expect.poll(() => textOf('[data-notebook-status]')).toBe('Imported. Nothing was removed.');
    const after = await stored();
    for (const key of ['dmg-notebook-mine', 'dmg-notebook-saved', 'dmg-notebook-questions']) expect(after[key], key).toEqual(before[key]);
  });

  it('a corrupt import changes nothing', async () => {
    const before = await stored();
    await page.evaluate(chooseFile, ['{ "format": "dm-glossary-notebook", ', 'bad.json'] as [string, string]);
    await expect.poll(() => textOf('[data-import-error]')).toMatch(/not JSON/);
    expect(await stored()).toEqual(before);
    expect(errors).toEqual([]);
  });
});
