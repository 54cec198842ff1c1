import { describe, expect, it } from 'vitest';
import { answerNotebook } from '../../utils/background/notebook-server';
import { parseNotebookRequest } from '../../utils/messaging/notebook-messages';
import { createNotebookStore } from '../../utils/notebook/store';
import { memoryArea } from './notebook-memory-area';
import { fakeNotebookStore as fakeStore } from './notebook-store-fake';

const self = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const contentScript = { id: 'ext-id', url: 'https://example.org/a', tab: { id: 4 }, frameId: 0 };
const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };

describe('notebook server', () => {
  it('answers the contract\'s messages from a content script through the store', async () => {
    const { store, state } = fakeStore();
    const ask = (message: unknown) => answerNotebook(store, message, contentScript, self);
    expect(await ask({ type: 'notebook-status', termId: 'prednisone' })).toEqual({ mine: false, saved: false, questions: 0, texts: [] });
    expect(await ask({ type: 'notebook-set-mine', termId: 'prednisone', on: true })).toEqual({ offerPaint: true });
    // Offered with the first medicine only.
    expect(await ask({ type: 'notebook-set-mine', termId: 'methotrexate', on: true })).toEqual({ offerPaint: false });
    expect(await ask({ type: 'notebook-set-saved', termId: 'ivig', on: true })).toEqual({ ok: true });
    expect(await ask({ type: 'notebook-add-question', termId: 'prednisone', text: 'How long will I take it?' })).toEqual({ ok: true });
    expect(await ask({ type: 'notebook-record-lookup', termId: 'ivig' })).toEqual({ ok: true });
    expect(await ask({ type: 'notebook-status', termId: 'prednisone' })).toEqual({ mine: true, saved: false, questions: 1, texts: ['How long will I take it?'] });
    expect(state).toMatchObject({ mine: ['prednisone', 'methotrexate'], saved: ['ivig'], recent: [] });
    expect(await ask({ type: 'notebook-set-paint-mine', on: true })).toEqual({ ok: true });
    expect(state.prefs.paintMine).toBe(true);
    await ask({ type: 'notebook-set-mine', termId: 'prednisone', on: false });
    await ask({ type: 'notebook-set-mine', termId: 'methotrexate', on: false });
    // Never offered again once the reader said yes.
    expect(await ask({ type: 'notebook-set-mine', termId: 'prednisone', on: true })).toEqual({ offerPaint: false });
  });

  it('answers our own pages too, and refuses anyone else in plain words, changing nothing', async () => {
    const { store, state } = fakeStore();
    expect(await answerNotebook(store, { type: 'notebook-set-saved', termId: 'ivig', on: true }, popup, self)).toEqual({ ok: true });
    for (const sender of [{ id: 'other-ext', url: 'https://example.org/', tab: { id: 3 } }, { url: 'https://example.org/' }, { id: 'ext-id' }]) {
      const reply = await answerNotebook(store, { type: 'notebook-set-mine', termId: 'prednisone', on: true }, sender, self);
      expect(reply).toEqual({ error: 'The notebook answers only this extension.' });
    }
    expect(state.mine).toEqual([]);
  });

  it('leaves other messages to their own listeners', () => {
    const { store } = fakeStore();
    expect(answerNotebook(store, { type: 'dmg:entry', id: 'ivig' }, contentScript, self)).toBeUndefined();
    expect(answerNotebook(store, 'notebook-status', contentScript, self)).toBeUndefined();
    expect(answerNotebook(store, null, contentScript, self)).toBeUndefined();
  });

  it('names what is wrong with a malformed message, and changes nothing', async () => {
    const { store, state } = fakeStore();
    const cases: Array<[unknown, RegExp]> = [
      [{ type: 'notebook-set-mine', termId: 'prednisone' }, /"on" to be true or false/],
      [{ type: 'notebook-set-mine', termId: 'prednisone', on: 'yes' }, /"on" to be true or false/],
      [{ type: 'notebook-set-saved', termId: 'no-such-entry', on: true }, /"termId" to be the id of a glossary entry/],
      [{ type: 'notebook-status', termId: 42 }, /"termId"/],
      [{ type: 'notebook-add-question', termId: 'ivig', text: '   ' }, /cannot be empty/],
      [{ type: 'notebook-add-question', termId: 'ivig' }, /"text"/],
      [{ type: 'notebook-set-paint-mine', on: 1 }, /"on" to be true or false/],
    ];
    for (const [message, error] of cases) {
      const reply = (await answerNotebook(store, message, contentScript, self)) as { error: string };
      expect(reply.error, JSON.stringify(message)).toMatch(error);
    }
    expect(state).toMatchObject({ mine: [], saved: [], questions: [] });
  });

  it('passes a store error (a limit) on as its plain message', async () => {
    const { store } = fakeStore(new Error('A question can be at most 2,000 characters long.'));
    expect(await answerNotebook(store, { type: 'notebook-add-question', termId: 'ivig', text: 'x' }, contentScript, self)).toEqual({
      error: 'A question can be at most 2,000 characters long.',
    });
  });

  it('parses only the fields of the contract', () => {
    expect(parseNotebookRequest({ type: 'notebook-set-saved', termId: 'a', on: false, extra: 'dropped' }, () => true)).toEqual({ type: 'notebook-set-saved', termId: 'a', on: false });
  });
});

describe('notebook server over the real store', () => {
  it('marks, saves and adds through createNotebookStore, and passes its limit errors on', async () => {
    const area = memoryArea();
    const store = createNotebookStore(area);
    const ask = (message: unknown) => answerNotebook(store, message, contentScript, self);
    expect(await ask({ type: 'notebook-set-mine', termId: 'prednisone', on: true })).toEqual({ offerPaint: true });
    expect(await ask({ type: 'notebook-set-saved', termId: 'ivig', on: true })).toEqual({ ok: true });
    expect(await ask({ type: 'notebook-add-question', termId: 'prednisone', text: 'Should I take it with food?' })).toEqual({ ok: true });
    const long = (await ask({ type: 'notebook-add-question', termId: 'prednisone', text: 'x'.repeat(5000) })) as { error: string };
    expect(long.error).toMatch(/\d/);
    expect(await ask({ type: 'notebook-status', termId: 'prednisone' })).toEqual({ mine: true, saved: false, questions: 1, texts: ['Should I take it with food?'] });
    const state = await store.read();
    expect(state.mine).toEqual(['prednisone']);
    expect(state.saved).toEqual(['ivig']);
    expect(state.recent).toEqual([]);
    await ask({ type: 'notebook-set-paint-mine', on: true });
    expect((await store.read()).prefs).toEqual({ recentOn: false, paintMine: true });
  });
});
