import type { browser } from 'wxt/browser';
import { glossary } from '../../glossary';
import { CARD_CSS_KEY } from '../card-data/card-styles-key';
import { CARD_LABELS_KEY } from '../card-data/card-labels';
import { CARD_LABEL_SETS } from '../card-data/label-catalogues';
import { ENTRY_KEY_PREFIX, ENTRY_STAMP_KEY, entryKey } from '../card-data/entry-store';
import { stampOf } from '../../glossary/stamp';
import { entryReply } from './entry-server';

type Api = typeof browser;

/**
 * Writes every card's text, the card's styles (`css`, handed in by the entry point, which
 * owns the UI imports) and its labels in both languages into storage.local when the glossary there is not
 * this version's (first run, an update, or storage cleared), and removes cards
 * of entries that no longer exist. Anything else in storage.local is left alone.
 */
export async function publishEntries(api: Api, css: string): Promise<void> {
  const replies = Object.fromEntries(glossary.map((entry) => [entryKey(entry.id), entryReply(entry.id)]));
  const stamp = stampOf(JSON.stringify([replies, css, CARD_LABEL_SETS]));
  const stored = await api.storage.local.get(null);
  // The stamp alone is not trusted: any renderer can write storage.local, and a changed card text
  // would otherwise survive every restart (review S8). Every card, the styles and the labels are compared.
  const same = (key: string, value: unknown) => JSON.stringify(stored[key]) === JSON.stringify(value);
  const intact =
    stored[ENTRY_STAMP_KEY] === stamp && same(CARD_CSS_KEY, css) && same(CARD_LABELS_KEY, CARD_LABEL_SETS) && Object.entries(replies).every(([key, value]) => same(key, value));
  if (intact) return;
  const stale = Object.keys(stored).filter((key) => key.startsWith(ENTRY_KEY_PREFIX) && !(key in replies));
  if (stale.length > 0) await api.storage.local.remove(stale);
  await api.storage.local.set({ ...replies, [CARD_CSS_KEY]: css, [CARD_LABELS_KEY]: CARD_LABEL_SETS });
  // Last: a half-finished write (the worker stopped) is redone at the next start.
  await api.storage.local.set({ [ENTRY_STAMP_KEY]: stamp });
}
