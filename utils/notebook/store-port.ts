/**
 * The card's NotebookPort over the notebook store (utils/notebook/store.ts),
 * for extension pages and the background. Typed by the few store methods it
 * uses, so it stays true to the contract and testable with a small fake.
 */
import type { NotebookStatus } from '../messaging/notebook-messages';
import type { NotebookPort } from './port';

interface StateLike {
  mine: readonly string[];
  saved: readonly string[];
  questions: ReadonlyArray<{ termId: string | null; text: string }>;
  prefs: { paintMine: boolean };
}

export interface NotebookStoreLike {
  read(): Promise<StateLike>;
  setMine(id: string, on: boolean): Promise<unknown>;
  setSaved(id: string, on: boolean): Promise<unknown>;
  addQuestion(termId: string | null, text: string): Promise<unknown>;
  recordLookup(termId: string): Promise<unknown>;
  setPrefs(patch: { paintMine: boolean }): Promise<unknown>;
  watch(onChange: () => void): () => void;
}

/** One term's part of the notebook. */
export function statusOf(state: StateLike, termId: string): NotebookStatus {
  const texts = state.questions.filter((q) => q.termId === termId).map((q) => q.text);
  return { mine: state.mine.includes(termId), saved: state.saved.includes(termId), questions: texts.length, texts };
}

/**
 * `recordLookups: false` where showing a card is not the reader opening it
 * (the glossary page shows every card). Reads made together are made once:
 * the glossary page's 132 cards ask at the same moment.
 */
export function storePort(store: NotebookStoreLike, { recordLookups = true } = {}): NotebookPort {
  let reading: Promise<StateLike> | undefined;
  const read = () => (reading ??= store.read().finally(() => (reading = undefined)));
  return {
    status: async (termId) => statusOf(await read(), termId),
    setMine: async (termId, on) => {
      const before = await store.read();
      await store.setMine(termId, on);
      // Offered with the first medicine only, and never once the reader said yes.
      return { offerPaint: on && before.mine.length === 0 && !before.prefs.paintMine };
    },
    setSaved: async (termId, on) => void (await store.setSaved(termId, on)),
    addQuestion: async (termId, text) => void (await store.addQuestion(termId, text)),
    setPaintMine: async (on) => void (await store.setPrefs({ paintMine: on })),
    recordLookup: async (termId) => void (recordLookups && (await store.recordLookup(termId))),
    subscribe: (onChange) => store.watch(onChange),
  };
}
