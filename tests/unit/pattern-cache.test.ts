import { describe, expect, it } from 'vitest';
import { namesStamp } from 'virtual:dmg-term-names';
import { TermMatcher } from '../../glossary/matcher';
import { getPageMatcher, patternCache } from '../../glossary/page-matcher';
import { categoryKey, FRAME_GATE_REQUEST, patternRequest, PATTERN_CACHE_REQUEST, readPatternCache, SPANISH_PATTERNS_REQUEST } from '../../glossary/pattern-cache';
import { matcherFromCache } from '../../glossary/stored-matcher';
import { entry } from './entry-fixture';

const entries = [entry('prednisone', 'Prednisone', ['Rayos']), entry('ivig', 'IVIG')];

describe('the names and page pattern the background publishes for content scripts', () => {
  it('are published for all kinds and the current choice, with the names they were built from', () => {
    const cache = patternCache([undefined, ['medicine']]);
    expect(cache.stamp).toBe(namesStamp);
    expect(Object.keys(cache.sources).sort()).toEqual(['*', 'medicine']);
    expect(cache.names.length).toBeGreaterThan(100);
    // Search-only aliases are never among them (they must not reach the page).
    expect(cache.names.flatMap((n) => n.aliases).some((a) => typeof a !== 'string' && 'searchOnly' in a)).toBe(false);
    expect(categoryKey(['test', 'medicine'])).toBe(categoryKey(['medicine', 'test']));
  });

  it('survive the trip through storage or a message, and anything else is refused whole', () => {
    const cache = patternCache([undefined]);
    expect(readPatternCache(JSON.parse(JSON.stringify(cache)))).toEqual(cache);
    const junk: unknown[] = [
      undefined,
      null,
      7,
      'x',
      { ...cache, stamp: 3 },
      { ...cache, names: [] },
      { ...cache, names: [{ id: 'x', name: 'X', category: 'medicine' }] },
      { ...cache, names: [{ id: 'x', name: 'X', category: 'medicine', aliases: [4] }] },
      { ...cache, sources: null },
      // Without its context data (an older version's item) the cache would paint every false friend.
      { ...cache, context: undefined },
      { ...cache, context: { names: { mmr: { ambiguous: 'maybe' } }, neighbours: '' } },
    ];
    for (const value of junk) expect(readPatternCache(value)).toBeUndefined();
    // A damaged source alone is dropped; the matcher then builds its own from the names.
    expect(readPatternCache({ ...cache, sources: { '*': 5 } })?.sources).toEqual({});
    expect(patternRequest(PATTERN_CACHE_REQUEST)).toBe('main');
    expect(patternRequest(SPANISH_PATTERNS_REQUEST)).toBe('es');
    expect(patternRequest(FRAME_GATE_REQUEST)).toBe('gate');
    expect(patternRequest({ ...FRAME_GATE_REQUEST, item: 'other' })).toBeUndefined();
    expect(patternRequest({ ...FRAME_GATE_REQUEST, language: 'es' })).toBeUndefined();
    expect(patternRequest({ ...PATTERN_CACHE_REQUEST, language: 'fr' })).toBeUndefined();
    expect(patternRequest({ type: 'other' })).toBeUndefined();
    expect(patternRequest(null)).toBeUndefined();
  });

  it('give the content script the same matches as a matcher built on the spot', () => {
    const cache = patternCache([undefined]);
    const text = 'Methotrexate (MTX) and a muscle biopsy; IVIG; dm is not DM.';
    expect(matcherFromCache(cache).findAll(text)).toEqual(getPageMatcher().findAll(text));
    expect(matcherFromCache(cache, ['medicine']).findAll(text).map((m) => m.entryId)).toEqual(['methotrexate', 'methotrexate', 'ivig']);
  });

  it('use a stored source as is, and build from the names where it is missing or broken', () => {
    const names = entries.map(({ id, name, category, aliases }) => ({ id, name, category, aliases }));
    const planted = '(?<![\\w])planted(?![\\w])';
    const noContext = { names: {}, neighbours: '(?!)' };
    expect(matcherFromCache({ stamp: 's', names, sources: { '*': planted }, context: noContext }).source).toBe(planted);
    const built = new TermMatcher(entries).source;
    expect(matcherFromCache({ stamp: 's', names, sources: {}, context: noContext }).source).toBe(built);
    expect(matcherFromCache({ stamp: 's', names, sources: { '*': '(unclosed' }, context: noContext }).source).toBe(built);
  });
});
