/**
 * Find in the document: pure text search over each page's text items. The
 * page's items are joined as the text layer lays them out (one span each,
 * in order), so a hit can be mapped back to the spans' text nodes.
 */

/** Case- and accent-insensitive, as the browsers' own find is. */
export function foldForFind(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export interface FindHit {
  /** 1-based page. */
  page: number;
  /** Offset and length in the page's joined text (joinItems). */
  start: number;
  length: number;
}

/** The page's items joined by nothing: the same string the text layer's text nodes spell, in order. */
export function joinItems(items: readonly string[]): string {
  return items.join('');
}

/**
 * Every hit of `query` in the pages' texts, in order. Folding keeps string
 * lengths the same only for precomposed letters, so the search runs on a
 * folded copy per character, keeping the map back to the original offsets.
 */
export function findHits(pages: ReadonlyArray<readonly string[]>, query: string, limit = 10_000): FindHit[] {
  const needle = foldForFind(query.trim());
  if (needle.length === 0) return [];
  const hits: FindHit[] = [];
  pages.forEach((items, index) => {
    if (hits.length >= limit) return;
    const { folded, origin } = foldWithMap(joinItems(items));
    for (let at = folded.indexOf(needle); at >= 0 && hits.length < limit; at = folded.indexOf(needle, at + needle.length)) {
      const start = origin[at]!;
      const end = origin[at + needle.length - 1]! + 1;
      hits.push({ page: index + 1, start, length: end - start });
    }
  });
  return hits;
}

function foldWithMap(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const piece = foldForFind(text[i]!);
    folded += piece;
    for (let k = 0; k < piece.length; k++) origin.push(i);
  }
  return { folded, origin };
}

/** The hit after (or before) `current`, wrapping round. */
export function stepHit(count: number, current: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  return (((current + direction) % count) + count) % count;
}
