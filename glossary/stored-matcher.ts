import { TermMatcher } from './matcher';
import { categoryKey, type PatternCache } from './pattern-cache';
import type { Category } from './types';

const matchers = new WeakMap<PatternCache, Map<string, TermMatcher>>();

/**
 * The content script's matcher, from the names and pattern the background
 * published (pattern-cache.ts); for the entries of the chosen kinds only.
 * Built once per cache and choice.
 */
export function matcherFromCache(cache: PatternCache, categories?: readonly Category[]): TermMatcher {
  let byKey = matchers.get(cache);
  if (!byKey) matchers.set(cache, (byKey = new Map()));
  const key = categoryKey(categories);
  let matcher = byKey.get(key);
  if (!matcher) {
    const wanted = categories ? new Set<string>(categories) : undefined;
    const names = wanted ? cache.names.filter((name) => wanted.has(name.category)) : cache.names;
    matcher = new TermMatcher(names, cache.sources[key], cache.context);
    byKey.set(key, matcher);
  }
  return matcher;
}
