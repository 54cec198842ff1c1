import { describe, expect, it } from 'vitest';
import { getMatcher, glossary } from '../../glossary';
import { GlossarySearch } from '../../utils/search/search-index';

const search = new GlossarySearch(glossary, getMatcher());
const top = (query: string) => search.search(query)[0]?.id;

describe('popup search', () => {
  it.each([
    ['Imuran', 'azathioprine'],
    ['Plaquenil', 'hydroxychloroquine'],
    ['HCQ', 'hydroxychloroquine'],
    ['MTX', 'methotrexate'],
    ['metotrexate', 'methotrexate'],
    ['hydroxycloroquine', 'hydroxychloroquine'],
    ['ritux', 'rituximab'],
    ['ivig', 'ivig'],
    ['calcinosis', 'calcinosis'],
  ])('ranks the right entry first for "%s"', (query, id) => {
    expect(top(query)).toBe(id);
  });

  it('says which brand or abbreviation matched', () => {
    expect(search.search('Imuran')[0]).toMatchObject({ id: 'azathioprine', viaAlias: 'Imuran' });
  });

  it('finds words from the body, with names ranked above body text', () => {
    const ids = search.search('eye exam').map((h) => h.id);
    expect(ids).toContain('hydroxychloroquine');
    const steroid = search.search('prednisone').map((h) => h.id);
    expect(steroid[0]).toBe('prednisone');
    expect(steroid.length).toBeGreaterThan(1);
  });

  it('returns nothing for an empty query or gibberish', () => {
    expect(search.search('   ')).toEqual([]);
    expect(search.search('zzqxv')).toEqual([]);
  });
});
