import type { Category, GlossaryEntry } from './types';

/**
 * What a list of terms shows of an entry before the glossary is loaded (the popup's first paint,
 * issue #22): its id, English name and category, and the Spanish name its Spanish card opens
 * with, where it has a Spanish card. No aliases, summaries, sections or sources.
 */
export interface ListName {
  readonly id: string;
  readonly name: string;
  readonly category: Category;
  /** The heading of the entry's Spanish card; absent where the entry has no Spanish card. */
  readonly es?: string;
}

/** `spanishNameOf` gives the Spanish card's heading, or undefined where there is no Spanish card. */
export function listNames(entries: readonly GlossaryEntry[], spanishNameOf: (id: string) => string | undefined): ListName[] {
  return entries.map(({ id, name, category }) => {
    const es = spanishNameOf(id);
    return es === undefined ? { id, name, category } : { id, name, category, es };
  });
}
