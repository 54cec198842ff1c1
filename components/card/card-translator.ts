import { t } from '../../utils/browser/i18n';
import { labelTranslator, type CardLabelSets, type Translate } from '../../utils/card-data/card-labels';
import type { CardLang } from '../../utils/card-data/card-language';

/**
 * The card's labels in `lang`, which may not be the browser's (a Spanish card
 * in an English browser): from the published sets where they arrived; else
 * the browser's own, which are right whenever `lang` is the browser's
 * language. Handed to the card's parts as a prop: a Preact context would
 * weigh more in the content script than the props it saves.
 */
export function cardTranslator(lang: CardLang, sets: CardLabelSets | null | undefined): Translate {
  return sets ? labelTranslator(sets[lang], t) : t;
}
