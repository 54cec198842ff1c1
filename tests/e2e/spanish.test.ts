/**
 * The interface in Spanish (Chromium started with --lang=es): the card's
 * controls, the popup and the options page follow the browser's language;
 * the glossary's medical text stays English and says so.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, ROOT, type ChromiumSession } from '../support/browsers';
import { serveDirectory, type StaticServer } from '../support/static-server';
import { clickDialogButton, currentMention, dialogState, rangeCentre } from './paint-checks';

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
    await page.waitForFunction(() => (CSS.highlights.get('dmg-term')?.size ?? 0) > 0, null, { timeout: 20_000 });
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
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    expect(await options.locator('h1').textContent()).toBe('Ajustes de DM Glossary');
    await options.close();
    await popup.close();
  });
});
