/**
 * axe-core in real Chromium on what a patient uses: the open card (inside
 * its sandboxed frame, on the demo article), the popup, and the glossary page, in
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
import { axeCard } from './card-axe';
import { CARD_FRAME, cardState, paintedCount, rangeCentre, waitForSteadyPaint } from './paint-checks';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const RULESET = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Violations as "rule: target" lines, so a failure says what to fix: axe on the whole page (the
 * card's frame included as an element; its document is checked by `axeCard`, card-axe.ts).
 */
async function axe(page: Page): Promise<string[]> {
  // evaluate, not a <script> tag: extension pages' CSP forbids inline scripts, DevTools evaluation is exempt.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ({ tags }) => {
      // axe's result objects are untyped JSON here; only the fields read below are relied on.
      // iframes: false: axe would wait in each frame for an axe of its own, and the card's
      // sandboxed frame runs no script to answer; the card is checked on its own (axeCard).
      const result = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags }, iframes: false });
      return result.violations.flatMap((v: any) => v.nodes.map((n: any) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`));
    },
    { tags: RULESET },
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

    it('the open card has no violations, and the page with it open has none it did not have before', async () => {
      const page = await session.context.newPage();
      await page.goto(server.url('article.html'));
      await waitForSteadyPaint(() => page.evaluate(paintedCount));
      const before = await axe(page);
      const point = await page.evaluate(rangeCentre, { name: 'dmg-term-plain', text: 'Hydroxychloroquine' });
      expect(point).not.toBeNull();
      await page.mouse.click(point!.x, point!.y);
      await page.frameLocator(CARD_FRAME).locator('[role="dialog"] h2').waitFor();
      // Focus goes into the frame once the card in it is placed and shown: a moment after its heading.
      await expect.poll(() => cardState(page), { timeout: 5_000 }).toMatchObject({ name: expect.stringContaining('Hydroxychloroquine'), focusInside: true });
      // Open every section so their contents are checked too.
      await page.frameLocator(CARD_FRAME).locator('[role="dialog"] summary').evaluateAll((summaries) => summaries.forEach((s) => ((s.parentElement as HTMLDetailsElement).open = true)));
      expect(await axeCard(session.context, page, RULESET)).toEqual([]);
      // Painting adds no tab stop, role or element, so the page's own result must not change.
      expect(await axe(page)).toEqual(before);
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
      // axe walks every one of the glossary's cards: about 5 s alone, over a minute on a loaded machine.
    }, 180_000);
  });
}
