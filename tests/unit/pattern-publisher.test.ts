import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { publishedPatterns } from '../../glossary/page-matcher';
import { matcherFromCache } from '../../glossary/stored-matcher';
import { categoryKey, FRAME_GATE_KEY, gateWords, PATTERN_CACHE_KEY, SPANISH_PATTERNS_KEY } from '../../glossary/pattern-cache';
import { CATEGORIES } from '../../glossary/types';
import { isStored, publishPatterns } from '../../utils/background/pattern-publisher';
import { frameGateWords, pagePatterns, readStoredPatterns, spanishPagePatterns } from '../../utils/content/stored-patterns';

beforeEach(() => fakeBrowser.reset());

const stored = () => browser.storage.local.get([PATTERN_CACHE_KEY, SPANISH_PATTERNS_KEY, FRAME_GATE_KEY]);
const settled = async (): Promise<void> => {
  await vi.waitFor(async () => expect(Object.values(await stored()).filter(Boolean)).toHaveLength(3));
};

describe('the page patterns in storage', () => {
  it('include the child frames\' gate: every kind of term\'s names as words, without the pattern or the context rules', async () => {
    publishPatterns(browser);
    await settled();
    const next = publishedPatterns([CATEGORIES, CATEGORIES]);
    const gate = (await browser.storage.local.get(FRAME_GATE_KEY))[FRAME_GATE_KEY];
    expect(gate).toEqual(next.gate);
    expect(next.gate).toEqual(gateWords(next.main.stamp, next.main.names, next.spanish.names));
    expect(Object.keys(gate as object).sort()).toEqual(['stamp', 'words']);
    expect(typeof (gate as { words: unknown }).words).toBe('string');
    // What it saves a frame: the patterns, the names' objects and the context rules of both items.
    expect(JSON.stringify(gate).length).toBeLessThan(JSON.stringify(next.main).length / 2);

    const get = vi.spyOn(browser.storage.local, 'get');
    const words = (await frameGateWords(browser))!;
    expect(get.mock.calls.flat()).toEqual([FRAME_GATE_KEY]);
    expect(words.mayHold('She was started on methotrexate.')).toBe(true);
    expect(words.mayHold('The weather was mild.')).toBe(false);
    // The Spanish names too: the gate never tells a frame's language.
    expect(words.mayHold('Le recetaron ácido fólico.')).toBe(true);

    // The item of the version before, which held a pattern, is rewritten.
    await browser.storage.local.set({ [FRAME_GATE_KEY]: { stamp: next.main.stamp, source: '(?:methotrexate)' } });
    expect(isStored(await stored(), next)).toBe(false);
    await expect(frameGateWords(browser)).resolves.toBeUndefined();

    // A missing or broken gate item is written again, and a frame reads nothing usable from it meanwhile.
    await browser.storage.local.set({ [FRAME_GATE_KEY]: { stamp: 1 } });
    expect(isStored(await stored(), next)).toBe(false);
    await expect(frameGateWords(browser)).resolves.toBeUndefined();
    get.mockRestore();
  });


  it('are items of their own: every top frame reads the main one, only a Spanish page the Spanish one', async () => {
    publishPatterns(browser);
    await settled();
    const items = await stored();
    expect(isStored(items, publishedPatterns([CATEGORIES, CATEGORIES]))).toBe(true);
    expect(items[PATTERN_CACHE_KEY]).not.toHaveProperty('spanish');
    // The reason for the split: the Spanish item is more than half of what a frame would parse.
    expect(JSON.stringify(items[SPANISH_PATTERNS_KEY]).length).toBeGreaterThan(JSON.stringify(items[PATTERN_CACHE_KEY]).length);

    const get = vi.spyOn(browser.storage.local, 'get');
    const main = (await readStoredPatterns(browser))!;
    expect(get.mock.calls.flat()).toEqual([PATTERN_CACHE_KEY]);
    const spanish = (await spanishPagePatterns(browser, main))!;
    expect(spanish.base).toBe(main.stamp);
    expect(get.mock.calls.flat()).toEqual([PATTERN_CACHE_KEY, SPANISH_PATTERNS_KEY]);
  });

  it('rewrite an older item that held the Spanish names inside the main one, and leave a current one alone', async () => {
    const next = publishedPatterns([CATEGORIES, CATEGORIES]);
    await browser.storage.local.set({ [PATTERN_CACHE_KEY]: { ...next.main, spanish: next.spanish } });
    expect(isStored(await stored(), next)).toBe(false);
    publishPatterns(browser);
    await settled();
    expect(isStored(await stored(), next)).toBe(true);

    const set = vi.spyOn(browser.storage.local, 'set');
    publishPatterns(browser);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(set).not.toHaveBeenCalled();
  });

  it('carry each language\'s names as words for the painter, and an older item without them is still read, then rewritten', async () => {
    const next = publishedPatterns([CATEGORIES, CATEGORIES]);
    const { words: _main, ...older } = next.main;
    const { words: _spanish, ...olderSpanish } = next.spanish;
    await browser.storage.local.set({ [PATTERN_CACHE_KEY]: older, [SPANISH_PATTERNS_KEY]: olderSpanish, [FRAME_GATE_KEY]: next.gate });
    // Still usable by a page meanwhile: its matcher builds the words from the names.
    const read = (await readStoredPatterns(browser))!;
    expect(read.words).toBeUndefined();
    expect(matcherFromCache(read, CATEGORIES).makeWords()?.mayHold('Weekly IVIG.')).toBe(true);
    expect(isStored(await stored(), next)).toBe(false);
    publishPatterns(browser);
    await vi.waitFor(async () => expect(isStored(await stored(), next)).toBe(true));
    const main = (await readStoredPatterns(browser))!;
    const spanish = (await spanishPagePatterns(browser, main))!;
    expect(main.words).toBe(next.main.words);
    // English names on an English page, Spanish ones on a Spanish page: each matcher reads its item's words.
    expect(matcherFromCache(main, CATEGORIES).makeWords()?.mayHold('Tomo metotrexato.')).toBe(false);
    expect(matcherFromCache(main, CATEGORIES, spanish).makeWords()?.mayHold('Tomo metotrexato.')).toBe(true);
  });

  it('are asked of the background where storage has none, and a Spanish item of other names is not used', async () => {
    const next = publishedPatterns([CATEGORIES, CATEGORIES]);
    // A frame on the first run: nothing stored yet, the background answers each request with its item.
    publishPatterns(browser);
    await settled();
    await browser.storage.local.clear();
    // Delivered as the browser does: to the background's listener, from our own extension.
    vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(async (message: unknown) =>
      (await fakeBrowser.runtime.onMessage.trigger(message, { id: browser.runtime.id } as never, () => undefined)).find((reply) => reply !== undefined),
    );
    const main = await pagePatterns(browser, await readStoredPatterns(browser));
    expect(main?.stamp).toBe(next.main.stamp);
    // A child frame's gate too: without it, every frame of the first pages would get the painter.
    expect((await frameGateWords(browser))?.mayHold('Weekly IVIG.')).toBe(true);
    expect((await spanishPagePatterns(browser, main!))?.stamp).toBe(next.spanish.stamp);
    // An update in between: the Spanish item no longer matches the names this frame paints with.
    await browser.storage.local.set({ [SPANISH_PATTERNS_KEY]: { ...next.spanish, base: 'a newer glossary' } });
    expect((await spanishPagePatterns(browser, { ...main!, stamp: 'an older glossary' }))).toBeUndefined();
  });
});

describe('what the background publishes', () => {
  it('is made once per choice of kinds, not at each frame that asks', () => {
    const all = publishedPatterns([CATEGORIES, CATEGORIES]);
    expect(publishedPatterns([CATEGORIES, [...CATEGORIES]])).toBe(all);
    const some = publishedPatterns([CATEGORIES, ['medicine']]);
    expect(some).not.toBe(all);
    expect(Object.keys(some.main.sources)).toEqual([categoryKey(CATEGORIES), 'medicine']);
  });
});
