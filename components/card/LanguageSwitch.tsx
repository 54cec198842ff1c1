import type { CardLanguage, CardLang } from '../../utils/card-data/card-language';
import { cardTranslator, type CardLabelSets } from '../../utils/card-data/card-labels';

/**
 * "Read in English" on a Spanish card, "Leer en español" on an English one
 * that has Spanish text: the switch speaks the language it leads to (from
 * `labelSets`), so a reader finds it in their own. On an English card opened
 * where Spanish was wanted and none exists yet, a line in Spanish that says so.
 * Without `onSwitch` (a caller that keeps no choice) there is no switch.
 *
 * A plain function, not a component: the card on pages counts every byte of
 * the content script (40 KB gzip), and a component's props cost more.
 */
export function languageSwitch(language: CardLanguage, labelSets: CardLabelSets | null | undefined, onSwitch?: (lang: CardLang) => void) {
  const to = language.switchTo;
  return to && onSwitch ? (
    <p class="tc-language">
      <button type="button" class="tc-language-switch" lang={to} onClick={() => onSwitch(to)}>
        {cardTranslator(to, labelSets)('cardReadInThisLanguage')}
      </button>
    </p>
  ) : language.notYet ? (
    <p class="tc-language" lang="es">
      {cardTranslator('es', labelSets)('cardNotYetSpanish')}
    </p>
  ) : null;
}
