/**
 * Pages written to be hard on the content script, run against the built
 * extension in Chromium: hostile CSS, a strict Content-Security-Policy, web
 * components, frames, live and endlessly growing pages, form fields, and
 * generated extremes (a 10 MB text node, 5,000-deep nesting, 100,000
 * elements). Layout is compared with the same page in a browser without the
 * extension.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromePath, launchChromium, ROOT, type ChromiumSession } from '../support/browsers';
import { serveDirectory, type StaticServer } from '../support/static-server';

// Images are let through only for the fixture's own empty favicon.
const STRICT_CSP = "default-src 'none'; script-src 'none'; style-src 'none'; img-src data:; connect-src 'none'";
const VIEWPORT = { width: 1000, height: 800 };

function writeGeneratedPages(dir: string): void {
  const sentence = 'Patients in this long text read about prednisone and sometimes IVIG, then carry on reading plain words. ';
  writeFileSync(join(dir, 'text-10mb.html'), `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><p id="big">${sentence.repeat(Math.ceil(10_000_000 / sentence.length))}</p>`);
  writeFileSync(join(dir, 'deep-5000.html'), `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">${'<div>'.repeat(5000)}methotrexate at the bottom${'</div>'.repeat(5000)}`);
  const cells = Array.from({ length: 100_000 }, (_, i) => (i % 1000 === 0 ? '<span>rituximab</span>' : `<span>${i}</span>`)).join('');
  writeFileSync(join(dir, 'elements-100k.html'), `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><div id="grid">${cells}</div>`);
}

/** Positions of the probes and the page height: what "no layout shift" compares. */
const layout = (page: Page) =>
  page.evaluate(() => ({
    height: document.documentElement.scrollHeight,
    probes: [...document.querySelectorAll('[data-probe]')].map((el) => {
      const r = el.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height].map(Math.round);
    }),
  }));

describe('hostile pages in Chromium with the built extension', () => {
  let session: ChromiumSession;
  let plain: Browser;
  let fixtures: StaticServer;
  let generated: StaticServer;
  const errors: string[] = [];

  beforeAll(async () => {
    fixtures = await serveDirectory(join(ROOT, 'tests/fixtures/hostile'), (path): Record<string, string> => (path.endsWith('strict-csp.html') ? { 'content-security-policy': STRICT_CSP } : {}));
    const dir = mkdtempSync(join(tmpdir(), 'dmg-hostile-'));
    writeGeneratedPages(dir);
    generated = await serveDirectory(dir);
    session = await launchChromium(undefined, { viewport: VIEWPORT });
    plain = await chromium.launch({ executablePath: chromePath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  });

  afterAll(async () => {
    await session?.close();
    await plain?.close();
    await fixtures?.close();
    await generated?.close();
  });

  async function open(url: string): Promise<Page> {
    const page = await session.context.newPage();
    page.on('pageerror', (e) => errors.push(`${url}: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && errors.push(`${url}: ${m.text()}`));
    await page.goto(url);
    return page;
  }

  async function plainLayout(url: string) {
    const page = await plain.newPage({ viewport: VIEWPORT });
    await page.goto(url);
    const result = await layout(page);
    await page.close();
    return result;
  }

  it('keeps marks inline and in the page font against hostile CSS, and moves nothing', async () => {
    const url = fixtures.url('hostile-css.html');
    const page = await open(url);
    await page.waitForSelector('mark[data-dmg-term]');
    const styles = await page.$$eval('mark[data-dmg-term]', (marks) =>
      marks.map((m) => {
        const own = getComputedStyle(m);
        const parent = getComputedStyle(m.parentElement!);
        return {
          display: own.display,
          position: own.position,
          sameFont: own.fontSize === parent.fontSize && own.fontFamily === parent.fontFamily,
          sameColour: own.color === parent.color,
          padding: own.padding,
          border: own.borderTopWidth,
        };
      }),
    );
    expect(styles.length).toBe(4);
    for (const s of styles) expect(s).toEqual({ display: 'inline', position: 'static', sameFont: true, sameColour: true, padding: '0px', border: '0px' });
    expect(await layout(page)).toEqual(await plainLayout(url));
    await page.close();
  });

  it('highlights and shows a styled popover under a strict Content-Security-Policy', async () => {
    const page = await open(fixtures.url('strict-csp.html'));
    const mark = page.locator('mark[data-dmg-term="azathioprine"]');
    await mark.waitFor();
    expect(await mark.evaluate((m) => getComputedStyle(m).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await mark.click();
    const dialog = page.locator('dmg-popover [role="dialog"]');
    await dialog.waitFor();
    expect(await dialog.evaluate((d) => getComputedStyle(d).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(await layout(page)).toMatchObject({ probes: (await plainLayout(fixtures.url('strict-csp.html'))).probes });
    await page.close();
  });

  it('highlights inside an open shadow root, styled there too', async () => {
    const page = await open(fixtures.url('web-component.html'));
    const inner = page.locator('drug-note mark[data-dmg-term="methotrexate"]');
    await inner.waitFor();
    expect(await inner.evaluate((m) => getComputedStyle(m).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    expect(await page.locator('drug-note mark[data-dmg-term="calcinosis"]').count()).toBe(1);
    await inner.click();
    await page.locator('dmg-popover [role="dialog"] h2').filter({ hasText: 'Methotrexate' }).waitFor();
    await page.close();
  });

  it('highlights inside same-origin and srcdoc frames', async () => {
    const page = await open(fixtures.url('frames.html'));
    await page.frameLocator('#same-origin').locator('mark[data-dmg-term="azathioprine"]').waitFor();
    await page.frameLocator('#srcdoc').locator('mark[data-dmg-term="hydroxychloroquine"]').waitFor();
    await page.close();
  });

  it('keeps up with a ticker and an infinite list, and never touches form fields', async () => {
    const page = await open(fixtures.url('live.html'));
    await expect.poll(() => page.locator('#ticker p').count(), { timeout: 10_000 }).toBe(60);
    for (let i = 0; i < 3; i++) {
      await page.locator('#feed').evaluate((feed) => feed.scrollTo(0, feed.scrollHeight));
      await page.waitForTimeout(100);
    }
    expect(await page.locator('#feed p').count()).toBe(80);
    const unhighlighted = () => page.$$eval('#ticker p, #feed p', (ps) => ps.filter((p) => !p.querySelector('mark[data-dmg-term]')).length);
    await expect.poll(unhighlighted, { timeout: 5_000 }).toBe(0);
    expect(await page.$$eval('form mark', (m) => m.length)).toBe(0);
    expect(await page.inputValue('#field')).toBe('prednisone');
    expect(await page.inputValue('#notes')).toBe('IVIG and methotrexate');
    await page.close();
  });

  it('handles a 10 MB text node, 5,000-deep nesting and 100,000 elements', async () => {
    const big = await open(generated.url('text-10mb.html'));
    await expect.poll(() => big.locator('mark[data-dmg-term]').count(), { timeout: 30_000 }).toBeGreaterThan(180_000);
    expect(await big.evaluate(() => document.body.textContent!.length)).toBeGreaterThan(10_000_000);
    await big.close();

    const deep = await open(generated.url('deep-5000.html'));
    await deep.locator('mark[data-dmg-term="methotrexate"]').waitFor();
    await deep.close();

    const wide = await open(generated.url('elements-100k.html'));
    await expect.poll(() => wide.locator('mark[data-dmg-term="rituximab"]').count(), { timeout: 20_000 }).toBe(100);
    await wide.close();
  });

  it('caused no page errors or console errors', () => {
    expect(errors).toEqual([]);
  });
});
