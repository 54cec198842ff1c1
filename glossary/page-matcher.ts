import names, { namesStamp } from 'virtual:dmg-term-names';
import { TermMatcher } from './matcher';
import { cachedSource } from './pattern-cache';
import { CATEGORIES, type Category } from './types';

const matchers = new Map<string, TermMatcher>();

/** One key per choice of kinds of terms, in a fixed order ("*" for all, undecided). */
export function categoryKey(categories?: readonly Category[]): string {
  if (!categories) return '*';
  const wanted = new Set(categories);
  return CATEGORIES.filter((c) => wanted.has(c)).join(',');
}

function namesFor(categories?: readonly Category[]) {
  const wanted = categories ? new Set(categories) : undefined;
  return wanted ? names.filter((name) => wanted.has(name.category)) : names;
}

/**
 * The content script's matcher: built from the names-only module, never from
 * the full glossary. Given categories, for the entries of those kinds only
 * (the "which kinds of terms" setting). Built once per choice; `stored` is the
 * pattern cache read from storage.local, used where it fits these names.
 */
export function getPageMatcher(categories?: readonly Category[], stored?: unknown): TermMatcher {
  const key = categoryKey(categories);
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = new TermMatcher(namesFor(categories), cachedSource(stored, namesStamp, key));
    matchers.set(key, matcher);
  }
  return matcher;
}

/** The pattern sources for these choices, for the background to store (see pattern-cache.ts). */
export function patternSources(choices: ReadonlyArray<readonly Category[] | undefined>): { stamp: string; sources: Record<string, string> } {
  const sources: Record<string, string> = {};
  for (const categories of choices) sources[categoryKey(categories)] = new TermMatcher(namesFor(categories)).source;
  return { stamp: namesStamp, sources };
}
