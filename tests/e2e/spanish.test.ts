/**
 * The interface in Spanish (Chromium started with --lang=es): the popover's
 * controls, the popup and the options page follow the browser's language;
 * the glossary's medical text stays English and says so.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, ROOT, type ChromiumSession } from '../support/browsers';
import { serveDirectory, type StaticServer } from '../support/static-server';

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

  it('shows the popover controls, notice and section names in Spanish, and marks the English text', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('article.html'));
    await page.locator('mark[data-dmg-term="methotrexate"]').first().click();
    const dialog = page.locator('dmg-popover [role="dialog"]');
    await dialog.waitFor();
    expect(await dialog.locator('button[aria-label="Cerrar"]').count()).toBe(1);
    expect(await dialog.textContent()).toContain('Por qué se usa en la DM');
    expect(await dialog.textContent()).toContain('no es consejo médico');
    expect(await dialog.locator('.tc-summary').getAttribute('lang')).toBe('en');
    expect(await dialog.textContent()).toContain('El texto del glosario está en inglés.');
    await page.screenshot({ path: join(SHOTS, 'chromium-es-popover.png') });
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
