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
  if (typeof value !== 'object' || value === null) return false;
  const { entry, related, es } = value as Partial<EntryReply>;
  return (
    typeof entry === 'object' &&
    entry !== null &&
    entry.id === id &&
    typeof entry.name === 'string' &&
    typeof entry.summary === 'string' &&
    typeof entry.sections === 'object' &&
    Array.isArray(entry.sources) &&
    Array.isArray(related) &&
    (es === undefined ||
      (typeof es === 'object' &&
        es !== null &&
        typeof es.name === 'string' &&
        typeof es.summary === 'string' &&
        typeof es.notice === 'string' &&
        typeof es.reviewed === 'string' &&
        typeof es.sections === 'object' &&
        es.sections !== null &&
        Array.isArray(es.sources) &&
        Array.isArray(es.related)))
  );
}
