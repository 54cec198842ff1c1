import { describe, expect, it } from 'vitest';
import { publishedPatterns } from '../../glossary/page-matcher';
import { readPatternCache, readSpanishPatterns } from '../../glossary/pattern-cache';
import { matcherFromCache } from '../../glossary/stored-matcher';

const ids = (matches: { entryId: string; text: string }[]) => matches.map((m) => `${m.entryId}:${m.text}`);

describe('the Spanish names and patterns published beside the main ones', () => {
  const published = JSON.parse(JSON.stringify(publishedPatterns([undefined, ['medicine']]))) as unknown as Record<'main' | 'spanish', unknown>;
  const cache = readPatternCache(published.main)!;
  const spanish = readSpanishPatterns(published.spanish, cache)!;

  it('are an item of their own, made from the main one, for the same choices of kinds', () => {
    expect(spanish).toBeDefined();
    expect(spanish.base).toBe(cache.stamp);
    expect(Object.keys(spanish.sources).sort()).toEqual(Object.keys(cache.sources).sort());
    expect(spanish.stamp).not.toBe(cache.stamp);
    // What every frame reads carries no Spanish name: the main item is what is left once they are out.
    expect(published.main).not.toHaveProperty('spanish');
    expect(JSON.stringify(published.main)).not.toContain('prednisona');
  });

  it('paint the Spanish names on a Spanish page only, and keep Spanish words out', () => {
    const text = 'Los rayos X no mostraron nada; sigo con prednisona (Rayos) y Plaquenil.';
    expect(ids(matcherFromCache(cache, undefined, spanish).findAll(text))).toEqual(['prednisone:prednisona', 'hydroxychloroquine:Plaquenil']);
    expect(ids(matcherFromCache(cache).findAll(text))).toEqual(['prednisone:rayos', 'prednisone:Rayos', 'hydroxychloroquine:Plaquenil']);
    // The reader's choice of kinds applies to Spanish pages too.
    expect(ids(matcherFromCache(cache, ['test'], spanish).findAll('La creatina kinasa y la prednisona'))).toEqual(['creatine-kinase:creatina kinasa']);
  });

  it('use the stored Spanish pattern, not one compiled in the page', () => {
    expect(matcherFromCache(cache, ['medicine'], spanish).source).toBe(spanish.sources['medicine']);
  });

  it('are refused when damaged or made from other names, and a Spanish page then gets the main names', () => {
    expect(readSpanishPatterns({ stamp: 1, names: [], sources: {} }, cache)).toBeUndefined();
    expect(readSpanishPatterns({ ...spanish, base: 'an older glossary' }, cache)).toBeUndefined();
    expect(readSpanishPatterns({ ...spanish, base: undefined }, cache)).toBeUndefined();
    expect(readSpanishPatterns(undefined, cache)).toBeUndefined();
    expect(ids(matcherFromCache(cache, undefined, undefined).findAll('Plaquenil y prednisona'))).toEqual(['hydroxychloroquine:Plaquenil']);
  });
});
