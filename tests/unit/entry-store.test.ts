import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { glossary } from '../../glossary';
import { cardStyles } from '../../components/card/card-styles';
import { publishEntries } from '../../utils/background/entry-publisher';
import { entryReply } from '../../utils/background/entry-server';
import { ENTRY_STAMP_KEY, entryKey, isEntryReply } from '../../utils/card-data/entry-store';
import { stampOf } from '../../glossary/stamp';

beforeEach(() => fakeBrowser.reset());

describe('the card store', () => {
  it('publishes every card, and a card read back is the same as the background\'s answer', async () => {
    await publishEntries(browser, cardStyles());
    const first = glossary[0]!;
    const stored = (await browser.storage.local.get(entryKey(first.id)))[entryKey(first.id)];
    expect(isEntryReply(stored, first.id)).toBe(true);
    expect(stored).toEqual(entryReply(first.id));
    // Every card, the card styles and the stamp.
    expect(Object.keys(await browser.storage.local.get(null)).length).toBe(glossary.length + 2);
  });

  it('removes cards of entries that are gone and keeps whatever else storage.local holds', async () => {
    await browser.storage.local.set({ [entryKey('no-such-entry')]: { old: true }, notebook: { kept: 1 }, [ENTRY_STAMP_KEY]: 'old' });
    await publishEntries(browser, cardStyles());
    const all = await browser.storage.local.get(null);
    expect(all[entryKey('no-such-entry')]).toBeUndefined();
    expect(all.notebook).toEqual({ kept: 1 });
  });

  it('rewrites nothing when the stored glossary is this version\'s', async () => {
    await publishEntries(browser, cardStyles());
    const id = glossary[0]!.id;
    await browser.storage.local.set({ [entryKey(id)]: 'tampered but stamped' });
    await publishEntries(browser, cardStyles());
    expect((await browser.storage.local.get(entryKey(id)))[entryKey(id)]).toBe('tampered but stamped');
    // …and the client does not trust such an item: it asks the background instead.
    expect(isEntryReply('tampered but stamped', id)).toBe(false);
  });

  it('rejects stored values that are not a card for that id', () => {
    const reply = entryReply(glossary[0]!.id)!;
    expect(isEntryReply(reply, glossary[0]!.id)).toBe(true);
    expect(isEntryReply(reply, 'other-id')).toBe(false);
    expect(isEntryReply({ entry: { id: glossary[0]!.id } }, glossary[0]!.id)).toBe(false);
    expect(isEntryReply(null, 'x')).toBe(false);
  });

  it('stamps text stably and tells changes apart', () => {
    expect(stampOf('abc')).toBe(stampOf('abc'));
    expect(stampOf('abc')).not.toBe(stampOf('abd'));
  });
});
