import type { NotebookStoreLike } from '../../utils/notebook/store-port';

/** The store methods the card and the server use, in memory, with the contract's behaviour (lookups only with recentOn). */
export function fakeNotebookStore(failWith?: Error) {
  const state = {
    mine: [] as string[],
    saved: [] as string[],
    questions: [] as Array<{ termId: string | null; text: string }>,
    recent: [] as string[],
    prefs: { paintMine: false, recentOn: false },
  };
  const watchers = new Set<() => void>();
  const changed = () => watchers.forEach((cb) => cb());
  const toggle = (list: string[], id: string, on: boolean) => {
    const at = list.indexOf(id);
    if (on && at < 0) list.push(id);
    if (!on && at >= 0) list.splice(at, 1);
    changed();
  };
  const store: NotebookStoreLike = {
    read: async () => structuredClone(state),
    setMine: async (id, on) => toggle(state.mine, id, on),
    setSaved: async (id, on) => toggle(state.saved, id, on),
    addQuestion: async (termId, text) => {
      if (failWith) throw failWith;
      state.questions.push({ termId, text });
      changed();
    },
    recordLookup: async (termId) => void (state.prefs.recentOn && state.recent.unshift(termId)),
    setPrefs: async (patch) => void Object.assign(state.prefs, patch),
    watch: (cb) => {
      watchers.add(cb);
      return () => watchers.delete(cb);
    },
  };
  return { store, state, watchers };
}
