import { browser } from 'wxt/browser';
import { getEntry } from '../../glossary';
import { relatedNames } from '../../glossary/related';
import { isCardCssRequest, isEntryRequest, type EntryReply } from '../messaging/entry-messages';

/** What the background answers for an entry id: the entry and its related names, or null for an unknown id. */
export function entryReply(id: string): EntryReply | null {
  const entry = getEntry(id);
  return entry ? { entry, related: relatedNames(entry) } : null;
}

/** Answers our own content scripts' requests for a card's text and styles; anything from elsewhere is ignored. */
export function serveEntries(cardCss: string): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string }) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (isEntryRequest(message)) return Promise.resolve(entryReply(message.id));
    if (isCardCssRequest(message)) return Promise.resolve(cardCss);
    return undefined;
  });
}
