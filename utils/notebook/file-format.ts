/**
 * The export file (pure): what "Export" writes and "Import" reads.
 * `readNotebookFile` checks everything before anything is merged, and its
 * error names what is wrong in words a reader can act on.
 */
import { readQuestion } from './parse';
import { isEntryId, NOTEBOOK_LIMITS, NOTEBOOK_VERSION, type Question } from './schema';

export const NOTEBOOK_FILE_FORMAT = 'dm-glossary-notebook';

export interface NotebookFile {
  format: typeof NOTEBOOK_FILE_FORMAT;
  version: number;
  /** ISO date-time of the export. */
  exported: string;
  mine: string[];
  saved: string[];
  questions: Question[];
}

/**
 * What is wrong with a file as an interface message (public/_locales) and
 * its substitutions, so the notebook says it in the reader's language;
 * `error` beside it says the same in English (tests/unit/notebook-file.test.ts
 * checks the English message matches it). A number in `subs` is a count the
 * page writes in the reader's number format; a string is shown as it is.
 */
export interface FileProblem {
  readonly key: FileProblemKey;
  readonly subs: ReadonlyArray<string | number>;
}
export type FileProblemKey =
  | 'notebookFileTooLarge'
  | 'notebookFileNotJson'
  | 'notebookFileNotNotebook'
  | 'notebookFileVersion'
  | 'notebookFileNewer'
  | 'notebookFileExported'
  | 'notebookFileIds'
  | 'notebookFileIdAt'
  | 'notebookFileTooMany'
  | 'notebookFileQuestions'
  | 'notebookFileQuestionAt'
  | 'notebookFileQuestionPartAt'
  | 'notebookImportOverMine'
  | 'notebookImportOverSaved'
  | 'notebookImportOverQuestions';

export type NotebookFileRead = { ok: true; file: NotebookFile } | { ok: false; error: string; problem: FileProblem };
type Failed = Extract<NotebookFileRead, { ok: false }>;

/** Far above the largest notebook the limits allow (about 8 MB), so only a wrong file is refused. */
export const MAX_FILE_CHARS = 20_000_000;

/**
 * Whether a file of `bytes` is too large to hold MAX_FILE_CHARS characters of
 * UTF-8 (at most 3 bytes per character the text reader counts), checked
 * before it is read, so a huge file is refused for its size without being
 * loaded (review S11).
 */
export function fileTooLarge(bytes: number): boolean {
  return bytes > MAX_FILE_CHARS * 3;
}

export const TOO_LARGE = 'This file is too large to be a notebook file.';
export const TOO_LARGE_PROBLEM: FileProblem = { key: 'notebookFileTooLarge', subs: [] };

export function makeNotebookFile(parts: Pick<NotebookFile, 'mine' | 'saved' | 'questions'>, exported: Date): NotebookFile {
  return {
    format: NOTEBOOK_FILE_FORMAT,
    version: NOTEBOOK_VERSION,
    exported: exported.toISOString(),
    mine: [...parts.mine],
    saved: [...parts.saved],
    questions: parts.questions.map((q) => ({ ...q })),
  };
}

/** The export's text: indented, so a reader who opens it sees what it holds. */
export const notebookFileText = (file: NotebookFile): string => `${JSON.stringify(file, null, 2)}\n`;

/** "dm-glossary-notebook-2026-12-01.json", in the reader's own calendar day. */
export function notebookFileName(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `dm-glossary-notebook-${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}.json`;
}

// The file's own numbers (item 2, 2001 items) are shown as the English sentence writes them.
const fail = (error: string, key: FileProblemKey, ...subs: Array<string | number>): Failed => ({ ok: false, error, problem: { key, subs: subs.map(String) } });

function readIdField(data: Record<string, unknown>, field: 'mine' | 'saved'): string[] | Failed {
  const list = data[field];
  if (!Array.isArray(list)) return fail(`The field "${field}" is wrong: it should be a list of glossary entry ids.`, 'notebookFileIds', field);
  const bad = list.findIndex((id) => !isEntryId(id));
  if (bad >= 0) return fail(`The field "${field}" is wrong at item ${bad + 1}: it should be a glossary entry id.`, 'notebookFileIdAt', field, bad + 1);
  if (list.length > NOTEBOOK_LIMITS.ids) {
    return fail(`The field "${field}" has ${list.length} items; a notebook holds at most ${NOTEBOOK_LIMITS.ids}.`, 'notebookFileTooMany', field, list.length, NOTEBOOK_LIMITS.ids);
  }
  return list as string[];
}

/** Reads an export file's text; on any problem, says which and reads nothing. */
export function readNotebookFile(text: string): NotebookFileRead {
  if (text.length > MAX_FILE_CHARS) return fail(TOO_LARGE, TOO_LARGE_PROBLEM.key);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('This file is not a notebook file: it is not JSON (the file may be damaged, or a different kind of file).', 'notebookFileNotJson');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data) || (data as Record<string, unknown>).format !== NOTEBOOK_FILE_FORMAT) {
    return fail('This file is not a DM Glossary notebook: it does not say "dm-glossary-notebook" as its format.', 'notebookFileNotNotebook');
  }
  const raw = data as Record<string, unknown>;
  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail('The field "version" is wrong: it should be a whole number, 1 or more.', 'notebookFileVersion');
  if (version > NOTEBOOK_VERSION) {
    return fail(
      `This notebook was exported by a newer version of DM Glossary (file version ${version}; this one reads version ${NOTEBOOK_VERSION}). Update the extension, then import it again.`,
      'notebookFileNewer',
      version,
      NOTEBOOK_VERSION,
    );
  }
  if (typeof raw.exported !== 'string' || Number.isNaN(Date.parse(raw.exported))) return fail('The field "exported" is wrong: it should be a date and time.', 'notebookFileExported');
  const mine = readIdField(raw, 'mine');
  if (!Array.isArray(mine)) return mine;
  const saved = readIdField(raw, 'saved');
  if (!Array.isArray(saved)) return saved;
  if (!Array.isArray(raw.questions)) return fail('The field "questions" is wrong: it should be a list of questions.', 'notebookFileQuestions');
  if (raw.questions.length > NOTEBOOK_LIMITS.questions) {
    return fail(
      `The field "questions" has ${raw.questions.length} items; a notebook holds at most ${NOTEBOOK_LIMITS.questions}.`,
      'notebookFileTooMany',
      'questions',
      raw.questions.length,
      NOTEBOOK_LIMITS.questions,
    );
  }
  const questions: Question[] = [];
  for (const [index, item] of raw.questions.entries()) {
    const read = readQuestion(item);
    if ('field' in read) {
      if (read.field === 'question') return fail(`The field "questions" is wrong at item ${index + 1}: it is not a question.`, 'notebookFileQuestionAt', index + 1);
      return fail(`The field "questions" is wrong at item ${index + 1}: its "${read.field}" is missing or not valid.`, 'notebookFileQuestionPartAt', index + 1, read.field);
    }
    questions.push(read.question);
  }
  return { ok: true, file: { format: NOTEBOOK_FILE_FORMAT, version, exported: raw.exported, mine, saved, questions } };
}
