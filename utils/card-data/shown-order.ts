import { isSpanishTag } from '../highlight/page-language';

/**
 * Sorts by shown name the way a reader of `ui` expects: case and accents ignored, numbers by value.
 * Apart from shown-name.ts, which carries the Spanish cards, so a list sorts without loading them.
 */
export function byShownName<T>(items: readonly T[], nameOf: (item: T) => string, ui: string): T[] {
  const collator = new Intl.Collator(isSpanishTag(ui) ? 'es' : 'en', { sensitivity: 'base', numeric: true });
  return [...items].sort((a, b) => collator.compare(nameOf(a), nameOf(b)));
}
