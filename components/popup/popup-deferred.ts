/**
 * What the popup needs only after its first paint (issue #22): the full glossary with its texts,
 * the Spanish cards and the lines a Spanish search shows from them, the search index, and the
 * card. Hundreds of KB of modules that made the cold popup wait for their compile and evaluation
 * before it showed anything; PopupApp imports this module after its first paint, whose list
 * comes from the names-only module (utils/card-data/list-names.ts).
 */
import { getMatcher, glossary } from '../../glossary';
import { glossarySearch } from '../../utils/search/spanish';
import { shownHits, type ShownHit } from '../../utils/search/spanish-lines';

export { getEntry } from '../../glossary';
export { relatedNames } from '../../glossary/related';
export { spanishCardText } from '../../glossary/es/card-text';
export { cardLanguageProps } from '../../utils/card-data/label-catalogues';
export { TermCard } from '../card/TermCard';
export { Marked } from '../shared/Marked';

/** A query's results as the interface shows them (names and lines in Spanish where it is Spanish). */
export type PopupSearch = (query: string) => ShownHit[];

/** Builds the search index: ~100 ms of cold JavaScript, so the popup runs it in a task of its own. */
export function createSearch(ui: string): PopupSearch {
  const index = glossarySearch(glossary, getMatcher(), ui);
  return (query) => shownHits(index.search(query), query, ui);
}
