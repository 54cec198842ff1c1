/**
 * A framework-rendered page (tests/fixtures/app: Preact, text changing after
 * load) in both browsers, with and without the extension. Painting must not
 * change what the page shows: after the same steps, the text and HTML are
 * identical to the same browser without the extension; no error; every
 * painted range is a glossary term that is on the page now (nothing stale),
 * every term on the page is painted, and the last current medicine is painted.
 */
import type { BrowserContext, Page as PlaywrightPage } from 'playwright-core';
import type { Browser, Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBareChromium, launchChromium, launchFirefox, type ChromiumSession } from '../support/browsers';
import type { StaticServer } from '../support/static-server';
import { serveTrackerApp } from '../fixtures/app/serve';
import { bodySnapshot, countableTexts, entryOf, inspectPaint, mentionsIn, paintedWithin } from './paint-checks';

const FORBIDDEN = ['h1', 'h2', 'input', 'label'];
const SKIPPED = 'h1,h2,input,script,style';

/** What a test needs of a page, in either driver. */
interface Driver {
  run<R>(fn: () => R | Promise<R>): Promise<R>;
  runWith<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  type(selector: string, text: string): Promise<void>;
  errors: string[];
}

function playwrightDriver(page: PlaywrightPage): Driver {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  return {
    run: (fn) => page.evaluate(fn),
    // Playwright types the argument as it arrives in the page (Unboxed<A>); ours are plain JSON, the same.
    runWith: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown),
    type: (selector, text) => page.locator(selector).pressSequentially(text, { delay: 20 }),
    errors,
  };
}

function puppeteerDriver(page: PuppeteerPage): Driver {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  return {
    run: <R>(fn: () => R | Promise<R>) => page.evaluate(fn) as Promise<R>,
    // As above: puppeteer types the argument as it arrives (FlattenHandle<A>); ours are plain JSON.
    runWith: <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown) as Promise<R>,
    type: (selector, text) => page.type(selector, text, { delay: 20 }),
    errors,
  };
}

/** Whether painting is consistent with the page as it is now; a list of problems, empty when it is. */
async function paintProblems(driver: Driver): Promise<string[]> {
  const report = await driver.runWith(inspectPaint, { forbidden: FORBIDDEN });
  const problems: string[] = [];
  for (const [what, n] of Object.entries({ detached: report.detached, malformed: report.malformed, overlapping: report.overlapping, unstyled: report.unstyled, doubled: report.doubled, strays: report.strays })) {
    if (n > 0) problems.push(`${n} ${what}`);
  }
  problems.push(...report.forbidden.map((f) => `painted ${f}`));
  const painted = new Set<string>();
  for (const text of report.texts) {
    try {
      painted.add(entryOf(text));
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  const present = Object.keys(mentionsIn(await driver.runWith(countableTexts, { skipped: SKIPPED }))).sort();
  const paintedIds = [...painted].sort();
  if (JSON.stringify(paintedIds) !== JSON.stringify(present)) problems.push(`painted ${paintedIds.join(',')} but the page names ${present.join(',')}`);
  return problems;
}

/**
 * The same steps on every run: the automatic updates after load, the rest
 * one by one, then typing into the field. With `checkPaint`, painting is
 * checked after each step, once it has caught up (mutations are batched).
 */
async function runTracker(driver: Driver, checkPaint: boolean): Promise<{ text: string; html: string }> {
  await expect.poll(() => driver.run(() => window.trackerStep), { timeout: 20_000 }).toBe(3);
  const settle = async () => {
    if (checkPaint) await expect.poll(() => paintProblems(driver), { timeout: 10_000 }).toEqual([]);
  };
  await settle();
  for (let step = 4; step <= 7; step++) {
    expect(await driver.run(() => window.trackerNext!())).toBe(step);
    await settle();
  }
  await driver.type('#note-field', 'ask about azathioprine and IVIG');
  await settle();
  return driver.run(bodySnapshot);
}

describe('a framework-rendered page in Chromium', () => {
  let server: StaticServer;
  let session: ChromiumSession;
  let bare: BrowserContext;

  beforeAll(async () => {
    server = await serveTrackerApp();
    session = await launchChromium();
    bare = await launchBareChromium();
  });
  afterAll(async () => {
    await session?.close();
    await bare?.close();
    await server?.close();
  });

  it('shows exactly what it shows without the extension, paints only what is there now, and throws nothing', async () => {
    const withoutPage = await bare.newPage();
    const without = playwrightDriver(withoutPage);
    await withoutPage.goto(server.url('index.html'));
    const reference = await runTracker(without, false);

    const page = await session.context.newPage();
    const driver = playwrightDriver(page);
    await page.goto(server.url('index.html'));
    const result = await runTracker(driver, true);

    expect(reference.text).toContain('Current medicine: methotrexate');
    expect(result.text).toBe(reference.text);
    expect(result.html).toBe(reference.html);
    expect(await driver.runWith(paintedWithin, '#current')).toEqual(['methotrexate']);
    expect(await driver.runWith(paintedWithin, '#note')).toEqual(['azathioprine', 'IVIG']);
    expect(without.errors).toEqual([]);
    expect(driver.errors).toEqual([]);
  });
});

describe('a framework-rendered page in Firefox', () => {
  let server: StaticServer;
  let browser: Browser;
  let bare: Browser;

  beforeAll(async () => {
    server = await serveTrackerApp();
    browser = await launchFirefox();
    bare = await launchFirefox(null);
  });
  afterAll(async () => {
    await browser?.close();
    await bare?.close();
    await server?.close();
  });

  it('shows exactly what it shows without the extension, paints only what is there now, and throws nothing', async () => {
    const withoutPage = await bare.newPage();
    const without = puppeteerDriver(withoutPage);
    await withoutPage.goto(server.url('index.html'));
    const reference = await runTracker(without, false);

    const page = await browser.newPage();
    const driver = puppeteerDriver(page);
    await page.goto(server.url('index.html'));
    const result = await runTracker(driver, true);

    expect(reference.text).toContain('Current medicine: methotrexate');
    expect(result.text).toBe(reference.text);
    expect(result.html).toBe(reference.html);
    expect(await driver.runWith(paintedWithin, '#current')).toEqual(['methotrexate']);
    expect(await driver.runWith(paintedWithin, '#note')).toEqual(['azathioprine', 'IVIG']);
    expect(without.errors).toEqual([]);
    expect(driver.errors).toEqual([]);
  });
});
