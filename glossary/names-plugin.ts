import type { Plugin } from 'vite';
import { termNames } from './term-names';
import type { GlossaryEntry } from './types';

export const TERM_NAMES_MODULE = 'virtual:dmg-term-names';
const RESOLVED = `\0${TERM_NAMES_MODULE}`;

/**
 * Serves `virtual:dmg-term-names`: the glossary's names as JSON data, made at
 * build time from the entries, so the content script carries names only and
 * can never drift from the glossary.
 */
export function glossaryNamesPlugin(entries: () => readonly GlossaryEntry[]): Plugin {
  return {
    name: 'dmg-term-names',
    resolveId: (id) => (id === TERM_NAMES_MODULE ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? `export default JSON.parse(${JSON.stringify(JSON.stringify(termNames(entries())))});` : undefined),
  };
}
