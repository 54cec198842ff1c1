/**
 * The page pattern, compiled ahead by the background into storage.local.
 *
 * Building the trie-shaped pattern from ~800 names takes 20-40 ms of cold
 * JavaScript, and it would run in every frame of every page, in one task
 * that cannot yield. The background builds it once per glossary version and
 * per choice of kinds of terms; a content script that finds it (same names,
 * same choice) only compiles it. Anything else in the item is ignored and the
 * pattern is built as before, so a missing or damaged item costs time, never
 * correctness.
 */
export const PATTERN_CACHE_KEY = 'dmg-page-patterns';

export interface PatternCache {
  /** `namesStamp` of the names the sources were built from. */
  stamp: string;
  /** Pattern source by category key (see `categoryKey`). */
  sources: Record<string, string>;
}

/** The source for `key` in a stored value, if it was built from the same names. */
export function cachedSource(stored: unknown, stamp: string, key: string): string | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const cache = stored as Partial<PatternCache>;
  if (cache.stamp !== stamp || typeof cache.sources !== 'object' || cache.sources === null) return undefined;
  const source = (cache.sources as Record<string, unknown>)[key];
  return typeof source === 'string' && source.length > 0 ? source : undefined;
}
