import { describe, expect, it } from 'vitest';
import { TermMatcher } from '../../glossary/matcher';
import { DocumentTerms, pageMentions } from '../../utils/reader/page-terms';
import { entry } from './entry-fixture';

const matcher = new TermMatcher([entry('prednisone', 'Prednisone'), entry('methotrexate', 'Methotrexate', [{ text: 'MTX', caseSensitive: true }])]);
const find = (text: string) => matcher.findAll(text);

describe('which terms each page names', () => {
  it('matches each text item on its own, as its span in the text layer is', () => {
    expect(pageMentions(['Take prednisone and MTX;', 'prednisone again', 'mtx'], find)).toEqual(['prednisone', 'methotrexate', 'prednisone']);
    // A name split over two items (two spans) is not a mention there, so not here either.
    expect(pageMentions(['predni', 'sone'], find)).toEqual([]);
  });

  it('counts per page and per document, most named first, and lists places in order', () => {
    const terms = new DocumentTerms();
    terms.setPage(2, ['methotrexate', 'prednisone', 'methotrexate']);
    terms.setPage(1, ['prednisone']);
    terms.setPage(3, []);
    expect(terms.pagesRead).toBe(3);
    expect(terms.onPage(2)).toEqual([
      { entryId: 'methotrexate', count: 2 },
      { entryId: 'prednisone', count: 1 },
    ]);
    expect(terms.onPage(3)).toEqual([]);
    // Ties are ordered by id, so the list does not reshuffle as pages are read.
    expect(terms.inDocument()).toEqual([
      { entryId: 'methotrexate', count: 2 },
      { entryId: 'prednisone', count: 2 },
    ]);
    expect(terms.placesOf('prednisone')).toEqual([
      { page: 1, ordinal: 0 },
      { page: 2, ordinal: 0 },
    ]);
    expect(terms.placesOf('methotrexate')).toEqual([
      { page: 2, ordinal: 0 },
      { page: 2, ordinal: 1 },
    ]);
    expect(terms.placesOf('ivig')).toEqual([]);
  });
});
