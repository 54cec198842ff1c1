/**
 * The notebook store: every read and write of the notebook goes through
 * here, on any storage area with get/set/remove (storage.local in the
 * extension, an in-memory fake in tests). Each write is a read-modify-write
 * of one item, and the store runs them one at a time, so two calls that come
 * together (a click in the page and a message from a card) never lose one.
 */
import { readNotebookFile, makeNotebookFile, type FileProblem, type NotebookFile } from './file-format';
import { applyMerge, planImport, type ImportPreview } from './merge';
import { planMigration, type MigrationContext } from './migrate';
import { PART_READERS, readQuestion, type PartRead } from './parse';
import {
  checkId,
  checkIdList,
  checkQuestionCount,
  checkQuestionText,
  damagedKey,
  LEGACY_NOTEBOOK_KEY,
  NOTEBOOK_KEYS,
  NOTEBOOK_LIMITS,
  NOTEBOOK_PARTS,
  NOTEBOOK_VERSION,
  NotebookLimitError,
  type NotebookPart,
  type NotebookPrefs,
  type NotebookState,
  type Question,
  type RecentLookup,
} from './schema';

type Changes = Record<string, unknown>;

/** The parts of a storage area the store uses; `browser.storage.local` is one. */
export interface NotebookArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  onChanged?: {
    addListener(callback: (changes: Changes) => void): void;
    removeListener(callback: (changes: Changes) => void): void;
  };
}

export interface NotebookStoreOptions {
  now?: () => Date;
  newId?: () => string;
}

/** A refused file: `error` in English, and, where the file itself is wrong, the `problem` as an interface message. */
export type ImportPreviewResult = { ok: true; preview: ImportPreview } | { ok: false; error: string; problem?: FileProblem };

export type QuestionPatch = Partial<Pick<Question, 'text' | 'asked' | 'termId'>>;

export interface NotebookStore {
  read(): Promise<NotebookState>;
  setMine(id: string, on: boolean): Promise<void>;
  setSaved(id: string, on: boolean): Promise<void>;
  addQuestion(termId: string | null, text: string): Promise<Question>;
  updateQuestion(id: string, patch: QuestionPatch): Promise<Question>;
  removeQuestion(id: string): Promise<void>;
  /** Puts a removed question back where it was ("Undo"); does nothing if it is there already. */
  restoreQuestion(question: Question, index: number): Promise<void>;
  /** Moves a question to `toIndex` in the whole list (clamped to its ends). */
  moveQuestion(id: string, toIndex: number): Promise<void>;
  /** Puts a list in the given order; `ids` must be the same entries, reordered. */
  reorder(list: 'mine' | 'saved', ids: string[]): Promise<void>;
  /** Remembers a card opened; does nothing unless `prefs.recentOn`. */
  recordLookup(termId: string): Promise<void>;
  clearRecent(): Promise<void>;
  setPrefs(patch: Partial<NotebookPrefs>): Promise<NotebookPrefs>;
  exportFile(): Promise<NotebookFile>;
  previewImport(text: string): Promise<ImportPreviewResult>;
  applyImport(preview: ImportPreview): Promise<void>;
  /** Removes every notebook item, including set-aside unreadable copies and the version-0 item. */
  clearAll(): Promise<void>;
  /** Calls `cb` with the new state after any change to the notebook, from any page; returns the unsubscribe. */
  watch(cb: (state: NotebookState) => void): () => void;
}

const ALL_KEYS = [
  NOTEBOOK_KEYS.meta,
  ...NOTEBOOK_PARTS.map((part) => NOTEBOOK_KEYS[part]),
  ...NOTEBOOK_PARTS.map(damagedKey),
  LEGACY_NOTEBOOK_KEY,
];

const PART_KEYS: string[] = NOTEBOOK_PARTS.map((part) => NOTEBOOK_KEYS[part]);

const defaultId = (): string => crypto.randomUUID();

/** The state from the stored parts (pure): each part read on its own, its problem noted. */
function stateFrom(stored: Record<string, unknown>, problems: string[]): NotebookState {
  const all = [...problems];
  const damaged: NotebookPart[] = [];
  const value = (part: NotebookPart) => {
    const read = PART_READERS[part](stored[NOTEBOOK_KEYS[part]]);
    if (read.problem) {
      all.push(read.problem);
      damaged.push(part);
    }
    return read.value;
  };
  return {
    mine: value('mine') as string[],
    saved: value('saved') as string[],
    questions: value('questions') as Question[],
    recent: value('recent') as RecentLookup[],
    prefs: value('prefs') as NotebookPrefs,
    problems: all,
    damaged,
  };
}

/**
 * Thrown when a change no longer fits what is stored: the question was
 * removed, or the list reordered changed, in another window. Nothing is written.
 */
const OVER_KEYS = { mine: 'notebookImportOverMine', saved: 'notebookImportOverSaved', questions: 'notebookImportOverQuestions' } as const;

export type NotebookChange = 'gone' | 'reordered' | 'cannot-restore';

const CHANGED: Record<NotebookChange, string> = {
  gone: 'This question is no longer in the notebook; it may have been removed in another window.',
  reordered: 'The list changed in another window while you reordered it; nothing was moved. Try again.',
  'cannot-restore': 'This question cannot be put back.',
};

/** `reason` lets a page say it in the reader's language; the message is the English sentence. */
export class NotebookChangedError extends Error {
  constructor(readonly reason: NotebookChange) {
    super(CHANGED[reason]);
    this.name = 'NotebookChangedError';
  }
}

export function createNotebookStore(area: NotebookArea, options: NotebookStoreOptions = {}): NotebookStore {
  const context: MigrationContext = { now: options.now ?? (() => new Date()), newId: options.newId ?? defaultId };
  let queue: Promise<unknown> = Promise.resolve();
  let migrated: Promise<string[]> | undefined;
  /** Set while nothing is stored: the next write adds the meta, so an empty notebook leaves storage empty. */
  let metaPending = false;
  const localWatchers = new Set<() => void>();

  /** Runs `task` after every earlier one, whatever they did. */
  function serial<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  }

  /** Brings the stored notebook to this version once per store; its problems are shown on the first read. */
  function ensureMigrated(): Promise<string[]> {
    migrated ??= (async () => {
      const plan = planMigration(await area.get(ALL_KEYS), context);
      if (Object.keys(plan.writes).length > 0) await area.set(plan.writes);
      if (plan.meta) await area.set({ [NOTEBOOK_KEYS.meta]: plan.meta });
      metaPending = plan.fresh === true;
      return plan.problems;
    })();
    // A failed migration is tried again by the next call, not remembered.
    migrated.catch(() => (migrated = undefined));
    return migrated;
  }

  async function readPart<P extends NotebookPart>(part: P): Promise<{ raw: unknown; read: PartRead<unknown> }> {
    const raw = (await area.get([NOTEBOOK_KEYS[part]]))[NOTEBOOK_KEYS[part]];
    return { raw, read: PART_READERS[part](raw) };
  }

  function update<P extends NotebookPart, T>(part: P, change: (value: PartValue<P>) => Modified<P, T>): Promise<T | undefined> {
    return serial(async () => {
      await ensureMigrated();
      return modify(part, change);
    });
  }

  /**
   * Read-modify-write of one part, inside a queued task. When what is stored
   * was unreadable in part or whole, it is first copied aside (once), so the
   * write that replaces it cannot lose what a later version or a repair
   * could recover.
   */
  async function modify<P extends NotebookPart, T>(part: P, change: (value: PartValue<P>) => Modified<P, T>): Promise<T | undefined> {
    const { raw, read } = await readPart(part);
    const next = change(read.value as PartValue<P>);
    if (!next) return undefined;
    if (read.problem) {
      const aside = damagedKey(part);
      const stored = await area.get([aside]);
      if (stored[aside] === undefined) await area.set({ [aside]: raw });
    }
    await area.set({ [NOTEBOOK_KEYS[part]]: wrap(part, next.value), ...metaWrite() });
    notifyLocal();
    return next.result;
  }

  /** The meta, to write with the first part of a new notebook (in the same call, so neither lands alone). */
  function metaWrite(): Record<string, unknown> {
    if (!metaPending) return {};
    metaPending = false;
    return { [NOTEBOOK_KEYS.meta]: { version: NOTEBOOK_VERSION } };
  }

  function notifyLocal(): void {
    // With onChanged the browser tells every page, this one included.
    if (area.onChanged) return;
    for (const watcher of localWatchers) watcher();
  }

  async function readAll(): Promise<NotebookState> {
    const problems = [...(await ensureMigrated())];
    return stateFrom(await area.get(PART_KEYS), problems);
  }

  const setInList = (part: 'mine' | 'saved', what: string) => async (id: string, on: boolean) => {
    checkId(id);
    await update(part, (ids) => {
      const has = ids.includes(id);
      if (has === on) return undefined;
      const next = on ? [...ids, id] : ids.filter((other) => other !== id);
      checkIdList(next, what);
      return { value: next, result: undefined };
    });
  };

  const changeQuestion = (id: string, patch: QuestionPatch) =>
    update('questions', (items) => {
      const index = items.findIndex((q) => q.id === id);
      if (index < 0) throw new NotebookChangedError('gone');
      const old = items[index]!;
      const changed: Question = {
        ...old,
        ...(patch.text !== undefined ? { text: checkQuestionText(patch.text) } : {}),
        ...(patch.asked !== undefined ? { asked: patch.asked } : {}),
        ...(patch.termId !== undefined ? { termId: patch.termId } : {}),
      };
      if (changed.termId !== null) checkId(changed.termId);
      const next = [...items];
      next[index] = changed;
      return { value: next, result: changed };
    }).then((q) => q!);

  return {
    read: () => serial(readAll),
    setMine: setInList('mine', 'Your medicines'),
    setSaved: setInList('saved', 'Saved terms'),

    async addQuestion(termId, text) {
      if (termId !== null) checkId(termId);
      const clean = checkQuestionText(text);
      const question = (await update('questions', (items) => {
        checkQuestionCount(items.length + 1);
        const q: Question = { id: context.newId(), termId, text: clean, asked: false, created: context.now().toISOString() };
        return { value: [...items, q], result: q };
      }))!;
      return question;
    },

    updateQuestion: changeQuestion,

    async removeQuestion(id) {
      await update('questions', (items) => (items.some((q) => q.id === id) ? { value: items.filter((q) => q.id !== id), result: undefined } : undefined));
    },

    async restoreQuestion(question, index) {
      const read = readQuestion(question);
      if (!('question' in read)) throw new NotebookChangedError('cannot-restore');
      await update('questions', (items) => {
        if (items.some((q) => q.id === question.id)) return undefined;
        checkQuestionCount(items.length + 1);
        const next = [...items];
        next.splice(Math.max(0, Math.min(items.length, Math.trunc(index))), 0, read.question);
        return { value: next, result: undefined };
      });
    },

    async moveQuestion(id, toIndex) {
      await update('questions', (items) => {
        const from = items.findIndex((q) => q.id === id);
        if (from < 0) throw new NotebookChangedError('gone');
        const to = Math.max(0, Math.min(items.length - 1, Math.trunc(toIndex)));
        if (to === from) return undefined;
        const next = [...items];
        const [moved] = next.splice(from, 1);
        next.splice(to, 0, moved!);
        return { value: next, result: undefined };
      });
    },

    async reorder(list, ids) {
      await update(list, (current) => {
        const same = ids.length === current.length && new Set(ids).size === ids.length && ids.every((id) => current.includes(id));
        // A list changed in another window since the page drew it: refuse, so nothing added there is dropped.
        if (!same) throw new NotebookChangedError('reordered');
        return { value: [...ids], result: undefined };
      });
    },

    async recordLookup(termId) {
      checkId(termId);
      // The pref is read in the same queued task as the write, so a lookup can never land after "off".
      await serial(async () => {
        await ensureMigrated();
        const prefs = (await readPart('prefs')).read.value as NotebookPrefs;
        if (!prefs.recentOn) return;
        await modify('recent', (items) => {
          const entry: RecentLookup = { termId, at: context.now().toISOString() };
          return { value: [entry, ...items.filter((r) => r.termId !== termId)].slice(0, NOTEBOOK_LIMITS.recent), result: undefined };
        });
      });
    },

    async clearRecent() {
      await update('recent', (items) => (items.length ? { value: [], result: undefined } : undefined));
    },

    async setPrefs(patch) {
      const clean: Partial<NotebookPrefs> = {};
      if (typeof patch.recentOn === 'boolean') clean.recentOn = patch.recentOn;
      if (typeof patch.paintMine === 'boolean') clean.paintMine = patch.paintMine;
      return serial(async () => {
        await ensureMigrated();
        const prefs = (await modify('prefs', (prefs) => {
          const next = { ...prefs, ...clean };
          return { value: next, result: next };
        }))!;
        // Turning "recent" off also forgets the list: off means nothing is kept.
        if (clean.recentOn === false) await modify('recent', (items) => (items.length ? { value: [], result: undefined } : undefined));
        return prefs;
      });
    },

    async exportFile() {
      const state = await serial(readAll);
      return makeNotebookFile(state, context.now());
    },

    async previewImport(text) {
      const read = readNotebookFile(text);
      if (!read.ok) return read;
      const state = await serial(readAll);
      try {
        return { ok: true, preview: planImport(state, read.file, context.newId) };
      } catch (error) {
        if (error instanceof NotebookLimitError) {
          const over = error.over;
          return over ? { ok: false, error: error.message, problem: { key: OVER_KEYS[over.list], subs: [over.total, over.limit] } } : { ok: false, error: error.message };
        }
        throw error;
      }
    },

    async applyImport(preview) {
      // Three items, written one after another inside one queued task, so no other write comes between them.
      await serial(async () => {
        const state = await readAll();
        const merged = applyMerge(state, preview, context.newId);
        const writes: Record<string, unknown> = {};
        if (merged.mine.length !== state.mine.length) writes[NOTEBOOK_KEYS.mine] = wrap('mine', merged.mine);
        if (merged.saved.length !== state.saved.length) writes[NOTEBOOK_KEYS.saved] = wrap('saved', merged.saved);
        if (merged.questions.length !== state.questions.length) writes[NOTEBOOK_KEYS.questions] = wrap('questions', merged.questions);
        if (Object.keys(writes).length === 0) return;
        const stored = await area.get([...state.damaged.map(damagedKey), ...state.damaged.map((p) => NOTEBOOK_KEYS[p])]);
        for (const part of state.damaged) {
          if (stored[damagedKey(part)] === undefined && NOTEBOOK_KEYS[part] in writes) writes[damagedKey(part)] = stored[NOTEBOOK_KEYS[part]];
        }
        await area.set({ ...writes, ...metaWrite() });
        notifyLocal();
      });
    },

    async clearAll() {
      await serial(async () => {
        await area.remove(ALL_KEYS);
        // Empty now, and current: nothing to migrate, the meta comes with the next write.
        migrated = Promise.resolve([]);
        metaPending = true;
        notifyLocal();
      });
    },

    watch(cb) {
      let stopped = false;
      /**
       * The stored parts as last seen. A change from storage.onChanged carries
       * the new values, so the state is rebuilt from them without reading
       * storage again (at the limits, reading the questions takes most of a second).
       */
      let snapshot: Record<string, unknown> | undefined;
      const refresh = () => {
        void serial(async () => {
          await ensureMigrated();
          return area.get(PART_KEYS);
        }).then((stored) => {
          if (stopped) return;
          snapshot = stored;
          cb(stateFrom(stored, []));
        });
      };
      const onChanged = (changes: Changes) => {
        const ours = Object.keys(changes).filter((key) => ALL_KEYS.includes(key));
        if (ours.length === 0) return;
        if (!snapshot) return refresh();
        for (const key of ours) {
          if (!PART_KEYS.includes(key)) continue;
          const change = changes[key];
          if (typeof change === 'object' && change !== null && 'newValue' in change) snapshot[key] = (change as { newValue: unknown }).newValue;
          else delete snapshot[key];
        }
        cb(stateFrom(snapshot, []));
      };
      area.onChanged?.addListener(onChanged);
      localWatchers.add(refresh);
      if (area.onChanged) {
        // Primed at once, so even the first change needs no read.
        void serial(async () => {
          await ensureMigrated();
          return area.get(PART_KEYS);
        }).then((stored) => {
          snapshot ??= stored;
        });
      }
      return () => {
        stopped = true;
        area.onChanged?.removeListener(onChanged);
        localWatchers.delete(refresh);
      };
    },
  };
}

type Modified<P extends NotebookPart, T> = { value: PartValue<P>; result: T } | undefined;

type PartValue<P extends NotebookPart> = P extends 'mine' | 'saved'
  ? string[]
  : P extends 'questions'
    ? Question[]
    : P extends 'recent'
      ? RecentLookup[]
      : NotebookPrefs;

/** The stored shape of a part's value. */
function wrap<P extends NotebookPart>(part: P, value: PartValue<P>): unknown {
  switch (part) {
    case 'mine':
    case 'saved':
      return { ids: value };
    case 'questions':
    case 'recent':
      return { items: value };
    default:
      return value;
  }
}
