/**
 * The card's own labels in both languages, for a card whose language is not
 * the browser's (a Spanish card in an English browser, or the reverse after the
 * reader's switch). browser.i18n only knows the browser's language, so the
 * background publishes these two sets from the catalogues
 * (utils/card-data/label-catalogues.ts) and the content script reads them like
 * the card's styles: the Spanish strings never ride along in every frame.
 */
import type { MessageKey } from '../browser/i18n';
import type { CardLang } from './card-language';

export const CARD_LABELS_KEY = 'dmg-card-labels';

/** One language's labels by message key (the keys: CARD_LABEL_KEYS in label-catalogues.ts, kept out of the content script). */
export type CardLabelSet = Readonly<Partial<Record<MessageKey, string>>>;
export type CardLabelSets = Readonly<Record<CardLang, CardLabelSet>>;

/** A string lookup with `$1`… substitutions, the shape of utils/browser/i18n.ts's `t`. */
export type Translate = (key: MessageKey, ...subs: Array<string | number>) => string;

/**
 * Whether a stored value holds two label sets (storage can hold anything,
 * from an older version or a fault). A label that is missing or not text
 * falls back to the browser's own (labelTranslator).
 */
export function isCardLabelSets(value: unknown): value is CardLabelSets {
  const sets = value as Partial<Record<CardLang, unknown>> | null;
  return typeof sets?.en === 'object' && sets.en !== null && typeof sets.es === 'object' && sets.es !== null;
}

/**
 * A translator over one label set, substituting `$1`… as browser.i18n does
 * (no card label holds a dollar sign). A key outside the card's set goes to `fallback`.
 */
export function labelTranslator(set: CardLabelSet, fallback: Translate): Translate {
  return (key, ...subs) => {
    const message = set[key];
    if (typeof message !== 'string') return fallback(key, ...subs);
    return message.replace(/\$([1-9])/g, (_match, n: string) => String(subs[Number(n) - 1] ?? ''));
  };
}
