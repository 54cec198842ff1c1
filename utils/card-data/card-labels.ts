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

/** Every string the card, its popover and its notebook buttons show (tests/unit/card-labels.test.ts keeps this complete). */
export const CARD_LABEL_KEYS = [
  'extName', 'notice', 'cardReadInThisLanguage', 'cardNotYetSpanish',
  'categoryCondition', 'categorySymptom', 'categoryTest', 'categoryMedicine', 'categoryMedicineClass', 'categoryProcedure', 'categoryCare',
  'sectionWhyMedicine', 'sectionHowMedicine', 'sectionSideMedicine', 'sectionWhyCondition', 'sectionHowCondition', 'sectionWatchFor',
  'sectionWhyTest', 'sectionHowTest', 'sectionKnowTest', 'sectionWhyOther', 'sectionHowOther', 'sectionQuestions',
  'cardPronounced', 'cardSayAloud', 'cardSayTitle', 'cardTextSize', 'cardTextSmaller', 'cardTextLarger',
  'cardRelated', 'cardRelatedLabel', 'cardSources', 'cardReviewed', 'cardOpenGlossary',
  'cardNotebookGroup', 'cardNotebookTake', 'cardNotebookSave', 'cardNotebookAsk', 'cardNotebookQuestionLabel', 'cardNotebookAdd',
  'cardNotebookCancel', 'cardNotebookEmpty', 'cardNotebookQuestionAdded', 'cardNotebookAddThis', 'cardNotebookAdded', 'cardNotebookFailed',
  'cardNotebookMine', 'cardNotebookAskOpened', 'cardNotebookAskFailed', 'cardNotebookClickRefused',
  'minePaintOffer', 'minePaintYes', 'minePaintNo', 'minePaintDone', 'minePaintInNotebook',
  'popoverBack', 'popoverClose', 'popoverLoading', 'popoverUnavailable', 'popoverMentionsLabel', 'popoverPreviousMention', 'popoverNextMention',
  'popoverMentionCount', 'readerMentionCount',
] as const satisfies readonly MessageKey[];

export type CardLabelKey = (typeof CARD_LABEL_KEYS)[number];
export type CardLabelSet = Readonly<Record<CardLabelKey, string>>;
export type CardLabelSets = Readonly<Record<CardLang, CardLabelSet>>;

/** A string lookup with `$1`… substitutions, the shape of utils/browser/i18n.ts's `t`. */
export type Translate = (key: MessageKey, ...subs: Array<string | number>) => string;

/** Whether a stored value holds both label sets whole (storage can hold anything, from an older version or a fault). */
export function isCardLabelSets(value: unknown): value is CardLabelSets {
  if (typeof value !== 'object' || value === null) return false;
  return (['en', 'es'] as const).every((lang) => {
    const set = (value as Record<string, unknown>)[lang];
    return typeof set === 'object' && set !== null && CARD_LABEL_KEYS.every((key) => typeof (set as Record<string, unknown>)[key] === 'string');
  });
}

/**
 * A translator over one label set, substituting `$1`… as browser.i18n does
 * (and `$$` as a dollar sign). A key outside the card's set goes to `fallback`.
 */
export function labelTranslator(set: CardLabelSet, fallback: Translate): Translate {
  return (key, ...subs) => {
    const message = (set as Record<string, string>)[key];
    if (message === undefined) return fallback(key, ...subs);
    return message.replace(/\$(\$|[1-9])/g, (_match, what: string) => (what === '$' ? '$' : String(subs[Number(what) - 1] ?? '')));
  };
}
