/**
 * Pages written to be hard on the content script, run against the built
 * extension in Chromium: hostile CSS, a strict Content-Security-Policy, web
 * components, frames, live and endlessly growing pages, editors and form
 * fields, and generated extremes (a 10 MB text node, 5,000-deep nesting,
 * 100,000 elements). Painting inserts nothing, so layout and markup are
 * compared with the same page in a browser without the extension.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SKIPPED_SELECTOR } from '../../utils/highlight/exclusions';
import { CHROME_BUILD, chromePath, launchChromium, requireBuild, ROOT, type ChromiumSession } from '../support/browsers';
import { serveDirectory, type StaticServer } from '../support/static-server';
import { CARD_FRAME, cardState, inspectPaint, paintedTexts, paintTraces, rangeCentre } from './paint-checks';

// Images are let through only for the fixture's own empty favicon.
const STRICT_CSP = "default-src 'none'; script-src 'none'; style-src 'none'; img-src data:; connect-src 'none'";
const VIEWPORT = { width: 1000, height: 800 };

function writeGeneratedPages(dir: string): void {
  const head = '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">';
  const sentence = 'Patients in this long text read about prednisone and sometimes IVIG, then carry on reading plain words. ';
  // rituximab only at the very end: painted only if the whole 10 MB node was scanned.
  const filler = sentence.repeat(Math.ceil(10_000_000 / sentence.length));
  writeFileSync(join(dir, 'text-10mb.html'), `${head}<p id="big">${filler}At the very end: rituximab.</p>`);
  writeFileSync(join(dir, 'deep-5000.html'), `${head}${'<div>'.repeat(5000)}methotrexate at the bottom${'</div>'.repeat(5000)}`);
  // A section per 1,000 elements, so each section's one rituximab is painted (the default density).
  const sections = Array.from({ length: 100 }, (_, s) =>
    `<section>${Array.from({ length: 1000 }, (_, i) => (i === 0 ? '<span>rituximab</span>' : `<span>${s * 1000 + i}</span>`)).join('')}</section>`,
  ).join('');
  writeFileSync(join(dir, 'elements-100k.html'), `${head}<div id="grid">${sections}</div>`);
}

/** Positions of the probes and the page height: what "no layout shift" compares. */
const layout = (page: Page) =>
  page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    probes: [...document.querySelectorAll('[data-probe]')].map((el) => {
      const r = el.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height].map(Math.round);
    }),
  }));

const markup = (page: Page) => page.evaluate(() => document.documentElement.outerHTML);

/** The painted texts of a page or frame, once at least `min` are there. */
async function painted(target: Page | Frame, min = 1): Promise<string[]> {
  await expect.poll(() => target.evaluate(paintedTexts, 'dmg-term').then((t) => t.length), { timeout: 60_000 }).toBeGreaterThanOrEqual(min);
  return target.evaluate(paintedTexts, 'dmg-term');
}

/** Clicks the painted prose mention `text` where it is on screen. */
async function clickTerm(page: Page, text: string): Promise<void> {
  const at = await page.evaluate(rangeCentre, { name: 'dmg-term-plain', text });
  expect(at, `no painted "${text}" to click`).not.toBeNull();
  await page.mouse.click(at!.x, at!.y);
}

describe('hostile pages in Chromium with the built extension', () => {
  let session: ChromiumSession;
  let plain: Browser;
  let fixtures: StaticServer;
  let generated: StaticServer;
  const errors: string[] = [];

  beforeAll(async () => {
    fixtures = await serveDirectory(join(ROOT, 'tests/fixtures/hostile'), (path): Record<string, string> => (path.endsWith('strict-csp.html') ? { 'content-security-policy': STRICT_CSP } : {}));
    const dir = mkdtempSync(join(tmpdir(), 'dmg-hostile-'));
    writeGeneratedPages(dir);
    generated = await serveDirectory(dir);
    session = await launchChromium(requireBuild(CHROME_BUILD, 'npm run build:e2e'), { viewport: VIEWPORT });
    plain = await chromium.launch({ executablePath: chromePath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  });

  afterAll(async () => {
    await session?.close();
    await plain?.close();
    await fixtures?.close();
    await generated?.close();
  });

  // Generous: the 10 MB page alone takes seconds to parse on a shared 2-core machine.
  async function open(url: string): Promise<Page> {
    const page = await session.context.newPage();
    page.on('pageerror', (e) => errors.push(`${url}: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && errors.push(`${url}: ${m.text()}`));
    await page.goto(url, { timeout: 120_000 });
    return page;
  }

  /** The same page in a browser without the extension: its layout and its markup. */
  async function withoutExtension(url: string) {
    const page = await plain.newPage({ viewport: VIEWPORT });
    await page.goto(url);
    const result = { layout: await layout(page), markup: await markup(page) };
    await page.close();
    return result;
  }

  /** Turns highlighting on or off everywhere, as the options page does (through the extension's storage). */
  async function setEnabled(enabled: boolean): Promise<void> {
    const worker = session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
    await worker.evaluate(async (on) => {
      const api = (globalThis as unknown as { chrome: { storage: { sync: { get(k: string): Promise<Record<string, unknown>>; set(v: unknown): Promise<void> } } } }).chrome;
      const { settings } = await api.storage.sync.get('settings');
      await api.storage.sync.set({ settings: { ...(settings as object | undefined), enabled: on } });
    }, enabled);
  }

  it('paints against hostile CSS, and changes neither the markup nor the layout', async () => {
    const url = fixtures.url('hostile-css.html');
    const page = await open(url);
    const texts = await painted(page, 4);
    expect(texts.map((t) => t.toLowerCase()).sort()).toEqual(['hydroxychloroquine', 'ivig', 'methotrexate', 'prednisone']);
    expect(await page.evaluate(paintTraces)).toMatchObject({ sheets: 1 });
    const without = await withoutExtension(url);
    expect(await markup(page)).toBe(without.markup);
    expect(await layout(page)).toEqual(without.layout);
    await page.close();
  });

  it('paints and shows a styled card under a strict Content-Security-Policy', async () => {
    const url = fixtures.url('strict-csp.html');
    const page = await open(url);
    expect((await painted(page, 2)).sort()).toEqual(['azathioprine', 'rituximab']);
    // A constructed sheet is not a style element, so style-src 'none' cannot block it.
    expect(await page.evaluate(paintTraces)).toMatchObject({ sheets: 1 });
    await clickTerm(page, 'azathioprine');
    await expect.poll(() => cardState(page).then((d) => d?.name ?? ''), { timeout: 10_000 }).toContain('Azathioprine');
    expect(await page.frameLocator(CARD_FRAME).locator('[role="dialog"]').evaluate((d) => getComputedStyle(d).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(await layout(page)).toMatchObject({ probes: (await withoutExtension(url)).layout.probes });
    await page.close();
  });

  it("paints inside an open shadow root, styled by that root's own adopted sheet", async () => {
    const page = await open(fixtures.url('web-component.html'));
    expect((await painted(page, 3)).sort()).toEqual(['calcinosis', 'methotrexate', 'prednisone']);
    const inShadow = await page.evaluate(() => {
      const root = document.querySelector('drug-note')!.shadowRoot!;
      const ranges = [...(CSS.highlights.get('dmg-term') as unknown as Iterable<StaticRange>)].filter((r) => r.startContainer.getRootNode() === root);
      const ours = root.adoptedStyleSheets.filter((s) => [...s.cssRules].some((rule) => rule.cssText.includes('::highlight(dmg-')));
      return { texts: ranges.map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset)).sort(), sheets: ours.length };
    });
    expect(inShadow).toEqual({ texts: ['calcinosis', 'methotrexate'], sheets: 1 });
    await clickTerm(page, 'methotrexate');
    await expect.poll(() => cardState(page).then((d) => d?.name ?? ''), { timeout: 10_000 }).toContain('Methotrexate');
    await page.close();
  });

  it('paints inside same-origin and srcdoc frames', async () => {
    const page = await open(fixtures.url('frames.html'));
    expect(await painted(page)).toEqual(['rituximab']);
    const frame = (selector: string) => page.locator(selector).elementHandle().then((h) => h!.contentFrame()).then((f) => f!);
    expect(await painted(await frame('#same-origin'))).toEqual(['azathioprine']);
    expect(await painted(await frame('#srcdoc'))).toEqual(['hydroxychloroquine']);
    // A frame with nothing to paint waits for its first change (utils/highlight/quiet-gate.ts).
    expect(await painted(await frame('#late'))).toEqual(['rituximab']);
    expect(await painted(await frame('#late-srcdoc'))).toEqual(['methotrexate']);
    await page.close();
  });

  it('keeps up with a ticker and an endless feed, and releases the ranges of removed posts', async () => {
    const page = await open(fixtures.url('live.html'));
    await expect.poll(() => page.locator('#ticker article').count(), { timeout: 10_000 }).toBe(60);
    for (let i = 0; i < 10; i++) {
      await page.locator('#feed').evaluate((feed) => feed.scrollTo(0, feed.scrollHeight));
      await page.waitForTimeout(100);
    }
    expect(await page.evaluate(() => (window as unknown as { feedTotal: number }).feedTotal)).toBe(220);
    expect(await page.locator('#feed article').count()).toBe(40);
    // Each post is its own section: each has exactly its one term painted, and nothing else is.
    const unpainted = () =>
      page.evaluate(() => {
        const ranges = [...((CSS.highlights.get('dmg-term') as unknown as Iterable<StaticRange> | undefined) ?? [])];
        const posts = [...document.querySelectorAll('#ticker article, #feed article')];
        return posts.filter((post) => ranges.filter((r) => post.contains(r.startContainer)).length !== 1).length;
      });
    await expect.poll(unpainted, { timeout: 10_000 }).toBe(0);
    const report = await page.evaluate(inspectPaint, { forbidden: [SKIPPED_SELECTOR, 'form'] });
    // 60 ticker posts and the 40 the feed still holds: the 180 removed posts left no range behind.
    expect(report.texts.length).toBe(100);
    expect(report).toMatchObject({ detached: 0, malformed: 0, overlapping: 0, forbidden: [] });
    expect(await page.inputValue('#field')).toBe('prednisone');
    expect(await page.inputValue('#notes')).toBe('IVIG and methotrexate');
    await page.close();
  });

  it('leaves editors, form fields, code and hidden text unpainted and unchanged, even as they are edited', async () => {
    const url = fixtures.url('editors-forms.html');
    const page = await open(url);
    expect(await painted(page)).toEqual(['prednisone']);
    expect(await markup(page)).toBe((await withoutExtension(url)).markup);
    // Typing a term into the editor: the mutation path must leave it alone too.
    await page.locator('#editable p').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Also rituximab.');
    await page.locator('#notes').fill('now azathioprine too');
    await page.waitForTimeout(600);
    const report = await page.evaluate(inspectPaint, { forbidden: [SKIPPED_SELECTOR, 'form'] });
    expect(report.texts).toEqual(['prednisone']);
    expect(report.forbidden).toEqual([]);
    expect(await page.locator('#editable').textContent()).toBe('My notes: methotrexate on Fridays, IVIG monthly. Also rituximab.');
    expect(await page.inputValue('#field')).toBe('methotrexate');
    expect(await page.inputValue('#notes')).toBe('now azathioprine too');
    expect(await page.locator('#pick').inputValue()).toBe('hydroxychloroquine');
    await page.close();
  });

  it('turned off, leaves no highlight and no sheet of ours, in the page or its shadow roots; turned on, paints again', async () => {
    const page = await open(fixtures.url('web-component.html'));
    await painted(page, 3);
    const shadowSheets = () =>
      page.evaluate(() =>
        document.querySelector('drug-note')!.shadowRoot!.adoptedStyleSheets.filter((s) => [...s.cssRules].some((rule) => rule.cssText.includes('::highlight(dmg-'))).length,
      );
    expect(await shadowSheets()).toBe(1);
    try {
      await setEnabled(false);
      await expect.poll(() => page.evaluate(paintTraces), { timeout: 10_000 }).toEqual({ names: [], sheets: 0 });
      expect(await shadowSheets()).toBe(0);
    } finally {
      await setEnabled(true);
    }
    expect((await painted(page, 3)).sort()).toEqual(['calcinosis', 'methotrexate', 'prednisone']);
    await page.close();
  });

  it('handles a 10 MB text node, 5,000-deep nesting and 100,000 elements', { timeout: 300_000 }, async () => {
    const big = await open(generated.url('text-10mb.html'));
    expect((await painted(big, 3)).sort()).toEqual(['IVIG', 'prednisone', 'rituximab']);
    expect(await big.evaluate(() => document.body.textContent!.length)).toBeGreaterThan(10_000_000);
    await big.close();

    const deep = await open(generated.url('deep-5000.html'));
    expect(await painted(deep)).toEqual(['methotrexate']);
    await deep.close();

    const wide = await open(generated.url('elements-100k.html'));
    const texts = await painted(wide, 100);
    expect(texts).toEqual(Array(100).fill('rituximab'));
    await wide.close();
  });

  it('caused no page errors or console errors', () => {
    expect(errors).toEqual([]);
  });
});
