/**
 * Import merge (pure): an import only adds. What the notebook already has is
 * never removed or changed, a duplicate is skipped, and ids the glossary does
 * not know are kept (they may be from a later glossary).
 */
import type { NotebookFile } from './file-format';
import { NOTEBOOK_LIMITS, NotebookLimitError, type Question } from './schema';

export interface NotebookLists {
  mine: string[];
  saved: string[];
  questions: Question[];
}

export interface ImportPreview {
  /** What would be added, in the file's order. */
  add: NotebookLists;
  /** How many of the file's items are already in the notebook (or repeated in the file). */
  skipped: { mine: number; saved: number; questions: number };
}

/** Two questions are the same when they are about the same term and say the same, ignoring case and spacing. */
const questionKey = (q: Pick<Question, 'termId' | 'text'>) => `${q.termId ?? ''}\u0000${q.text.trim().replace(/\s+/g, ' ').toLowerCase()}`;

function newIds(current: readonly string[], incoming: readonly string[]): { add: string[]; skipped: number } {
  const seen = new Set(current);
  const add: string[] = [];
  for (const id of incoming) {
    if (seen.has(id)) continue;
    seen.add(id);
    add.push(id);
  }
  return { add, skipped: incoming.length - add.length };
}

/**
 * What importing `file` into `current` would add. A question whose id is
 * taken by a different question keeps its text under a new id. Throws a
 * NotebookLimitError when the result would pass a limit.
 */
export function planImport(current: NotebookLists, file: Pick<NotebookFile, 'mine' | 'saved' | 'questions'>, newId: () => string): ImportPreview {
  const mine = newIds(current.mine, file.mine);
  const saved = newIds(current.saved, file.saved);
  const keys = new Set(current.questions.map(questionKey));
  const ids = new Set(current.questions.map((q) => q.id));
  const questions: Question[] = [];
  for (const q of file.questions) {
    const key = questionKey(q);
    if (keys.has(key)) continue;
    keys.add(key);
    const id = ids.has(q.id) ? newId() : q.id;
    ids.add(id);
    questions.push({ ...q, id });
  }
  const preview = {
    add: { mine: mine.add, saved: saved.add, questions },
    skipped: { mine: mine.skipped, saved: saved.skipped, questions: file.questions.length - questions.length },
  };
  checkMergedLimits(current, preview.add);
  return preview;
}

function checkMergedLimits(current: NotebookLists, add: NotebookLists): void {
  const WHAT = { mine: 'your medicines', saved: 'your saved terms', questions: 'questions' } as const;
  const over = (list: keyof typeof WHAT, total: number, limit: number) =>
    new NotebookLimitError(
      list === 'questions' ? 'questions' : 'ids',
      `Importing this file would bring ${WHAT[list]} to ${total.toLocaleString('en-US')}; the notebook holds at most ${limit.toLocaleString('en-US')}. Nothing was changed.`,
      { list, total, limit },
    );
  if (current.mine.length + add.mine.length > NOTEBOOK_LIMITS.ids) throw over('mine', current.mine.length + add.mine.length, NOTEBOOK_LIMITS.ids);
  if (current.saved.length + add.saved.length > NOTEBOOK_LIMITS.ids) throw over('saved', current.saved.length + add.saved.length, NOTEBOOK_LIMITS.ids);
  if (current.questions.length + add.questions.length > NOTEBOOK_LIMITS.questions) {
    throw over('questions', current.questions.length + add.questions.length, NOTEBOOK_LIMITS.questions);
  }
}

/**
 * The lists after an import. The notebook may have changed since the
 * preview (another tab, a card), so duplicates are checked again here:
 * applying the same preview twice adds nothing the second time.
 */
export function applyMerge(current: NotebookLists, preview: ImportPreview, newId: () => string): NotebookLists {
  const again = planImport(current, preview.add, newId).add;
  return {
    mine: [...current.mine, ...again.mine],
    saved: [...current.saved, ...again.saved],
    questions: [...current.questions, ...again.questions],
  };
}

/** Whether an import would change anything at all. */
export const addsNothing = (preview: ImportPreview): boolean =>
  preview.add.mine.length + preview.add.saved.length + preview.add.questions.length === 0;
