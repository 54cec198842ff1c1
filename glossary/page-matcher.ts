import names, { context, namesStamp } from 'virtual:dmg-term-names';
import { TermMatcher } from './matcher';
import { packNameWords, patternNames } from './name-words';
import { spanishPatterns } from './es/page-patterns';
import { categoryKey, gateWords, type PatternCache, type PublishedPatterns } from './pattern-cache';
import type { Category } from './types';

const matchers = new Map<string, TermMatcher>();

function namesFor(categories?: readonly Category[]) {
  const wanted = categories ? new Set<string>(categories) : undefined;
  return wanted ? names.filter((name) => wanted.has(name.category)) : names;
}

/**
 * The matcher for our own pages (the PDF reader), from the names-only module,
 * never from the full glossary; given categories, for the entries of those
 * kinds only. Built once per choice. Content scripts use stored-matcher.ts.
 */
export function getPageMatcher(categories?: readonly Category[]): TermMatcher {
  const key = categoryKey(categories);
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = new TermMatcher(namesFor(categories), undefined, context);
    matchers.set(key, matcher);
  }
  return matcher;
}

/** What the background publishes for content scripts: the names, the pattern for these choices and the context data (pattern-cache.ts). */
export function patternCache(choices: ReadonlyArray<readonly Category[] | undefined>): PatternCache {
  const sources: Record<string, string> = {};
  for (const categories of choices) sources[categoryKey(categories)] = getPageMatcher(categories).source;
  return { stamp: namesStamp, names: [...names], sources, context, words: packNameWords(patternNames(names)) };
}

const published = new Map<string, PublishedPatterns>();
/** Choices kept: all kinds and the reader's current one, with room for a few changes of mind. */
const PUBLISHED_KEPT = 4;

/**
 * The main item, the Spanish one for the same choices, and the frame gate's (pattern-cache.ts).
 * Made once per choice: the background asks at every publish and at every frame that found no
 * stored item, and the names are fixed at build time. Treat the result as read-only.
 */
export function publishedPatterns(choices: ReadonlyArray<readonly Category[] | undefined>): PublishedPatterns {
  const key = JSON.stringify(choices.map(categoryKey));
  let made = published.get(key);
  if (!made) {
    const main = patternCache(choices);
    const spanish = { ...spanishPatterns(names, choices), base: namesStamp };
    made = { main, spanish, gate: gateWords(main.stamp, main.names, spanish.names) };
    published.set(key, made);
    if (published.size > PUBLISHED_KEPT) published.delete(published.keys().next().value!);
  }
  return made;
}
