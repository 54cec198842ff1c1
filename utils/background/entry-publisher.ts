import type { browser } from 'wxt/browser';
import { glossary } from '../../glossary';
import { CARD_CSS_KEY } from '../card-data/card-styles-key';
import { ENTRY_KEY_PREFIX, ENTRY_STAMP_KEY, entryKey } from '../card-data/entry-store';
import { stampOf } from '../../glossary/stamp';
import { entryReply } from './entry-server';

type Api = typeof browser;

/**
 * Writes every card's text, and the card's styles (`css`, handed in by the entry point, which
 * owns the UI imports), into storage.local when the glossary there is not
 * this version's (first run, an update, or storage cleared), and removes cards
 * of entries that no longer exist. Anything else in storage.local is left alone.
 */
export async function publishEntries(api: Api, css: string): Promise<void> {
  const replies = Object.fromEntries(glossary.map((entry) => [entryKey(entry.id), entryReply(entry.id)]));
  const stamp = stampOf(JSON.stringify([replies, css]));
  const stored = await api.storage.local.get(null);
  if (stored[ENTRY_STAMP_KEY] === stamp) return;
  const stale = Object.keys(stored).filter((key) => key.startsWith(ENTRY_KEY_PREFIX) && !(key in replies));
  if (stale.length > 0) await api.storage.local.remove(stale);
  await api.storage.local.set({ ...replies, [CARD_CSS_KEY]: css });
  // Last: a half-finished write (the worker stopped) is redone at the next start.
  await api.storage.local.set({ [ENTRY_STAMP_KEY]: stamp });
}
