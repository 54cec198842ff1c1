/**
 * axe-core on the card of a web page, in Chromium (Playwright).
 *
 * The card lives in an `<iframe sandbox="">`: its document runs no script, so timers and
 * animation frames never fire there, and axe, injected there, waits on them for ever (checked:
 * a setTimeout in that frame never calls back, a microtask does). So the card's document as it is
 * now (its markup with every attribute, open sections included, and the text of its adopted
 * sheets) is copied into a scratch tab of the same browser context (same colour scheme, same
 * fonts) at the frame's size, and axe runs on the dialog there.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { cardFrame } from './paint-checks';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs in the card's frame: its markup, its sheets' rules as text, and its viewport's size. */
function cardDocument(): { html: string; css: string; width: number; height: number } {
  return {
    html: document.documentElement.outerHTML,
    css: [...document.adoptedStyleSheets, ...document.styleSheets].map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n'),
    width: innerWidth,
    height: innerHeight,
  };
}

/** Runs in the scratch tab: the card's sheets, adopted as in the frame (no style element: the same cascade). */
function adoptCss(css: string): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [sheet];
}

/** axe (these tags) on the open card's dialog: violations as "rule: target summary" lines. Throws when no card is open in a frame. */
export async function axeCard(context: BrowserContext, page: Page, tags: readonly string[]): Promise<string[]> {
  const frame = await cardFrame(page);
  if (!frame) throw new Error('No card frame is open');
  const card = await frame.evaluate(cardDocument);
  const scratch = await context.newPage();
  try {
    await scratch.setViewportSize({ width: Math.max(1, card.width), height: Math.max(1, card.height) });
    await scratch.setContent(`<!doctype html>${card.html}`);
    await scratch.evaluate(adoptCss, card.css);
    await scratch.evaluate(AXE_SOURCE);
    return await scratch.evaluate(async (values) => {
      const dialog = document.querySelector('[role="dialog"]');
      if (!dialog) throw new Error('The copied card has no dialog');
      // axe's result objects are untyped JSON here; only the fields read below are relied on.
      const result = await (window as any).axe.run(dialog, { runOnly: { type: 'tag', values } });
      return result.violations.flatMap((v: any) => v.nodes.map((n: any) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`));
    }, [...tags]);
  } finally {
    await scratch.close();
  }
}
