/**
 * What a card offers only on the extension's own pages (popup, glossary, reader): the typed
 * "Add a question" form and the one-time offer to paint "my medicines". A card on a web page never
 * has them (typing there would reach the page, review S2; the offer must not be lured, issue #19),
 * so they are handed in through this context by the pages that have them, and their code is not
 * part of the content script.
 */
import { createContext, type ComponentType } from 'preact';
import type { GlossaryEntry } from '../../glossary/types';
import type { Translate } from '../../utils/card-data/card-labels';
import type { CardNotebook } from './useNotebook';

export interface QuestionFormProps {
  entry: GlossaryEntry;
  nb: CardNotebook;
  t: Translate;
  /** Closes the form, focus back on the button that opened it. */
  onClose: () => void;
}

export interface PaintOfferProps {
  nb: CardNotebook;
  t: Translate;
  /** The reader answered; focus goes back to "I take this". */
  onAnswered: () => void;
}

export interface OwnPageExtras {
  QuestionForm: ComponentType<QuestionFormProps>;
  PaintOffer: ComponentType<PaintOfferProps>;
}

export const OwnPageCard = createContext<OwnPageExtras | null>(null);

