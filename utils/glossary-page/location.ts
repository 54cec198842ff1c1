/**
 * Deep links into glossary.html:
 *   glossary.html#<entry id>   opens at that entry's card
 *   glossary.html?q=<text>     opens with that search filled in
 * Anything else in the address is ignored.
 */

export interface GlossaryLocation {
  /** A known entry id named by the hash, if any. */
  readonly termId?: string;
  /** The search to start with ('' for none). */
  readonly query: string;
}

/** Longest search taken from the address; a real query is a few words. */
export const MAX_QUERY_LENGTH = 200;

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** The entry id in a hash ("#azathioprine"), or undefined when it names no known entry. */
export function parseTermHash(hash: string, isKnownId: (id: string) => boolean): string | undefined {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw) return undefined;
  const id = safeDecode(raw);
  return id && isKnownId(id) ? id : undefined;
}

/** The `q` parameter of a query string ("?q=Imuran"), trimmed and bounded; '' when absent. */
export function parseQuery(search: string): string {
  const value = new URLSearchParams(search).get('q') ?? '';
  return value.trim().slice(0, MAX_QUERY_LENGTH);
}

export function parseGlossaryLocation(
  location: { readonly hash: string; readonly search: string },
  isKnownId: (id: string) => boolean,
): GlossaryLocation {
  const termId = parseTermHash(location.hash, isKnownId);
  const query = parseQuery(location.search);
  return termId ? { termId, query } : { query };
}

/** The hash that deep-links to an entry. */
export function hashFor(id: string): string {
  return `#${encodeURIComponent(id)}`;
}

/**
 * The page's address for a search and an entry, relative to the page's own path:
 * `glossary.html?q=Imuran#azathioprine`. An empty query leaves `?q=` out.
 */
export function glossaryUrl(pathname: string, query: string, termId?: string): string {
  const q = query.trim().slice(0, MAX_QUERY_LENGTH);
  const search = q ? `?${new URLSearchParams({ q }).toString()}` : '';
  return `${pathname}${search}${termId ? hashFor(termId) : ''}`;
}
