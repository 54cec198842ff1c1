import { describe, expect, it } from 'vitest';
import { findHits, foldForFind, joinItems, stepHit } from '../../utils/reader/find';

describe('find in a PDF', () => {
  it('ignores case and accents, as browsers do', () => {
    expect(foldForFind('Prednisolone ÉTÉ')).toBe('prednisolone ete');
  });

  it('finds every hit on every page, in order, with offsets into the page text', () => {
    const pages = [['Start metho', 'trexate weekly.'], [], ['METHOTREXATE and ', 'methotrexate']];
    const hits = findHits(pages, 'methotrexate');
    expect(hits.map((h) => h.page)).toEqual([1, 3, 3]);
    // A hit may run across two text items (the text layer's spans).
    expect(joinItems(pages[0]!).slice(hits[0]!.start, hits[0]!.start + hits[0]!.length)).toBe('methotrexate');
    expect(hits[2]).toEqual({ page: 3, start: 17, length: 12 });
  });

  it('maps folded hits back to the original characters', () => {
    const [hit] = findHits([['Café crème']], 'creme');
    expect(hit).toEqual({ page: 1, start: 5, length: 5 });
  });

  it('finds nothing for a blank query, and stops at the limit', () => {
    expect(findHits([['a a a']], '   ')).toEqual([]);
    expect(findHits([['a a a a']], 'a', 2)).toHaveLength(2);
  });

  it('steps round the hits', () => {
    expect(stepHit(3, 2, 1)).toBe(0);
    expect(stepHit(3, 0, -1)).toBe(2);
    expect(stepHit(0, 0, 1)).toBe(-1);
  });
});
