import { browser } from 'wxt/browser';
import { getEntry } from '../../glossary';
import { relatedNames } from '../../glossary/related';
import { spanishCardText } from '../../glossary/es/card-text';
import { CARD_LABEL_SETS } from '../card-data/label-catalogues';
import { isCardCssRequest, isCardLabelsRequest, isEntryRequest, type EntryReply } from '../messaging/entry-messages';

/** What the background answers for an entry id: the entry, its related names and its Spanish card if any, or null for an unknown id. */
export function entryReply(id: string): EntryReply | null {
  const entry = getEntry(id);
  if (!entry) return null;
  const related = relatedNames(entry);
  const es = spanishCardText(entry, related);
  return es ? { entry, related, es } : { entry, related };
}

/** Answers our own content scripts' requests for a card's text, styles and labels; anything from elsewhere is ignored. */
export function serveEntries(cardCss: string): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (isEntryRequest(message)) return Promise.resolve(entryReply(message.id));
    if (isCardCssRequest(message)) return Promise.resolve(cardCss);
    if (isCardLabelsRequest(message)) return Promise.resolve(CARD_LABEL_SETS);
    return undefined;
  });
}
