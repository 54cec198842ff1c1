import type { CardLanguage, CardLang } from '../../utils/card-data/card-language';
import type { Translate } from '../../utils/card-data/card-labels';

interface Props {
  language: CardLanguage;
  /** The labels in each language: the switch speaks the language it leads to, so a reader finds it in their own. */
  labelsIn: (lang: CardLang) => Translate;
  /** Without it (a caller that keeps no choice) there is no switch. */
  onSwitch?: (lang: CardLang) => void;
}

/**
 * "Read in English" on a Spanish card, "Leer en español" on an English one
 * that has Spanish text; on an English card opened where Spanish was wanted
 * and none exists yet, a line in Spanish that says so.
 */
export function LanguageSwitch({ language, labelsIn, onSwitch }: Props) {
  const to = language.switchTo;
  if (to && onSwitch) {
    return (
      <p class="tc-language">
        <button type="button" class="tc-language-switch" lang={to} onClick={() => onSwitch(to)}>
          {labelsIn(to)('cardReadInThisLanguage')}
        </button>
      </p>
    );
  }
  if (language.notYetSpanish) {
    return (
      <p class="tc-language" lang="es">
        {labelsIn('es')('cardNotYetSpanish')}
      </p>
    );
  }
  return null;
}
