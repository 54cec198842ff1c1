/**
 * The card texts, published by the background into `storage.local`, one item
 * per entry, so a card on a page can read its text straight from storage:
 * in Chrome that needs no service worker, which may be asleep and take
 * several hundred milliseconds to wake. Nothing here is readable by pages.
 */
import type { EntryReply } from '../messaging/entry-messages';

export const ENTRY_KEY_PREFIX = 'dmg-entry:';
export const ENTRY_STAMP_KEY = 'dmg-entries-stamp';

export const entryKey = (id: string) => `${ENTRY_KEY_PREFIX}${id}`;

/** Whether a stored value is a usable card for `id` (storage can hold anything, from an older version or a fault). */
export function isEntryReply(value: unknown, id: string): value is EntryReply {
  // Object() lets any value be read for its fields: null and primitives have none of them.
  const { entry, related, es } = Object(value) as Partial<EntryReply>;
  return isCardText(entry) && entry.id === id && Array.isArray(related) && (es === undefined || isCardText(es));
}

/** The fields a card reads from its text, English or Spanish. */
function isCardText<T extends { name: string; summary: string; sections: object; sources: readonly unknown[] }>(text: T | undefined): text is T {
  return typeof text?.name === 'string' && typeof text.summary === 'string' && typeof text.sections === 'object' && Array.isArray(text.sources);
}
