/**
 * Web components whose shadow roots appear after the page has loaded
 * (tests/fixtures/components/todo.html, issue #21 item 8), in both browsers:
 * a component defined only after `load`, items that render into their root a
 * microtask later (as Lit does), and one that attaches its root 600 ms after
 * it is connected. Their terms are painted like the document's, follow the
 * app's changes (added, renamed and removed items), open the card on a click,
 * and the app's own buttons keep working.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Browser, Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, launchFirefox, ROOT, type ChromiumSession } from '../support/browsers';
import { serveDirectory, type StaticServer } from '../support/static-server';
import { cardState, type DialogState, paintedTexts, rangeCentre } from './paint-checks';

const SHOTS = join(ROOT, 'test-results/screenshots');

interface Driver {
  goto(url: string): Promise<void>;
  run<R>(fn: () => R | Promise<R>): Promise<R>;
  /** The open card where it is (its frame), in page coordinates: `cardState`. */
  card(): Promise<DialogState | null>;
  runWith<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  click(x: number, y: number): Promise<void>;
  shot(name: string): Promise<void>;
  errors: string[];
}

const sorted = (texts: string[]) => texts.map((t) => t.toLowerCase()).sort();
const painted = (driver: Driver) => driver.runWith(paintedTexts, 'dmg-term').then(sorted);

/** Whether every painted range lies in a shadow root, and how many shadow roots hold one. */
function paintedInShadowRoots(): { all: boolean; roots: number } {
  const ranges = [...(CSS.highlights.get('dmg-term') ?? [])] as AbstractRange[];
  const roots = new Set(ranges.map((r) => r.startContainer.getRootNode()));
  return { all: ranges.length > 0 && [...roots].every((root) => root instanceof ShadowRoot), roots: roots.size };
}

function componentTests(getDriver: () => Driver, url: () => string, browserName: string) {
  it('paints the terms a late component renders into its shadow roots, and those of a root attached 600 ms after connecting', async () => {
    const driver = getDriver();
    await driver.goto(url());
    await expect.poll(() => painted(driver), { timeout: 15_000 }).toEqual(['azathioprine', 'methotrexate', 'prednisone']);
    // Each item and the note is its own shadow root; nothing of the light DOM names a term.
    expect(await driver.run(paintedInShadowRoots)).toEqual({ all: true, roots: 3 });
    await driver.shot(`ux-web-components-${browserName}`);
  });

  it('follows the app: an added item is painted, a renamed one loses its old paint, a removed one is let go', async () => {
    const driver = getDriver();
    await driver.run(() => (window as unknown as { todo: { add(t: string): void } }).todo.add('Rituximab appointment on Friday'));
    await expect.poll(() => painted(driver)).toEqual(['azathioprine', 'methotrexate', 'prednisone', 'rituximab']);
    await driver.run(() => (window as unknown as { todo: { rename(i: number, t: string): void } }).todo.rename(0, 'Take hydroxychloroquine with food'));
    await expect.poll(() => painted(driver)).toEqual(['azathioprine', 'hydroxychloroquine', 'methotrexate', 'rituximab']);
    await driver.run(() => (window as unknown as { todo: { remove(i: number): void } }).todo.remove(1));
    await expect.poll(() => painted(driver)).toEqual(['azathioprine', 'hydroxychloroquine', 'rituximab']);
  });

  it('opens the card from a term inside a shadow root, and the app\'s own Delete button still works', async () => {
    const driver = getDriver();
    const at = await driver.runWith(rangeCentre, { name: 'dmg-term-plain', text: 'rituximab' });
    expect(at).not.toBeNull();
    await driver.click(at!.x, at!.y);
    await expect.poll(() => driver.card().then((s) => s?.name ?? null), { timeout: 10_000 }).toContain('Rituximab');
    const button = await driver.run(() => {
      const app = document.querySelector('todo-app')!.shadowRoot!;
      const item = [...app.querySelectorAll('todo-item')].find((i) => i.shadowRoot!.textContent!.includes('Rituximab'))!;
      const box = item.shadowRoot!.querySelector('button')!.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    });
    // The first press outside the card closes it; the second reaches the page's button.
    await driver.click(button.x, button.y);
    await driver.click(button.x, button.y);
    await expect.poll(() => painted(driver)).toEqual(['azathioprine', 'hydroxychloroquine']);
  });

  it('caused no page errors', () => {
    expect(getDriver().errors).toEqual([]);
  });
}

describe('web components with late shadow roots, in Chromium', () => {
  let server: StaticServer;
  let session: ChromiumSession;
  let driver: Driver;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveDirectory(join(ROOT, 'tests/fixtures/components'));
    session = await launchChromium();
    const page: PlaywrightPage = await session.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    driver = {
      goto: async (url) => {
        await page.goto(url);
      },
      run: (fn) => page.evaluate(fn),
      card: () => cardState(page),
      // Playwright types the argument as it arrives in the page (Unboxed<A>); ours are plain JSON, the same.
      runWith: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown),
      click: (x, y) => page.mouse.click(x, y),
      shot: async (name) => {
        await page.screenshot({ path: join(SHOTS, `${name}.png`) });
      },
      errors,
    };
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  componentTests(() => driver, () => server.url('todo.html'), 'chromium');
});

describe('web components with late shadow roots, in Firefox', () => {
  let server: StaticServer;
  let browser: Browser;
  let driver: Driver;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveDirectory(join(ROOT, 'tests/fixtures/components'));
    browser = await launchFirefox();
    const page: PuppeteerPage = await browser.newPage();
    await page.setViewport({ width: 1000, height: 800 });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    driver = {
      goto: async (url) => {
        await page.goto(url);
      },
      run: <R>(fn: () => R | Promise<R>) => page.evaluate(fn) as Promise<R>,
      card: () => cardState(page),
      // As above: puppeteer types the argument as it arrives (FlattenHandle<A>); ours are plain JSON.
      runWith: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown) as Promise<R>,
      click: (x, y) => page.mouse.click(x, y),
      shot: async (name) => {
        await page.screenshot({ path: join(SHOTS, `${name}.png`) as `${string}.png` });
      },
      errors,
    };
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  componentTests(() => driver, () => server.url('todo.html'), 'firefox');
});
