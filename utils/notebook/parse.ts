/**
 * Reading stored parts (pure). Storage can hold anything: a value from a
 * newer or older version, a half-written item, another extension's bug. Each
 * part is read on its own: a usable value, or the fallback and a problem
 * naming the part in plain words. Within a list, one bad entry is skipped and
 * the rest kept (the store sets the stored original aside before it ever
 * writes over it, see store.ts).
 */
import {
  cleanQuestionText,
  DEFAULT_PREFS,
  isEntryId,
  NOTEBOOK_LIMITS,
  type NotebookPart,
  type NotebookPrefs,
  type Question,
  type RecentLookup,
} from './schema';

export interface PartRead<T> {
  value: T;
  /** Set when something stored was unusable and skipped. */
  problem?: string;
}

const asObject = (raw: unknown): Record<string, unknown> | undefined =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;

const isIsoDate = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));

/** The reader's words for each part, used in every problem sentence. */
export const PART_NAMES: Record<NotebookPart, string> = {
  mine: 'Your list of medicines',
  saved: 'Your saved terms',
  questions: 'Your saved questions',
  recent: 'Your recently looked up list',
  prefs: 'Your notebook settings',
};

const whole = (part: NotebookPart) => `${PART_NAMES[part]} could not be read and were skipped; everything else is here.`;
const some = (part: NotebookPart, n: number) =>
  `${PART_NAMES[part]}: ${n === 1 ? 'one entry' : `${n} entries`} could not be read and ${n === 1 ? 'was' : 'were'} skipped; everything else is here.`;

/**
 * The first field of a question that is wrong, or the question. Shared with
 * the file reader, which names the field in its error.
 */
export function readQuestion(raw: unknown): { question: Question } | { field: string } {
  const q = asObject(raw);
  if (!q) return { field: 'question' };
  if (typeof q.id !== 'string' || q.id.length === 0 || q.id.length > 100) return { field: 'id' };
  if (q.termId !== null && !isEntryId(q.termId)) return { field: 'termId' };
  // Bidi and control characters are dropped from stored and imported text alike (review S11).
  const text = typeof q.text === 'string' ? cleanQuestionText(q.text) : undefined;
  if (text === undefined || text.trim() === '' || text.length > NOTEBOOK_LIMITS.questionChars) return { field: 'text' };
  if (typeof q.asked !== 'boolean') return { field: 'asked' };
  if (!isIsoDate(q.created)) return { field: 'created' };
  return { question: { id: q.id, termId: q.termId as string | null, text, asked: q.asked, created: q.created } };
}

/** Keeps the good entries of a stored list; a missing item is an empty list, not a problem. */
function readList<T>(part: NotebookPart, raw: unknown, field: 'ids' | 'items', readOne: (value: unknown) => T | undefined): PartRead<T[]> {
  if (raw === undefined) return { value: [] };
  const list = asObject(raw)?.[field];
  if (!Array.isArray(list)) return { value: [], problem: whole(part) };
  const value: T[] = [];
  for (const item of list) {
    const read = readOne(item);
    if (read !== undefined) value.push(read);
  }
  const skipped = list.length - value.length;
  if (skipped === list.length && skipped > 0) return { value, problem: whole(part) };
  return skipped > 0 ? { value, problem: some(part, skipped) } : { value };
}

/** Duplicate ids are dropped quietly: a list can hold an entry once, and a repeat carries nothing. */
function readIds(part: 'mine' | 'saved', raw: unknown): PartRead<string[]> {
  const read = readList(part, raw, 'ids', (id) => (isEntryId(id) ? id : undefined));
  return { ...read, value: [...new Set(read.value)] };
}

export const readMine = (raw: unknown) => readIds('mine', raw);
export const readSaved = (raw: unknown) => readIds('saved', raw);

export function readQuestions(raw: unknown): PartRead<Question[]> {
  const seen = new Set<string>();
  return readList('questions', raw, 'items', (item) => {
    const read = readQuestion(item);
    if (!('question' in read) || seen.has(read.question.id)) return undefined;
    seen.add(read.question.id);
    return read.question;
  });
}

export function readRecent(raw: unknown): PartRead<RecentLookup[]> {
  const read = readList('recent', raw, 'items', (item): RecentLookup | undefined => {
    const r = asObject(item);
    return r && isEntryId(r.termId) && isIsoDate(r.at) ? { termId: r.termId, at: r.at } : undefined;
  });
  return { ...read, value: read.value.slice(0, NOTEBOOK_LIMITS.recent) };
}

/**
 * Each pref on its own; an unreadable one is false, the private choice
 * (both default to off for privacy, so a fault never turns one on).
 */
export function readPrefs(raw: unknown): PartRead<NotebookPrefs> {
  if (raw === undefined) return { value: { ...DEFAULT_PREFS } };
  const stored = asObject(raw);
  if (!stored) return { value: { ...DEFAULT_PREFS }, problem: whole('prefs') };
  const value = { ...DEFAULT_PREFS };
  let bad = false;
  for (const key of ['recentOn', 'paintMine'] as const) {
    if (!(key in stored)) continue;
    if (typeof stored[key] === 'boolean') value[key] = stored[key];
    else bad = true;
  }
  return bad ? { value, problem: whole('prefs') } : { value };
}

export const PART_READERS: { [P in NotebookPart]: (raw: unknown) => PartRead<unknown> } = {
  mine: readMine,
  saved: readSaved,
  questions: readQuestions,
  recent: readRecent,
  prefs: readPrefs,
};

/** The stored version in the meta item, or undefined when it is missing or unreadable. */
export function readVersion(raw: unknown): number | undefined {
  const version = asObject(raw)?.version;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : undefined;
}
