import type { Plugin } from 'vite';
import { isCommonWord } from './common-words';
import { contextData } from './context-data';
import { stampOf } from './stamp';
import { termNames } from './term-names';
import type { GlossaryEntry } from './types';

export const TERM_NAMES_MODULE = 'virtual:dmg-term-names';
const RESOLVED = `\0${TERM_NAMES_MODULE}`;

/**
 * Serves `virtual:dmg-term-names`: the glossary's names as JSON data, made at
 * build time from the entries, so the content script carries names only and
 * can never drift from the glossary. `namesStamp` fingerprints them, so a
 * pattern compiled from them elsewhere (see pattern-cache.ts) is used only
 * while it is still theirs.
 */
export function glossaryNamesPlugin(entries: () => readonly GlossaryEntry[]): Plugin {
  return {
    name: 'dmg-term-names',
    resolveId: (id) => (id === TERM_NAMES_MODULE ? RESOLVED : undefined),
    load: (id) => {
      if (id !== RESOLVED) return undefined;
      return termNamesModule(entries());
    },
  };
}

/**
 * The module's code: the names and the context data (which names need medical context on
 * pages: the common-word test reads files, so it runs here, at build time), as JSON.
 */
export function termNamesModule(entries: readonly GlossaryEntry[]): string {
  const names = termNames(entries);
  const json = JSON.stringify(names);
  const context = JSON.stringify(contextData(names, isCommonWord));
  return (
    `export default JSON.parse(${JSON.stringify(json)});\n` +
    `export const context = JSON.parse(${JSON.stringify(context)});\n` +
    `export const namesStamp = ${JSON.stringify(stampOf(json + context))};`
  );
}
