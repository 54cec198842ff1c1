/**
 * Runs the painting engine over every saved third-party page of the corpus
 * (read in place, never copied: see its README) in real Chromium, and every
 * tenth page in Firefox. A Content-Security-Policy keeps the pages' own
 * scripts from running (turning JavaScript off would also stop the
 * TreeWalker's filter callback) and only 127.0.0.1 is reachable, so each page
 * is a fixed input. For each page: no error, no painted range in an excluded
 * place, every range well formed and exactly one glossary term, the text and
 * HTML exactly as before (painting inserts nothing), and nothing of ours left
 * in the page after stop. Counts come from CSS.highlights.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser as PwBrowser, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SKIPPED_SELECTOR } from '../../utils/highlight/exclusions';
import { chromePath, firefoxPath, ROOT } from '../support/browsers';
import { bundleEngine } from '../support/engine-bundle';
import { serveDirectory, type StaticServer } from '../support/static-server';
import { countByEntry, inspectPaint, paintTraces, type PaintReport } from './paint-checks';

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

/**
 * Each rule of the engine's exclusions on its own (none contains a comma), so
 * a failure names the one that caught it; plus hidden and editable places
 * the rules name only through their attributes.
 */
const FORBIDDEN = [...SKIPPED_SELECTOR.split(','), '[hidden]', '[aria-hidden="true"]', '[contenteditable="true"]', '[contenteditable=""]'];

/** What both drivers can do with a page, so one check runs in both browsers. */
interface CheckedPage {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Runs the engine bundle in the page's main world (the driver's own evaluate, which the page's CSP does not govern). */
  inject(code: string): Promise<unknown>;
}

interface Snapshot {
  html: string;
  text: string;
}

interface PageResult {
  isHtml: boolean;
  paint?: PaintReport;
  ms: number;
  before?: Snapshot;
  during?: Snapshot;
  after?: Snapshot;
  traces?: { names: string[]; sheets: number };
}

/** Runs in the page: its body as the server's HTML serialised it (null for an XML document). */
function snapshot(): Snapshot | null {
  const body = document.body;
  if (!body || !(document.documentElement instanceof HTMLElement)) return null;
  return { html: body.innerHTML, text: body.textContent ?? '' };
}

/** Runs in the page: starts the engine and resolves when the page is painted, with the time it took. */
async function start(): Promise<number> {
  const t0 = performance.now();
  await (window as unknown as { __dmg: { start(): Promise<void> } }).__dmg.start();
  return performance.now() - t0;
}

/** Runs in the page. */
function stop(): void {
  (window as unknown as { __dmg: { stop(): void } }).__dmg.stop();
}

async function checkPage(page: CheckedPage, engine: string): Promise<PageResult> {
  await page.inject(engine);
  const before = await page.evaluate(snapshot, undefined);
  if (!before) return { isHtml: false, ms: 0 };
  const ms = await page.evaluate(start, undefined);
  const paint = await page.evaluate(inspectPaint, { forbidden: FORBIDDEN });
  const during = (await page.evaluate(snapshot, undefined))!;
  await page.evaluate(stop, undefined);
  const traces = await page.evaluate(paintTraces, undefined);
  const after = (await page.evaluate(snapshot, undefined))!;
  return { isHtml: true, paint, ms, before, during, after, traces };
}

const summary = (path: string, r: PageResult) =>
  r.isHtml
    ? `${path.padEnd(62)} ${String(r.paint!.texts.length).padStart(4)} painted ${String(Object.keys(countByEntry(r.paint!.texts)).length).padStart(3)} terms ${r.ms.toFixed(0).padStart(5)} ms`
    : `${path.padEnd(62)} not an HTML document, skipped`;

function expectClean(path: string, r: PageResult): void {
  if (!r.isHtml) return;
  const paint = r.paint!;
  expect(paint.forbidden, `${path}: painted in excluded places`).toEqual([]);
  expect(
    { unstyled: paint.unstyled, doubled: paint.doubled, strays: paint.strays, detached: paint.detached, malformed: paint.malformed, overlapping: paint.overlapping },
    `${path}: ranges not well formed`,
  ).toEqual({ unstyled: 0, doubled: 0, strays: 0, detached: 0, malformed: 0, overlapping: 0 });
  // Throws naming the text when a painted range is not exactly one glossary term.
  countByEntry(paint.texts);
  expect(r.during!.text === r.before!.text, `${path}: page text changed while painted`).toBe(true);
  expect(r.during!.html === r.before!.html, `${path}: page HTML changed while painted`).toBe(true);
  expect(r.after!.html === r.before!.html, `${path}: page HTML changed after stop`).toBe(true);
  expect(r.traces, `${path}: left something of ours behind after stop`).toEqual({ names: [], sheets: 0 });
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
    let page: PwPage;
    const totals = { pages: 0, painted: 0, ms: 0 };
    beforeAll(async () => {
      browser = await chromium.launch({ executablePath: chromePath(), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'] });
      const context = await browser.newContext();
      await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
      page = await context.newPage();
    });
    afterAll(async () => {
      console.log(`Corpus totals (Chromium): ${totals.pages} pages, ${totals.painted} painted mentions, ${totals.ms.toFixed(0)} ms of painting`);
      await browser?.close();
    });

    // INDEX.tsv's term column comes from a plain substring search (parts of other words
    // included), and the density paints only some mentions, so it is reported, not asserted.
    it.each(pages)('$path', async ({ path }) => {
      const errors: string[] = [];
      const onError = (e: Error) => errors.push(e.message);
      page.on('pageerror', onError);
      await page.goto(server.url(path), { waitUntil: 'load', timeout: 60_000 });
      const result = await checkPage({ evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never, inject: (code) => page.evaluate(code) }, engine);
      page.off('pageerror', onError);
      console.log(summary(path, result));
      totals.pages++;
      totals.painted += result.paint?.texts.length ?? 0;
      totals.ms += result.ms;
      expect(errors, `${path}: page errors`).toEqual([]);
      expectClean(path, result);
    });
  });

  describe('in Firefox, every tenth page', () => {
    const sample = pages.filter((_, i) => i % 10 === 0);
    let browser: PpBrowser;
    beforeAll(async () => {
      browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefoxPath(), headless: true });
    });
    afterAll(() => browser?.close());

    it.each(sample)('$path', async ({ path }) => {
      const page = await browser.newPage();
      await page.goto(server.url(path), { waitUntil: 'load', timeout: 60_000 });
      // Listening only from here: Firefox reports the loading page's own blocked scripts and
      // fonts as page errors, and those are the fixed input, not something we caused.
      const errors: string[] = [];
      // The page's own resources blocked by the corpus server's CSP (an <object> loading a .swf
      // after the load event, say) are reported late too; painting loads nothing, so they are not ours.
      const pagesOwnCsp = (message: string) => message.startsWith('Content-Security-Policy:');
      page.on('pageerror', (e) => {
        const message = e instanceof Error ? e.message : String(e);
        if (!pagesOwnCsp(message)) errors.push(message);
      });
      const result = await checkPage({ evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never, inject: (code) => page.evaluate(code) }, engine);
      console.log(`[firefox] ${summary(path, result)}`);
      expect(errors, `${path}: page errors`).toEqual([]);
      expectClean(path, result);
      await page.close();
    });
  });
});
