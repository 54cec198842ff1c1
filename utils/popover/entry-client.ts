import { browser } from 'wxt/browser';
import { entryRequest, type EntryReply } from '../entry-messages';
import { entryKey, isEntryReply } from '../entry-store';

const cache = new Map<string, Promise<EntryReply | null>>();

async function load(id: string): Promise<EntryReply | null> {
  // storage.local first: the background published every card there, and reading it needs no
  // service worker (which may be asleep). A missing or malformed item falls back to asking.
  const key = entryKey(id);
  const stored = (await browser.storage.local.get(key).catch(() => ({}) as Record<string, unknown>))[key];
  if (isEntryReply(stored, id)) return stored;
  const answer = (await browser.runtime.sendMessage(entryRequest(id))) as EntryReply | null | undefined;
  return answer ?? null;
}

/**
 * A card's text, once per entry and page. Asking early (the pointer pressed
 * or resting on a term) hides even the storage read behind the reader's own
 * movement.
 */
export function fetchEntry(id: string): Promise<EntryReply | null> {
  let reply = cache.get(id);
  if (!reply) {
    reply = load(id).catch(() => {
      // Let a later open try again (the background may have been restarting).
      cache.delete(id);
      return null;
    });
    cache.set(id, reply);
  }
  return reply;
}
