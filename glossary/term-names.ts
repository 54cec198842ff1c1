import { isSearchOnly, type Alias, type Category, type GlossaryEntry } from './types';

/** What the page matcher needs of an entry: its names, not its text. */
export interface TermName {
  readonly id: string;
  readonly name: string;
  readonly category: Category;
  readonly aliases: readonly Alias[];
}

/** Aliases that are for the search box only never reach the page's pattern. */
const paintable = (alias: Alias): boolean => !isSearchOnly(alias);

/**
 * The names of every entry, without summaries, sections or sources: this is
 * what rides along into every frame of every page. The card's text is asked
 * of the background when a card opens.
 */
export function termNames(entries: readonly GlossaryEntry[]): TermName[] {
  return entries.map(({ id, name, category, aliases }) => ({ id, name, category, aliases: aliases.filter(paintable) }));
}
