import names from 'virtual:dmg-term-names';
import { TermMatcher } from './matcher';
import { CATEGORIES, type Category } from './types';

const matchers = new Map<string, TermMatcher>();

/**
 * The content script's matcher: built from the names-only module, never from
 * the full glossary. Given categories, for the entries of those kinds only
 * (the "which kinds of terms" setting). Built once per choice.
 */
export function getPageMatcher(categories?: readonly Category[]): TermMatcher {
  const wanted = categories ? new Set(categories) : undefined;
  const key = wanted ? CATEGORIES.filter((c) => wanted.has(c)).join(',') : '*';
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = new TermMatcher(wanted ? names.filter((name) => wanted.has(name.category)) : names);
    matchers.set(key, matcher);
  }
  return matcher;
}
