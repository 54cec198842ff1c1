/**
 * Readable for everyone (issue 12), on the built extension in both browsers:
 * the real toolbar popup's width, Enter in its search, a 28 px default font,
 * 400% zoom (320 CSS px wide), forced colours (high contrast), and the popup
 * opened as a tab acting on the reader's tab (`popup.html?tab=`), as on
 * Firefox for Android. Terms are painted ranges (CSS.highlights), clicked at
 * their centre; the card lives in a sandboxed frame in the e2e build's open shadow root.
 * Screenshots: test-results/screenshots/ux-*.png (copied to docs/screenshots).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_E2E_BUILD, FIREFOX_UUID, firefoxExtensionPage, firefoxPath, GECKO_ID, launchChromium, requireBuild, ROOT, type ChromiumSession } from '../support/browsers';
import { serveDirectory, type StaticServer } from '../support/static-server';
import { DEMO_PAGE } from './demo-expectations';
import { CARD_FRAME, cardFrame, cardPoint, cardState, inCard, paintedCount, rangeCentre, waitForCardFrame, waitForSteadyPaint } from './paint-checks';

const SHOTS = join(ROOT, 'test-results/screenshots');
const shot = (name: string) => join(SHOTS, `ux-${name}.png`) as `${string}.png`;
// The card is inside a sandboxed frame in our host's (e2e: open) shadow root: Playwright reaches
// it by a frame locator, puppeteer through the frame itself (waitForCardFrame).
const DIALOG = '[role="dialog"]';
const card = (page: PwPage) => page.frameLocator(CARD_FRAME);

/**
 * Clicks the middle of a painted prose term (the `nth` with this text, or
 * with any text), as a reader would; in Chromium (Playwright) or Firefox (puppeteer).
 */
async function clickTerm(page: PwPage | Page, text: string | undefined, nth = 0): Promise<void> {
  const arg = { name: 'dmg-term-plain', text, nth };
  // The two drivers' evaluate() have different overloads, so each is called on its own type.
  const point = 'waitForLoadState' in page ? await page.evaluate(rangeCentre, arg) : await page.evaluate(rangeCentre, arg);
  if (!point) throw new Error(`"${text ?? `term ${nth}`}" is not painted in dmg-term-plain`);
  await page.mouse.click(point.x, point.y);
}

/** Runs in the page: how many prose terms are painted. */
const plainCount = () => CSS.highlights.get('dmg-term-plain')?.size ?? 0;

/**
 * Runs in the card's frame (`inCard`): the viewport box of the card's Close
 * button (in the frame's viewport: `cardPoint` makes it the page's); null when
 * no card is open.
 */
function closeButtonBox(): { x: number; y: number; width: number; height: number } | null {
  const own: Array<Document | ShadowRoot> = document.querySelector('meta[name="dmg-card"]') ? [document] : [];
  for (const root of [...own, ...[...document.body.children].flatMap((child) => (child.shadowRoot ? [child.shadowRoot] : []))]) {
    const close = root.querySelector('[role="dialog"] .dmg-close');
    if (!close) continue;
    const { x, y, width, height } = close.getBoundingClientRect();
    return { x, y, width, height };
  }
  return null;
}

/**
 * Runs in the page: the box (in viewport px, grown by `pad`) of the first
 * painted prose range with this text, for a screenshot clip; null when none.
 */
function termClip({ text, pad }: { text: string; pad: number }): { x: number; y: number; width: number; height: number } | null {
  const found = ([...(CSS.highlights.get('dmg-term-plain') ?? [])] as AbstractRange[]).find(
    (r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset).toLowerCase() === text.toLowerCase(),
  );
  if (!found) return null;
  found.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
  const live = document.createRange();
  live.setStart(found.startContainer, found.startOffset);
  live.setEnd(found.endContainer, found.endOffset);
  const box = live.getBoundingClientRect();
  return { x: Math.max(0, box.left - pad), y: Math.max(0, box.top - pad), width: box.width + 2 * pad, height: box.height + 2 * pad };
}

/**
 * Runs in the page: takes every highlight of ours out of the registry (true)
 * or puts back what was taken (false), so a screenshot can compare the same
 * words painted and unpainted.
 */
function togglePaint(remove: boolean): number {
  const store = globalThis as unknown as { __dmgTaken?: Array<[string, Highlight]> };
  if (remove) {
    store.__dmgTaken = [];
    CSS.highlights.forEach((value, name) => {
      if (name.startsWith('dmg-')) store.__dmgTaken!.push([name, value]);
    });
    for (const [name] of store.__dmgTaken) CSS.highlights.delete(name);
    return store.__dmgTaken.length;
  }
  for (const [name, value] of store.__dmgTaken ?? []) CSS.highlights.set(name, value);
  return store.__dmgTaken?.length ?? 0;
}

let demo: StaticServer;
beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  demo = await serveDirectory(join(ROOT, 'demo'));
});
afterAll(async () => demo?.close());

/** The popover's box and its Close button's box, in CSS px of the viewport. */
async function popoverBoxes(page: PwPage) {
  const dialog = (await card(page).locator(DIALOG).boundingBox())!;
  const close = (await card(page).locator(`${DIALOG} .dmg-close`).boundingBox())!;
  return { dialog, close };
}

const waitForPaint = (page: PwPage) => waitForSteadyPaint(() => page.evaluate(paintedCount));

/** A page target driven over raw CDP (the real action popup is not a Playwright page). */
interface RawPage {
  evaluate(expression: string): Promise<string>;
  waitFor(condition: string): Promise<void>;
  type(text: string): Promise<void>;
  pressEnter(): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

async function openRealPopup(session: ChromiumSession): Promise<RawPage> {
  const worker = session.context.serviceWorkers()[0]!;
  await worker.evaluate(() => (globalThis as unknown as { chrome: { action: { openPopup: () => Promise<void> } } }).chrome.action.openPopup());
  const cdp = await session.context.browser()!.newBrowserCDPSession();
  let target: { targetId: string } | undefined;
  for (let i = 0; i < 50 && !target; i++) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    target = targetInfos.find((t) => t.type === 'page' && t.url.endsWith('/popup.html'));
    if (!target) await new Promise((r) => setTimeout(r, 100));
  }
  if (!target) throw new Error('The toolbar popup did not open');
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false });
  let nextId = 0;
  const pending = new Map<number, (reply: { result?: Record<string, unknown>; error?: { message: string } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event) => {
    const reply = JSON.parse(event.message) as { id?: number; result?: Record<string, unknown>; error?: { message: string } };
    if (reply.id !== undefined) pending.get(reply.id)?.(reply);
  });
  const send = (method: string, params: object = {}) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = ++nextId;
      pending.set(id, (reply) => (reply.error ? reject(new Error(reply.error.message)) : resolve(reply.result ?? {})));
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
  const evaluate = async (expression: string) => {
    const { result } = (await send('Runtime.evaluate', { expression, returnByValue: true })) as { result: { value: unknown } };
    return String(result.value);
  };
  const key = (type: string, extra: object) => send('Input.dispatchKeyEvent', { type, key: 'Enter', code: 'Enter', windowsVirtualKeyCode: 13, ...extra });
  return {
    evaluate,
    waitFor: async (condition) => {
      for (let i = 0; i < 50; i++) {
        if ((await evaluate(`String(Boolean(${condition}))`)) === 'true') return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`Timed out waiting for ${condition}`);
    },
    type: async (text) => {
      await evaluate(`document.querySelector('input[type="search"]').focus()`);
      await send('Input.insertText', { text });
    },
    // A real keystroke (keydown, keypress, keyup), which is what made the card flash and vanish.
    pressEnter: async () => {
      await key('keyDown', { text: '\r', unmodifiedText: '\r' });
      await key('keyUp', {});
    },
    screenshot: async (path) => {
      const { data } = (await send('Page.captureScreenshot', { format: 'png' })) as { data: string };
      writeFileSync(path, Buffer.from(data, 'base64'));
    },
    close: async () => {
      await evaluate('window.close()').catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}

describe('Chromium', () => {
  let session: ChromiumSession;
  beforeAll(async () => {
    session = await launchChromium();
  });
  afterAll(async () => session?.close());

  it('opens the real toolbar popup at its designed width, and Enter keeps the first card open', async () => {
    const article = await session.context.newPage();
    await article.goto(demo.url(DEMO_PAGE));
    await waitForPaint(article);
    await article.bringToFront();
    // The real popup, sized by the browser (not popup.html in a tab, whose size the test sets).
    // Playwright does not list it as a page, so it is driven over CDP, as the review measured it.
    const popup = await openRealPopup(session);
    try {
      await popup.waitFor(`!!document.querySelector('input[type="search"]')`);
      const size = JSON.parse(await popup.evaluate(`JSON.stringify({ viewport: innerWidth, body: document.body.getBoundingClientRect().width, root: parseFloat(getComputedStyle(document.documentElement).fontSize) })`)) as { viewport: number; body: number; root: number };
      // The designed width is 23.75rem (380 px at the default 16 px); the review measured 216-246.
      expect(size.body).toBeCloseTo(23.75 * size.root, 0);
      expect(size.viewport).toBeGreaterThanOrEqual(size.body);
      await popup.screenshot(shot('popup-real-chromium'));
      await popup.type('flu shot');
      await popup.waitFor(`document.querySelector('[data-term-id]')?.getAttribute('data-term-id') === 'live-vaccines'`);
      await popup.screenshot(shot('popup-real-flu-shot-chromium'));
      await popup.evaluate(`(() => { const i = document.querySelector('input[type="search"]'); i.select(); })()`);
      await popup.type('mtx');
      await popup.waitFor(`document.querySelector('[data-term-id]')?.getAttribute('data-term-id') === 'methotrexate'`);
      await popup.pressEnter();
      await new Promise((r) => setTimeout(r, 500));
      expect(await popup.evaluate(`document.querySelector('h2')?.textContent ?? ''`)).toContain('Methotrexate');
      expect(await popup.evaluate(`String(document.querySelector('input[type="search"]') === null)`)).toBe('true');
      await popup.screenshot(shot('popup-real-enter-chromium'));
    } finally {
      await popup.close();
      await article.close();
    }
  });

  it('follows a 28 px default font in the popover, the popup and the glossary page', async () => {
    const page = await session.context.newPage();
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 28 } });
    await page.goto(demo.url(DEMO_PAGE));
    await waitForPaint(page);
    await clickTerm(page, 'Prednisone');
    await card(page).locator(DIALOG).waitFor();
    // The card's sandboxed frame may be drawn by a renderer of its own (an out-of-process frame):
    // CDP's font emulation reaches it only through its own session, as for extension pages below.
    // A reader's font setting reaches every renderer; the emulation must be sent to each.
    const frameCdp = await session.context.newCDPSession((await cardFrame(page))!).catch((error: Error) => {
      if (/does not have a separate CDP session/.test(error.message)) return null;
      throw error;
    });
    await frameCdp?.send('Page.setFontSizes', { fontSizes: { standard: 28 } });
    const summarySize = () => card(page).locator(`${DIALOG} .tc-summary`).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await expect.poll(summarySize, { timeout: 5_000 }).toBeGreaterThanOrEqual(26);
    await page.screenshot({ path: shot('font28-popover-chromium') });
    for (const [name, path] of [['popup', 'popup.html'], ['glossary', 'glossary.html']] as const) {
      const ext = await session.context.newPage();
      await ext.setViewportSize({ width: name === 'popup' ? 700 : 1000, height: 900 });
      await ext.goto(`chrome-extension://${session.extensionId}/${path}`);
      // After the navigation: an extension page gets a renderer of its own, with fresh settings.
      const extCdp = await session.context.newCDPSession(ext);
      await extCdp.send('Page.setFontSizes', { fontSizes: { standard: 28 } });
      await ext.locator('input[type="search"]').waitFor();
      await ext.waitForTimeout(200);
      const body = await ext.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
      expect(body, name).toBeGreaterThanOrEqual(26);
      await ext.screenshot({ path: shot(`font28-${name}-chromium`) });
      await ext.close();
    }
    await page.close();
  });

  it('A+ on the card makes its text larger, and the choice persists for the next card', async () => {
    const page = await session.context.newPage();
    await page.goto(demo.url(DEMO_PAGE));
    await waitForPaint(page);
    await clickTerm(page, 'Prednisone');
    const summary = card(page).locator(`${DIALOG} .tc-summary`);
    const before = await summary.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await card(page).locator(`${DIALOG} .tc-size-button`).nth(1).click();
    await card(page).locator(`${DIALOG} .tc-size-button`).nth(1).click();
    await expect.poll(() => summary.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeCloseTo(before * 1.25, 0);
    await page.screenshot({ path: shot('text-size-larger-chromium') });
    await page.keyboard.press('Escape');
    await page.reload();
    await waitForPaint(page);
    await clickTerm(page, 'Methotrexate');
    await expect.poll(() => card(page).locator(`${DIALOG} .tc-summary`).evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeCloseTo(before * 1.25, 0);
    // Back to the default for the other tests.
    await card(page).locator(`${DIALOG} .tc-size-button`).nth(0).click();
    await card(page).locator(`${DIALOG} .tc-size-button`).nth(0).click();
    await page.close();
  });

  // The review's failing case (a card placed 160 px past the edge); the placement code now keeps
  // the whole card, and so its sticky Close, inside the viewport.
  it('keeps the card and its Close button on screen at 400% zoom (320 x 256 CSS px)', async () => {
    const page = await session.context.newPage();
    await page.setViewportSize({ width: 320, height: 256 });
    await page.goto(demo.url(DEMO_PAGE));
    await waitForPaint(page);
    // A term well down the article, scrolled to the middle of the screen, as the review's failing case.
    expect(await page.evaluate(plainCount)).toBeGreaterThan(8);
    await clickTerm(page, undefined, 8);
    await card(page).locator(DIALOG).waitFor();
    await page.waitForTimeout(200);
    const { dialog, close } = await popoverBoxes(page);
    await page.screenshot({ path: shot('zoom400-popover-chromium') });
    console.info('Chromium 400% zoom: card', dialog, 'close', close);
    expect(dialog.x).toBeGreaterThanOrEqual(0);
    expect(dialog.x + dialog.width).toBeLessThanOrEqual(320);
    expect(dialog.y, 'card top').toBeGreaterThanOrEqual(0);
    expect(dialog.y + dialog.height, 'card bottom').toBeLessThanOrEqual(256);
    expect(close.y, 'Close is below the top edge').toBeGreaterThanOrEqual(0);
    expect(close.y + close.height, 'Close is above the bottom edge').toBeLessThanOrEqual(256);
    await page.close();
  });

  it('uses system colours in forced-colours mode for the popover, popup, glossary and options', async () => {
    for (const scheme of ['dark', 'light'] as const) {
      const page = await session.context.newPage();
      await page.emulateMedia({ forcedColors: 'active', colorScheme: scheme });
      await page.goto(demo.url(DEMO_PAGE));
      await waitForPaint(page);
      // The painted terms themselves: the paint must show in forced colours (a person looks at the
      // screenshot for readability; here, the same words painted and unpainted must differ).
      const clip = (await page.evaluate(termClip, { text: 'Prednisone', pad: 24 }))!;
      expect(clip).not.toBeNull();
      const paintedShot = await page.screenshot({ clip, path: shot(`forced-${scheme}-term-chromium`) });
      expect(await page.evaluate(togglePaint, true)).toBeGreaterThan(0);
      const bareShot = await page.screenshot({ clip });
      expect(await page.evaluate(togglePaint, false)).toBeGreaterThan(0);
      expect(paintedShot.equals(bareShot), 'painted and unpainted look the same').toBe(false);
      await clickTerm(page, 'Prednisone');
      await card(page).locator(DIALOG).waitFor();
      await page.keyboard.press('Tab');
      const colours = await card(page).locator(DIALOG).evaluate((el) => {
        const style = getComputedStyle(el);
        return { bg: style.backgroundColor, fg: style.color, border: style.borderTopColor, forced: matchMedia('(forced-colors: active)').matches };
      });
      expect(colours.forced).toBe(true);
      expect(colours.bg).not.toBe(colours.fg);
      expect(colours.border).toBe(colours.fg);
      await page.screenshot({ path: shot(`forced-${scheme}-popover-chromium`) });
      await page.close();
      for (const path of ['popup.html', 'glossary.html', 'options.html']) {
        const ext = await session.context.newPage();
        await ext.emulateMedia({ forcedColors: 'active', colorScheme: scheme });
        await ext.setViewportSize(path === 'popup.html' ? { width: 400, height: 600 } : { width: 900, height: 800 });
        await ext.goto(`chrome-extension://${session.extensionId}/${path}`);
        await ext.waitForTimeout(300);
        await ext.keyboard.press('Tab');
        await ext.keyboard.press('Tab');
        await ext.screenshot({ path: shot(`forced-${scheme}-${path.replace('.html', '')}-chromium`) });
        await ext.close();
      }
    }
  });
});

describe('Chromium on a touch phone (pointer: coarse, as Firefox for Android)', () => {
  // Controls in running text (the inline "Open in the full glossary", source links) are exempt, as in WCAG 2.5.8.
  const smallTargets = (root: Document | ShadowRoot) =>
    [...root.querySelectorAll<HTMLElement>('button:not(.tc-inline-link), summary, input[type="checkbox"], input[type="search"]')]
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => Math.round(box.height) < 44 || Math.round(box.width) < 44)
      .map(({ el, box }) => `${el.className || el.tagName} ${Math.round(box.width)}x${Math.round(box.height)}`);

  /**
   * Headless Chromium cannot be made to match `(pointer: coarse)` (Playwright's hasTouch and
   * CDP touch emulation both leave it fine), so the page's own coarse-pointer rules are copied
   * out of their media query, as a touch-first browser would apply them. Returns how many.
   */
  const applyCoarseRules = (root: Document | ShadowRoot) => {
    const sheets = [...root.styleSheets, ...(root.adoptedStyleSheets ?? [])];
    const rules: string[] = [];
    for (const sheet of sheets) {
      for (const rule of [...sheet.cssRules]) {
        if (rule instanceof CSSMediaRule && /pointer:\s*coarse/.test(rule.conditionText)) rules.push(...[...rule.cssRules].map((r) => r.cssText));
      }
    }
    const extra = new CSSStyleSheet();
    extra.replaceSync(rules.join('\n'));
    root.adoptedStyleSheets = [...(root.adoptedStyleSheets ?? []), extra];
    return rules.length;
  };

  it('gives every control in the popup and the popover a target of at least 44 x 44 px', async () => {
    const session = await launchChromium(undefined, { viewport: { width: 360, height: 740 }, touch: true });
    try {
      const popup = await session.context.newPage();
      await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
      await popup.locator('[data-term-id]').first().waitFor();
      expect(await popup.evaluate(`(${applyCoarseRules.toString()})(document)`)).toBeGreaterThan(0);
      expect(await popup.evaluate(`(${smallTargets.toString()})(document)`)).toEqual([]);
      await popup.screenshot({ path: shot('touch-popup-chromium') });
      await popup.locator('[data-term-id="methotrexate"]').click();
      await popup.locator('h2').waitFor();
      expect(await popup.evaluate(`(${applyCoarseRules.toString()})(document)`)).toBeGreaterThan(0);
      expect(await popup.evaluate(`(${smallTargets.toString()})(document)`)).toEqual([]);
      const page = await session.context.newPage();
      await page.goto(demo.url(DEMO_PAGE));
      await waitForPaint(page);
      const point = (await page.evaluate(rangeCentre, { name: 'dmg-term-plain', text: 'Prednisone' }))!;
      expect(point).not.toBeNull();
      await page.touchscreen.tap(point.x, point.y);
      await card(page).locator(DIALOG).waitFor();
      // The card's own document, in its frame: its rules and controls are there.
      const frame = (await cardFrame(page))!;
      expect(await frame.evaluate(`(${applyCoarseRules.toString()})(document)`)).toBeGreaterThan(0);
      expect(await frame.evaluate(`(${smallTargets.toString()})(document)`)).toEqual([]);
      await page.screenshot({ path: shot('touch-popover-chromium') });
    } finally {
      await session.close();
    }
  });
});

/** Firefox with extra preferences (fonts, colours) and the e2e build, which opens popup.html in a tab. */
async function firefoxWith(prefs: Record<string, unknown>): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: mkdtempSync(join(tmpdir(), 'dmg-ff-ux-')),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'network.captive-portal-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'app.normandy.enabled': false,
      ...prefs,
    },
  });
  await browser.installExtension(requireBuild(FIREFOX_E2E_BUILD, 'npm run build:e2e'));
  return browser;
}

const ffPainted = (page: Page) => waitForSteadyPaint(() => page.evaluate(paintedCount));

async function openDemoPopover(browser: Browser, width = 1200, height = 900): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  await page.goto(demo.url(DEMO_PAGE));
  await ffPainted(page);
  await clickTerm(page, 'Prednisone');
  await (await waitForCardFrame(page)).waitForSelector(DIALOG);
  await new Promise((r) => setTimeout(r, 200));
  return page;
}

describe('Firefox', () => {
  it('keeps the popup at its designed width while the browser sizes it, and acts on the reader tab with ?tab=', async () => {
    const browser = await firefoxWith({});
    try {
      const article = await browser.newPage();
      await article.goto(demo.url(DEMO_PAGE));
      await ffPainted(article);
      const popup = await firefoxExtensionPage(browser, 'popup.html');
      // The browser measures a popup in a narrow viewport first; the old max-width query fired there.
      await popup.setViewport({ width: 200, height: 600 });
      const narrow = await popup.evaluate(() => ({ body: document.body.getBoundingClientRect().width, root: parseFloat(getComputedStyle(document.documentElement).fontSize) }));
      expect(narrow.body).toBeCloseTo(23.75 * narrow.root, 0);
      await popup.setViewport({ width: 380, height: 600 });
      await popup.screenshot({ path: shot('popup-firefox') });
      // Which tab holds the article: the one whose content script answers.
      const articleTab = await popup.evaluate(async () => {
        const api = (globalThis as unknown as { browser: { tabs: { query: (q: object) => Promise<Array<{ id: number }>>; sendMessage: (id: number, m: unknown) => Promise<unknown> } } }).browser;
        for (const tab of await api.tabs.query({})) {
          // about:blank answers too (with no terms): the article is the tab with terms.
          const reply = (await api.tabs.sendMessage(tab.id, { type: 'dmg:counts' }).catch(() => undefined)) as { counts?: object } | undefined;
          if (reply?.counts && Object.keys(reply.counts).length > 0) return tab.id;
        }
        return undefined;
      });
      expect(articleTab).toBeTypeOf('number');
      await popup.evaluate((id) => {
        const api = (globalThis as unknown as { browser: { tabs: { create: (p: { url: string }) => Promise<unknown> } } }).browser;
        return api.tabs.create({ url: `popup.html?tab=${id}` }).then(() => undefined);
      }, articleTab!);
      const viaParam = await firefoxExtensionPage(browser, `popup.html?tab=${articleTab}`);
      await viaParam.setViewport({ width: 380, height: 600 });
      await viaParam.waitForSelector('[data-page-term-id]', { timeout: 10_000 });
      const chips = await viaParam.$$eval('[data-page-term-id]', (els) => els.map((el) => el.getAttribute('data-page-term-id')));
      expect(chips).toEqual(expect.arrayContaining(['prednisone', 'methotrexate']));
      await viaParam.screenshot({ path: shot('popup-tab-param-firefox') });
      // Choosing a chip reveals the term on the article tab, not in the popup's own tab.
      await viaParam.click('[data-page-term-id="methotrexate"]');
      await expect.poll(() => cardState(article).then((state) => state?.name ?? null), { timeout: 10_000 }).toContain('Methotrexate');
      expect(await cardState(article)).toMatchObject({ focusInside: true });
      expect(await viaParam.evaluate(() => location.search)).toBe(`?tab=${articleTab}`);
      // Enter opens the first result and stays there.
      await viaParam.type('input[type="search"]', 'mtx');
      await viaParam.keyboard.press('Enter');
      await new Promise((r) => setTimeout(r, 400));
      expect(await viaParam.$eval('h2', (h) => h.textContent)).toContain('Methotrexate');
    } finally {
      await browser.close();
    }
  });

  it('follows a 28 px default font', async () => {
    const browser = await firefoxWith({ 'font.size.variable.x-western': 28 });
    try {
      const page = await openDemoPopover(browser);
      const size = await (await waitForCardFrame(page)).$eval('[role="dialog"] .tc-summary', (el) => parseFloat(getComputedStyle(el).fontSize));
      expect(size).toBeGreaterThanOrEqual(26);
      await page.screenshot({ path: shot('font28-popover-firefox') });
      const popup = await firefoxExtensionPage(browser, 'popup.html');
      await popup.setViewport({ width: 700, height: 900 });
      await popup.screenshot({ path: shot('font28-popup-firefox') });
      await page.close();
    } finally {
      await browser.close();
    }
  });

  // As in Chromium: the review's failing case, which the placement code now keeps on screen.
  it('keeps the card and its Close button on screen at 400% zoom (320 x 256 CSS px)', async () => {
    const zoomed = await firefoxWith({});
    try {
      const page = await zoomed.newPage();
      await page.setViewport({ width: 320, height: 256 });
      await page.goto(demo.url(DEMO_PAGE));
      await ffPainted(page);
      expect(await page.evaluate(plainCount)).toBeGreaterThan(8);
      await clickTerm(page, undefined, 8);
      await (await waitForCardFrame(page)).waitForSelector(DIALOG);
      await new Promise((r) => setTimeout(r, 200));
      const card = (await cardState(page))!.box;
      const closeInFrame = (await inCard(page, closeButtonBox))!;
      const close = { ...closeInFrame, ...(await cardPoint(page, closeInFrame)) };
      await page.screenshot({ path: shot('zoom400-popover-firefox') });
      console.info('Firefox 400% zoom: card', card, 'close', close);
      expect(card.x).toBeGreaterThanOrEqual(0);
      expect(card.x + card.width).toBeLessThanOrEqual(320);
      expect(card.y, 'card top').toBeGreaterThanOrEqual(0);
      expect(card.y + card.height, 'card bottom').toBeLessThanOrEqual(256);
      expect(close.y).toBeGreaterThanOrEqual(0);
      expect(close.y + close.height).toBeLessThanOrEqual(256);
    } finally {
      await zoomed.close();
    }
  });

  it('uses system colours in forced-colours mode (document colours overridden)', async () => {
    const browser = await firefoxWith({
      'browser.display.document_color_use': 2,
      'browser.display.background_color': '#000000',
      'browser.display.foreground_color': '#ffffff',
      'browser.display.use_system_colors': false,
    });
    try {
      const article = await browser.newPage();
      await article.setViewport({ width: 1200, height: 900 });
      await article.goto(demo.url(DEMO_PAGE));
      await ffPainted(article);
      expect(await article.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
      // The painted terms in forced colours: shown (painted differs from unpainted), and looked at.
      const inViewport = (await article.evaluate(termClip, { text: 'Prednisone', pad: 24 }))!;
      expect(inViewport).not.toBeNull();
      // puppeteer's clip is in page coordinates (it captures beyond the viewport), not the viewport's.
      const scroll = await article.evaluate(() => ({ x: scrollX, y: scrollY }));
      const clip = { ...inViewport, x: inViewport.x + scroll.x, y: inViewport.y + scroll.y };
      const paintedShot = Buffer.from(await article.screenshot({ clip, path: shot('forced-term-firefox') }));
      expect(await article.evaluate(togglePaint, true)).toBeGreaterThan(0);
      const bareShot = Buffer.from(await article.screenshot({ clip }));
      expect(await article.evaluate(togglePaint, false)).toBeGreaterThan(0);
      expect(paintedShot.equals(bareShot), 'painted and unpainted look the same').toBe(false);
      await article.close();
      const page = await openDemoPopover(browser);
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
      const colours = await (await waitForCardFrame(page)).$eval(DIALOG, (el) => {
        const style = getComputedStyle(el);
        return { bg: style.backgroundColor, fg: style.color, border: style.borderTopColor };
      });
      expect(colours.bg).not.toBe(colours.fg);
      await page.keyboard.press('Tab');
      await page.screenshot({ path: shot('forced-popover-firefox') });
      const popup = await firefoxExtensionPage(browser, 'popup.html');
      await popup.setViewport({ width: 400, height: 600 });
      await popup.screenshot({ path: shot('forced-popup-firefox') });
    } finally {
      await browser.close();
    }
  });
});
