import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxExtensionPage, launchFirefox, ROOT } from '../support/browsers';
import { serveDirectory, type StaticServer } from '../support/static-server';
import { DEMO_CONTROL_TERMS, DEMO_INPUT, DEMO_PAGE, DEMO_TERMS, FORBIDDEN, SKIPPED } from './demo-expectations';
import {
  asServed,
  cardState,
  clickDialogButton,
  countableTexts,
  countByEntry,
  currentMention,
  entryOf,
  focusIn,
  inCard,
  inspectPaint,
  mentionsIn,
  paintedCount,
  paintedTexts,
  rangeCentre,
  shadowHosts,
  shownCardHosts,
  hostShapes,
  waitForSteadyPaint,
} from './paint-checks';

const SHOTS = join(ROOT, 'test-results/screenshots');

async function clickTerm(page: Page, text: string, name = 'dmg-term-plain', nth = 0): Promise<void> {
  const point = await page.evaluate(rangeCentre, { name, text, nth });
  if (!point) throw new Error(`"${text}" is not painted in ${name}`);
  await page.mouse.click(point.x, point.y);
}

const dialogName = (page: Page) => cardState(page).then((state) => state?.name ?? null);
const painted = (page: Page) => waitForSteadyPaint(() => page.evaluate(paintedCount));

describe('the built extension in Firefox ESR', () => {
  let browser: Browser;
  let server: StaticServer;
  let page: Page;
  const errors: string[] = [];

  /** The popup tab the e2e build opened, asking again about the demo article (made the active tab). */
  async function popupOnArticle(): Promise<Page> {
    const popup = await firefoxExtensionPage(browser, 'popup.html');
    await page.bringToFront();
    await popup.evaluate(() => location.reload());
    await popup.waitForSelector('[data-page-term-id]', { timeout: 20_000 });
    return popup;
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveDirectory(join(ROOT, 'demo'));
    browser = await launchFirefox();
    page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    await page.goto(server.url(DEMO_PAGE));
    await painted(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('paints every demo term, links and buttons in the quieter style, and nothing where it must not', async () => {
    const report = await page.evaluate(inspectPaint, { forbidden: FORBIDDEN });
    expect(Object.keys(countByEntry(report.texts))).toEqual(expect.arrayContaining(DEMO_TERMS));
    expect(report.forbidden).toEqual([]);
    expect({ unstyled: report.unstyled, doubled: report.doubled, strays: report.strays }).toEqual({ unstyled: 0, doubled: 0, strays: 0 });
    expect({ detached: report.detached, malformed: report.malformed, overlapping: report.overlapping }).toEqual({ detached: 0, malformed: 0, overlapping: 0 });
    expect(report.link.map((text) => entryOf(text)).sort()).toEqual([...DEMO_CONTROL_TERMS].sort());
    expect(await page.$eval(DEMO_INPUT.selector, (input) => (input as HTMLInputElement).value)).toBe(DEMO_INPUT.value);
  });

  it('leaves the page text and HTML exactly as served, and adds no element', async () => {
    expect(await page.evaluate(asServed)).toEqual({ text: true, html: true });
    expect(await page.evaluate(shadowHosts)).toEqual([]);
  });

  it('opens the card on a click, named by the entry; Escape closes it and focus returns', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await clickTerm(page, 'Azathioprine');
    await expect.poll(() => dialogName(page)).toContain('Azathioprine');
    // Focus goes into the card's frame once it is placed and shown, a moment after its name.
    await expect.poll(() => cardState(page), { timeout: 5_000 }).toMatchObject({ focusInside: true });
    expect(await page.evaluate(currentMention)).toMatchObject({ text: 'Azathioprine' });
    // Our one host on the page: a div whose (e2e-open) shadow root holds only the card's frame,
    // sandboxed with no token and its document from srcdoc, never from a URL.
    expect(await page.evaluate(shadowHosts)).toEqual([{ tag: 'div', open: true }]);
    expect(await page.evaluate(hostShapes)).toEqual([{ children: ['iframe'], sandbox: '', src: false, srcdoc: true }]);
    await page.screenshot({ path: join(SHOTS, 'firefox-popover.png') as `${string}.png` });
    await page.keyboard.press('Escape');
    await expect.poll(() => cardState(page)).toBeNull();
    // No card shown; its frame may stay, emptied and hidden, for the next card (still only one host).
    expect(await page.evaluate(shownCardHosts)).toBe(0);
    expect((await page.evaluate(hostShapes)).length).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  });

  it('steps through every mention with Previous and Next, moving the current mark and scrolling to it', async () => {
    await page.setViewport({ width: 1200, height: 320 });
    try {
      await clickTerm(page, 'corticosteroids');
      await expect.poll(() => dialogName(page)).toContain('Corticosteroids');
      const start = await page.evaluate(currentMention);
      expect(start?.text).toBe('corticosteroids');
      const startScroll = await page.evaluate(() => scrollY);
      const seen = [start!];
      while (seen.length < 10 && (await inCard(page, clickDialogButton, 'Next'))) {
        const before = seen.at(-1)!.at;
        await expect.poll(() => page.evaluate(currentMention).then((m) => m !== null && m.at > before)).toBe(true);
        await expect.poll(() => page.evaluate(currentMention).then((m) => m?.inView)).toBe(true);
        seen.push((await page.evaluate(currentMention))!);
      }
      expect(seen.map((m) => m.text)).toEqual(['corticosteroids', 'Steroids', 'steroid']);
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(startScroll);
      expect(await inCard(page, clickDialogButton, 'Previous')).toBe(true);
      await expect.poll(() => page.evaluate(currentMention).then((m) => m?.at)).toBe(seen.at(-2)!.at);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.evaluate(currentMention)).toBeNull();
    } finally {
      await page.setViewport({ width: 1200, height: 900 });
    }
  });

  it('lists "On this page" with every mention counted, and opens the card at the first one with focus inside', async () => {
    await page.focus('a[href="#more"]');
    const popup = await popupOnArticle();
    const shown = await popup.$$eval('[data-page-term-id]', (items) =>
      Object.fromEntries(items.map((c) => [c.getAttribute('data-page-term-id'), Number(c.querySelector('.pp-count')!.textContent)])),
    );
    expect(shown).toEqual(mentionsIn(await page.evaluate(countableTexts, { skipped: SKIPPED })));
    await popup.click('[data-page-term-id="tofacitinib"]');
    await page.bringToFront();
    await expect.poll(() => dialogName(page)).toContain('Tofacitinib');
    // Focus goes into the card's frame once it is placed and shown, a moment after its name.
    await expect.poll(() => cardState(page), { timeout: 5_000 }).toMatchObject({ focusInside: true });
    await expect.poll(() => page.evaluate(currentMention)).toMatchObject({ text: 'tofacitinib', inView: true });
    await page.keyboard.press('Escape');
    await expect.poll(() => cardState(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#more');
  });

  it('goes from the card to a related term and back by keyboard alone', async () => {
    const popup = await popupOnArticle();
    await popup.click('[data-page-term-id="prednisone"]');
    await page.bringToFront();
    await expect.poll(() => dialogName(page)).toContain('Prednisone');
    const tabTo = async (text: string) => {
      for (let i = 0; i < 40 && !(await focusIn(page)).startsWith(text); i++) await page.keyboard.press('Tab');
      expect(await focusIn(page)).toMatch(new RegExp(`^${text}`));
    };
    await tabTo('Corticosteroids');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialogName(page)).toContain('Corticosteroids');
    await tabTo('← Back');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialogName(page)).toContain('Prednisone');
    await page.keyboard.press('Escape');
    await expect.poll(() => cardState(page)).toBeNull();
  });

  it('finds azathioprine in the popup when "Imuran" is typed', async () => {
    const popup = await firefoxExtensionPage(browser, 'popup.html');
    await popup.setViewport({ width: 400, height: 600 });
    await popup.type('input[type="search"]', 'Imuran');
    await expect.poll(() => popup.$eval('[data-term-id]', (el) => el.getAttribute('data-term-id'))).toBe('azathioprine');
    await popup.screenshot({ path: join(SHOTS, 'firefox-popup-results.png') as `${string}.png` });
    await popup.click('[data-term-id]');
    await expect.poll(() => popup.$eval('h2', (h) => h.textContent)).toContain('Azathioprine');
    // The notebook's buttons wait for its status; a screenshot taken before it came showed them greyed out.
    await expect.poll(() => popup.$eval('.tc-nb-button', (button) => (button as HTMLButtonElement).disabled), { timeout: 10_000 }).toBe(false);
    await popup.screenshot({ path: join(SHOTS, 'firefox-popup-detail.png') as `${string}.png` });
  });

  it('finds entries in the popup despite typos and from part of a word', async () => {
    const popup = await firefoxExtensionPage(browser, 'popup.html');
    // The previous test left the popup on a card: go back to the search.
    if (await popup.$('.pp-back')) await popup.click('.pp-back');
    for (const [typed, id] of [['metotrexate', 'methotrexate'], ['hydroxycloroquine', 'hydroxychloroquine'], ['ritux', 'rituximab']]) {
      await popup.$eval('input[type="search"]', (input) => {
        (input as HTMLInputElement).value = '';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await popup.type('input[type="search"]', typed!);
      await expect.poll(() => popup.$eval('[data-term-id]', (el) => el.getAttribute('data-term-id'))).toBe(id);
    }
  });

  it('opens the full glossary at the entry from the card', async () => {
    await page.bringToFront();
    await clickTerm(page, 'Calcinosis');
    await expect.poll(() => dialogName(page)).toContain('Calcinosis');
    expect(await inCard(page, clickDialogButton, 'Open in the full glossary')).toBe(true);
    await firefoxExtensionPage(browser, 'glossary.html#calcinosis');
    expect(await cardState(page)).toBeNull();
  });

  it('follows a link when a term inside it is clicked', async () => {
    await page.bringToFront();
    await clickTerm(page, 'methotrexate', 'dmg-term-link');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#more');
    expect(await cardState(page)).toBeNull();
  });

  it('paints same-origin and srcdoc frames, and frames whose text arrives after a quiet start', async () => {
    const fixtures = await serveDirectory(join(ROOT, 'tests/fixtures/hostile'));
    const frames = await browser.newPage();
    try {
      await frames.goto(fixtures.url('frames.html'));
      const paintedIn = async (selector: string): Promise<string[]> => {
        const frame = (await (await frames.$(selector))!.contentFrame())!;
        await expect.poll(() => frame.evaluate(paintedTexts, 'dmg-term').then((t) => t.length), { timeout: 20_000 }).toBeGreaterThan(0);
        return frame.evaluate(paintedTexts, 'dmg-term');
      };
      expect(await paintedIn('#same-origin')).toEqual(['azathioprine']);
      expect(await paintedIn('#srcdoc')).toEqual(['hydroxychloroquine']);
      // Nothing to paint at first: painted at the frame's first change (utils/highlight/quiet-gate.ts).
      expect(await paintedIn('#late')).toEqual(['rituximab']);
      expect(await paintedIn('#late-srcdoc')).toEqual(['methotrexate']);
    } finally {
      await frames.close();
      await fixtures.close();
    }
  });

  it('caused no page errors', () => {
    expect(errors).toEqual([]);
  });
});
