import { browser } from 'wxt/browser';
import { CARD_CSS_KEY } from '../card-data/card-styles-key';
import { cardCssRequest, cardLabelsRequest, entryRequest, type EntryReply } from '../messaging/entry-messages';
import { CARD_LABELS_KEY, isCardLabelSets, type CardLabelSets } from '../card-data/card-labels';
import { entryKey, isEntryReply } from '../card-data/entry-store';

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
  // The first card on a page needs its styles too; asking now overlaps the two reads.
  void fetchCardCss().catch(() => undefined);
  return reply;
}

const once = new Map<string, Promise<unknown>>();

/**
 * An item every card needs, read once per page: from storage.local, where the
 * background published it, else asked of the background. A failure is
 * forgotten, so a later card tries again.
 */
function published<T>(key: string, request: object, ok: (value: unknown) => value is T): Promise<T> {
  let read = once.get(key) as Promise<T> | undefined;
  if (!read) {
    read = (async () => {
      const stored = (await browser.storage.local.get(key).catch(() => ({}) as Record<string, unknown>))[key];
      if (ok(stored)) return stored;
      const answer: unknown = await browser.runtime.sendMessage(request);
      if (!ok(answer)) throw new Error(`no ${key}`);
      return answer;
    })().catch((error: unknown) => {
      once.delete(key);
      throw error;
    });
    once.set(key, read);
  }
  return read;
}

/** The card's styles (see components/card/card-styles.ts). */
export const fetchCardCss = (): Promise<string> =>
  published(CARD_CSS_KEY, cardCssRequest, (value): value is string => typeof value === 'string' && value.length > 0);

/** The card's labels in both languages, for a card whose language is not the browser's. */
export const fetchCardLabels = (): Promise<CardLabelSets> => published(CARD_LABELS_KEY, cardLabelsRequest, isCardLabelSets);
