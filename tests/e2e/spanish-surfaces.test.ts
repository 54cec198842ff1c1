/**
 * The glossary page, the care notebook with its printout, the popup's lists
 * and the PDF reader with Chromium in Spanish (--lang=es, as spanish.test.ts):
 * the page's language and title, no English interface text (every English
 * message of the catalogue looked for, elements marked lang="en" aside), the
 * Spanish card names in the lists, and screenshots light, dark and on a phone
 * (test-results/screenshots/es-*.png, looked at). Chromium only: Firefox
 * follows its own interface language, which needs a Spanish language pack.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, ROOT, type ChromiumSession } from '../support/browsers';
import { englishIn, interfaceText } from '../support/catalogues';
import { LETTER_HTML, printPdf } from '../support/make-pdf';

const SHOTS = join(ROOT, 'test-results/screenshots');
const shot = (name: string) => join(SHOTS, `${name}.png`);

const created = '2026-12-01T09:00:00.000Z';
const SEED = {
  'dmg-notebook-meta': { version: 1 },
  'dmg-notebook-mine': { ids: ['methotrexate', 'prednisone', 'hydroxychloroquine'] },
  'dmg-notebook-saved': { ids: ['ivig', 'folic-acid'] },
  'dmg-notebook-questions': {
    items: [
      { id: 'es-1', termId: 'hydroxychloroquine', text: '¿Cuándo me toca la próxima revisión de la vista?', asked: false, created },
      { id: 'es-2', termId: 'methotrexate', text: '¿Puedo tomar una copa de vino en una boda?', asked: false, created },
      { id: 'es-3', termId: null, text: '¿Me conviene ir a fisioterapia por la debilidad de las piernas?', asked: true, created },
    ],
  },
};
type WithChrome = { chrome: { storage: { local: { set(items: Record<string, unknown>): Promise<void> } } } };

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core (WCAG 2.0 and 2.1, A and AA, which include valid lang attributes) on the page, as "rule: target" lines. */
async function axe(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    // axe's result objects are untyped JSON here; only the fields read below are relied on.
    const result = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.flatMap((v: any) => v.nodes.map((n: any) => `${v.id}: ${JSON.stringify(n.target)}`));
  }, ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
}

/** In the page: the document's language and title. */
const pageState = () => ({ lang: document.documentElement.lang, title: document.title });

describe('the extension pages with Chromium in Spanish', () => {
  let session: ChromiumSession;
  let page: Page;
  const errors: string[] = [];
  const url = (path: string) => `chrome-extension://${session.extensionId}/${path}`;
  /** The English interface text on the page (none expected), read in the page by the same function the unit tests use. */
  const english = async () => englishIn(await page.evaluate(`(${interfaceText.toString()})(document.body)`));

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchChromium(undefined, { lang: 'es', colorScheme: 'light', viewport: { width: 1100, height: 900 } });
    page = await session.context.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    await page.goto(url('notebook.html'));
    await page.locator('.nb h1').waitFor();
    await page.evaluate((seed) => (globalThis as unknown as WithChrome).chrome.storage.local.set(seed), SEED);
  });
  afterAll(async () => {
    await session?.close();
  });

  const look = async (name: string, scheme: 'light' | 'dark', width: number, height: number, fullPage = false) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: scheme, media: 'screen' });
    await page.screenshot({ path: shot(name), fullPage });
  };

  it('shows the glossary page in Spanish, its A to Z under the Spanish names (screenshots light, dark, phone)', async () => {
    await page.goto(url('glossary.html'));
    await page.locator('.gp-status').waitFor();
    expect(await page.evaluate(pageState)).toEqual({ lang: 'es', title: 'DM Glossary: todos los términos' });
    expect(await page.locator('.gp-status').textContent()).toMatch(/^Los \d+ términos, por categoría\.$/);
    expect(await english()).toEqual([]);
    expect(await axe(page)).toEqual([]);
    await look('es-glossary-light', 'light', 1100, 900);
    await look('es-glossary-dark', 'dark', 1100, 900);
    await look('es-glossary-phone', 'light', 360, 740);
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.getByRole('button', { name: 'De la A a la Z' }).click();
    const groupOf = (id: string) => page.locator(`.gp-group:has([data-term-id="${id}"]) h2`).textContent();
    expect(await groupOf('folic-acid')).toBe('A');
    expect(await page.locator('#gp-h-folic-acid').textContent()).toBe('Ácido fólico');
    await page.screenshot({ path: shot('es-glossary-az') });
  });

  it('shows a search on the glossary page with its lines from the Spanish cards (screenshot)', async () => {
    await page.goto(url('glossary.html?q=metotrexato%20embarazo'));
    await page.locator('.gp-card-line').first().waitFor();
    expect(await page.locator('.gp-status').textContent()).toContain('«metotrexato embarazo»');
    const line = page.locator('[data-term-id="methotrexate"] .gp-card-line [lang]');
    expect(await line.getAttribute('lang')).toBe('es');
    expect(await line.textContent()).toContain('embarazo');
    expect(await english()).toEqual([]);
    await look('es-glossary-search', 'light', 1100, 900);
  });

  it('shows the notebook and its printout in Spanish (screenshots: screen light, dark and phone, print)', async () => {
    await page.goto(url('notebook.html'));
    await page.locator('[data-notebook-list="mine"] .nb-term-name').first().waitFor();
    expect(await page.evaluate(pageState)).toEqual({ lang: 'es', title: 'Mi cuaderno de cuidados · DM Glossary' });
    expect(await page.locator('[data-notebook-list="mine"] .nb-term-name').allTextContents()).toEqual(['Metotrexato', 'Prednisona', 'Hidroxicloroquina']);
    expect(await english()).toEqual([]);
    expect(await axe(page)).toEqual([]);
    await look('es-notebook-light', 'light', 1100, 900);
    await look('es-notebook-dark', 'dark', 1100, 900);
    await look('es-notebook-phone', 'light', 360, 740);

    await page.setViewportSize({ width: 1000, height: 900 });
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    const print = page.locator('[data-notebook-print]');
    const today = new Intl.DateTimeFormat('es', { dateStyle: 'long' }).format(new Date());
    expect(await print.locator('.nbp-date').textContent()).toBe(`Impreso el ${today}`);
    expect(await print.locator('h2').allTextContents()).toEqual(['Mis medicamentos', 'Preguntas para mi equipo médico', 'Términos guardados', 'Notas']);
    expect(await print.locator('.nbp-inline').first().textContent()).toBe('Metotrexato · Prednisona · Hidroxicloroquina');
    expect(englishIn(await print.evaluate((el) => el.textContent ?? ''))).toEqual([]);
    await page.screenshot({ path: shot('es-notebook-print'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });

  it('says in Spanish what is wrong with a file that cannot be imported, and changes nothing', async () => {
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto(url('notebook.html'));
    await page.locator('[data-notebook-list="mine"] .nb-term-name').first().waitFor();
    await page.locator('[data-import]').setInputFiles({ name: 'notas.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "dm-glossary-notebook", "version": 1, "exported": "2026-12-01T09:00:00.000Z", "mine": "metotrexato"}') });
    const error = page.locator('[data-import-error]');
    await error.waitFor();
    expect(await error.locator('p').allTextContents()).toEqual([
      'No se pudo importar este archivo y nada de su cuaderno cambió.',
      'El campo "mine" no es válido: debe ser una lista de identificadores de términos del glosario.',
    ]);
    expect(await error.locator('p').last().getAttribute('lang')).toBeNull();
    expect(await english()).toEqual([]);
    expect(await page.locator('[data-notebook-list="mine"] .nb-term-name').allTextContents()).toEqual(['Metotrexato', 'Prednisona', 'Hidroxicloroquina']);
    await error.scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('es-notebook-import-error') });
  });

  it('lists the popup\'s terms under their Spanish names, and its lines in Spanish (screenshot)', async () => {
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(url('popup.html'));
    await page.locator('[data-term-id="methotrexate"]').waitFor();
    expect((await page.evaluate(pageState)).lang).toBe('es');
    expect(await page.locator('[data-notebook-term-id="methotrexate"]').textContent()).toBe('Metotrexato');
    expect(await english()).toEqual([]);
    await page.fill('input[type="search"]', 'metotrexato embarazo');
    await expect.poll(() => page.locator('[data-term-id]').first().getAttribute('data-term-id')).toBe('methotrexate');
    expect(await page.locator('[data-term-id="methotrexate"] .pp-result-line').getAttribute('lang')).toBe('es');
    expect(await english()).toEqual([]);
    await page.screenshot({ path: shot('es-popup-lines') });
  });

  it('opens the PDF reader in Spanish (screenshot)', async () => {
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.goto(url('reader.html'));
    await page.locator('.rd-toolbar, [class*="rd-"]').first().waitFor();
    expect(await page.evaluate(pageState)).toEqual({ lang: 'es', title: 'DM Glossary: lector de PDF' });
    expect(await english()).toEqual([]);
    await look('es-reader-dark', 'dark', 1100, 800);
  });

  it('reads a PDF in Spanish: its messages, its term list under the Spanish names and the card (screenshot)', async () => {
    const letter = await printPdf(session.context, LETTER_HTML);
    await page.setViewportSize({ width: 1100, height: 800 });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(url('reader.html'));
    await page.setInputFiles('input[type="file"]', { name: 'notas.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html>no es un PDF</html>') });
    await page.locator('[role="alert"]').waitFor();
    expect(await english()).toEqual([]);
    await page.setInputFiles('input[type="file"]', { name: 'carta.pdf', mimeType: 'application/pdf', buffer: letter });
    await page.waitForFunction(() => (CSS.highlights.get('dmg-term')?.size ?? 0) >= 2, null, { timeout: 20_000 });
    await page.getByRole('button', { name: 'Términos del glosario' }).click();
    const prednisone = page.locator('.rd-panel button[data-reader-term-id="prednisone"] .rd-term-name').last();
    await expect.poll(() => prednisone.textContent()).toBe('Prednisona');
    expect(await prednisone.getAttribute('lang')).toBe('es');
    // The Spanish toolbar wraps to two rows at this width: the panel starts below it, its Close button in sight.
    const edges = await page.evaluate(() => ({
      header: document.querySelector('.rd-header')!.getBoundingClientRect().bottom,
      rows: new Set([...document.querySelectorAll('.rd-toolbar > *')].map((el) => Math.round(el.getBoundingClientRect().top))).size,
      panel: document.querySelector('.rd-panel-head')!.getBoundingClientRect().top,
    }));
    expect(edges.rows).toBeGreaterThan(1);
    expect(edges.panel).toBeGreaterThanOrEqual(edges.header);
    // The PDF's own English text (the text layer) is the document's, not the interface's.
    expect(englishIn(await page.evaluate(`(${interfaceText.toString()})(document.querySelector('.rd-panel'))`))).toEqual([]);
    await page.locator('.rd-panel button[data-reader-term-id="prednisone"]').last().click();
    const heading = () =>
      page.evaluate(() => {
        for (const el of document.body.children) {
          const dialog = el.shadowRoot?.querySelector('[role="dialog"]');
          if (dialog) return el.shadowRoot!.getElementById(dialog.getAttribute('aria-labelledby') ?? '')?.textContent ?? '';
        }
        return null;
      });
    await expect.poll(heading).toBe('Prednisona');
    await page.screenshot({ path: shot('es-reader-panel-card') });
    await page.keyboard.press('Escape');
  });

  it('logged no error on any of them', () => {
    expect(errors).toEqual([]);
  });
});
