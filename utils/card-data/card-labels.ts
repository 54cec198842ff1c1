/**
 * The card's own labels in both languages, for a card whose language is not
 * the browser's (a Spanish card in an English browser, or the reverse after the
 * reader's switch). browser.i18n only knows the browser's language, so the
 * background publishes these two sets from the catalogues
 * (utils/card-data/label-catalogues.ts) and the content script reads them like
 * the card's styles: the Spanish strings never ride along in every frame.
 */
import { t, type MessageKey } from '../browser/i18n';
import type { CardLang } from './card-language';

export const CARD_LABELS_KEY = 'dmg-card-labels';

/** One language's labels by message key (the keys: CARD_LABEL_KEYS in label-catalogues.ts, kept out of the content script). */
export type CardLabelSet = Readonly<Partial<Record<MessageKey, string>>>;
export type CardLabelSets = Readonly<Record<CardLang, CardLabelSet>>;

/** A string lookup with `$1`… substitutions, the shape of utils/browser/i18n.ts's `t`. */
export type Translate = (key: MessageKey, ...subs: Array<string | number>) => string;

/**
 * Whether a stored value is there to be read as two label sets. Anything else
 * it may hold (from an older version or a fault) reads as no sets, and a
 * missing set or a label that is not text falls back to the browser's own
 * (labelTranslator).
 */
export const isCardLabelSets = (value: unknown): value is CardLabelSets => typeof value === 'object' && value !== null;

/**
 * A translator over one label set, substituting `$1`… as browser.i18n does
 * (no card label holds a dollar sign). A key outside the card's set goes to `fallback`.
 */
export function labelTranslator(set: CardLabelSet | undefined, fallback: Translate): Translate {
  return (key, ...subs) => {
    const message = set?.[key];
    if (typeof message !== 'string') return fallback(key, ...subs);
    return message.replace(/\$([1-9])/g, (_match, n: string) => String(subs[+n - 1]));
  };
}

/**
 * The card's labels in `lang`, which may not be the browser's (a Spanish card
 * in an English browser): from the published sets where they arrived; else
 * the browser's own, which are right whenever `lang` is the browser's language.
 */
export function cardTranslator(lang: CardLang, sets: CardLabelSets | null | undefined): Translate {
  return labelTranslator(sets?.[lang], t);
}
