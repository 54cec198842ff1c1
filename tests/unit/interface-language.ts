/**
 * The browser's i18n with a real catalogue, for unit tests that render a
 * surface as a reader with the browser in Spanish meets it. The fake browser
 * of WXT's test setup has no i18n (t() then shows each key), so this gives
 * browser.i18n.getMessage the behaviour of Chrome's: named placeholders
 * become their content, `$1`… take the substitutions, `$$` is a dollar sign.
 * Import it before the components: some of them pick their search language
 * when their module loads.
 */
import { browser } from 'wxt/browser';
import { catalogue, formatMessage } from '../support/catalogues';

export { catalogue, englishIn, englishPieces, formatMessage, interfaceText } from '../support/catalogues';

/** Makes the fake browser's i18n answer from `lang`'s catalogue; returns the undo. */
export function useInterfaceLanguage(lang: 'en' | 'es'): () => void {
  const messages = catalogue(lang);
  const i18n = browser.i18n as { getMessage: (key: string, subs?: string | string[]) => string };
  const before = i18n.getMessage;
  i18n.getMessage = (key, subs) => formatMessage(messages, key, typeof subs === 'string' ? [subs] : (subs ?? []));
  return () => {
    i18n.getMessage = before;
  };
}
