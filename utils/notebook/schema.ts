/**
 * The care notebook's stored shape (issue #13), version 1. Everything lives
 * in `storage.local`, one item per part, so a corrupt part falls back on its
 * own and the rest survives; nothing is ever put in `storage.sync`.
 */

export const NOTEBOOK_VERSION = 1;

/** The storage keys, one per part. */
export const NOTEBOOK_KEYS = {
  meta: 'dmg-notebook-meta',
  mine: 'dmg-notebook-mine',
  saved: 'dmg-notebook-saved',
  questions: 'dmg-notebook-questions',
  recent: 'dmg-notebook-recent',
  prefs: 'dmg-notebook-prefs',
} as const;

export type NotebookPart = Exclude<keyof typeof NOTEBOOK_KEYS, 'meta'>;
export const NOTEBOOK_PARTS: readonly NotebookPart[] = ['mine', 'saved', 'questions', 'recent', 'prefs'];

/** The single item an early build used ("version 0"); read once by the migration and then left alone. */
export const LEGACY_NOTEBOOK_KEY = 'dmg-notebook';

/**
 * Where an unreadable part's stored value is copied before the store first
 * writes over it, so a corrupt item is set aside, never wiped.
 */
export const damagedKey = (part: NotebookPart): string => `${NOTEBOOK_KEYS[part]}-unreadable`;

/**
 * Limits, stated so the reader can be told them. They keep each item well
 * under what storage.local handles quickly: 2,000 questions of 2,000
 * characters is at most about 8 MB as JSON, and real notebooks are far smaller.
 */
export const NOTEBOOK_LIMITS = {
  /** Questions in the whole notebook. */
  questions: 2_000,
  /** Characters in one question. */
  questionChars: 2_000,
  /** Entries in "my medicines", and in saved terms, each. */
  ids: 500,
  /** Characters in an entry id; glossary ids are short slugs, so longer is not an id. */
  idChars: 100,
  /** Recently opened cards kept; older ones drop off, which is what "the last 20" means. */
  recent: 20,
} as const;

export interface Question {
  id: string;
  /** The glossary entry the question is about, or null for a general question. */
  termId: string | null;
  text: string;
  /** Ticked off as asked at the appointment. */
  asked: boolean;
  /** ISO date-time of when it was written. */
  created: string;
}

export interface RecentLookup {
  termId: string;
  /** ISO date-time of the lookup. */
  at: string;
}

export interface NotebookPrefs {
  /** Keep the last 20 cards opened. Off by default: a shared computer would show them. */
  recentOn: boolean;
  /**
   * Paint "my medicines" on web pages in their own style. Off by default: the
   * page can read the CSS highlight registry, so a separate highlight would
   * tell any website which of the reader's medicines are on it.
   */
  paintMine: boolean;
}

export const DEFAULT_PREFS: Readonly<NotebookPrefs> = Object.freeze({ recentOn: false, paintMine: false });

export interface NotebookState {
  /** Entry ids of "I take this" medicines, in the reader's order. */
  mine: string[];
  /** Saved entry ids, in the reader's order. */
  saved: string[];
  questions: Question[];
  /** Newest first, at most NOTEBOOK_LIMITS.recent. */
  recent: RecentLookup[];
  prefs: NotebookPrefs;
  /** Plain sentences naming what could not be read (and was skipped); empty when all is well. */
  problems: string[];
  /** The parts behind `problems`, for pages that say it in the reader's language. */
  damaged: NotebookPart[];
}

/** What a limit or input check refused; the message says it in plain words. */
export type NotebookLimit = 'questions' | 'question-length' | 'question-empty' | 'ids' | 'id';

/** Thrown by a write that would pass a limit; nothing is written, nothing is cut. */
export class NotebookLimitError extends Error {
  constructor(
    readonly limit: NotebookLimit,
    message: string,
    /** For an import: the list it would overfill and to how many, so a page can say it in the reader's language. */
    readonly over?: { readonly list: 'mine' | 'saved' | 'questions'; readonly total: number; readonly limit: number },
  ) {
    super(message);
    this.name = 'NotebookLimitError';
  }
}

export const isEntryId = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= NOTEBOOK_LIMITS.idChars;

const count = (n: number) => n.toLocaleString('en-US');

/** Checks an entry id given to a write. */
export function checkId(id: unknown): void {
  if (!isEntryId(id)) throw new NotebookLimitError('id', `"${String(id).slice(0, 40)}" is not a glossary entry id.`);
}

/** Checks a list of ids about to be stored as "my medicines" or saved terms. */
export function checkIdList(ids: readonly string[], what: string): void {
  ids.forEach(checkId);
  if (ids.length > NOTEBOOK_LIMITS.ids) {
    throw new NotebookLimitError('ids', `${what} can hold at most ${count(NOTEBOOK_LIMITS.ids)} terms. Remove some to add more.`);
  }
}

/**
 * Bidirectional controls (which can show "10 gm" as "mg 01" in a printout for
 * the care team) and control characters other than line breaks and tabs:
 * a question never needs them, and a shared notebook file could use them to
 * mislead (review S11).
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** A question's text without bidirectional and control characters. */
export function cleanQuestionText(text: string): string {
  return text.replace(UNSAFE_CHARACTERS, '');
}

/** The text a question is stored with: cleaned, trimmed, and within the limits, or a NotebookLimitError. */
export function checkQuestionText(text: string): string {
  const trimmed = cleanQuestionText(text).trim();
  if (trimmed === '') throw new NotebookLimitError('question-empty', 'A question needs some text.');
  if (trimmed.length > NOTEBOOK_LIMITS.questionChars) {
    throw new NotebookLimitError(
      'question-length',
      `A question can be at most ${count(NOTEBOOK_LIMITS.questionChars)} characters; this one has ${count(trimmed.length)}. Shorten it or split it in two.`,
    );
  }
  return trimmed;
}

export function checkQuestionCount(total: number): void {
  if (total > NOTEBOOK_LIMITS.questions) {
    throw new NotebookLimitError('questions', `The notebook holds at most ${count(NOTEBOOK_LIMITS.questions)} questions. Remove some asked ones to add more.`);
  }
}
