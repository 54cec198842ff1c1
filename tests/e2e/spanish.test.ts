/**
 * The interface in Spanish (Chromium started with --lang=es): the card's
 * controls, the popup and the options page follow the browser's language;
 * the glossary's medical text stays English and says so.
 *
 * And Spanish pages (tests/fixtures/spanish), in both browsers: a page whose
 * lang is Spanish, or whose text is, gets the Spanish names painted, and none
 * of its everyday Spanish; an English page keeps its English names.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'puppeteer-core';
import { launchChromium, launchFirefox, ROOT, type ChromiumSession } from '../support/browsers';
import { serveDirectory, type StaticServer } from '../support/static-server';
import { clickDialogButton, currentMention, dialogState, inspectPaint, paintedWithin, rangeCentre, paintedCount, waitForSteadyPaint } from './paint-checks';

const SHOTS = join(ROOT, 'test-results/screenshots');

describe('the interface in Spanish', () => {
  let session: ChromiumSession;
  let server: StaticServer;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveDirectory(join(ROOT, 'demo'));
    session = await launchChromium(undefined, { lang: 'es' });
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it("shows the card's controls, notice and section names in Spanish, and marks the English text", async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('article.html'));
    await waitForSteadyPaint(() => page.evaluate(paintedCount));
    const point = await page.evaluate(rangeCentre, { name: 'dmg-term-plain', text: 'Methotrexate' });
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    // Playwright's CSS selectors pierce the card's open shadow root (e2e build).
    const dialog = page.locator('[role="dialog"]');
    await dialog.locator('h2').waitFor();
    expect(await page.evaluate(dialogState)).toMatchObject({ name: expect.stringContaining('Methotrexate') });
    expect(await dialog.locator('button[aria-label="Cerrar"]').count()).toBe(1);
    expect(await dialog.textContent()).toContain('Por qué se usa en la DM');
    expect(await dialog.textContent()).toContain('no es consejo médico');
    expect(await dialog.locator('.tc-summary').getAttribute('lang')).toBe('en');
    expect(await dialog.textContent()).toContain('El texto del glosario está en inglés.');
    await page.screenshot({ path: join(SHOTS, 'chromium-es-popover.png') });
    // The mention controls are in Spanish too, and work.
    const at = (await page.evaluate(currentMention))?.at;
    expect(await page.evaluate(clickDialogButton, 'Siguiente')).toBe(true);
    await expect.poll(() => page.evaluate(currentMention).then((m) => m?.at)).not.toBe(at);
    expect(await page.evaluate(clickDialogButton, 'Anterior')).toBe(true);
    await expect.poll(() => page.evaluate(currentMention).then((m) => m?.at)).toBe(at);
    await page.close();
  });

  it('shows the popup and options page in Spanish', async () => {
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
    expect(await popup.locator('label[for="pp-search"]').textContent()).toBe('Buscar una palabra');
    await popup.fill('input[type="search"]', 'Imuran');
    await expect.poll(() => popup.locator('[data-term-id]').first().textContent()).toContain('También llamado Imuran');
    await popup.screenshot({ path: join(SHOTS, 'chromium-es-popup.png') });
    // Spanish queries (issue #23): names without their English spelling, patient phrasing, and no unrelated cards.
    for (const [query, id] of [['hidroxicloroquina', 'hydroxychloroquine'], ['vacuna de la gripe', 'live-vaccines'], ['¿puedo tomar alcohol con metotrexato?', 'methotrexate'], ['caída del pelo', 'hair-loss']]) {
      await popup.fill('input[type="search"]', query!);
      await expect.poll(() => popup.locator('[data-term-id]').first().getAttribute('data-term-id'), { message: query }).toBe(id);
    }
    await popup.fill('input[type="search"]', 'zapatos rojos baratos');
    await expect.poll(() => popup.locator('[data-term-id]').count()).toBe(0);
    expect(await popup.locator('body').textContent()).toContain('No hay resultados para «zapatos rojos baratos»');
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    expect(await options.locator('h1').textContent()).toBe('Ajustes de DM Glossary');
    await options.close();
    await popup.close();
  });
});

/** What each Spanish page must paint (the first mention of each term in its section) and never paint. */
const SPANISH_PAINTED = [
  'reumatólogo', 'prednisona', 'metotrexato', 'ácido fólico', 'azatioprina', 'hidroxicloroquina',
  'inmunoglobulina intravenosa', 'rituximab', 'CK', 'corticosteroide',
];
const FORBIDDEN = ['h1', 'h2'];

interface PageDriver {
  /** Opens `url` and waits until it is painted (or, with `painted` false, gives the script time and returns). */
  open(url: string, painted?: boolean): Promise<void>;
  run<A, R>(fn: (arg: A) => R, arg: A): Promise<R>;
}

function spanishPageTests(driver: () => PageDriver, url: (file: string) => string) {
  for (const file of ['articulo.html', 'sin-lang.html']) {
    it(`paints the Spanish names on ${file} and none of its everyday Spanish`, async () => {
      await driver().open(url(file));
      const report = await driver().run(inspectPaint, { forbidden: FORBIDDEN });
      expect(report.forbidden).toEqual([]);
      expect({ malformed: report.malformed, overlapping: report.overlapping, doubled: report.doubled }).toEqual({ malformed: 0, overlapping: 0, doubled: 0 });
      const inArticle = await driver().run(paintedWithin, 'article');
      expect([...inArticle].sort()).toEqual([...SPANISH_PAINTED].sort());
      // Rayos (a US brand of prednisone) is "rays" in Spanish; embarazo, caída del pelo and debilidad muscular are search words only.
      expect(await driver().run(paintedWithin, '#cotidiano')).toEqual([]);
    });
  }

  it('keeps the English names on an English page, where the Spanish layer has no say', async () => {
    await driver().open(url('english.html'));
    expect((await driver().run(paintedWithin, '#english')).sort()).toEqual(['Rayos', 'methotrexate']);
  });
}

describe('Spanish pages, in Chromium', () => {
  let session: ChromiumSession;
  let server: StaticServer;
  let page: Awaited<ReturnType<BrowserContext['newPage']>>;
  beforeAll(async () => {
    server = await serveDirectory(join(ROOT, 'tests/fixtures/spanish'));
    session = await launchChromium();
    page = await session.context.newPage();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  spanishPageTests(
    () => ({
      open: async (url) => {
        await page.goto(url);
        await waitForSteadyPaint(() => page.evaluate(paintedCount));
      },
      run: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg as unknown),
    }),
    (file) => server.url(file),
  );
  it('shows a Spanish page painted (screenshot)', async () => {
    await page.goto(server.url('articulo.html'));
    await waitForSteadyPaint(() => page.evaluate(paintedCount));
    await page.screenshot({ path: join(SHOTS, 'chromium-es-page.png') });
  });
});

describe('Spanish pages, in Firefox', () => {
  let browser: Browser;
  let server: StaticServer;
  let page: Awaited<ReturnType<Browser['newPage']>>;
  beforeAll(async () => {
    server = await serveDirectory(join(ROOT, 'tests/fixtures/spanish'));
    browser = await launchFirefox();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  spanishPageTests(
    () => ({
      open: async (url) => {
        await page.goto(url);
        await waitForSteadyPaint(() => page.evaluate(paintedCount));
      },
      run: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg as unknown),
    }),
    (file) => server.url(file),
  );
});
