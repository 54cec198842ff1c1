/**
 * axe-core in real Chromium on what a patient uses: the open popover (inside
 * its shadow root, on the demo article), the popup, and the glossary page, in
 * light and dark. Ruleset: WCAG 2.0 and 2.1, levels A and AA (axe tags
 * wcag2a, wcag2aa, wcag21a, wcag21aa), which include colour contrast.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, ROOT, type ChromiumSession } from '../support/browsers';
import { serveDirectory, type StaticServer } from '../support/static-server';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const RULESET = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Violations as "rule: target" lines, so a failure says what to fix. */
async function axe(page: Page, context: unknown = undefined): Promise<string[]> {
  // evaluate, not a <script> tag: extension pages' CSP forbids inline scripts, DevTools evaluation is exempt.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ context, tags }) => {
      const result = await (window as any).axe.run(context ?? document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.flatMap((v: any) => v.nodes.map((n: any) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`));
    },
    { context, tags: RULESET },
  );
}

for (const colorScheme of ['light', 'dark'] as const) {
  describe(`accessibility (axe, ${colorScheme})`, () => {
    let session: ChromiumSession;
    let server: StaticServer;

    beforeAll(async () => {
      server = await serveDirectory(join(ROOT, 'demo'));
      session = await launchChromium(undefined, { colorScheme });
    });
    afterAll(async () => {
      await session?.close();
      await server?.close();
    });

    it('the open popover has no violations', async () => {
      const page = await session.context.newPage();
      await page.goto(server.url('article.html'));
      await page.locator('mark[data-dmg-term="hydroxychloroquine"]').first().click();
      await page.locator('dmg-popover [role="dialog"]').waitFor();
      // Open every section so their contents are checked too.
      await page.locator('dmg-popover summary').evaluateAll((summaries) => summaries.forEach((s) => (s.parentElement as HTMLDetailsElement).open = true));
      expect(await axe(page, { include: [['dmg-popover', '[role="dialog"]']] })).toEqual([]);
      await page.close();
    });

    it('the popup has no violations, in its list and its detail view', async () => {
      const page = await session.context.newPage();
      await page.setViewportSize({ width: 400, height: 600 });
      await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
      expect(await axe(page)).toEqual([]);
      await page.screenshot({ path: join(ROOT, `test-results/screenshots/popup-${colorScheme}.png`) });
      await page.fill('input[type="search"]', 'ritux');
      await page.locator('[data-term-id]').first().click();
      await page.locator('h2').first().waitFor();
      expect(await axe(page)).toEqual([]);
      await page.close();
    });

    it('the glossary page has no violations', async () => {
      const page = await session.context.newPage();
      await page.goto(`chrome-extension://${session.extensionId}/glossary.html#methotrexate`);
      await page.locator('input[type="search"]').waitFor();
      expect(await axe(page)).toEqual([]);
      await page.close();
    });
  });
}
