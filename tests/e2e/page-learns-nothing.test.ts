/**
 * What a page can learn about its reader from us (issue #11; review F1, F2,
 * F6, F10). A page and a cross-site "ad" frame record every message, every
 * WXT start-up event name, every mutation, our highlight names and adopted
 * sheets. Where nothing is painted, or painting is off, or the privacy mode
 * says not here, they must see nothing at all; the modes switch live.
 */
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { Frame as PuppeteerFrame, Page as PuppeteerPage, Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firefoxExtensionPage, GECKO_ID, launchChromium, launchFirefox, ROOT, type ChromiumSession } from '../support/browsers';
import { serveDirectory, type StaticServer } from '../support/static-server';

const FIXTURES = join(ROOT, 'tests/fixtures/privacy');

interface Learned {
  seen: string[];
  highlights: string[];
  sheets: number;
}

const nothing: Learned = { seen: [], highlights: [], sheets: 0 };

/** Serves the fixtures with the extension's ids and the ad frame's address filled in. */
async function servePages(ids: string[], adOrigin: () => string): Promise<StaticServer> {
  return serveDirectory(FIXTURES, () => ({}), {
    rewrite: (_path, body) => body.replaceAll('IDS', ids.join(',')).replaceAll('AD_URL', `${adOrigin()}/ad.html`),
  });
}

/**
 * Runs in the page: everything it can read of our painting: what it learned,
 * every highlight's ranges (text and offset) and the text of our sheets.
 */
function pageView() {
  const ranges: Record<string, string[]> = {};
  CSS.highlights.forEach((h, name) => {
    ranges[name] = ([...h] as AbstractRange[]).map((r) => `${(r.startContainer as Text).data.slice(r.startOffset, r.endOffset)}@${r.startOffset}`);
  });
  const sheets = [...document.adoptedStyleSheets].map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n'));
  return { learned: (window as unknown as { __learned: () => Learned }).__learned(), ranges, sheets };
}

/** Runs in an extension page: sets (or with null, removes) the notebook's mine list and prefs in storage.local. */
async function setNotebook(items: { mine: string[]; paintMine: boolean } | null): Promise<void> {
  const api = (globalThis as unknown as { browser?: typeof import('wxt/browser').browser; chrome: typeof import('wxt/browser').browser }).browser ??
    (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
  if (!items) return api.storage.local.remove(['dmg-notebook-mine', 'dmg-notebook-prefs']);
  await api.storage.local.set({ 'dmg-notebook-mine': { ids: items.mine }, 'dmg-notebook-prefs': { recentOn: false, paintMine: items.paintMine } });
}

/**
 * Runs in a page or frame (review S3): adds an about:blank, a srcdoc and a javascript: child
 * frame, each naming two terms, waits, and returns each child's highlight names; the frames
 * are removed again. These frames have no hostname of their own: they are their creator's site.
 */
function plantChildFrames(waitMs: number): Promise<Record<string, string[]>> {
  // Small and first in the page, so their text is on screen (only visible text is painted).
  const text = '<p style="margin:0;font:12px/1.2 sans-serif">I take methotrexate and rituximab every week.</p>';
  const make = (kind: string): HTMLIFrameElement => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width:90px;height:60px;border:0;margin:0';
    if (kind === 'srcdoc') frame.srcdoc = text;
    if (kind === 'javascript') frame.src = `javascript:'${text}'`;
    document.body.prepend(frame);
    if (kind === 'blank') frame.contentDocument!.body.innerHTML = text;
    return frame;
  };
  const frames = ['blank', 'srcdoc', 'javascript'].map((kind) => [kind, make(kind)] as const);
  return new Promise((resolve) =>
    setTimeout(() => {
      const seen = Object.fromEntries(frames.map(([kind, frame]) => [kind, [...(frame.contentWindow as Window & typeof globalThis).CSS.highlights.keys()]]));
      for (const [, frame] of frames) frame.remove();
      resolve(seen);
    }, waitMs),
  );
}

const unpainted = { blank: [], srcdoc: [], javascript: [] };
const painted = { blank: expect.arrayContaining(['dmg-term']), srcdoc: expect.arrayContaining(['dmg-term']), javascript: expect.arrayContaining(['dmg-term']) };

/** The settings item as the options page would write it (other keys keep their defaults). */
const settingsWith = (change: Record<string, unknown>) => ({ settings: { enabled: true, privacyMode: 'everywhere', ...change } });

describe('what a page learns, in Chromium', () => {
  let session: ChromiumSession;
  let pages: StaticServer;
  let ads: StaticServer;
  let ext: Page;

  const learned = (frame: Page | Frame) => frame.evaluate(() => (window as unknown as { __learned: () => Learned }).__learned());
  const adFrame = (page: Page) => page.frames().find((f) => f.url().includes('/ad.html'))!;
  const store = (items: Record<string, unknown>) =>
    ext.evaluate((i) => (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.storage.sync.set(i), items);
  const open = async (name: string) => {
    const page = await session.context.newPage();
    await page.goto(pages.url(`${name}.html`));
    await page.waitForLoadState('load');
    // Past DOMContentLoaded, the settings read and a few batches: anything we would do is done.
    await page.waitForTimeout(800);
    return page;
  };
  /** As the popup's switch does, for the active tab (bring the page to the front first). */
  const grantActiveTab = (granted: boolean) =>
    ext.evaluate(async (on) => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      const counts = (await api.tabs.sendMessage(tab!.id!, { type: 'dmg:counts' })) as { host: string };
      return api.runtime.sendMessage({ type: 'dmg:set-tab-grant', tabId: tab!.id!, host: counts.host, granted: on });
    }, granted);

  beforeAll(async () => {
    session = await launchChromium();
    ads = await serveDirectory(FIXTURES, () => ({}), { rewrite: (_p, body) => body.replaceAll('IDS', session.extensionId) });
    // "localhost" is another site than 127.0.0.1: the frame stands for a third-party ad.
    pages = await servePages([session.extensionId], () => ads.url('').replace('127.0.0.1', 'localhost').replace(/\/$/, ''));
    ext = await session.context.newPage();
    await ext.goto(`chrome-extension://${session.extensionId}/options.html`);
  });

  afterAll(async () => {
    await session?.close();
    await pages?.close();
    await ads?.close();
  });

  it('a page with no terms, and its ad frame, learn nothing while highlighting is on', async () => {
    await store(settingsWith({}));
    const page = await open('noterm');
    expect(await learned(page)).toEqual(nothing);
    // The ad frame names a term, so it is painted there: but the top page still learns nothing.
    expect((await learned(adFrame(page))).seen).toEqual([]);
    await page.close();
  });

  it('with highlighting off, neither the page nor the frame learns anything, even where terms are', async () => {
    await store(settingsWith({ enabled: false }));
    const page = await open('terms');
    expect(await learned(page)).toEqual(nothing);
    expect(await learned(adFrame(page))).toEqual(nothing);
    await page.close();
    await store(settingsWith({}));
  });

  it('a painted page sees highlights but no message, event or mutation', async () => {
    const page = await open('terms');
    const seen = await learned(page);
    expect(seen.seen).toEqual([]);
    expect(seen.highlights).toContain('dmg-term');
    await page.close();
  });

  it('"only when I ask": inert until the reader turns the tab on, then painted, then off again; the ad frame stays inert', async () => {
    await store(settingsWith({ privacyMode: 'ask' }));
    const page = await open('terms');
    expect(await learned(page)).toEqual(nothing);
    await page.bringToFront();
    const grant = (granted: boolean) =>
      ext.evaluate(async (on) => {
        const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
        const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
        const counts = (await api.tabs.sendMessage(tab!.id!, { type: 'dmg:counts' })) as { host: string };
        return api.runtime.sendMessage({ type: 'dmg:set-tab-grant', tabId: tab!.id!, host: counts.host, granted: on });
      }, granted);
    expect(await grant(true)).toBe(true);
    await expect.poll(() => learned(page).then((l) => l.highlights.includes('dmg-term'))).toBe(true);
    expect((await learned(page)).seen).toEqual([]);
    expect(await learned(adFrame(page))).toEqual(nothing);
    expect(await grant(false)).toBe(false);
    await expect.poll(() => learned(page).then((l) => l.highlights.length)).toBe(0);
    await page.close();
  });

  it('a switched-off site\'s blank, srcdoc and javascript: child frames stay unpainted; the other site\'s ad frame\'s children are painted', async () => {
    await store({ ...settingsWith({}), disabledSites: ['127.0.0.1'] });
    const page = await open('terms');
    expect(await learned(page)).toEqual(nothing);
    // The ad (localhost, another site, not switched off) is painted, and so are its own children:
    // the same wait shows the frames would be painted if the mode allowed it.
    expect(await adFrame(page).evaluate(plantChildFrames, 1500)).toEqual(painted);
    expect(await page.evaluate(plantChildFrames, 1500)).toEqual(unpainted);
    expect(await learned(page)).toMatchObject({ highlights: [], sheets: 0 });
    await page.close();
    await store({ ...settingsWith({}), disabledSites: [] });
  });

  it('"only when I ask", tab turned on: the page\'s own child frames are painted, the ad frame\'s children are not', async () => {
    await store(settingsWith({ privacyMode: 'ask' }));
    const page = await open('terms');
    await page.bringToFront();
    expect(await grantActiveTab(true)).toBe(true);
    await expect.poll(() => learned(page).then((l) => l.highlights.includes('dmg-term'))).toBe(true);
    expect(await page.evaluate(plantChildFrames, 1500)).toEqual(painted);
    expect(await adFrame(page).evaluate(plantChildFrames, 1500)).toEqual(unpainted);
    expect(await learned(adFrame(page))).toMatchObject({ highlights: [], sheets: 0 });
    expect(await grantActiveTab(false)).toBe(false);
    await page.close();
    await store(settingsWith({}));
  });

  it('"only on sites I list", site not listed: child frames stay unpainted', async () => {
    await store({ ...settingsWith({ privacyMode: 'listed' }), allowedSites: ['localhost'] });
    const page = await open('terms');
    expect(await page.evaluate(plantChildFrames, 1500)).toEqual(unpainted);
    expect(await adFrame(page).evaluate(plantChildFrames, 1500)).toEqual(painted);
    await page.close();
    await store({ ...settingsWith({}), allowedSites: [] });
  });

  it('the popup says which mode is on, and its switch turns the tab on in "only when I ask"', async () => {
    await store(settingsWith({ privacyMode: 'ask' }));
    const page = await open('terms');
    await page.bringToFront();
    const tabId = await ext.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      return tab!.id!;
    });
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.locator('[data-privacy-mode]').getAttribute('data-privacy-mode')).toBe('ask');
    expect(await popup.locator('[data-privacy-mode]').textContent()).toContain('Only when I ask');
    const toggle = popup.locator('[data-site-switch]');
    expect(await toggle.isChecked()).toBe(false);
    // The switch shows the tab's state, asked again after the change: click, then wait for the page.
    await toggle.click();
    await expect.poll(() => learned(page).then((l) => l.highlights.includes('dmg-term'))).toBe(true);
    expect((await learned(page)).seen).toEqual([]);
    await popup.close();
    await page.close();
    await store(settingsWith({}));
  });

  it('"only on sites I list": nothing until the site is listed, painted live once it is', async () => {
    await store({ ...settingsWith({ privacyMode: 'listed' }), allowedSites: [] });
    const page = await open('terms');
    expect(await learned(page)).toEqual(nothing);
    await store({ allowedSites: ['127.0.0.1'] });
    await expect.poll(() => learned(page).then((l) => l.highlights.includes('dmg-term'))).toBe(true);
    await store({ allowedSites: [] });
    await expect.poll(() => learned(page).then((l) => l.highlights.length)).toBe(0);
    await page.close();
    await store(settingsWith({}));
  });

  it('with medicines marked and paintMine off (the default), the page sees exactly what it sees for a reader with no notebook', async () => {
    await store(settingsWith({}));
    await ext.evaluate(setNotebook, null);
    const unmarked = await open('terms');
    const before = await unmarked.evaluate(pageView);
    await unmarked.close();
    await ext.evaluate(setNotebook, { mine: ['prednisone', 'methotrexate'], paintMine: false });
    const page = await open('terms');
    const after = await page.evaluate(pageView);
    expect(after).toEqual(before);
    expect(Object.keys(after.ranges)).not.toContain('dmg-mine');
    // The list changing while the page is open changes nothing it can see either.
    await ext.evaluate(setNotebook, { mine: ['ivig'], paintMine: false });
    await page.waitForTimeout(500);
    expect(await page.evaluate(pageView)).toEqual(before);
    // Why it is opt-in: once the reader turns it on, the page can read which of its terms are theirs.
    await ext.evaluate(setNotebook, { mine: ['ivig'], paintMine: true });
    await expect.poll(() => page.evaluate(pageView).then((v) => v.ranges['dmg-mine'])).toEqual([expect.stringMatching(/^IVIG@/)]);
    await ext.evaluate(setNotebook, { mine: ['ivig'], paintMine: false });
    await expect.poll(() => page.evaluate(pageView)).toEqual(before);
    await page.close();
    await ext.evaluate(setNotebook, null);
  });
});

describe('what a page learns, in Firefox', () => {
  let browser: Browser;
  let pages: StaticServer;
  let ads: StaticServer;
  let ext: PuppeteerPage;

  const learned = (frame: PuppeteerPage | PuppeteerFrame) => frame.evaluate(() => (window as unknown as { __learned: () => Learned }).__learned());
  const adFrame = (page: PuppeteerPage) => page.frames().find((f) => f.url().includes('/ad.html'))!;
  const store = (items: Record<string, unknown>) =>
    ext.evaluate((i) => (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser.storage.sync.set(i), items);
  const open = async (name: string) => {
    const page = await browser.newPage();
    await page.goto(pages.url(`${name}.html`), { waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 1000));
    return page;
  };
  /** As the popup's switch does, for the active tab (bring the page to the front first). */
  const grantActiveTab = (granted: boolean) =>
    ext.evaluate(async (on) => {
      const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
      const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
      const counts = (await api.tabs.sendMessage(tab!.id!, { type: 'dmg:counts' })) as { host: string };
      return api.runtime.sendMessage({ type: 'dmg:set-tab-grant', tabId: tab!.id!, host: counts.host, granted: on });
    }, granted);

  beforeAll(async () => {
    browser = await launchFirefox();
    ext = await firefoxExtensionPage(browser, 'popup.html');
    ads = await serveDirectory(FIXTURES, () => ({}), { rewrite: (_p, body) => body.replaceAll('IDS', GECKO_ID) });
    pages = await servePages([GECKO_ID], () => ads.url('').replace('127.0.0.1', 'localhost').replace(/\/$/, ''));
  });

  afterAll(async () => {
    await browser?.close();
    await pages?.close();
    await ads?.close();
  });

  it('a page with no terms learns nothing, and with highlighting off neither page nor frame does', async () => {
    await store(settingsWith({}));
    const quiet = await open('noterm');
    expect(await learned(quiet)).toEqual(nothing);
    expect((await learned(adFrame(quiet))).seen).toEqual([]);
    await quiet.close();
    await store(settingsWith({ enabled: false }));
    const off = await open('terms');
    expect(await learned(off)).toEqual(nothing);
    expect(await learned(adFrame(off))).toEqual(nothing);
    await off.close();
    await store(settingsWith({}));
  });

  it('a painted page sees highlights but no message, event or mutation', async () => {
    const page = await open('terms');
    const seen = await learned(page);
    expect(seen.seen).toEqual([]);
    expect(seen.highlights).toContain('dmg-term');
    await page.close();
  });

  it('a switched-off site\'s blank, srcdoc and javascript: child frames stay unpainted; the other site\'s ad frame\'s children are painted', async () => {
    await store({ ...settingsWith({}), disabledSites: ['127.0.0.1'] });
    const page = await open('terms');
    expect(await learned(page)).toEqual(nothing);
    // The ad (localhost, another site, not switched off) is painted, and so are its own children:
    // the same wait shows the frames would be painted if the mode allowed it.
    expect(await adFrame(page).evaluate(plantChildFrames, 1500)).toEqual(painted);
    expect(await page.evaluate(plantChildFrames, 1500)).toEqual(unpainted);
    expect(await learned(page)).toMatchObject({ highlights: [], sheets: 0 });
    await page.close();
    await store({ ...settingsWith({}), disabledSites: [] });
  });

  it('"only when I ask", tab turned on: the page\'s own child frames are painted, the ad frame\'s children are not', async () => {
    await store(settingsWith({ privacyMode: 'ask' }));
    const page = await open('terms');
    await page.bringToFront();
    expect(await grantActiveTab(true)).toBe(true);
    await expect.poll(() => learned(page).then((l) => l.highlights.includes('dmg-term')), { timeout: 10_000 }).toBe(true);
    expect(await page.evaluate(plantChildFrames, 1500)).toEqual(painted);
    expect(await adFrame(page).evaluate(plantChildFrames, 1500)).toEqual(unpainted);
    expect(await learned(adFrame(page))).toMatchObject({ highlights: [], sheets: 0 });
    expect(await grantActiveTab(false)).toBe(false);
    await page.close();
    await store(settingsWith({}));
  });

  it('"only on sites I list", site not listed: child frames stay unpainted', async () => {
    await store({ ...settingsWith({ privacyMode: 'listed' }), allowedSites: ['localhost'] });
    const page = await open('terms');
    expect(await page.evaluate(plantChildFrames, 1500)).toEqual(unpainted);
    expect(await adFrame(page).evaluate(plantChildFrames, 1500)).toEqual(painted);
    await page.close();
    await store({ ...settingsWith({}), allowedSites: [] });
  });

  it('"only on sites I list" switches live', async () => {
    await store({ ...settingsWith({ privacyMode: 'listed' }), allowedSites: [] });
    const page = await open('terms');
    expect(await learned(page)).toEqual(nothing);
    await store({ allowedSites: ['127.0.0.1'] });
    await expect.poll(() => learned(page).then((l) => l.highlights.includes('dmg-term')), { timeout: 10_000 }).toBe(true);
    await page.close();
    await store({ ...settingsWith({}), allowedSites: [] });
  });

  it('with medicines marked and paintMine off (the default), the page sees exactly what it sees for a reader with no notebook', async () => {
    await store(settingsWith({}));
    await ext.evaluate(setNotebook, null);
    const unmarked = await open('terms');
    const before = await unmarked.evaluate(pageView);
    await unmarked.close();
    await ext.evaluate(setNotebook, { mine: ['prednisone', 'methotrexate'], paintMine: false });
    const page = await open('terms');
    expect(await page.evaluate(pageView)).toEqual(before);
    await ext.evaluate(setNotebook, { mine: ['prednisone'], paintMine: true });
    await expect.poll(() => page.evaluate(pageView).then((v) => v.ranges['dmg-mine']), { timeout: 10_000 }).toEqual([expect.stringMatching(/^prednisone@/)]);
    await ext.evaluate(setNotebook, { mine: ['prednisone'], paintMine: false });
    await expect.poll(() => page.evaluate(pageView), { timeout: 10_000 }).toEqual(before);
    await page.close();
    await ext.evaluate(setNotebook, null);
  });
});
