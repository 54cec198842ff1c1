/**
 * Which language a card is shown in. Pure, so every surface (the card on
 * pages, the popup, the glossary page) decides the same way and the rules are
 * tested in one place (tests/unit/card-language.test.ts).
 */
import { isSpanishTag } from '../highlight/page-language';

export type CardLang = 'en' | 'es';

export interface CardLanguageInput {
  /** The page's language as detected (utils/highlight/page-language.ts); undefined off pages or when not Spanish. */
  pageLanguage?: 'es';
  /**
   * The `lang` of the mention's nearest element below <html> and <body>
   * that declares one (a `<div lang="es">` in an English page). The document's
   * own lang is left to `pageLanguage`, which also reads the text: many
   * Spanish sites keep a template's lang="en".
   */
  elementLang?: string | null;
  /** The interface language the browser picked ("es", "en"). */
  uiLanguage: string;
  /** Whether the entry has a Spanish card. */
  hasSpanish: boolean;
  /** The reader's own choice for this card, from the switch. */
  choice?: CardLang;
}

export interface CardLanguage {
  /** The language of the card's text. */
  text: CardLang;
  /** The language of the card's own labels (headings, buttons). */
  labels: CardLang;
  /** Where the switch leads ("Read in English" leads to en); undefined when the card has no switch. */
  switchTo?: CardLang;
  /** Spanish was wanted but the entry has no Spanish card yet: the English card says so, in Spanish. */
  notYetSpanish: boolean;
}

/**
 * Spanish is wanted where the card opened from a Spanish page or element (an
 * inner element that declares a language speaks for its own text, either
 * way), or where the reader's interface is Spanish. Then the card is Spanish
 * if the entry has Spanish text, unless the reader switched to English;
 * English otherwise. The labels follow the text, except on an English card
 * shown only because no Spanish one exists: there they stay in the
 * interface's language, which the reader chose for the browser. The switch
 * belongs to a card that can be read both ways, where Spanish was wanted or
 * the reader already chose.
 */
export function chooseCardLanguage({ pageLanguage, elementLang, uiLanguage, hasSpanish, choice }: CardLanguageInput): CardLanguage {
  const wanted = (elementLang ? isSpanishTag(elementLang) : pageLanguage === 'es') || isSpanishTag(uiLanguage);
  if (!hasSpanish) return { text: 'en', labels: isSpanishTag(uiLanguage) ? 'es' : 'en', notYetSpanish: wanted };
  const text = choice ?? (wanted ? 'es' : 'en');
  return { text, labels: text, switchTo: wanted || choice ? (text === 'es' ? 'en' : 'es') : undefined, notYetSpanish: false };
}
