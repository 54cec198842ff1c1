/**
 * A Spanish card as the card shows it: the Spanish text of cards.ts with its
 * Spanish name (names.ts), the Spanish notice, and the related entries under
 * their Spanish names. Read by the background, which sends it with the card,
 * and by the extension's own pages; never bundled into the content script.
 */
import type { EntrySections, GlossaryEntry, Source } from '../types';
import { aliasText } from '../types';
import { SPANISH_CARDS, SPANISH_NOTICE } from './cards';
import { SPANISH_NAMES } from './names';

export interface SpanishCardText {
  readonly name: string;
  readonly summary: string;
  readonly sections: EntrySections;
  readonly sources: readonly Source[];
  readonly reviewed: string;
  readonly notice: string;
  /** The entry's related terms, under their Spanish names where they have one; an English name is marked so. */
  readonly related: ReadonlyArray<{ id: string; name: string; lang?: 'en' }>;
}

/** Whether an entry has a Spanish card. */
export function hasSpanishCard(id: string): boolean {
  return Object.hasOwn(SPANISH_CARDS, id);
}

/**
 * The Spanish name a heading or link shows: the first Spanish name, with a
 * capital as a heading wants (a name kept in its own case, such as DMJ, stays).
 */
export function spanishName(id: string): string | undefined {
  const first = Object.hasOwn(SPANISH_NAMES, id) ? SPANISH_NAMES[id]!.names.find((alias) => typeof alias === 'string' || !('searchOnly' in alias)) : undefined;
  if (first === undefined) return undefined;
  const text = aliasText(first);
  return typeof first === 'string' ? text.charAt(0).toLocaleUpperCase('es') + text.slice(1) : text;
}

/**
 * The Spanish card of `entry`, or undefined when it has none yet. `related`
 * are the English card's related names (glossary/related.ts), renamed here.
 */
export function spanishCardText(entry: GlossaryEntry, related: ReadonlyArray<{ id: string; name: string }>): SpanishCardText | undefined {
  if (!hasSpanishCard(entry.id)) return undefined;
  const card = SPANISH_CARDS[entry.id]!;
  return {
    name: spanishName(entry.id) ?? entry.name,
    summary: card.summary,
    sections: card.sections,
    sources: card.sources,
    reviewed: card.reviewed,
    notice: SPANISH_NOTICE,
    related: related.map((r) => {
      const name = spanishName(r.id);
      return name ? { id: r.id, name } : { id: r.id, name: r.name, lang: 'en' as const };
    }),
  };
}
