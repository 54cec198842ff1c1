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

let css: Promise<string> | undefined;

/** The card's styles (see components/card/card-styles.ts): from storage.local, else from the background. */
export function fetchCardCss(): Promise<string> {
  css ??= (async () => {
    const stored = (await browser.storage.local.get(CARD_CSS_KEY).catch(() => ({}) as Record<string, unknown>))[CARD_CSS_KEY];
    if (typeof stored === 'string' && stored.length > 0) return stored;
    const answer: unknown = await browser.runtime.sendMessage(cardCssRequest);
    if (typeof answer !== 'string') throw new Error('no card styles');
    return answer;
  })().catch((error: unknown) => {
    css = undefined;
    throw error;
  });
  return css;
}

let labels: Promise<CardLabelSets> | undefined;

/**
 * The card's labels in both languages, for a card whose language is not the
 * browser's: from storage.local, else from the background.
 */
export function fetchCardLabels(): Promise<CardLabelSets> {
  labels ??= (async () => {
    const stored = (await browser.storage.local.get(CARD_LABELS_KEY).catch(() => ({}) as Record<string, unknown>))[CARD_LABELS_KEY];
    if (isCardLabelSets(stored)) return stored;
    const answer: unknown = await browser.runtime.sendMessage(cardLabelsRequest);
    if (!isCardLabelSets(answer)) throw new Error('no card labels');
    return answer;
  })().catch((error: unknown) => {
    labels = undefined;
    throw error;
  });
  return labels;
}
