import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_RELEASE_BUILD, launchChromium, requireBuild, ROOT, type ChromiumSession } from '../support/browsers';
import { serveDirectory, type StaticServer } from '../support/static-server';
import { DEMO_CONTROL_TERMS, DEMO_INPUT, DEMO_PAGE, DEMO_TERMS, FORBIDDEN, SKIPPED } from './demo-expectations';
import {
  asServed,
  cardState,
  clickDialogButton,
  countableTexts,
  countByEntry,
  currentMention,
  dialogState,
  entryOf,
  focusIn,
  inCard,
  inspectPaint,
  mentionsIn,
  paintedCount,
  rangeCentre,
  shadowHosts,
  shownCardHosts,
  hostShapes,
  CARD_FRAME,
  waitForSteadyPaint,
} from './paint-checks';

const SHOTS = join(ROOT, 'test-results/screenshots');

/** Clicks the middle of a painted term, as a reader would. */
async function clickTerm(page: Page, text: string, name = 'dmg-term-plain', nth = 0): Promise<void> {
  const point = await page.evaluate(rangeCentre, { name, text, nth });
  if (!point) throw new Error(`"${text}" is not painted in ${name}`);
  await page.mouse.click(point.x, point.y);
}

const dialogName = (page: Page) => cardState(page).then((state) => state?.name ?? null);

describe('the built extension in Chromium', () => {
  let session: ChromiumSession;
  let server: StaticServer;
  let page: Page;
  const errors: string[] = [];

  /** The popup in a tab of its own, asking about the demo article (the active tab). */
  async function openPopup(): Promise<Page> {
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await page.bringToFront();
    await popup.evaluate(() => location.reload());
    return popup;
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveDirectory(join(ROOT, 'demo'));
    session = await launchChromium();
    page = await session.context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    await page.goto(server.url(DEMO_PAGE));
    await waitForSteadyPaint(() => page.evaluate(paintedCount));
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('paints every demo term, links and buttons in the quieter style, and nothing where it must not', async () => {
    const report = await page.evaluate(inspectPaint, { forbidden: FORBIDDEN });
    expect(Object.keys(countByEntry(report.texts))).toEqual(expect.arrayContaining(DEMO_TERMS));
    expect(report.forbidden).toEqual([]);
    expect({ unstyled: report.unstyled, doubled: report.doubled, strays: report.strays }).toEqual({ unstyled: 0, doubled: 0, strays: 0 });
    expect({ detached: report.detached, malformed: report.malformed, overlapping: report.overlapping }).toEqual({ detached: 0, malformed: 0, overlapping: 0 });
    expect(report.link.map((text) => entryOf(text)).sort()).toEqual([...DEMO_CONTROL_TERMS].sort());
    expect(report.plain.length + report.link.length).toBe(report.texts.length);
    expect(await page.inputValue(DEMO_INPUT.selector)).toBe(DEMO_INPUT.value);
  });

  it('paints each term once per section by default', async () => {
    const { texts } = await page.evaluate(inspectPaint, { forbidden: FORBIDDEN });
    // "steroids" is named three times in the first steroid section and once in the next.
    const steroids = texts.filter((text) => entryOf(text) === 'corticosteroids');
    expect(steroids.length).toBe(2);
    // The page's topic (its title and h1) is painted once on the whole page.
    expect(texts.filter((text) => entryOf(text) === 'dermatomyositis').length).toBe(1);
  });

  it('leaves the page text and HTML exactly as served, and adds no element', async () => {
    expect(await page.evaluate(asServed)).toEqual({ text: true, html: true });
    expect(await page.evaluate(shadowHosts)).toEqual([]);
  });

  it('opens the card on a click, named by the entry; Escape closes it and focus returns', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await clickTerm(page, 'Azathioprine');
    await expect.poll(() => dialogName(page)).toContain('Azathioprine');
    // The frame is given focus once the card in it has a size and shows: a moment after its name.
    await expect.poll(() => cardState(page).then((s) => s?.focusInside)).toBe(true);
    const state = await cardState(page);
    expect(state?.text).toMatch(/not medical advice/i);
    expect(await page.evaluate(currentMention)).toMatchObject({ text: 'Azathioprine' });
    // Our one host on the page: a div whose (e2e-open) shadow root holds only the card's frame,
    // sandboxed with no token and its document from srcdoc, never from a URL.
    expect(await page.evaluate(shadowHosts)).toEqual([{ tag: 'div', open: true }]);
    expect(await page.evaluate(hostShapes)).toEqual([{ children: ['iframe'], sandbox: '', src: false, srcdoc: true }]);
    await page.screenshot({ path: join(SHOTS, 'chromium-popover.png') });

    await page.keyboard.press('Escape');
    await expect.poll(() => cardState(page)).toBeNull();
    // No card shown; its frame may stay, emptied and hidden, for the next card (still only one host).
    expect(await page.evaluate(shownCardHosts)).toBe(0);
    expect((await page.evaluate(hostShapes)).length).toBeLessThanOrEqual(1);
    expect(await page.evaluate(currentMention)).toBeNull();
    // Before the click nothing had focus: it must not be left in the removed card.
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
  });

  it('replaces an open card when another term is clicked, and a click on a link follows it', async () => {
    await clickTerm(page, 'Prednisone');
    await expect.poll(() => dialogName(page)).toContain('Prednisone');
    await clickTerm(page, 'Calcinosis');
    await expect.poll(() => dialogName(page)).toContain('Calcinosis');
    expect(await page.evaluate(() => [...document.body.children].filter((c) => c.shadowRoot).length)).toBe(1);
    expect(await page.evaluate(hostShapes)).toEqual([{ children: ['iframe'], sandbox: '', src: false, srcdoc: true }]);
    await page.keyboard.press('Escape');

    await clickTerm(page, 'methotrexate', 'dmg-term-link');
    await expect.poll(() => page.url()).toMatch(/#more$/);
    expect(await cardState(page)).toBeNull();
    // Back to a fresh page: the content script treats a changed URL as a new route and closes cards.
    await page.goto(server.url(DEMO_PAGE));
    await waitForSteadyPaint(() => page.evaluate(paintedCount));
  });

  it('keeps the card open when only the #hash changes (same page), and closes it on a new route', async () => {
    await clickTerm(page, 'Prednisone');
    await expect.poll(() => dialogName(page)).toContain('Prednisone');
    await page.evaluate(() => {
      location.hash = 'somewhere-on-this-page';
    });
    // The route check runs every second: give it two.
    await page.waitForTimeout(2200);
    expect(await dialogName(page)).toContain('Prednisone');
    await page.evaluate(() => history.pushState(null, '', `${location.pathname}?view=2`));
    await expect.poll(() => cardState(page), { timeout: 5000 }).toBeNull();
    await page.goto(server.url(DEMO_PAGE));
    await waitForSteadyPaint(() => page.evaluate(paintedCount));
  });

  it('steps through every mention with Previous and Next, moving the current mark and scrolling to it', async () => {
    await page.setViewportSize({ width: 1200, height: 320 });
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
      // Every mention, painted or not, in page order: two in the first steroid section, one in the next
      // ("steroids" in "bone protection on steroids" belongs to that longer term).
      expect(seen.map((m) => m.text)).toEqual(['corticosteroids', 'Steroids', 'steroid']);
      expect(seen.map((m) => m.index >= 0)).toEqual([true, false, true]);
      expect(await page.evaluate(() => scrollY)).toBeGreaterThan(startScroll);
      expect(await inCard(page, clickDialogButton, 'Previous')).toBe(true);
      await expect.poll(() => page.evaluate(currentMention).then((m) => m?.at)).toBe(seen.at(-2)!.at);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.evaluate(currentMention)).toBeNull();
    } finally {
      await page.setViewportSize({ width: 1200, height: 900 });
    }
  });

  it('finds azathioprine in the popup when "Imuran" is typed, and shows its card', async () => {
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await popup.fill('input[type="search"]', 'Imuran');
    const first = popup.locator('[data-term-id]').first();
    await expect.poll(() => first.getAttribute('data-term-id')).toBe('azathioprine');
    await popup.screenshot({ path: join(SHOTS, 'chromium-popup-results.png') });
    await first.click();
    await expect.poll(() => popup.locator('h2').first().textContent()).toContain('Azathioprine');
    await popup.screenshot({ path: join(SHOTS, 'chromium-popup-detail.png') });
    await popup.close();
  });

  it('lists "On this page" with every mention counted, and opens the card at the first one with focus inside', async () => {
    await page.evaluate(() => scrollTo(0, document.body.scrollHeight));
    // Focus on the page's own link, to come back to after Escape.
    await page.focus('a[href="#more"]');
    const popup = await openPopup();
    await popup.locator('[data-page-term-id]').first().waitFor();
    const shown = await popup.$$eval('[data-page-term-id]', (items) =>
      Object.fromEntries(items.map((c) => [c.getAttribute('data-page-term-id'), Number(c.querySelector('.pp-count')!.textContent)])),
    );
    expect(shown).toEqual(mentionsIn(await page.evaluate(countableTexts, { skipped: SKIPPED })));
    await popup.screenshot({ path: join(SHOTS, 'chromium-popup-on-this-page.png') });

    await popup.locator('[data-page-term-id="tofacitinib"]').click();
    await page.bringToFront();
    await expect.poll(() => dialogName(page)).toContain('Tofacitinib');
    // Focus goes into the card's frame once it is placed and shown, a moment after its name.
    await expect.poll(() => cardState(page), { timeout: 5_000 }).toMatchObject({ focusInside: true });
    await expect.poll(() => page.evaluate(currentMention)).toMatchObject({ text: 'tofacitinib', inView: true });
    await popup.close();

    await page.keyboard.press('Escape');
    await expect.poll(() => cardState(page)).toBeNull();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#more');
  });

  it('goes from the card to a related term and back by keyboard alone', async () => {
    const popup = await openPopup();
    await popup.locator('[data-page-term-id="prednisone"]').click();
    await page.bringToFront();
    await expect.poll(() => dialogName(page)).toContain('Prednisone');
    await popup.close();
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

  it('opens the full glossary at the entry from the card', async () => {
    await clickTerm(page, 'Calcinosis');
    await expect.poll(() => dialogName(page)).toContain('Calcinosis');
    const opened = session.context.waitForEvent('page');
    await page.frameLocator(CARD_FRAME).locator('[role="dialog"] button', { hasText: 'Open in the full glossary' }).click();
    const glossaryPage = await opened;
    await expect.poll(() => glossaryPage.url()).toBe(`chrome-extension://${session.extensionId}/glossary.html#calcinosis`);
    expect(await cardState(page)).toBeNull();
    await glossaryPage.close();
  });

  it('caused no page errors', () => {
    expect(errors).toEqual([]);
  });
});

describe('the release build in Chromium', () => {
  let session: ChromiumSession;
  let server: StaticServer;

  beforeAll(async () => {
    server = await serveDirectory(join(ROOT, 'demo'));
    session = await launchChromium(requireBuild(CHROME_RELEASE_BUILD, 'npm run build'));
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it("keeps the card's shadow root closed to the page", async () => {
    const page = await session.context.newPage();
    await page.goto(server.url(DEMO_PAGE));
    await waitForSteadyPaint(() => page.evaluate(paintedCount));
    await clickTerm(page, 'Azathioprine');
    // The card's host is the only element the extension ever adds: while a card is open, and, emptied
    // and hidden, for a while after (the frame kept for the next card).
    const host = () =>
      page.evaluate(() => {
        const added = [...document.body.children].filter((c) => c.localName === 'div' && !c.closest('article'));
        return added.map((c) => ({ shadowRoot: c.shadowRoot === null ? null : 'open', height: c.getBoundingClientRect().height }));
      });
    await expect.poll(host).toEqual([{ shadowRoot: null, height: 0 }]);
    // The page's own view finds no card; the driver, which can look into every frame, finds it open.
    expect(await page.evaluate(dialogState)).toBeNull();
    await expect.poll(() => inCard(page, dialogState).then((s) => s?.name ?? null)).toContain('Azathioprine');
    await page.keyboard.press('Escape');
    await expect.poll(() => inCard(page, dialogState)).toBeNull();
    expect(await host()).toEqual([{ shadowRoot: null, height: 0 }]);
  });
});
