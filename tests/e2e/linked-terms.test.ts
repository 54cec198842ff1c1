/**
 * Terms that are links (tests/fixtures/linked: a Wikipedia-style article whose
 * drug names are all links), in both browsers: every one is painted, in the
 * quieter link style; a click follows the link; resting the mouse on one
 * opens our card, unless the page shows its own link preview (then ours
 * steps back while theirs shows); the popup's "On this page" lists them and
 * opens the card with focus inside.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Browser, Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxExtensionPage, launchChromium, launchFirefox, ROOT, type ChromiumSession } from '../support/browsers';
import { serveDirectory, type StaticServer } from '../support/static-server';
import { cardState, currentMention, type DialogState, entryOf, inspectPaint, paintedCount, rangeCentre, waitForSteadyPaint } from './paint-checks';

/** The brief's terms, all links on the page, as the entries they must map to. */
const LINKED = ['prednisone', 'azathioprine', 'methotrexate', 'rituximab', 'hydroxychloroquine', 'ivig', 'calcinosis'];
const SHOTS = join(ROOT, 'test-results/screenshots');
const FORBIDDEN = ['h1', 'h2', '.toc', '[role="navigation"]', '.references'];

/** What the tests need of a page, in either driver. */
interface Driver {
  goto(url: string): Promise<void>;
  url(): Promise<string>;
  runWith<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  run<R>(fn: () => R | Promise<R>): Promise<R>;
  /** The open card where it is (its frame), in page coordinates: `cardState`. */
  card(): Promise<DialogState | null>;
  click(x: number, y: number): Promise<void>;
  move(x: number, y: number): Promise<void>;
  pause(ms: number): Promise<void>;
  /** Saves a screenshot as test-results/screenshots/<name>.png. */
  shot(name: string): Promise<void>;
  /** Opens the popup on this page's tab and returns its "On this page" ids; `choose` picks one of them. */
  onThisPage(choose: string): Promise<string[]>;
  errors: string[];
}


async function termPoint(driver: Driver, name: string, text: string): Promise<{ x: number; y: number }> {
  const point = await driver.runWith(rangeCentre, { name, text });
  if (!point) throw new Error(`"${text}" is not painted in ${name}`);
  return point;
}

/** The shared tests; `article` is the page's URL without previews, `withPreviews` with them. */
function linkedTermTests(getDriver: () => Driver, urls: () => { article: string; withPreviews: string }) {
  it('paints every linked drug name, in the link style, and nothing in headings, contents or references', async () => {
    const driver = getDriver();
    await driver.goto(urls().article);
    const report = await driver.runWith(inspectPaint, { forbidden: FORBIDDEN });
    expect(report.forbidden).toEqual([]);
    expect({ malformed: report.malformed, overlapping: report.overlapping, unstyled: report.unstyled, doubled: report.doubled }).toEqual({ malformed: 0, overlapping: 0, unstyled: 0, doubled: 0 });
    expect(report.link.map(entryOf).sort()).toEqual([...LINKED].sort());
    // The page's topic, in prose, once on the page; no linked drug is painted as prose.
    const plain = report.plain.map(entryOf);
    expect(plain.filter((id) => id === 'dermatomyositis')).toHaveLength(1);
    expect(plain.filter((id) => LINKED.includes(id))).toEqual([]);
  });

  it('follows the link when a painted term in it is clicked, and opens no card', async () => {
    const driver = getDriver();
    await driver.goto(urls().article);
    const point = await termPoint(driver, 'dmg-term-link', 'methotrexate');
    await driver.click(point.x, point.y);
    await expect.poll(() => driver.url(), { timeout: 10_000 }).toMatch(/target\.html\?t=Methotrexate$/);
  });

  it('opens the card when the mouse rests on a linked term, without taking focus, and closes it when the mouse leaves', async () => {
    const driver = getDriver();
    await driver.goto(urls().article);
    await driver.move(1, 1);
    const point = await termPoint(driver, 'dmg-term-link', 'rituximab');
    await driver.move(point.x, point.y);
    await expect.poll(() => driver.card().then((s) => s?.name ?? null), { timeout: 10_000 }).toContain('Rituximab');
    expect(await driver.card()).toMatchObject({ focusInside: false });
    expect(await driver.run(currentMention)).toMatchObject({ text: 'rituximab' });
    await driver.move(1, 1);
    await expect.poll(() => driver.card()).toBeNull();
  });

  it('keeps a hover-opened card while the pointer moves slowly from the word into it, never swapping it, and a press inside pins it', async () => {
    const driver = getDriver();
    await driver.goto(urls().article);
    await driver.move(1, 1);
    const point = await termPoint(driver, 'dmg-term-link', 'prednisone');
    await driver.move(point.x, point.y);
    await expect.poll(() => driver.card().then((s) => s?.name ?? null), { timeout: 10_000 }).toContain('Prednisone');
    const card = (await driver.card())!.box;
    // Down into the card, a few pixels at a time, over the linked names the card now covers.
    const target = { x: Math.min(card.x + card.width / 2, point.x + 60), y: card.y + Math.min(card.height / 2, 120) };
    for (let i = 1; i <= 20; i++) {
      await driver.move(point.x + ((target.x - point.x) * i) / 20, point.y + ((target.y - point.y) * i) / 20);
      await driver.pause(30);
    }
    // Well past the close grace (300 ms) and the link wait (800 ms).
    await driver.pause(1500);
    expect(await driver.card()).toMatchObject({ name: expect.stringContaining('Prednisone') });
    expect(await driver.run(currentMention)).toMatchObject({ text: 'prednisone' });
    await driver.shot('ux-hover-pointer-in-card');
    // A press inside pins it: the pointer may now leave.
    await driver.click(target.x, target.y);
    await driver.move(1, 1);
    await driver.pause(1000);
    expect(await driver.card()).toMatchObject({ name: expect.stringContaining('Prednisone') });
  });

  it("shows the pointer shape on a term in prose only while the pointer is on it", async () => {
    const driver = getDriver();
    await driver.goto(urls().article);
    await driver.move(1, 1);
    const point = await termPoint(driver, 'dmg-term-plain', 'dermatomyositis');
    /** The cursor the page computes for the element holding the term's text (our keyed rule: page-styles.ts pointerCss). */
    const cursor = () =>
      driver.run(() => {
        const range = ([...(CSS.highlights.get('dmg-term-plain') ?? [])] as AbstractRange[]).find((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset).toLowerCase() === 'dermatomyositis');
        return range ? getComputedStyle(range.startContainer.parentElement!).cursor : null;
      });
    expect(await cursor()).toBe('auto');
    await driver.move(point.x, point.y);
    await expect.poll(cursor, { timeout: 5000 }).toBe('pointer');
    await driver.move(1, 1);
    await expect.poll(cursor, { timeout: 5000 }).toBe('auto');
    expect(driver.errors).toEqual([]);
  });

  it('opens nothing when the pointer only crosses a linked term on its way elsewhere', async () => {
    const driver = getDriver();
    await driver.goto(urls().article);
    await driver.move(1, 1);
    const point = await termPoint(driver, 'dmg-term-link', 'azathioprine');
    await driver.move(point.x, point.y);
    await driver.pause(150);
    // On to plain page, where the pointer stays (the review's to-do app: its delete button).
    await driver.move(point.x, 8);
    await driver.pause(2500);
    expect(await driver.card()).toBeNull();
  });

  it("steps back where the page shows its own link preview: theirs shows, ours does not open", async () => {
    const driver = getDriver();
    await driver.goto(urls().withPreviews);
    await driver.move(1, 1);
    const point = await termPoint(driver, 'dmg-term-link', 'azathioprine');
    await driver.move(point.x, point.y);
    await expect.poll(() => driver.run(() => document.querySelector('.wiki-preview')?.textContent ?? null)).toBe('Preview: Azathioprine');
    // Well past the 800 ms after which ours would open on a link.
    await driver.pause(1500);
    expect(await driver.card()).toBeNull();
    expect(await driver.run(() => document.querySelectorAll('.wiki-preview').length)).toBe(1);
    await driver.move(1, 1);
    await expect.poll(() => driver.run(() => document.querySelector('.wiki-preview'))).toBeNull();
  });

  it('lists the linked terms under "On this page" and opens the card from there, focus inside', async () => {
    const driver = getDriver();
    await driver.goto(urls().article);
    const listed = await driver.onThisPage('calcinosis');
    expect(listed).toEqual(expect.arrayContaining(LINKED));
    // Medicines first, then the rest (m5): calcinosis, a sign, after rituximab.
    expect(listed.indexOf('calcinosis')).toBeGreaterThan(listed.indexOf('rituximab'));
    await expect.poll(() => driver.card().then((s) => s?.name ?? null), { timeout: 10_000 }).toContain('Calcinosis');
    // Focus goes into the card's frame once it is placed and shown, a moment after its name.
    await expect.poll(() => driver.card(), { timeout: 5_000 }).toMatchObject({ focusInside: true });
    expect(await driver.run(currentMention)).toMatchObject({ text: 'calcinosis', inView: true });
  });

  it('caused no page errors', () => {
    expect(getDriver().errors).toEqual([]);
  });
}

describe('terms in links, in Chromium', () => {
  let server: StaticServer;
  let session: ChromiumSession;
  let driver: Driver;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveDirectory(join(ROOT, 'tests/fixtures/linked'));
    session = await launchChromium();
    const page: PlaywrightPage = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    driver = {
      goto: async (url) => {
        await page.goto(url);
        await waitForSteadyPaint(() => page.evaluate(paintedCount));
      },
      url: async () => page.url(),
      // Playwright types the argument as it arrives in the page (Unboxed<A>); ours are plain JSON, the same.
      runWith: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown),
      run: (fn) => page.evaluate(fn),
      card: () => cardState(page),
      click: (x, y) => page.mouse.click(x, y),
      move: (x, y) => page.mouse.move(x, y, { steps: 4 }),
      pause: (ms) => page.waitForTimeout(ms),
      shot: async (name) => {
        await page.screenshot({ path: join(SHOTS, `${name}-chromium.png`) });
      },
      onThisPage: async (choose) => {
        const popup = await session.context.newPage();
        await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
        await page.bringToFront();
        await popup.evaluate(() => location.reload());
        await popup.locator('[data-page-term-id]').first().waitFor();
        const ids = await popup.$$eval('[data-page-term-id]', (items) => items.map((i) => i.getAttribute('data-page-term-id') ?? ''));
        await popup.locator(`[data-page-term-id="${choose}"]`).click();
        await page.bringToFront();
        return ids;
      },
      errors,
    };
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  linkedTermTests(
    () => driver,
    () => ({ article: server.url('article.html'), withPreviews: server.url('article.html?previews') }),
  );
});

describe('terms in links, in Firefox', () => {
  let server: StaticServer;
  let browser: Browser;
  let driver: Driver;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveDirectory(join(ROOT, 'tests/fixtures/linked'));
    browser = await launchFirefox();
    const page: PuppeteerPage = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    driver = {
      goto: async (url) => {
        await page.goto(url);
        await waitForSteadyPaint(() => page.evaluate(paintedCount));
      },
      // BiDi's page.url() can lag behind a navigation the page made itself: ask the page.
      url: () => page.evaluate(() => location.href).catch(() => ''),
      // As above: puppeteer types the argument as it arrives (FlattenHandle<A>); ours are plain JSON.
      runWith: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown) as Promise<R>,
      run: <R>(fn: () => R | Promise<R>) => page.evaluate(fn) as Promise<R>,
      card: () => cardState(page),
      click: (x, y) => page.mouse.click(x, y),
      move: (x, y) => page.mouse.move(x, y, { steps: 4 }),
      pause: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      shot: async (name) => {
        await page.screenshot({ path: join(SHOTS, `${name}-firefox.png`) as `${string}.png` });
      },
      onThisPage: async (choose) => {
        const popup = await firefoxExtensionPage(browser, 'popup.html');
        await page.bringToFront();
        await popup.evaluate(() => location.reload());
        await popup.waitForSelector('[data-page-term-id]', { timeout: 20_000 });
        const ids = await popup.$$eval('[data-page-term-id]', (items) => items.map((i) => i.getAttribute('data-page-term-id') ?? ''));
        await popup.click(`[data-page-term-id="${choose}"]`);
        await page.bringToFront();
        return ids;
      },
      errors,
    };
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  linkedTermTests(
    () => driver,
    () => ({ article: server.url('article.html'), withPreviews: server.url('article.html?previews') }),
  );
});

describe('terms in links on a touch phone, in Chromium', () => {
  let server: StaticServer;
  let session: ChromiumSession;
  let page: PlaywrightPage;
  const errors: string[] = [];

  /** A finger held on a point for `ms`, through CDP (Playwright's touchscreen only taps). */
  async function longPress(x: number, y: number, ms: number): Promise<void> {
    const cdp = await session.context.newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    await page.waitForTimeout(ms);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.detach();
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveDirectory(join(ROOT, 'tests/fixtures/linked'));
    session = await launchChromium(undefined, { viewport: { width: 360, height: 740 }, touch: true });
    page = await session.context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  const open = async () => {
    await page.goto(server.url('forum.html'));
    await waitForSteadyPaint(() => page.evaluate(paintedCount));
  };

  it('paints the plain mentions after a linked first mention, so there is something to tap', async () => {
    await open();
    const report = await page.evaluate(inspectPaint, { forbidden: [] });
    expect(report.link.map(entryOf).sort()).toEqual(['hydroxychloroquine', 'methotrexate']);
    expect(report.plain.map(entryOf)).toEqual(expect.arrayContaining(['hydroxychloroquine', 'methotrexate']));
    await page.screenshot({ path: join(SHOTS, 'ux-touch-forum-terms-chromium.png') });
  });

  it('opens the card of a linked term on a long press, without following the link', async () => {
    await open();
    const point = await page.evaluate(rangeCentre, { name: 'dmg-term-link', text: 'methotrexate' });
    expect(point).not.toBeNull();
    await longPress(point!.x, point!.y, 900);
    await expect.poll(() => cardState(page).then((s) => s?.name ?? null), { timeout: 10_000 }).toContain('Methotrexate');
    expect(await page.evaluate(currentMention)).toMatchObject({ text: 'methotrexate' });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/forum\.html$/);
    await page.screenshot({ path: join(SHOTS, 'ux-touch-long-press-link-chromium.png') });
  });

  it('still follows the link on a tap, and opens a plain mention\'s card on a tap', async () => {
    await open();
    const plain = await page.evaluate(rangeCentre, { name: 'dmg-term-plain', text: 'Plaquenil' });
    expect(plain).not.toBeNull();
    await page.touchscreen.tap(plain!.x, plain!.y);
    await expect.poll(() => cardState(page).then((s) => s?.name ?? null), { timeout: 10_000 }).toContain('Hydroxychloroquine');
    // Outside the card, well clear of it: Chromium's touch adjustment moves a tap near its edge into it.
    const card = (await cardState(page))!.box;
    await page.touchscreen.tap(180, card.y > 60 ? card.y - 40 : Math.min(730, card.y + card.height + 40));
    await expect.poll(() => cardState(page)).toBeNull();
    const link = await page.evaluate(rangeCentre, { name: 'dmg-term-link', text: 'methotrexate' });
    await page.touchscreen.tap(link!.x, link!.y);
    await expect.poll(() => page.url(), { timeout: 10_000 }).toMatch(/target\.html\?t=Methotrexate$/);
  });

  it('caused no page errors', () => {
    expect(errors).toEqual([]);
  });
});
