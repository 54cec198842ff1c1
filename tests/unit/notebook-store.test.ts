import { describe, expect, it } from 'vitest';
import { damagedKey, LEGACY_NOTEBOOK_KEY, NOTEBOOK_KEYS, NotebookLimitError } from '../../utils/notebook/schema';
import { createNotebookStore, NotebookChangedError } from '../../utils/notebook/store';
import { notebookFileText } from '../../utils/notebook/file-format';
import { memoryArea } from './notebook-memory-area';

let counter = 0;
const options = () => {
  let n = 0;
  return { now: () => new Date(Date.UTC(2026, 11, 1, 9, 0, n++)), newId: () => `id-${++counter}` };
};

describe('the notebook store', () => {
  it('starts empty with both prefs off, writing nothing until it holds something, then the version with it', async () => {
    const area = memoryArea();
    const store = createNotebookStore(area, options());
    const state = await store.read();
    expect(state).toEqual({ mine: [], saved: [], questions: [], recent: [], prefs: { recentOn: false, paintMine: false }, problems: [], damaged: [] });
    expect(area.data.size).toBe(0);
    await store.setSaved('ivig', true);
    expect(area.data.get(NOTEBOOK_KEYS.meta)).toEqual({ version: 1 });
    await store.clearAll();
    await store.read();
    expect(area.data.size).toBe(0);
    await store.addQuestion(null, 'After clearing');
    expect(area.data.get(NOTEBOOK_KEYS.meta)).toEqual({ version: 1 });
  });

  it('stores each part in its own storage.local item, in the contract\'s shapes', async () => {
    const area = memoryArea();
    const store = createNotebookStore(area, options());
    await store.setMine('methotrexate', true);
    await store.setSaved('ivig', true);
    const q = await store.addQuestion('methotrexate', 'Do I need a liver test?');
    await store.setPrefs({ recentOn: true });
    await store.recordLookup('prednisone');
    expect(area.data.get(NOTEBOOK_KEYS.mine)).toEqual({ ids: ['methotrexate'] });
    expect(area.data.get(NOTEBOOK_KEYS.saved)).toEqual({ ids: ['ivig'] });
    expect(area.data.get(NOTEBOOK_KEYS.questions)).toEqual({ items: [q] });
    expect(q).toMatchObject({ termId: 'methotrexate', text: 'Do I need a liver test?', asked: false });
    expect(Date.parse(q.created)).not.toBeNaN();
    expect(area.data.get(NOTEBOOK_KEYS.prefs)).toEqual({ recentOn: true, paintMine: false });
    expect(area.data.get(NOTEBOOK_KEYS.recent)).toEqual({ items: [{ termId: 'prednisone', at: expect.any(String) }] });
  });

  it('loses no write when many calls come together', async () => {
    const area = memoryArea();
    const store = createNotebookStore(area, options());
    await Promise.all([
      ...Array.from({ length: 30 }, (_, i) => store.addQuestion(null, `Question ${i}`)),
      ...Array.from({ length: 10 }, (_, i) => store.setMine(`med-${i}`, true)),
      store.setSaved('ivig', true),
      store.setPrefs({ paintMine: true }),
      store.setSaved('rituximab', true),
    ]);
    const state = await store.read();
    expect(state.questions.map((q) => q.text)).toEqual(Array.from({ length: 30 }, (_, i) => `Question ${i}`));
    expect(state.mine).toHaveLength(10);
    expect(state.saved).toEqual(['ivig', 'rituximab']);
    expect(state.prefs.paintMine).toBe(true);
  });

  it('two concurrent writes to the same item both land', async () => {
    const store = createNotebookStore(memoryArea(), options());
    const [a, b] = await Promise.all([store.addQuestion('ivig', 'First'), store.addQuestion('ivig', 'Second')]);
    expect((await store.read()).questions.map((q) => q.id)).toEqual([a.id, b.id]);
  });

  it('a failed write is reported, changes nothing, and the next write still runs', async () => {
    const area = memoryArea();
    const store = createNotebookStore(area, options());
    await store.read();
    area.failNextSet();
    await expect(store.setMine('prednisone', true)).rejects.toThrow('quota');
    expect((await store.read()).mine).toEqual([]);
    await store.setMine('prednisone', true);
    expect((await store.read()).mine).toEqual(['prednisone']);
  });

  it('edits, ticks, moves and removes questions', async () => {
    const store = createNotebookStore(memoryArea(), options());
    const a = await store.addQuestion('ivig', 'A');
    const b = await store.addQuestion('ivig', 'B');
    const c = await store.addQuestion(null, 'C');
    await store.updateQuestion(a.id, { text: '  A, reworded  ', asked: true });
    await store.moveQuestion(c.id, 0);
    let state = await store.read();
    expect(state.questions.map((q) => q.text)).toEqual(['C', 'A, reworded', 'B']);
    expect(state.questions[1]!.asked).toBe(true);
    await store.moveQuestion(c.id, 99);
    await store.removeQuestion(b.id);
    state = await store.read();
    expect(state.questions.map((q) => q.text)).toEqual(['A, reworded', 'C']);
    await expect(store.updateQuestion(b.id, { asked: true })).rejects.toBeInstanceOf(NotebookChangedError);
    await expect(store.updateQuestion(a.id, { text: ' ' })).rejects.toBeInstanceOf(NotebookLimitError);
    expect((await store.read()).questions[0]!.text).toBe('A, reworded');
  });

  it('puts a removed question back where it was, once', async () => {
    const store = createNotebookStore(memoryArea(), options());
    const a = await store.addQuestion(null, 'A');
    const b = await store.addQuestion('ivig', 'B');
    await store.updateQuestion(b.id, { asked: true });
    await store.addQuestion(null, 'C');
    const removed = (await store.read()).questions[1]!;
    await store.removeQuestion(b.id);
    await store.restoreQuestion(removed, 1);
    await store.restoreQuestion(removed, 1);
    const state = await store.read();
    expect(state.questions.map((q) => q.text)).toEqual(['A', 'B', 'C']);
    expect(state.questions[1]).toEqual(removed);
    await expect(store.restoreQuestion({ ...removed, id: 'x', text: '' }, 0)).rejects.toBeInstanceOf(NotebookChangedError);
    expect(a.id).not.toBe(b.id);
  });

  it('reorders a list only when it is the same entries', async () => {
    const store = createNotebookStore(memoryArea(), options());
    for (const id of ['a', 'b', 'c']) await store.setSaved(id, true);
    await store.reorder('saved', ['c', 'a', 'b']);
    expect((await store.read()).saved).toEqual(['c', 'a', 'b']);
    await expect(store.reorder('saved', ['c', 'a'])).rejects.toBeInstanceOf(NotebookChangedError);
    expect((await store.read()).saved).toEqual(['c', 'a', 'b']);
  });

  it('refuses, with a message, a write over a limit, and keeps everything else', async () => {
    const ids = Array.from({ length: 500 }, (_, i) => `entry-${i}`);
    const store = createNotebookStore(memoryArea({ [NOTEBOOK_KEYS.meta]: { version: 1 }, [NOTEBOOK_KEYS.mine]: { ids } }), options());
    await expect(store.setMine('one-more', true)).rejects.toThrow('at most 500');
    expect((await store.read()).mine).toHaveLength(500);
    await expect(store.addQuestion(null, 'x'.repeat(2001))).rejects.toThrow(NotebookLimitError);
  });

  it('holds 2,000 questions of 2,000 characters, and refuses the 2,001st', async () => {
    const items = Array.from({ length: 2000 }, (_, i) => ({ id: `q${i}`, termId: i % 3 ? 'ivig' : null, text: `${i} ${'é'.repeat(1990)}`, asked: false, created: '2026-12-01T09:00:00.000Z' }));
    const area = memoryArea({ [NOTEBOOK_KEYS.meta]: { version: 1 }, [NOTEBOOK_KEYS.questions]: { items } });
    const store = createNotebookStore(area, options());
    const started = performance.now();
    const state = await store.read();
    expect(state.questions).toHaveLength(2000);
    expect(state.problems).toEqual([]);
    await expect(store.addQuestion(null, 'one more')).rejects.toThrow('at most 2,000 questions');
    await store.updateQuestion('q1999', { asked: true });
    await store.moveQuestion('q1999', 0);
    expect((await store.read()).questions[0]).toMatchObject({ id: 'q1999', asked: true });
    const file = await store.exportFile();
    expect(file.questions).toHaveLength(2000);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('shows a corrupt item plainly, keeps the rest, and sets the corrupt value aside before writing over it', async () => {
    const area = memoryArea({
      [NOTEBOOK_KEYS.meta]: { version: 1 },
      [NOTEBOOK_KEYS.mine]: { ids: ['prednisone'] },
      [NOTEBOOK_KEYS.questions]: '{"items": [trunc',
    });
    const store = createNotebookStore(area, options());
    const state = await store.read();
    expect(state.mine).toEqual(['prednisone']);
    expect(state.questions).toEqual([]);
    expect(state.problems).toEqual(['Your saved questions could not be read and were skipped; everything else is here.']);
    expect(state.damaged).toEqual(['questions']);
    // Reading wiped nothing.
    expect(area.data.get(NOTEBOOK_KEYS.questions)).toBe('{"items": [trunc');
    await store.addQuestion(null, 'New one');
    expect(area.data.get(damagedKey('questions'))).toBe('{"items": [trunc');
    await store.addQuestion(null, 'Another');
    // The first copy set aside is the original, never overwritten by later writes.
    expect(area.data.get(damagedKey('questions'))).toBe('{"items": [trunc');
    expect((await store.read()).problems).toEqual([]);
  });

  it('records lookups only when "recent" is on, newest first, at most 20, and forgets them when turned off', async () => {
    const store = createNotebookStore(memoryArea(), options());
    await store.recordLookup('prednisone');
    expect((await store.read()).recent).toEqual([]);
    await store.setPrefs({ recentOn: true });
    for (let i = 0; i < 25; i++) await store.recordLookup(`t${i}`);
    await store.recordLookup('t10');
    const recent = (await store.read()).recent;
    expect(recent).toHaveLength(20);
    expect(recent[0]!.termId).toBe('t10');
    expect(recent.filter((r) => r.termId === 't10')).toHaveLength(1);
    await store.clearRecent();
    expect((await store.read()).recent).toEqual([]);
    await store.recordLookup('ivig');
    await store.setPrefs({ recentOn: false });
    expect((await store.read()).recent).toEqual([]);
  });

  it('a lookup racing "off" never lands after it', async () => {
    const store = createNotebookStore(memoryArea(), options());
    await store.setPrefs({ recentOn: true });
    await Promise.all([store.setPrefs({ recentOn: false }), store.recordLookup('ivig')]);
    expect((await store.read()).recent).toEqual([]);
  });

  it('migrates a version 0 notebook through the store and keeps the old item', async () => {
    const legacy = { medicines: ['methotrexate', 'prednisone'], saved: ['ivig'], questions: [{ term: 'methotrexate', text: 'Eye test?', done: true }, { term: null, text: 'Next visit?', done: false }] };
    const area = memoryArea({ [LEGACY_NOTEBOOK_KEY]: legacy });
    const state = await createNotebookStore(area, options()).read();
    expect(state.mine).toEqual(['methotrexate', 'prednisone']);
    expect(state.saved).toEqual(['ivig']);
    expect(state.questions.map(({ termId, text, asked }) => ({ termId, text, asked }))).toEqual([
      { termId: 'methotrexate', text: 'Eye test?', asked: true },
      { termId: null, text: 'Next visit?', asked: false },
    ]);
    expect(area.data.get(NOTEBOOK_KEYS.meta)).toEqual({ version: 1 });
    expect(area.data.get(LEGACY_NOTEBOOK_KEY)).toEqual(legacy);
    // A second store (another page) does not migrate again.
    await createNotebookStore(area, options()).setMine('ivig', true);
    expect((await createNotebookStore(area, options()).read()).questions).toHaveLength(2);
  });

  it('exports, clears and imports back to the same state', async () => {
    const area = memoryArea();
    const store = createNotebookStore(area, options());
    await store.setMine('methotrexate', true);
    await store.setSaved('ivig', true);
    await store.addQuestion('methotrexate', 'Eye test?');
    const asked = await store.addQuestion(null, 'When is my next scan?');
    await store.updateQuestion(asked.id, { asked: true });
    const before = await store.read();
    const text = notebookFileText(await store.exportFile());
    await store.clearAll();
    expect(area.data.size).toBe(0);
    const preview = await store.previewImport(text);
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.preview.add.questions).toHaveLength(2);
    await store.applyImport(preview.preview);
    const after = await store.read();
    expect({ ...after, prefs: before.prefs }).toEqual(before);
    // Importing the same file again adds nothing.
    const again = await store.previewImport(text);
    expect(again.ok && again.preview.add).toEqual({ mine: [], saved: [], questions: [] });
  });

  it('a malformed or foreign import gives a clear error and changes nothing', async () => {
    const area = memoryArea();
    const store = createNotebookStore(area, options());
    await store.addQuestion(null, 'Keep me');
    const snapshot = JSON.stringify([...area.data]);
    const setsBefore = area.calls.set;
    for (const text of ['not json', '{"format":"something-else"}', JSON.stringify({ format: 'dm-glossary-notebook', version: 9, exported: '2026-12-01T00:00:00Z', mine: [], saved: [], questions: [] })]) {
      const result = await store.previewImport(text);
      expect(result.ok).toBe(false);
    }
    expect(area.calls.set).toBe(setsBefore);
    expect(JSON.stringify([...area.data])).toBe(snapshot);
  });

  it('an import that would pass a limit is refused whole', async () => {
    const store = createNotebookStore(memoryArea(), options());
    const questions = Array.from({ length: 2000 }, (_, i) => ({ id: `f${i}`, termId: null, text: `File ${i}`, asked: false, created: '2026-12-01T09:00:00.000Z' }));
    await store.addQuestion(null, 'Mine');
    const result = await store.previewImport(JSON.stringify({ format: 'dm-glossary-notebook', version: 1, exported: '2026-12-01T09:00:00Z', mine: [], saved: [], questions }));
    expect(result).toEqual({ ok: false, error: expect.stringContaining('would bring questions to 2,001'), problem: { key: 'notebookImportOverQuestions', subs: [2001, 2000] } });
    expect((await store.read()).questions).toHaveLength(1);
  });

  it('tells watchers about changes, from this store and from another on the same area', async () => {
    const area = memoryArea();
    const page = createNotebookStore(area, options());
    const card = createNotebookStore(area, options());
    const seen: string[][] = [];
    const stop = page.watch((state) => seen.push(state.mine));
    await card.setMine('ivig', true);
    await page.read();
    await new Promise((r) => setTimeout(r, 10));
    expect(seen.at(-1)).toEqual(['ivig']);
    stop();
    const count = seen.length;
    await card.setMine('prednisone', true);
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toHaveLength(count);
  });

  it('follows changes from the values onChanged carries, without reading storage again', async () => {
    const area = memoryArea();
    const page = createNotebookStore(area, options());
    const card = createNotebookStore(area, options());
    const seen: Array<{ mine: string[]; questions: number }> = [];
    page.watch((state) => seen.push({ mine: state.mine, questions: state.questions.length }));
    await page.read();
    await card.setMine('ivig', true);
    const reads = area.calls.get;
    const q = await card.addQuestion(null, 'One');
    await card.setMine('prednisone', true);
    await card.setMine('ivig', false);
    await card.removeQuestion(q.id);
    await card.clearAll();
    // Only the writing store read storage (one get per write); the watcher read nothing.
    expect(area.calls.get - reads).toBe(4);
    expect(seen.map((s) => s.mine)).toEqual([['ivig'], ['ivig'], ['ivig', 'prednisone'], ['prednisone'], ['prednisone'], []]);
    expect(seen.map((s) => s.questions)).toEqual([0, 1, 1, 1, 0, 0]);
  });

  it('tells watchers about its own changes on an area without onChanged', async () => {
    const store = createNotebookStore(memoryArea({}, { events: false }), options());
    const seen: number[] = [];
    store.watch((state) => seen.push(state.questions.length));
    await store.addQuestion(null, 'One');
    await store.read();
    expect(seen.at(-1)).toBe(1);
  });
});
