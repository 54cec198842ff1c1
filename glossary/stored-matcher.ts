import { TermMatcher } from './matcher';
import { categoryKey, type LanguagePatterns, type PatternCache } from './pattern-cache';
import type { Category } from './types';

const matchers = new WeakMap<PatternCache, Map<string, TermMatcher>>();

/**
 * The content script's matcher, from the names and pattern the background
 * published (pattern-cache.ts); for the entries of the chosen kinds only, and
 * with the Spanish names (`spanish`, the Spanish item) where the page is Spanish
 * (utils/highlight/page-language.ts). Built once per cache, language and choice.
 */
export function matcherFromCache(cache: PatternCache, categories?: readonly Category[], spanish?: LanguagePatterns): TermMatcher {
  let byKey = matchers.get(cache);
  if (!byKey) matchers.set(cache, (byKey = new Map()));
  const set = spanish ?? cache;
  const key = categoryKey(categories);
  let matcher = byKey.get(set === cache ? key : `es:${set.stamp}:${key}`);
  if (!matcher) {
    const wanted = categories ? new Set<string>(categories) : undefined;
    const names = wanted ? set.names.filter((name) => wanted.has(name.category)) : set.names;
    // The context rules (context-rules.ts) hold on Spanish pages too: an English false friend stays one.
    // The item's words hold every name of every kind: a superset of these.
    matcher = new TermMatcher(names, set.sources[key], cache.context, set.words);
    byKey.set(set === cache ? key : `es:${set.stamp}:${key}`, matcher);
  }
  return matcher;
}
