import { allEntries } from './entries';
import { TermMatcher } from './matcher';
import { CATEGORIES, type Category, type GlossaryEntry } from './types';

export type { GlossaryEntry } from './types';

/** Every entry. The build validates them (wxt.config.ts), so runtime code trusts the shape. */
export const glossary: readonly GlossaryEntry[] = allEntries;

const byId = new Map(glossary.map((entry) => [entry.id, entry]));

export function getEntry(id: string): GlossaryEntry | undefined {
  return byId.get(id);
}

const matchers = new Map<string, TermMatcher>();

/**
 * The one compiled pattern for all names, shared by the highlighter and the
 * search; or, given categories, for the entries of those categories only
 * (the "which kinds of terms to highlight" setting). Built once per choice.
 */
export function getMatcher(categories?: readonly Category[]): TermMatcher {
  const wanted = categories ? new Set(categories) : undefined;
  const key = wanted ? CATEGORIES.filter((c) => wanted.has(c)).join(',') : '*';
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = new TermMatcher(wanted ? glossary.filter((entry) => wanted.has(entry.category)) : glossary);
    matchers.set(key, matcher);
  }
  return matcher;
}
