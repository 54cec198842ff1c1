/**
 * The names painted on Spanish pages: every entry's own names (pages in Spanish
 * write Plaquenil, IVIG and rituximab too) less the few that are everyday
 * Spanish words, plus the entry's Spanish names (names.ts), each also without
 * its accents, because Spanish text on the web often drops them ("acido folico").
 */
import { collapseSeparators, normalizeTerm } from '../normalize';
import type { TermName } from '../term-names';
import { aliasText, isCaseSensitive, isSearchOnly, type Alias } from '../types';
import { SPANISH_NAMES } from './names';

/**
 * English names that are everyday Spanish words, so never painted on a Spanish
 * page: "Rayos" (a US brand of prednisone) is "rays" and "X-rays" ("rayos X").
 * tests/unit/spanish-names.test.ts finds every such name with a Spanish
 * common-word list; each is here or allowed there with a reason.
 */
export const NOT_ON_SPANISH_PAGES: ReadonlySet<string> = new Set(['rayos']);

/** `text` without its combining accents (á → a, ñ → n), case kept. */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

function withBareSpelling(alias: Alias): Alias[] {
  const text = aliasText(alias);
  const bare = withoutAccents(text);
  if (bare === text) return [alias];
  return [alias, isCaseSensitive(alias) ? { text: bare, caseSensitive: true } : bare];
}

/** The paintable Spanish names of one entry (search-only ones never reach a page). */
export function spanishPaintable(id: string): Alias[] {
  return (SPANISH_NAMES[id]?.names ?? []).filter((alias) => !isSearchOnly(alias)).flatMap(withBareSpelling);
}

/** One key per spelling the matcher tells apart: case counts only for a case-sensitive name. */
const spellingKey = (alias: Alias): string =>
  isCaseSensitive(alias) ? `=${collapseSeparators(aliasText(alias))}` : normalizeTerm(aliasText(alias));

/** What the matcher paints on a Spanish page, entry by entry (same ids, kinds and order as `names`). */
export function spanishPageNames(names: readonly TermName[]): TermName[] {
  return names.map((entry) => {
    const kept = entry.aliases.filter((alias) => !NOT_ON_SPANISH_PAGES.has(normalizeTerm(aliasText(alias))));
    const known = new Set([entry.name, ...kept].map(spellingKey));
    const added = spanishPaintable(entry.id).filter((alias) => {
      const key = spellingKey(alias);
      if (known.has(key)) return false;
      known.add(key);
      return true;
    });
    return { ...entry, aliases: [...kept, ...added] };
  });
}
