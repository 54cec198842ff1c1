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

/** A page's text folded for find, with the map back to the original offsets (null: the same offsets). */
export interface FoldedPage {
  folded: string;
  origin: number[] | null;
}

/**
 * Folds a page's text once. Folding can change lengths ("ﬁ", decomposed
 * accents), so other text is folded a character at a time keeping the map
 * back; plain ASCII, most of an English label, keeps its offsets as it is.
 */
export function foldPage(items: readonly string[]): FoldedPage {
  const text = joinItems(items);
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(text)) return { folded: text.toLowerCase(), origin: null };
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const piece = foldForFind(text[i]!);
    folded += piece;
    for (let k = 0; k < piece.length; k++) origin.push(i);
  }
  return { folded, origin };
}

/** The hits of an already folded needle on one folded page. */
export function hitsInPage(page: number, { folded, origin }: FoldedPage, needle: string, limit = Infinity): FindHit[] {
  const hits: FindHit[] = [];
  if (!needle) return hits;
  for (let at = folded.indexOf(needle); at >= 0 && hits.length < limit; at = folded.indexOf(needle, at + needle.length)) {
    const start = origin ? origin[at]! : at;
    const end = (origin ? origin[at + needle.length - 1]! : at + needle.length - 1) + 1;
    hits.push({ page, start, length: end - start });
  }
  return hits;
}

/** Every hit of `query` in the pages' texts, in order, up to `limit`. */
export function findHits(pages: ReadonlyArray<readonly string[]>, query: string, limit = 10_000): FindHit[] {
  const needle = foldForFind(query.trim());
  const hits: FindHit[] = [];
  for (let index = 0; index < pages.length && hits.length < limit; index++) {
    hits.push(...hitsInPage(index + 1, foldPage(pages[index]!), needle, limit - hits.length));
  }
  return hits;
}

/** The hit after (or before) `current`, wrapping round. */
export function stepHit(count: number, current: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  return (((current + direction) % count) + count) % count;
}
