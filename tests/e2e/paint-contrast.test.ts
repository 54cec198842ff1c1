/**
 * Whether a painted term can be seen, measured in pixels on the built extension (UX review m13,
 * m17), on a page of call-out boxes (tests/fixtures/boxes/callouts.html):
 * - on amber (#ffc107) and yellow boxes, in both browsers: the term's marker (its fill or its line)
 *   must put enough pixels at 3:1 or more against the box, where the light fill alone is 1.3:1;
 * - in forced colours: a painted term, the same word selected, and the same word as the card's
 *   current mention must look different. Chromium paints every custom highlight with the
 *   selection's own pair (Highlight/HighlightText) in forced colours, whatever the rule says
 *   (measured: `background-color: Mark` came out rgba(0,230,255,.8) in the dark theme, like a
 *   selection), so there the lines are what tells them apart. Firefox keeps Mark.
 * Each state is compared on the same word at the same place, so only the paint differs.
 * Screenshots: test-results/screenshots/ux-amber-*.png and ux-forced-*.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page as PwPage } from 'playwright-core';
import type { Browser, Page as PpPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, launchFirefox, ROOT, type ChromiumSession } from '../support/browsers';
import { serveDirectory, type StaticServer } from '../support/static-server';
import { rangeCentre } from './paint-checks';

const SHOTS = join(ROOT, 'test-results/screenshots');
const shot = (name: string) => join(SHOTS, `${name}.png`) as `${string}.png`;

/** Either driver's page, as far as these checks need it. */
interface Driven {
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  /** A PNG of a viewport rectangle. */
  shoot(clip: Box, path?: string): Promise<Buffer>;
  click(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
}
interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function playwright(page: PwPage): Driven {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    shoot: (clip, path) => page.screenshot({ clip, path }),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
  };
}

function puppeteer(page: PpPage): Driven {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    shoot: async (clip, path) => {
      // puppeteer's clip is in page coordinates, not the viewport's.
      const scroll = await page.evaluate(() => ({ x: scrollX, y: scrollY }));
      return Buffer.from(await page.screenshot({ clip: { ...clip, x: clip.x + scroll.x, y: clip.y + scroll.y }, path: path as `${string}.png` | undefined }));
    },
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as never),
  };
}

// ------------------------------------------------------------------------------------------------
// Functions that run in the page.

/** The viewport box of `word` in the element `id`, grown by `pad`, scrolled into view. */
function wordBox({ id, word, pad }: { id: string; word: string; pad: number }): Box {
  const text = document.getElementById(id)!.firstChild as Text;
  text.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
  const range = document.createRange();
  const at = text.data.indexOf(word);
  range.setStart(text, at);
  range.setEnd(text, at + word.length);
  const box = range.getBoundingClientRect();
  return { x: Math.round(box.left - pad), y: Math.round(box.top - pad), width: Math.round(box.width + 2 * pad), height: Math.round(box.height + 2 * pad) };
}

/** Takes our highlights out of the registry (true) or puts them back (false); how many moved. */
function togglePaint(remove: boolean): number {
  const store = globalThis as unknown as { __dmgTaken?: Array<[string, Highlight]> };
  if (remove) {
    store.__dmgTaken = [...CSS.highlights].filter(([name]) => name.startsWith('dmg-')) as Array<[string, Highlight]>;
    for (const [name] of store.__dmgTaken) CSS.highlights.delete(name);
    return store.__dmgTaken.length;
  }
  const taken = store.__dmgTaken ?? [];
  for (const [name, highlight] of taken) CSS.highlights.set(name, highlight);
  store.__dmgTaken = [];
  return taken.length;
}

/** Selects `word` in the element `id` (null: clears the selection). */
function selectWord(target: { id: string; word: string } | null): void {
  const selection = getSelection()!;
  selection.removeAllRanges();
  if (!target) return;
  const text = document.getElementById(target.id)!.firstChild as Text;
  const range = document.createRange();
  const at = text.data.indexOf(target.word);
  range.setStart(text, at);
  range.setEnd(text, at + target.word.length);
  selection.addRange(range);
}

/**
 * Compares two PNGs of the same size (leaving out `inset` px at each edge), decoded by the browser: how many pixels differ plainly (by
 * more than 80 in a channel: a shade of the same colour, as a translucent selection over the same
 * hue, does not count), and how many of those in `a` are at 3:1 or more against `against` (a
 * #rrggbb background) where `b`'s are not: a marker's own pixels, not the glyph edges both share.
 * Runs in a page; self-contained.
 */
async function comparePngs({ a, b, against, inset = 0 }: { a: string; b: string; against?: string; inset?: number }): Promise<{ differ: number; strong: number; width: number }> {
  const decode = async (base64: string) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    return context.getImageData(0, 0, canvas.width, canvas.height);
  };
  const [one, two] = [await decode(a), await decode(b)];
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  const luminance = (r: number, g: number, bl: number) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(bl);
  const back = against ? luminance(parseInt(against.slice(1, 3), 16), parseInt(against.slice(3, 5), 16), parseInt(against.slice(5, 7), 16)) : 0;
  let differ = 0;
  let strong = 0;
  for (let i = 0; i < one.data.length; i += 4) {
    const x = (i / 4) % one.width;
    const y = Math.floor(i / 4 / one.width);
    if (x < inset || y < inset || x >= one.width - inset || y >= one.height - inset) continue;
    const d = Math.max(Math.abs(one.data[i]! - two.data[i]!), Math.abs(one.data[i + 1]! - two.data[i + 1]!), Math.abs(one.data[i + 2]! - two.data[i + 2]!));
    if (d > 80) differ++;
    if (against && d > 80) {
      const ratio = (l: number) => (Math.max(l, back) + 0.05) / (Math.min(l, back) + 0.05);
      const l1 = luminance(one.data[i]!, one.data[i + 1]!, one.data[i + 2]!);
      const l2 = luminance(two.data[i]!, two.data[i + 1]!, two.data[i + 2]!);
      if (ratio(l1) >= 3 && ratio(l2) < 3) strong++;
    }
  }
  return { differ, strong, width: one.width };
}

// ------------------------------------------------------------------------------------------------

const BOXES = [
  { id: 'amber', word: 'prednisone', colour: '#ffc107' },
  { id: 'yellow', word: 'methotrexate', colour: '#fff3b0' },
  { id: 'white', word: 'hydroxychloroquine', colour: '#ffffff' },
] as const;

const painted = () => (CSS.highlights.get('dmg-term-plain')?.size ?? 0) >= 3;

describe('painted terms can be seen', () => {
  let server: StaticServer;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await serveDirectory(join(ROOT, 'tests/fixtures/boxes'));
  });
  afterAll(async () => {
    await server?.close();
  });

  /** Decodes in a blank page of the same browser (its canvas reads data: images freely). */
  async function compare(blank: Driven, a: Buffer, b: Buffer, against?: string, inset = 0) {
    return blank.evaluate(comparePngs, { a: a.toString('base64'), b: b.toString('base64'), against, inset });
  }

  /** Amber, yellow and white boxes: the term's marker against the box colour. */
  async function checkBoxes(page: Driven, blank: Driven, browser: string): Promise<void> {
    for (const box of BOXES) {
      const clip = await page.evaluate(wordBox, { id: box.id, word: box.word, pad: 4 });
      const marked = await page.shoot(clip, shot(`ux-amber-${box.id}-${browser}`));
      expect(await page.evaluate(togglePaint, true)).toBeGreaterThan(0);
      const bare = await page.shoot(clip);
      expect(await page.evaluate(togglePaint, false)).toBeGreaterThan(0);
      const { strong, width } = await compare(blank, marked, bare, box.colour);
      console.info(`${browser} ${box.id} box (${box.colour}): ${strong} marker pixels at 3:1 or more over a ${width} px wide clip`);
      // A light fill alone gives none on amber; a 1 px dotted line about half the word's width.
      expect(strong, `${box.id}: marker pixels at 3:1 against the box`).toBeGreaterThanOrEqual(0.75 * (width - 8));
    }
  }

  /** Forced colours: plain term, selected word and current mention, all on "prednisone". */
  async function checkForced(page: Driven, blank: Driven, browser: string, label: string): Promise<void> {
    const word = { id: 'amber', word: 'prednisone' };
    const PAD = 6;
    const clip = await page.evaluate(wordBox, { ...word, pad: PAD });
    const plain = await page.shoot(clip, shot(`ux-forced-${label}-plain-${browser}`));
    expect(await page.evaluate(togglePaint, true)).toBeGreaterThan(0);
    await page.evaluate(selectWord, word);
    const selected = await page.shoot(clip, shot(`ux-forced-${label}-selected-${browser}`));
    await page.evaluate(selectWord, null);
    expect(await page.evaluate(togglePaint, false)).toBeGreaterThan(0);
    const point = await page.evaluate(rangeCentre, { name: 'dmg-term-plain', text: 'prednisone' });
    await page.click(point!.x, point!.y);
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 600)), undefined);
    expect(await page.evaluate(() => CSS.highlights.get('dmg-current')?.size ?? 0, undefined), 'the card marks its mention').toBe(1);
    const current = await page.shoot(clip, shot(`ux-forced-${label}-current-${browser}`));
    await page.press('Escape');
    const width = clip.width - 2 * PAD;
    // Against the selection, inside the word's own box only: a selection fills the whole line
    // box, taller than a highlight's, and that edge is not what tells them apart.
    const termVsSelection = (await compare(blank, plain, selected, undefined, PAD)).differ;
    const currentVsSelection = (await compare(blank, current, selected, undefined, PAD)).differ;
    const currentVsTerm = (await compare(blank, current, plain)).differ;
    console.info(`${browser} forced ${label}: differing pixels, word ${width} px wide: term/selection ${termVsSelection}, current/selection ${currentVsSelection}, current/term ${currentVsTerm}`);
    // At least a line's worth of pixels apart: a 3 px dotted line is about 1.5 word widths, the
    // 1 px one it replaced half of one.
    expect(termVsSelection, 'a painted term looks unlike a selected word').toBeGreaterThanOrEqual(1.0 * width);
    expect(currentVsSelection, 'the current mention looks unlike a selected word').toBeGreaterThanOrEqual(1.5 * width);
    expect(currentVsTerm, 'the current mention looks unlike the other terms').toBeGreaterThanOrEqual(1.5 * width);
  }

  describe('in Chromium', () => {
    let session: ChromiumSession;
    let page: PwPage;
    let blank: PwPage;
    beforeAll(async () => {
      session = await launchChromium(undefined, { viewport: { width: 1000, height: 700 } });
      blank = await session.context.newPage();
      page = await session.context.newPage();
      await page.goto(server.url('callouts.html'));
      await page.waitForFunction(painted, null, { timeout: 20_000 });
    });
    afterAll(async () => {
      await session?.close();
    });

    it('marks a term on amber, yellow and white boxes with 3:1 pixels against the box', async () => {
      await checkBoxes(playwright(page), playwright(blank), 'chromium');
      await page.evaluate(() => scrollTo(0, 0));
      await page.screenshot({ path: shot('ux-amber-boxes-chromium') });
      // The same boxes on a dark page (the boxes keep their colours, as call-outs on dark sites do).
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.screenshot({ path: shot('ux-amber-boxes-dark-chromium') });
      await page.emulateMedia({ colorScheme: 'light' });
    });

    it('tells a term, a selected word and the current mention apart in forced colours, dark and light', async () => {
      for (const scheme of ['dark', 'light'] as const) {
        await page.emulateMedia({ forcedColors: 'active', colorScheme: scheme });
        await checkForced(playwright(page), playwright(blank), 'chromium', scheme);
        await page.evaluate(() => scrollTo(0, 0));
        await page.screenshot({ path: shot(`ux-forced-${scheme}-boxes-chromium`) });
      }
      await page.emulateMedia({ forcedColors: 'none', colorScheme: 'light' });
    });
  });

  describe('in Firefox', () => {
    let browser: Browser;
    async function open(b: Browser): Promise<{ page: PpPage; blank: PpPage }> {
      const blank = await b.newPage();
      const page = await b.newPage();
      await page.setViewport({ width: 1000, height: 700 });
      await page.goto(server.url('callouts.html'));
      await page.waitForFunction(painted, { timeout: 20_000, polling: 100 });
      return { page, blank };
    }
    afterAll(async () => {
      await browser?.close();
    });

    it('marks a term on amber, yellow and white boxes with 3:1 pixels against the box', async () => {
      browser = await launchFirefox();
      const { page, blank } = await open(browser);
      await checkBoxes(puppeteer(page), puppeteer(blank), 'firefox');
      await page.evaluate(() => scrollTo(0, 0));
      await page.screenshot({ path: shot('ux-amber-boxes-firefox') });
      await browser.close();
    });

    it('tells a term, a selected word and the current mention apart in forced colours (document colours overridden)', async () => {
      browser = await launchFirefox(undefined, {
        prefs: {
          'browser.display.document_color_use': 2,
          'browser.display.background_color': '#000000',
          'browser.display.foreground_color': '#ffffff',
          'browser.display.use_system_colors': false,
        },
      });
      const { page, blank } = await open(browser);
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
      await checkForced(puppeteer(page), puppeteer(blank), 'firefox', 'dark');
      await page.evaluate(() => scrollTo(0, 0));
      await page.screenshot({ path: shot('ux-forced-boxes-firefox') });
    });
  });
});
