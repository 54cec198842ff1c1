/**
 * The name a list shows for an entry (popup results, the glossary page's A to
 * Z, the notebook and its printout, the reader's term list): the heading its
 * card opens with for this interface, so a list and the card it opens agree.
 * A Spanish interface shows the Spanish name of an entry whose card is in
 * Spanish; any other entry keeps its English name, marked as English so a
 * screen reader says it in English. Extension pages only: it carries the
 * Spanish names, which the content script must not bundle.
 */
import { hasSpanishCard, spanishName } from '../../glossary/es/card-text';
import { SPANISH_CARDS } from '../../glossary/es/cards';
import { isSpanishTag } from '../highlight/page-language';
import type { CardLang } from './card-language';

export interface ShownName {
  readonly name: string;
  readonly lang: CardLang;
}

export function shownName(entry: { readonly id: string; readonly name: string }, ui: string): ShownName {
  if (isSpanishTag(ui) && hasSpanishCard(entry.id)) {
    const name = spanishName(entry.id);
    if (name) return { name, lang: 'es' };
  }
  return { name: entry.name, lang: 'en' };
}

export interface ShownEntry extends ShownName {
  /** The card's one-sentence summary, in the same language as the name. */
  readonly summary: string;
}

/** An entry's name and summary as its card shows them in the interface `ui`. */
export function shownEntry(entry: { readonly id: string; readonly name: string; readonly summary: string }, ui: string): ShownEntry {
  const shown = shownName(entry, ui);
  return { ...shown, summary: shown.lang === 'es' ? SPANISH_CARDS[entry.id]!.summary : entry.summary };
}

export { byShownName } from './shown-order';
