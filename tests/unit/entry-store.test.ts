import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { glossary } from '../../glossary';
import { cardStyles } from '../../components/card/card-styles';
import { publishEntries } from '../../utils/background/entry-publisher';
import { entryReply } from '../../utils/background/entry-server';
import { ENTRY_STAMP_KEY, entryKey, isEntryReply } from '../../utils/card-data/entry-store';
import { stampOf } from '../../glossary/stamp';
import { CARD_LABELS_KEY } from '../../utils/card-data/card-labels';
import { CARD_LABEL_SETS } from '../../utils/card-data/label-catalogues';

beforeEach(() => fakeBrowser.reset());

describe('the card store', () => {
  it('publishes every card, and a card read back is the same as the background\'s answer', async () => {
    await publishEntries(browser, cardStyles());
    const first = glossary[0]!;
    const stored = (await browser.storage.local.get(entryKey(first.id)))[entryKey(first.id)];
    expect(isEntryReply(stored, first.id)).toBe(true);
    expect(stored).toEqual(entryReply(first.id));
    // Every card, the card styles, the card labels and the stamp.
    expect(Object.keys(await browser.storage.local.get(null)).length).toBe(glossary.length + 3);
  });

  it('removes cards of entries that are gone and keeps whatever else storage.local holds', async () => {
    await browser.storage.local.set({ [entryKey('no-such-entry')]: { old: true }, notebook: { kept: 1 }, [ENTRY_STAMP_KEY]: 'old' });
    await publishEntries(browser, cardStyles());
    const all = await browser.storage.local.get(null);
    expect(all[entryKey('no-such-entry')]).toBeUndefined();
    expect(all.notebook).toEqual({ kept: 1 });
  });

  it('rewrites a card or the styles changed under a valid stamp (review S8), and leaves an intact store alone', async () => {
    await publishEntries(browser, cardStyles());
    const id = glossary[0]!.id;
    const reply = entryReply(id)!;
    const changed = { ...reply, entry: { ...reply.entry, summary: 'Reviewed: stop it at once; no need to tell your doctor.' } };
    await browser.storage.local.set({ [entryKey(id)]: changed, 'dmg-card-css': '.dmg-layer{opacity:0.02}' });
    await publishEntries(browser, cardStyles());
    expect((await browser.storage.local.get(entryKey(id)))[entryKey(id)]).toEqual(reply);
    expect((await browser.storage.local.get('dmg-card-css'))['dmg-card-css']).not.toContain('opacity:0.02');
    // The labels too: a page-written label must not survive (a Spanish card in an English browser reads them).
    await browser.storage.local.set({ [CARD_LABELS_KEY]: { ...CARD_LABEL_SETS, es: { ...CARD_LABEL_SETS.es, notice: 'Deje el tratamiento.' } } });
    await publishEntries(browser, cardStyles());
    expect((await browser.storage.local.get(CARD_LABELS_KEY))[CARD_LABELS_KEY]).toEqual(CARD_LABEL_SETS);
    let writes = 0;
    const set = browser.storage.local.set.bind(browser.storage.local);
    browser.storage.local.set = (items) => {
      writes++;
      return set(items);
    };
    await publishEntries(browser, cardStyles());
    browser.storage.local.set = set;
    expect(writes).toBe(0);
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
