import { describe, expect, it } from 'vitest';
import { patternCache } from '../../glossary/page-matcher';
import { readPatternCache } from '../../glossary/pattern-cache';
import { matcherFromCache } from '../../glossary/stored-matcher';

const ids = (matches: { entryId: string; text: string }[]) => matches.map((m) => `${m.entryId}:${m.text}`);

describe('the Spanish names and patterns published beside the main ones', () => {
  const cache = readPatternCache(JSON.parse(JSON.stringify(patternCache([undefined, ['medicine']]))))!;

  it('travel with the main item, for the same choices of kinds', () => {
    expect(cache.spanish).toBeDefined();
    expect(Object.keys(cache.spanish!.sources).sort()).toEqual(Object.keys(cache.sources).sort());
    expect(cache.spanish!.stamp).not.toBe(cache.stamp);
  });

  it('paint the Spanish names on a Spanish page only, and keep Spanish words out', () => {
    const text = 'Los rayos X no mostraron nada; sigo con prednisona (Rayos) y Plaquenil.';
    expect(ids(matcherFromCache(cache, undefined, 'es').findAll(text))).toEqual(['prednisone:prednisona', 'hydroxychloroquine:Plaquenil']);
    expect(ids(matcherFromCache(cache).findAll(text))).toEqual(['prednisone:rayos', 'prednisone:Rayos', 'hydroxychloroquine:Plaquenil']);
    // The reader's choice of kinds applies to Spanish pages too.
    expect(ids(matcherFromCache(cache, ['test'], 'es').findAll('La creatina kinasa y la prednisona'))).toEqual(['creatine-kinase:creatina kinasa']);
  });

  it('use the stored Spanish pattern, not one compiled in the page', () => {
    expect(matcherFromCache(cache, ['medicine'], 'es').source).toBe(cache.spanish!.sources['medicine']);
  });

  it('are dropped alone when damaged, and an older item without them still paints Spanish pages with the main names', () => {
    const damaged = readPatternCache({ ...cache, spanish: { stamp: 1, names: [], sources: {} } })!;
    expect(damaged.spanish).toBeUndefined();
    expect(damaged.names).toEqual(cache.names);
    expect(ids(matcherFromCache(damaged, undefined, 'es').findAll('Plaquenil y prednisona'))).toEqual(['hydroxychloroquine:Plaquenil']);
  });
});
