/**
 * The names a list of terms shows, without the glossary's texts or the Spanish cards: made at
 * build time (glossary/list-names-plugin.ts), for the popup's first paint (issue #22). The same
 * choice as shownName (shown-name.ts), which a unit test holds it to for every entry.
 */
import names from 'virtual:dmg-list-names';
import type { ListName } from '../../glossary/list-names';
import { isSpanishTag } from '../highlight/page-language';
import type { ShownName } from './shown-name';

export const listNames: readonly ListName[] = names;

const byId = new Map(names.map((entry) => [entry.id, entry]));

export function listName(id: string): ListName | undefined {
  return byId.get(id);
}

/** The name a list shows for `entry` in the interface `ui`, as shownName gives it. */
export function listShownName(entry: ListName, ui: string): ShownName {
  return isSpanishTag(ui) && entry.es !== undefined ? { name: entry.es, lang: 'es' } : { name: entry.name, lang: 'en' };
}
