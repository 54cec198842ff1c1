/**
 * The card's label sets read straight from the two catalogues, for the
 * background (which publishes them) and the extension's own pages. Never
 * imported by the content script: both catalogues would ride into every frame.
 */
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';
import { uiLanguage, type MessageKey } from '../browser/i18n';
import type { SpanishCardText } from '../../glossary/es/card-text';
import { cardTranslator, type CardLabelSet, type CardLabelSets } from './card-labels';
import { chooseCardLanguage, type CardLang } from './card-language';

/** Every string the card, its popover and its notebook buttons show (tests/unit/card-language.test.ts keeps this complete). */
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

type Catalogue = Readonly<Record<string, { message: string }>>;

const pick = (catalogue: Catalogue): CardLabelSet =>
  Object.fromEntries(CARD_LABEL_KEYS.map((key) => [key, catalogue[key]?.message ?? key])) as CardLabelSet;

export const CARD_LABEL_SETS: CardLabelSets = { en: pick(en), es: pick(es) };

/**
 * What an extension page (the popup, the glossary page) hands the card: its
 * Spanish text, the language the browser's interface and the reader's switch
 * ask for, and the labels in it. On pages the popover does the same with the
 * page's language and the published labels.
 */
export function cardLanguageProps(spanish: SpanishCardText | undefined, choice: CardLang | undefined) {
  const language = chooseCardLanguage(undefined, uiLanguage(), spanish !== undefined, choice);
  return { spanish, language, t: cardTranslator(language.labels, CARD_LABEL_SETS), labelSets: CARD_LABEL_SETS };
}
