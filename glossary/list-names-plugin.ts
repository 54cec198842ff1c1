import type { Plugin } from 'vite';
import { hasSpanishCard, spanishName } from './es/card-text';
import { listNames } from './list-names';
import type { GlossaryEntry } from './types';

export const LIST_NAMES_MODULE = 'virtual:dmg-list-names';
const RESOLVED = `\0${LIST_NAMES_MODULE}`;

/** The heading an entry's Spanish card opens with (the name `shownName` gives), or undefined without a Spanish card. */
export const spanishCardName = (id: string): string | undefined => (hasSpanishCard(id) ? spanishName(id) : undefined);

/**
 * Serves `virtual:dmg-list-names`: every entry's names as a list shows them, in English and, for
 * an entry with a Spanish card, in Spanish, as JSON made at build time from the entries and the
 * Spanish cards, so it can never drift from them. Only extension pages import it (the popup's
 * first paint): the content script never carries the Spanish names.
 */
export function listNamesPlugin(entries: () => readonly GlossaryEntry[]): Plugin {
  return {
    name: 'dmg-list-names',
    resolveId: (id) => (id === LIST_NAMES_MODULE ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? listNamesModule(entries()) : undefined),
  };
}

export function listNamesModule(entries: readonly GlossaryEntry[]): string {
  // JSON.parse of a string literal: engines parse JSON faster than the same object literal in code.
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(listNames(entries, spanishCardName)))});\n`;
}
