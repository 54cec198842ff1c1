/**
 * Which language a card is shown in. Pure, so every surface (the card on
 * pages, the popup, the glossary page) decides the same way and the rules are
 * tested in one place (tests/unit/card-language.test.ts).
 */
import { isSpanishTag } from '../highlight/page-language';

export type CardLang = 'en' | 'es';

export interface CardLanguage {
  /** The language of the card's text. */
  text: CardLang;
  /** The language of the card's own labels (headings, buttons). */
  labels: CardLang;
  /** Where the switch leads ("Read in English" leads to en); undefined when the card has no switch. */
  switchTo?: CardLang;
  /** Spanish was wanted but the entry has no Spanish card yet: the English card says so, in Spanish. */
  notYet: boolean;
}

/**
 * `place` is the language where the card opened, undefined off pages: the
 * `lang` of the mention's nearest element below <html> and <body> that
 * declares one (a `<div lang="es">` in an English page, or the reverse) speaks
 * for its own text, either way; else the page's language as detected, which
 * also reads the text (many Spanish sites keep a template's lang="en").
 *
 * Spanish is wanted where the card opened from a Spanish place or where the reader's interface (`ui`, the language the
 * browser picked) is Spanish. Then the card is Spanish if the entry has
 * Spanish text (`hasSpanish`), unless the reader switched to English
 * (`choice`); English otherwise. The labels follow the text, except on an
 * English card shown only because no Spanish one exists: there they stay in
 * the interface's language, which the reader chose for the browser. The
 * switch belongs to a card that can be read both ways, where Spanish was
 * wanted or the reader already chose.
 */
export function chooseCardLanguage(place: string | undefined, ui: string, hasSpanish: boolean, choice?: CardLang): CardLanguage {
  const wanted = isSpanishTag(place) || isSpanishTag(ui);
  if (!hasSpanish) return { text: 'en', labels: isSpanishTag(ui) ? 'es' : 'en', notYet: wanted };
  const text = choice ?? (wanted ? 'es' : 'en');
  return { text, labels: text, switchTo: wanted || choice ? (text === 'es' ? 'en' : 'es') : undefined, notYet: false };
}
