import { TermMatcher } from '../matcher';
import { packNameWords, patternNames } from '../name-words';
import { categoryKey, type LanguagePatterns } from '../pattern-cache';
import { stampOf } from '../stamp';
import type { TermName } from '../term-names';
import type { Category } from '../types';
import { spanishPageNames } from './page-names';

/**
 * The Spanish names and page patterns the background publishes beside the
 * main ones (pattern-cache.ts), for the same choices of kinds of terms, so a
 * Spanish page neither carries nor compiles them either.
 */
export function spanishPatterns(names: readonly TermName[], choices: ReadonlyArray<readonly Category[] | undefined>): LanguagePatterns {
  const spanish = spanishPageNames(names);
  const sources: Record<string, string> = {};
  for (const categories of choices) {
    const wanted = categories ? new Set<string>(categories) : undefined;
    sources[categoryKey(categories)] = new TermMatcher(wanted ? spanish.filter((n) => wanted.has(n.category)) : spanish).source;
  }
  return { stamp: stampOf(JSON.stringify(spanish)), names: spanish, sources, words: packNameWords(patternNames(spanish)) };
}
