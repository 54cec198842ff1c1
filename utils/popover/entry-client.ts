import { browser } from 'wxt/browser';
import { entryRequest, type EntryReply } from '../entry-messages';

const cache = new Map<string, Promise<EntryReply | null>>();

/**
 * A card's text, asked of the background once per entry and page. Asking
 * early (the pointer pressed on a term, a hover about to open) hides the
 * background's wake-up time behind the reader's own movement.
 */
export function fetchEntry(id: string): Promise<EntryReply | null> {
  let reply = cache.get(id);
  if (!reply) {
    reply = (browser.runtime.sendMessage(entryRequest(id)) as Promise<EntryReply | null | undefined>)
      .then((answer) => answer ?? null)
      .catch(() => {
        // Let a later open try again (the background may have been restarting).
        cache.delete(id);
        return null;
      });
    cache.set(id, reply);
  }
  return reply;
}
