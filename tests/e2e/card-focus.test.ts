/**
 * The card is a non-modal dialog (aria-modal="false", docs/accessibility.md), in both browsers:
 * Tab walks its controls, then goes on to the page's next control after the term and closes the
 * card; Shift+Tab from the card goes back to the page's control before the term. (It used to keep
 * focus inside while telling screen readers it was not modal: UX review m15.)
 */
import { join } from 'node:path';
import type { Page as PwPage } from 'playwright-core';
import type { Browser, Page as PpPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, launchFirefox, ROOT, type ChromiumSession } from '../support/browsers';
import { serveDirectory, type StaticServer } from '../support/static-server';
import { cardState, focusIn, rangeCentre, type FramedPage } from './paint-checks';

interface Driven extends FramedPage {
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  click(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
}

/** Runs in the page: the id of the page's focused element ('' for none or body). */
function focusedId(): string {
  const active = document.activeElement;
  return active && active !== document.body ? active.id || active.localName : '';
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function openCard(page: Driven): Promise<void> {
  const point = await page.evaluate(rangeCentre, { name: 'dmg-term-plain', text: 'methotrexate' });
  expect(point, 'methotrexate is painted').not.toBeNull();
  await page.click(point!.x, point!.y);
  for (let i = 0; i < 100; i++) {
    const state = await cardState(page);
    if (state?.focusInside && state.name) return;
    await wait(100);
  }
  throw new Error('the card did not open with focus inside');
}

async function checkTabOrder(page: Driven): Promise<void> {
  await openCard(page);
  // Tab through the card: every stop is one of its controls, until focus leaves for the page.
  const stops: string[] = [];
  for (let i = 0; i < 30; i++) {
    await page.press('Tab');
    await wait(50);
    if (!(await cardState(page))?.focusInside) break;
    stops.push(await focusIn(page));
  }
  expect(stops.length, `stops inside the card: ${stops.join(' | ')}`).toBeGreaterThanOrEqual(3);
  expect(new Set(stops).size, 'no control twice: Tab does not wrap around').toBe(stops.length);
  expect(await page.evaluate(focusedId, undefined), 'after the last control, the page goes on after the term').toBe('after');
  expect(await cardState(page), 'the card closed when focus left it').toBeNull();

  // Shift+Tab from the card (focus on the dialog itself) goes back to the control before the term.
  await openCard(page);
  await page.press('Shift+Tab');
  await wait(100);
  expect(await page.evaluate(focusedId, undefined)).toBe('before');
  expect(await cardState(page)).toBeNull();

  // Inside the card Shift+Tab still walks back through its own controls.
  await openCard(page);
  await page.press('Tab');
  await page.press('Tab');
  await wait(50);
  const second = await focusIn(page);
  await page.press('Shift+Tab');
  await wait(50);
  expect((await cardState(page))?.focusInside).toBe(true);
  expect(await focusIn(page)).not.toBe(second);
  await page.press('Escape');
}

const painted = () => (CSS.highlights.get('dmg-term-plain')?.size ?? 0) > 0;

describe('the card is non-modal: Tab goes on into the page', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveDirectory(join(ROOT, 'tests/fixtures/focus'));
  });
  afterAll(async () => {
    await server?.close();
  });

  describe('in Chromium', () => {
    let session: ChromiumSession;
    afterAll(async () => {
      await session?.close();
    });
    it('tabs through the card, out to the next control after the term, and back before it', async () => {
      session = await launchChromium(undefined, { viewport: { width: 1000, height: 700 } });
      const page: PwPage = await session.context.newPage();
      await page.goto(server.url('tab-order.html'));
      await page.waitForFunction(painted, null, { timeout: 20_000 });
      await checkTabOrder({
        evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
        frames: () => page.frames(),
        mainFrame: () => page.mainFrame(),
        click: (x, y) => page.mouse.click(x, y),
        press: (key) => page.keyboard.press(key),
      });
    });
  });

  describe('in Firefox', () => {
    let browser: Browser;
    afterAll(async () => {
      await browser?.close();
    });
    it('tabs through the card, out to the next control after the term, and back before it', async () => {
      browser = await launchFirefox();
      const page: PpPage = await browser.newPage();
      await page.setViewport({ width: 1000, height: 700 });
      await page.goto(server.url('tab-order.html'));
      await page.waitForFunction(painted, { timeout: 20_000, polling: 100 });
      await checkTabOrder({
        evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
        frames: () => page.frames(),
        mainFrame: () => page.mainFrame(),
        click: (x, y) => page.mouse.click(x, y),
        press: async (key) => {
          if (key === 'Shift+Tab') {
            await page.keyboard.down('Shift');
            await page.keyboard.press('Tab');
            await page.keyboard.up('Shift');
          } else await page.keyboard.press(key as never);
        },
      });
    });
  });
});
