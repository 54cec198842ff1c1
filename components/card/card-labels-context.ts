import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { t } from '../../utils/browser/i18n';
import { labelTranslator, type CardLabelSets, type Translate } from '../../utils/card-data/card-labels';
import type { CardLang } from '../../utils/card-data/card-language';

/**
 * The card's labels in the card's language, which may not be the browser's
 * (a Spanish card in an English browser). The card's parts read them here
 * instead of from browser.i18n; outside a card they are the browser's.
 */
export const CardLabels = createContext<Translate>(t);

export const useCardT = (): Translate => useContext(CardLabels);

/**
 * The labels in `lang`, from the published sets where they arrived; else the
 * browser's own, which are right whenever `lang` is the browser's language.
 */
export function cardTranslator(lang: CardLang, sets: CardLabelSets | null | undefined): Translate {
  return sets ? labelTranslator(sets[lang], t) : t;
}
