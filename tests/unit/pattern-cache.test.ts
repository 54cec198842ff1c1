import { describe, expect, it } from 'vitest';
import { namesStamp } from 'virtual:dmg-term-names';
import { TermMatcher } from '../../glossary/matcher';
import { categoryKey, getPageMatcher, patternSources } from '../../glossary/page-matcher';
import { cachedSource } from '../../glossary/pattern-cache';
import { entry } from './entry-fixture';

const entries = [entry('prednisone', 'Prednisone', ['Rayos']), entry('ivig', 'IVIG')];

describe('the page pattern compiled ahead', () => {
  it('is used only for the same names and the same choice of kinds', () => {
    const stored = { stamp: 'abc', sources: { '*': 'x' } };
    expect(cachedSource(stored, 'abc', '*')).toBe('x');
    expect(cachedSource(stored, 'other', '*')).toBeUndefined();
    expect(cachedSource(stored, 'abc', 'medicine')).toBeUndefined();
    for (const junk of [undefined, null, 7, 'x', { stamp: 'abc' }, { stamp: 'abc', sources: null }, { stamp: 'abc', sources: { '*': 3 } }, { stamp: 'abc', sources: { '*': '' } }]) {
      expect(cachedSource(junk, 'abc', '*')).toBeUndefined();
    }
  });

  it('gives the matcher exactly the pattern it would build itself', () => {
    const built = new TermMatcher(entries);
    const given = new TermMatcher(entries, built.source);
    expect(given.source).toBe(built.source);
    expect(given.findAll('Rayos, then IVIG').map((m) => m.entryId)).toEqual(['prednisone', 'ivig']);
  });

  it('falls back to building when a stored source does not compile', () => {
    const matcher = new TermMatcher(entries, '(unclosed');
    expect(matcher.source).toBe(new TermMatcher(entries).source);
    expect(matcher.findAll('prednisone').length).toBe(1);
  });

  it('is published for all kinds and the current choice, keyed as the content script looks it up', () => {
    const published = patternSources([undefined, ['medicine']]);
    expect(published.stamp).toBe(namesStamp);
    expect(Object.keys(published.sources).sort()).toEqual(['*', 'medicine']);
    expect(categoryKey(['test', 'medicine'])).toBe(categoryKey(['medicine', 'test']));
    const fromCache = getPageMatcher(['medicine'], published);
    expect(fromCache.findAll('methotrexate and a muscle biopsy').map((m) => m.entryId)).toEqual(['methotrexate']);
    // The content script's matcher takes a stored source as is, without building its own.
    const planted = '(?<![\\w])planted(?![\\w])';
    expect(getPageMatcher(['symptom'], { stamp: namesStamp, sources: { symptom: planted } }).source).toBe(planted);
    expect(getPageMatcher(['condition'], { stamp: 'old glossary', sources: { condition: planted } }).source).not.toBe(planted);
  });
});
