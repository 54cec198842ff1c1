import { browser } from 'wxt/browser';

/** Every interface string has a key in public/_locales/en/messages.json (Spanish beside it). */
export type MessageKey = keyof typeof import('../../public/_locales/en/messages.json');

/**
 * An interface string in the browser's language, through the browser's own
 * i18n (the mechanism WXT supports; English is the default locale). `$1`… in
 * a message take `subs`. The glossary's medical text stays in English: it is
 * reviewed content, and translating it needs the same review.
 */
export function t(key: MessageKey, ...subs: Array<string | number>): string {
  try {
    const message = browser.i18n.getMessage(key, subs.map(String));
    if (message) return message;
  } catch {
    // Unit tests run without the browser's i18n.
  }
  return key;
}

/**
 * The language of the interface strings ("es"), for dates and for noting
 * that glossary text is English. Each catalogue names its own language, so
 * this always agrees with the strings shown (the browser's getUILanguage and
 * @@ui_locale can differ from the catalogue it picked under test drivers).
 */
export function uiLanguage(): string {
  const code = t('localeCode');
  return code === 'localeCode' ? 'en' : code;
}
