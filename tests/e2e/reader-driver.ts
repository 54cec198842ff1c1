/**
 * The PDF reader (reader.html) driven the same way in Chromium (playwright-core) and Firefox
 * (puppeteer-core over WebDriver BiDi), so each check runs in both. Firefox's BiDi cannot
 * navigate to moz-extension:// pages; the e2e build opens popup.html in a tab at start-up, and
 * that extension page navigates itself to the reader.
 */
import type { Page as PwPage } from 'playwright-core';
import type { Browser as PpBrowser, Page as PpPage } from 'puppeteer-core';
import { firefoxExtensionPage, launchChromium, launchFirefox, type ChromiumSession } from '../support/browsers';

export interface ReaderPage {
  readonly name: 'Chromium' | 'Firefox';
  /** The extension's base URL (`chrome-extension://id/`, `moz-extension://uuid/`). */
  readonly base: string;
  /** Loads reader.html with this query (e.g. `?src=…`) and waits for the page to be there. */
  open(search?: string): Promise<void>;
  /** Chooses a file in the reader's "Open a PDF" input, as the file picker does. */
  chooseFile(path: string): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Waits until `fn` returns true in the page. */
  waitUntil<A>(fn: (arg: A) => boolean, arg: A, timeout?: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  /** Presses at `from`, moves to `to` in steps and releases: a selection by mouse. */
  drag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void>;
  clickSelector(selector: string): Promise<void>;
  type(selector: string, text: string): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

const FILE_INPUT = 'input[type="file"]';

export async function chromiumReader(options: { proxyPort?: number } = {}): Promise<ReaderPage & { session: ChromiumSession; page: PwPage }> {
  const session = await launchChromium(undefined, { viewport: { width: 1280, height: 900 }, ...options });
  const page = await session.context.newPage();
  const base = `chrome-extension://${session.extensionId}/`;
  return {
    name: 'Chromium',
    base,
    session,
    page,
    open: async (search = '') => {
      await page.goto('about:blank');
      await page.goto(`${base}reader.html${search}`);
      await page.waitForSelector(FILE_INPUT, { state: 'attached' });
    },
    chooseFile: (path) => page.setInputFiles(FILE_INPUT, path),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    waitUntil: async (fn, arg, timeout = 30_000) => {
      await page.waitForFunction(fn as never, arg as never, { timeout });
    },
    click: (x, y) => page.mouse.click(x, y),
    drag: async (from, to) => {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 8 });
      await page.mouse.up();
    },
    clickSelector: (selector) => page.click(selector),
    type: (selector, text) => page.fill(selector, text),
    press: (key) => page.keyboard.press(key),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    close: () => session.close(),
  };
}

export async function firefoxReader(
  options: { proxyPort?: number; prefs?: Record<string, string | number | boolean> } = {},
): Promise<ReaderPage & { browser: PpBrowser; page: PpPage }> {
  const browser = await launchFirefox(undefined, options);
  const page = await firefoxExtensionPage(browser, 'popup.html');
  await page.setViewport({ width: 1280, height: 900 });
  const base = (await page.evaluate(() => location.origin)) + '/';
  const waitUntil = async <A>(fn: (arg: A) => boolean, arg: A, timeout = 30_000) => {
    await page.waitForFunction(fn as never, { timeout, polling: 100 }, arg as never);
  };
  return {
    name: 'Firefox',
    base,
    browser,
    page,
    open: async (search = '') => {
      const url = `${base}reader.html${search}`;
      // The page navigates itself (BiDi may report the old context gone while it does). The old
      // page is marked, so reopening the same address waits for the new page, not the old one.
      await page
        .evaluate((to) => {
          (window as unknown as { __leaving: boolean }).__leaving = true;
          location.href = to;
        }, url)
        .catch(() => undefined);
      for (let i = 0; i < 100; i++) {
        const ready = await page
          .evaluate(
            (to) =>
              !(window as unknown as { __leaving?: boolean }).__leaving &&
              location.href === to &&
              document.readyState === 'complete' &&
              document.querySelector('input[type="file"]') !== null,
            url,
          )
          .catch(() => false);
        if (ready) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`Firefox did not open ${url}`);
    },
    chooseFile: async (path) => {
      const input = await page.waitForSelector(FILE_INPUT);
      await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(path);
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    waitUntil,
    click: (x, y) => page.mouse.click(x, y),
    drag: async (from, to) => {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 8 });
      await page.mouse.up();
    },
    clickSelector: (selector) => page.click(selector),
    type: async (selector, text) => {
      await page.click(selector, { count: 3 });
      await page.type(selector, text);
    },
    press: (key) => page.keyboard.press(key as never),
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    close: () => browser.close(),
  };
}

// ---------------------------------------------------------------------------------------------
// Functions that run in the reader page.

export interface ReaderState {
  /** Pages the document has (section.rd-page), and how many have a text layer with text. */
  pages: number;
  withText: number;
  /** Painted mentions (CSS.highlights 'dmg-term'), and how many of them lie outside a text layer. */
  painted: number;
  paintedOutsideTextLayer: number;
  /** The painted words, lower case, in order. */
  words: string[];
  /** The reader's problem message ([role=alert]), if one is shown. */
  alert: string;
  /** Text of the password dialog, when it is open. */
  password: string;
}

export function readerState(): ReaderState {
  const ranges = [...((CSS.highlights.get('dmg-term') ?? []) as Iterable<AbstractRange>)];
  const pages = [...document.querySelectorAll('section.rd-page')];
  return {
    pages: pages.length,
    withText: pages.filter((p) => (p.querySelector('.textLayer')?.textContent ?? '').trim().length > 0).length,
    painted: ranges.length,
    paintedOutsideTextLayer: ranges.filter((r) => !r.startContainer.parentElement?.closest('.textLayer')).length,
    words: ranges.map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset).toLowerCase()),
    alert: [...document.querySelectorAll('[role="alert"]')].map((el) => el.textContent ?? '').join(' ').trim(),
    password: document.querySelector('#rd-password')?.closest('dialog, [role="dialog"], form')?.textContent?.trim() ?? '',
  };
}

/** At least `min` painted mentions on the text layer, including `word` when given. */
export function paintedAtLeast({ min, word }: { min: number; word?: string }): boolean {
  const ranges = [...((CSS.highlights.get('dmg-term') ?? []) as Iterable<AbstractRange>)];
  if (ranges.length < min) return false;
  return !word || ranges.some((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset).toLowerCase() === word);
}

/** The reader shows a problem message ([role=alert]) matching `pattern` (a RegExp source, case-insensitive). */
export function alertMatches(pattern: string): boolean {
  return [...document.querySelectorAll('[role="alert"]')].some((el) => new RegExp(pattern, 'i').test(el.textContent ?? ''));
}

/**
 * A line of page text with no painted term in it, long enough to drag across: its words and
 * the points just inside its two ends (scrolled into view).
 */
export function plainLine(): { text: string; from: { x: number; y: number }; to: { x: number; y: number } } | null {
  const painted = new Set([...((CSS.highlights.get('dmg-term') ?? []) as Iterable<AbstractRange>)].map((r) => r.startContainer));
  const spans = [...document.querySelectorAll<HTMLElement>('.textLayer span')].filter(
    (s) => s.childNodes.length === 1 && s.firstChild instanceof Text && !painted.has(s.firstChild) && /^[A-Za-z][A-Za-z ,]{30,}$/.test(s.textContent ?? ''),
  );
  const span = spans[0];
  if (!span) return null;
  span.scrollIntoView({ block: 'center', behavior: 'instant' });
  const box = span.getBoundingClientRect();
  return { text: span.textContent ?? '', from: { x: box.left + 2, y: box.top + box.height / 2 }, to: { x: box.right - 2, y: box.top + box.height / 2 } };
}

export function selectionText(): string {
  return getSelection()?.toString() ?? '';
}

/** A card is open and its name contains `name` (any case). Self-contained: it runs in the page. */
export function cardNamed(name: string): boolean {
  for (const child of document.body.children) {
    const root = child.shadowRoot;
    const dialog = root?.querySelector('[role="dialog"]');
    if (!root || !dialog) continue;
    const label = (dialog.getAttribute('aria-labelledby') ?? '')
      .split(/\s+/)
      .map((id) => root.getElementById(id)?.textContent ?? '')
      .join(' ');
    return label.toLowerCase().includes(name.toLowerCase());
  }
  return false;
}

export function noCard(): boolean {
  return ![...document.body.children].some((child) => child.shadowRoot?.querySelector('[role="dialog"]'));
}
