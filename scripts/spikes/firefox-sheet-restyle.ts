/**
 * Spike for issue #22: what adopting our `::highlight()` sheet costs Gecko's style system on the
 * 2 MB page once it is styled, by selector. Firefox-firefox-long-slice.ts found the long Firefox
 * slice is a style flush forced by our visibility reading. Each variant adopts one sheet in a fresh,
 * settled page (no engine), then times the style flush that follows (getComputedStyle forces it),
 * and the same with no sheet. Alternating variants, medians.
 *
 *   DMG_CORPUS=../shared/corpus npx tsx scripts/spikes/firefox-sheet-restyle.ts [rounds=5] [chromium]
 * (the same in Chromium with a second argument "chromium").
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { chromePath, firefoxPath } from '../../tests/support/browsers';
import { serveDirectory } from '../../tests/support/static-server';
import { medicalPage } from '../bench-pages';

const ROUNDS = Number(process.argv[2] ?? 5);
const RULE = 'background-color: #ffe58f; color: #111';
const VARIANTS: Record<string, string> = {
  none: '',
  universal: `::highlight(dmg-x) { ${RULE} }`,
  root: `:root::highlight(dmg-x) { ${RULE} }`,
  tags: ['p', 'li', 'a', 'span', 'td', 'th', 'b', 'i', 'em', 'strong', 'h1', 'h2', 'h3', 'div', 'dd', 'dt', 'figcaption', 'caption', 'sup', 'cite'].map((t) => `${t}::highlight(dmg-x)`).join(', ') + ` { ${RULE} }`,
  p: `p::highlight(dmg-x) { ${RULE} }`,
  class: `.dmg-none::highlight(dmg-x) { ${RULE} }`,
  where: `:where(body *)::highlight(dmg-x) { ${RULE} }`,
  div: `div::highlight(dmg-x) { ${RULE} }`,
  a: `a::highlight(dmg-x) { ${RULE} }`,
  pointer: ':hover:not(:has(:hover)) { cursor: pointer !important; }',
  // The same rule toggled in a sheet adopted (empty) before: what a hover costs.
  'pointer-toggle': 'TOGGLE:hover:not(:has(:hover)) { cursor: pointer !important; }',
  // Keyed to the element that holds the term's text, by its tag or its id.
  'pointer-toggle-p': 'TOGGLEp:hover { cursor: pointer !important; }',
  'pointer-toggle-id': 'TOGGLE#dmg-spike:hover { cursor: pointer !important; }',
};
VARIANTS['pointer-adopt-p'] = 'p:hover { cursor: pointer !important; }';
VARIANTS['pointer-adopt-id'] = '#dmg-spike:hover { cursor: pointer !important; }';
// Adopted before, then dropped from the list: what the pointer leaving costs.
VARIANTS['pointer-drop-id'] = 'REMOVE#dmg-spike:hover { cursor: pointer !important; }';
VARIANTS['pointer-drop-p'] = 'REMOVEp:hover { cursor: pointer !important; }';
const ONLY = process.env.SPIKE_VARIANTS?.split(',');

async function main(): Promise<void> {
  const scratch = join(tmpdir(), 'dmg-spike-restyle');
  mkdirSync(scratch, { recursive: true });
  writeFileSync(join(scratch, 'medical-2mb.html'), medicalPage().html);
  const server = await serveDirectory(scratch);
  type Page = { goto(url: string, o: object): Promise<unknown>; evaluate<R, A>(fn: (a: A) => Promise<R>, a: A): Promise<R>; close(): Promise<void> };
  let browser: { newPage(): Promise<Page>; close(): Promise<void> };
  if (process.argv[3] === 'chromium') {
    const b = await chromium.launch({ executablePath: chromePath(), headless: true, args: ['--no-sandbox'] });
    const context = await b.newContext({ viewport: { width: 1200, height: 900 } });
    browser = { newPage: () => context.newPage() as unknown as Promise<Page>, close: () => b.close() };
  } else {
    const b = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true });
    browser = {
      newPage: async () => {
        const page = await b.newPage();
        await page.setViewport({ width: 1200, height: 900 });
        return page as unknown as Page;
      },
      close: () => b.close(),
    };
  }
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(VARIANTS).map((k) => [k, []]));
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, css] of Object.entries(VARIANTS).filter(([n]) => !ONLY || ONLY.includes(n))) {
        const page = await browser.newPage();
        await page.goto(server.url('medical-2mb.html'), { waitUntil: 'load', timeout: 60_000 });
        const ms = await page.evaluate(async (css: string) => {
          (document.querySelectorAll('p')[200] ?? document.body).id = 'dmg-spike';
          // Settled: two frames and a second with nothing pending.
          await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          await new Promise((done) => setTimeout(done, 1000));
          const deep = document.querySelectorAll('p')[200] ?? document.body;
          const toggle = css.startsWith('TOGGLE');
          let kept: CSSStyleSheet | undefined;
          const remove = css.startsWith('REMOVE');
          const before = [...document.adoptedStyleSheets];
          if (remove) {
            const sheet = new CSSStyleSheet();
            sheet.replaceSync(css.slice('REMOVE'.length));
            document.adoptedStyleSheets.push(sheet);
          }
          if (toggle) {
            kept = new CSSStyleSheet();
            document.adoptedStyleSheets.push(kept);
          }
          getComputedStyle(deep).color;
          const t0 = performance.now();
          if (kept) kept.replaceSync(css.slice('TOGGLE'.length));
          else if (remove) document.adoptedStyleSheets.pop();
          else if (css) {
            const sheet = new CSSStyleSheet();
            sheet.replaceSync(css);
            // push and pop, as the painter adopts and drops its sheets.
            document.adoptedStyleSheets.push(sheet);
          }
          getComputedStyle(deep).color;
          return performance.now() - t0;
        }, css);
        times[name]!.push(ms);
        await page.close();
      }
      process.stdout.write(`round ${round + 1}/${ROUNDS}\r`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  for (const [name, xs] of Object.entries(times).filter(([, xs]) => xs.length)) console.log(`${name.padEnd(10)} median ${median(xs).toFixed(1)} ms  (${xs.map((x) => x.toFixed(0)).join(' / ')})`);
}

await main();
