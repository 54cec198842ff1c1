import { CATEGORIES, CATEGORY_LABELS, type Category, type GlossaryEntry } from '../../glossary/types';

/** How the full list is ordered: under category headings, or under letters A to Z. */
export type GlossaryView = 'category' | 'az';

export interface EntryGroup {
  /** Stable, used to build the group's element id. */
  readonly key: string;
  /** The heading shown above the group. */
  readonly label: string;
  readonly entries: readonly GlossaryEntry[];
}

/**
 * The name an entry is listed and filed under: its English name, or the name
 * its card shows in the reader's language (utils/card-data/shown-name.ts), with
 * that language's sort order.
 */
export interface Naming {
  readonly nameOf: (entry: GlossaryEntry) => string;
  readonly locale: string;
}
const ENGLISH_NAMES: Naming = { nameOf: (entry) => entry.name, locale: 'en' };

/** Entries sorted by name the way a reader expects: case and accents ignored, "Calcinosis" before "Calcinosis surgery". */
export function sortByName(entries: readonly GlossaryEntry[], naming: Naming = ENGLISH_NAMES): GlossaryEntry[] {
  const collator = new Intl.Collator(naming.locale, { sensitivity: 'base', numeric: true });
  const names = new Map(entries.map((entry) => [entry, naming.nameOf(entry)]));
  return [...entries].sort((a, b) => collator.compare(names.get(a)!, names.get(b)!) || collator.compare(a.id, b.id));
}

type Labeller = (category: Category) => string;
const english: Labeller = (category) => CATEGORY_LABELS[category];

/** One group per category that has entries, in CATEGORIES (= CATEGORY_LABELS) order; names A to Z inside each. */
export function groupByCategory(entries: readonly GlossaryEntry[], label: Labeller = english, naming: Naming = ENGLISH_NAMES): EntryGroup[] {
  const sorted = sortByName(entries, naming);
  return CATEGORIES.flatMap((category) => {
    const inCategory = sorted.filter((entry) => entry.category === category);
    return inCategory.length ? [{ key: category, label: label(category), entries: inCategory }] : [];
  });
}

/** The letter an entry is filed under: its first letter without accents, upper case; "#" for anything else. */
export function initialOf(name: string): string {
  const first = name.trim().normalize('NFD').replace(/[\u0300-\u036f]/g, '').charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

/** One group per initial letter in use, A to Z (then "#"), names A to Z inside each. */
export function groupAlphabetically(entries: readonly GlossaryEntry[], naming: Naming = ENGLISH_NAMES): EntryGroup[] {
  const groups = new Map<string, GlossaryEntry[]>();
  for (const entry of sortByName(entries, naming)) {
    const letter = initialOf(naming.nameOf(entry));
    const group = groups.get(letter);
    if (group) group.push(entry);
    else groups.set(letter, [entry]);
  }
  return [...groups.keys()]
    .sort((a, b) => (a === '#' ? 1 : b === '#' ? -1 : a.localeCompare(b)))
    .map((letter) => ({ key: letter === '#' ? 'other' : letter.toLowerCase(), label: letter, entries: groups.get(letter)! }));
}

export function groupEntries(entries: readonly GlossaryEntry[], view: GlossaryView, label: Labeller = english, naming: Naming = ENGLISH_NAMES): EntryGroup[] {
  return view === 'az' ? groupAlphabetically(entries, naming) : groupByCategory(entries, label, naming);
}

/** The review dates of a set of entries, oldest and newest, as YYYY-MM-DD (undefined for no entries). */
export function reviewRange(entries: readonly GlossaryEntry[]): { oldest: string; newest: string } | undefined {
  if (entries.length === 0) return undefined;
  const dates = entries.map((entry) => entry.reviewed).sort();
  return { oldest: dates[0]!, newest: dates[dates.length - 1]! };
}
