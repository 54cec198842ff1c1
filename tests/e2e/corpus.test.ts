/**
 * Runs the highlighting engine over every saved third-party page of the
 * corpus (read in place, never copied: see its README) in real Chromium, and
 * a sample in Firefox. A Content-Security-Policy keeps the pages' own scripts
 * from running (turning JavaScript off would also stop the TreeWalker's filter
 * callback) and only 127.0.0.1 is reachable, so each page is a fixed input. For each page: no error, no highlight in a
 * forbidden place, no nested highlight, text unchanged, and removing the
 * highlights gives back the exact HTML.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser as PwBrowser, type Page } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXCLUDED_SELECTOR } from '../../utils/highlight/exclusions';
import { chromePath, firefoxPath, ROOT } from '../support/browsers';
import { bundleEngine } from '../support/engine-bundle';
import { serveDirectory, type StaticServer } from '../support/static-server';

const CORPUS = resolve(ROOT, process.env.DMG_CORPUS ?? '../shared/corpus');
const present = existsSync(join(CORPUS, 'INDEX.tsv'));
if (!present) console.warn(`\nCorpus run SKIPPED: no corpus at ${CORPUS} (set DMG_CORPUS to its folder).\n`);

const pages = present
  ? readFileSync(join(CORPUS, 'INDEX.tsv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((line) => line.split('\t'))
      .map(([path]) => ({ path: path! }))
  : [];

interface PageReport {
  html: boolean;
  marks: number;
  terms: number;
  ms: number;
  forbidden: string[];
  nested: number;
  textSame: boolean;
  roundTrip: boolean;
}

/** In the page: run the engine, check everything, undo, check again. */
async function checkPage(excluded: string): Promise<PageReport> {
  const dmg = (globalThis as any).__dmg;
  const body = document.body;
  if (!body || !(document.documentElement instanceof HTMLElement)) {
    return { html: false, marks: 0, terms: 0, ms: 0, forbidden: [], nested: 0, textSame: true, roundTrip: true };
  }
  const htmlBefore = body.innerHTML;
  const textBefore = body.textContent;
  const t0 = performance.now();
  await dmg.start();
  const ms = performance.now() - t0;
  const marks = [...document.querySelectorAll('mark[data-dmg-term]')];
  const forbidden = marks
    .filter((m) => m.parentElement?.closest(excluded))
    .map((m) => `${m.parentElement!.closest(excluded)!.localName}: ${m.textContent}`);
  const report = {
    html: true,
    marks: marks.length,
    terms: Object.keys(dmg.counts()).length,
    ms,
    forbidden,
    nested: document.querySelectorAll('mark[data-dmg-term] mark[data-dmg-term]').length,
    textSame: body.textContent === textBefore,
    roundTrip: false,
  };
  dmg.stop();
  report.roundTrip = body.innerHTML === htmlBefore;
  return report;
}

const summary = (path: string, r: PageReport) =>
  r.html
    ? `${path.padEnd(62)} ${String(r.marks).padStart(5)} marks ${String(r.terms).padStart(3)} terms ${r.ms.toFixed(0).padStart(5)} ms`
    : `${path.padEnd(62)} not an HTML document, skipped`;

function expectClean(path: string, r: PageReport) {
  expect(r.forbidden, `${path}: highlights in forbidden places`).toEqual([]);
  expect(r.nested, `${path}: nested highlights`).toBe(0);
  expect(r.textSame, `${path}: page text changed`).toBe(true);
  expect(r.roundTrip, `${path}: unmark did not restore the HTML exactly`).toBe(true);
}

describe.skipIf(!present)('corpus run', () => {
  let server: StaticServer;
  let engine: string;
  beforeAll(async () => {
    engine = await bundleEngine();
    // Saved pages declare their own charsets; a forced charset would garble them.
    server = await serveDirectory(CORPUS, () => ({ 'content-security-policy': "script-src 'none'; object-src 'none'; frame-src 'none'" }), {
      charset: false,
    });
  });
  afterAll(() => server?.close());

  describe('in Chromium, every page', () => {
    let browser: PwBrowser;
    let page: Page;
    const totals = { pages: 0, marks: 0, ms: 0 };
    beforeAll(async () => {
      browser = await chromium.launch({ executablePath: chromePath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'] });
      const context = await browser.newContext();
      await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
      page = await context.newPage();
    });
    afterAll(async () => {
      console.log(`Corpus totals (Chromium): ${totals.pages} pages, ${totals.marks} highlights, ${totals.ms.toFixed(0)} ms of highlighting`);
      await browser?.close();
    });

    // INDEX.tsv's term column comes from a plain substring search, and many of those mentions
    // are links (left alone by design) or parts of other words, so it is reported, not asserted.
    it.each(pages)('$path', async ({ path }) => {
      await page.goto(server.url(path), { waitUntil: 'load', timeout: 30_000 });
      await page.evaluate(engine);
      const report = await page.evaluate(checkPage, EXCLUDED_SELECTOR);
      console.log(summary(path, report));
      totals.pages++;
      totals.marks += report.marks;
      totals.ms += report.ms;
      expectClean(path, report);
    });
  });

  describe('in Firefox, a sample', () => {
    const sample = pages.filter((_, i) => i % 10 === 0);
    let browser: Awaited<ReturnType<typeof puppeteer.launch>>;
    beforeAll(async () => {
      browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true });
    });
    afterAll(() => browser?.close());

    it.each(sample)('$path', async ({ path }) => {
      const page = await browser.newPage();
      await page.goto(server.url(path), { waitUntil: 'load', timeout: 30_000 });
      await page.evaluate(engine);
      const report = await page.evaluate(checkPage, EXCLUDED_SELECTOR);
      console.log(`[firefox] ${summary(path, report)}`);
      expectClean(path, report);
      await page.close();
    });
  });
});
