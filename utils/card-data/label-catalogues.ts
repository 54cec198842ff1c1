/**
 * The card's label sets read straight from the two catalogues, for the
 * background (which publishes them) and the extension's own pages. Never
 * imported by the content script: both catalogues would ride into every frame.
 */
import en from '../../public/_locales/en/messages.json';
import es from '../../public/_locales/es/messages.json';
import { CARD_LABEL_KEYS, type CardLabelSet, type CardLabelSets } from './card-labels';

type Catalogue = Readonly<Record<string, { message: string }>>;

const pick = (catalogue: Catalogue): CardLabelSet =>
  Object.fromEntries(CARD_LABEL_KEYS.map((key) => [key, catalogue[key]?.message ?? key])) as CardLabelSet;

export const CARD_LABEL_SETS: CardLabelSets = { en: pick(en), es: pick(es) };
