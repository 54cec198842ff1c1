import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { t, uiLanguage } from '../../utils/browser/i18n';
import { labelTranslator, type CardLabelSets, type Translate } from '../../utils/card-data/card-labels';
import type { CardLang } from '../../utils/card-data/card-language';

/**
 * The card's labels in the card's language, which may not be the browser's
 * (a Spanish card in an English browser). The card's parts read them here
 * instead of from browser.i18n; outside a card they are the browser's.
 */
export const CardLabels = createContext<Translate>(t);

export const useCardT = (): Translate => useContext(CardLabels);

/** The labels in `lang`: the browser's own where that is its language or no sets arrived, else from the published sets. */
export function cardTranslator(lang: CardLang, sets: CardLabelSets | null | undefined): Translate {
  const ui: CardLang = uiLanguage().startsWith('es') ? 'es' : 'en';
  return lang === ui || !sets ? t : labelTranslator(sets[lang], t);
}
