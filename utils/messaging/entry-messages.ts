/** The card's text travels from the background on demand, so it never rides along into every frame. */
import type { GlossaryEntry } from '../../glossary/types';
import type { SpanishCardText } from '../../glossary/es/card-text';

export interface EntryRequest {
  type: 'dmg:entry';
  id: string;
}

export interface EntryReply {
  entry: GlossaryEntry;
  /** The entry's related terms that exist, with their names, for the card's "Related" links. */
  related: Array<{ id: string; name: string }>;
  /** The entry's Spanish card, where it has one (glossary/es/card-text.ts). */
  es?: SpanishCardText;
}

export function entryRequest(id: string): EntryRequest {
  return { type: 'dmg:entry', id };
}

export function isEntryRequest(message: unknown): message is EntryRequest {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'dmg:entry' &&
    typeof (message as { id?: unknown }).id === 'string'
  );
}

/** The card's styles, for a content script whose storage.local copy is missing. */
export interface CardCssRequest {
  type: 'dmg:card-css';
}

export const cardCssRequest: CardCssRequest = { type: 'dmg:card-css' };

export function isCardCssRequest(message: unknown): message is CardCssRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'dmg:card-css';
}

/** The card's labels in both languages (utils/card-data/card-labels.ts), for a content script whose storage.local copy is missing. */
export interface CardLabelsRequest {
  type: 'dmg:card-labels';
}

export const cardLabelsRequest: CardLabelsRequest = { type: 'dmg:card-labels' };

export function isCardLabelsRequest(message: unknown): message is CardLabelsRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'dmg:card-labels';
}
