import { describe, expect, it } from 'vitest';
import { makeNotebookFile, MAX_FILE_CHARS, notebookFileName, notebookFileText, readNotebookFile } from '../../utils/notebook/file-format';
import { catalogue, formatMessage } from '../support/catalogues';

const good = () => ({
  format: 'dm-glossary-notebook',
  version: 1,
  exported: '2026-12-01T09:00:00.000Z',
  mine: ['methotrexate'],
  saved: ['ivig'],
  questions: [
    { id: 'q1', termId: 'ivig', text: 'How long is an infusion?', asked: false, created: '2026-12-01T09:00:00.000Z' },
    { id: 'q2', termId: null, text: 'Next visit?', asked: true, created: '2026-12-01T09:00:00.000Z' },
  ],
});

const error = (value: unknown) => {
  const read = readNotebookFile(typeof value === 'string' ? value : JSON.stringify(value));
  return read.ok ? 'read fine' : read.error;
};

describe('the notebook file', () => {
  it('writes a file that reads back the same', () => {
    const file = makeNotebookFile({ mine: ['a'], saved: ['b'], questions: good().questions }, new Date('2026-12-01T09:00:00.000Z'));
    expect(readNotebookFile(notebookFileText(file))).toEqual({ ok: true, file });
    expect(file).toMatchObject({ format: 'dm-glossary-notebook', version: 1, exported: '2026-12-01T09:00:00.000Z' });
  });

  it('names the file after the day', () => {
    expect(notebookFileName(new Date(2026, 11, 1, 23, 30))).toBe('dm-glossary-notebook-2026-12-01.json');
  });

  it('says what is wrong with a bad file', () => {
    expect(error('{"format": "dm-glossary-notebook", ')).toMatch(/not JSON/);
    expect(error('')).toMatch(/not JSON/);
    expect(error({ format: 'firefox-bookmarks' })).toMatch(/not a DM Glossary notebook/);
    expect(error([1, 2])).toMatch(/not a DM Glossary notebook/);
    expect(error({ ...good(), version: 2 })).toBe(
      'This notebook was exported by a newer version of DM Glossary (file version 2; this one reads version 1). Update the extension, then import it again.',
    );
    expect(error({ ...good(), version: '1' })).toMatch(/"version" is wrong/);
    expect(error({ ...good(), exported: 'yesterday' })).toMatch(/"exported" is wrong/);
    expect(error({ ...good(), mine: 'methotrexate' })).toBe('The field "mine" is wrong: it should be a list of glossary entry ids.');
    expect(error({ ...good(), saved: ['ivig', 3] })).toBe('The field "saved" is wrong at item 2: it should be a glossary entry id.');
    const questions = good().questions;
    expect(error({ ...good(), questions: [questions[0], { ...questions[1], asked: 'yes' }] })).toBe('The field "questions" is wrong at item 2: its "asked" is missing or not valid.');
    expect(error({ ...good(), questions: [questions[0], 'hello'] })).toBe('The field "questions" is wrong at item 2: it is not a question.');
    expect(error({ ...good(), questions: [{ ...questions[0], text: 'x'.repeat(2001) }] })).toMatch(/item 1: its "text"/);
    expect(error({ ...good(), questions: undefined })).toMatch(/"questions" is wrong/);
  });

  it('refuses files over the limits rather than cutting them', () => {
    const q = good().questions[0]!;
    expect(error({ ...good(), questions: Array.from({ length: 2001 }, (_, i) => ({ ...q, id: `q${i}` })) })).toMatch(/2001 items; a notebook holds at most 2000/);
    expect(error({ ...good(), mine: Array.from({ length: 501 }, (_, i) => `m${i}`) })).toMatch(/"mine" has 501 items/);
  });

  it('names each problem as an interface message that says, in English, exactly its error, and says it in Spanish too', () => {
    const en = catalogue('en');
    const es = catalogue('es');
    const q = good().questions[0]!;
    const bad: unknown[] = [
      'x'.repeat(MAX_FILE_CHARS + 1),
      '{"format": ',
      { format: 'firefox-bookmarks' },
      { ...good(), version: '1' },
      { ...good(), version: 2 },
      { ...good(), exported: 'yesterday' },
      { ...good(), mine: 'methotrexate' },
      { ...good(), saved: ['ivig', 3] },
      { ...good(), mine: Array.from({ length: 501 }, (_, i) => `m${i}`) },
      { ...good(), questions: undefined },
      { ...good(), questions: Array.from({ length: 2001 }, (_, i) => ({ ...q, id: `q${i}` })) },
      { ...good(), questions: [q, 'hello'] },
      { ...good(), questions: [q, { ...q, id: 'q9', asked: 'yes' }] },
    ];
    const keys = new Set<string>();
    for (const value of bad) {
      const read = readNotebookFile(typeof value === 'string' ? value : JSON.stringify(value));
      if (read.ok) throw new Error(`read fine: ${JSON.stringify(value).slice(0, 80)}`);
      const subs = read.problem.subs.map(String);
      expect(formatMessage(en, read.problem.key, subs)).toBe(read.error);
      const spanish = formatMessage(es, read.problem.key, subs);
      expect(spanish).not.toBe('');
      expect(spanish).not.toBe(read.error);
      keys.add(read.problem.key);
    }
    // Every kind of problem the reader can meet was met here.
    expect(keys.size).toBe(12);
  });
});
