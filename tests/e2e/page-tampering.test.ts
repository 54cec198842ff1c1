/**
 * A page trying to steer or stop us (issue #11; review F6, F7, F10): synthetic
 * events, a replayed WXT start-up event, and a custom element defined under
 * the card host's old name. Run in both browsers on the demo article.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Browser, Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID, launchChromium, launchFirefox, ROOT, type ChromiumSession } from '../support/browsers';
import { serveDirectory, type StaticServer } from '../support/static-server';
import { DEMO_PAGE } from './demo-expectations';
import { cardState, rangeCentre } from './paint-checks';

/** Runs in the page: everything a hostile page would try, with only the page's own powers. */
function tamper(id: string): void {
  // F7: the old card host's tag, defined first by the page.
  customElements.define('dmg-popover', class extends HTMLElement {});
  // F6: replay WXT's start-up signal, which used to make our script stop.
  const name = `${id}:content:wxt:content-script-started`;
  document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
  window.postMessage({ type: name, contentScriptName: 'content', messageId: 'forged' }, '*');
}

/** Runs in the page: synthetic clicks and pointer moves on a painted term (F10). */
function forgeEvents(point: { x: number; y: number }): void {
  const target = document.elementFromPoint(point.x, point.y) ?? document.body;
  const init = { bubbles: true, composed: true, cancelable: true, clientX: point.x, clientY: point.y, button: 0, detail: 1 };
  target.dispatchEvent(new PointerEvent('pointerdown', { ...init, pointerType: 'mouse' }));
  target.dispatchEvent(new MouseEvent('click', init));
  for (let i = 0; i < 5; i++) target.dispatchEvent(new PointerEvent('pointermove', { ...init, pointerType: 'mouse' }));
}

const painted = () => CSS.highlights.get('dmg-term')?.size ?? 0;

describe('a page tampering with us, in Chromium', () => {
  let session: ChromiumSession;
  let server: StaticServer;
  let page: Page;

  beforeAll(async () => {
    server = await serveDirectory(join(ROOT, 'demo'));
    session = await launchChromium();
    page = await session.context.newPage();
    await page.goto(server.url(DEMO_PAGE));
    await page.waitForFunction(painted);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('cannot open, steer or stop the card with forged events, a replayed start-up event or a pre-defined element', async () => {
    await page.evaluate(tamper, session.extensionId);
    const point = await page.evaluate(rangeCentre, { name: 'dmg-term-plain', text: 'Azathioprine' });
    expect(point).not.toBeNull();
    await page.evaluate(forgeEvents, point!);
    await page.waitForTimeout(800);
    expect(await cardState(page)).toBeNull();
    expect(await page.evaluate(painted)).toBeGreaterThan(0);
    // A real click still works: the script was neither stopped nor confused.
    await page.mouse.click(point!.x, point!.y);
    await expect.poll(() => cardState(page).then((d) => d?.name ?? '')).toContain('Azathioprine');
    await page.keyboard.press('Escape');
  });
});

describe('a page tampering with us, in Firefox', () => {
  let browser: Browser;
  let server: StaticServer;
  let page: PuppeteerPage;

  beforeAll(async () => {
    server = await serveDirectory(join(ROOT, 'demo'));
    browser = await launchFirefox();
    page = await browser.newPage();
    await page.setViewport({ width: 1200, height: 900 });
    await page.goto(server.url(DEMO_PAGE));
    await page.waitForFunction(painted);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('cannot open, steer or stop the card with forged events, a replayed start-up event or a pre-defined element', async () => {
    await page.evaluate(tamper, GECKO_ID);
    const point = await page.evaluate(rangeCentre, { name: 'dmg-term-plain', text: 'Azathioprine' });
    expect(point).not.toBeNull();
    await page.evaluate(forgeEvents, point!);
    await new Promise((r) => setTimeout(r, 800));
    expect(await cardState(page)).toBeNull();
    expect(await page.evaluate(painted)).toBeGreaterThan(0);
    await page.mouse.click(point!.x, point!.y);
    await expect.poll(() => cardState(page).then((d) => d?.name ?? '')).toContain('Azathioprine');
    await page.keyboard.press('Escape');
  });
});
