import { describe, expect, it } from 'vitest';
import { readMine, readPrefs, readQuestion, readQuestions, readRecent, readSaved, readVersion } from '../../utils/notebook/parse';
import {
  checkIdList,
  checkQuestionCount,
  checkQuestionText,
  NOTEBOOK_LIMITS,
  NotebookLimitError,
  type Question,
} from '../../utils/notebook/schema';

const q = (over: Partial<Question> = {}): Question => ({ id: 'q1', termId: 'methotrexate', text: 'Do I need the eye test?', asked: false, created: '2026-12-01T10:00:00.000Z', ...over });

describe('notebook limits', () => {
  it('states the limits as numbers a reader can be told', () => {
    expect(NOTEBOOK_LIMITS).toMatchObject({ questions: 2000, questionChars: 2000, ids: 500, recent: 20 });
  });

  it('refuses an empty or too long question with a plain message, and never cuts it', () => {
    expect(checkQuestionText('  Is IVIG right for me?  ')).toBe('Is IVIG right for me?');
    expect(() => checkQuestionText('   ')).toThrow(NotebookLimitError);
    const long = 'a'.repeat(2001);
    expect(() => checkQuestionText(long)).toThrow('at most 2,000 characters; this one has 2,001');
    expect(checkQuestionText('a'.repeat(2000))).toHaveLength(2000);
  });

  it('refuses lists and question counts over the limit', () => {
    const ids = Array.from({ length: 501 }, (_, i) => `entry-${i}`);
    expect(() => checkIdList(ids, 'Your medicines')).toThrow('Your medicines can hold at most 500 terms');
    expect(() => checkIdList(ids.slice(0, 500), 'Your medicines')).not.toThrow();
    expect(() => checkIdList(['x'.repeat(101)], 'Saved terms')).toThrow(NotebookLimitError);
    expect(() => checkQuestionCount(2001)).toThrow('at most 2,000 questions');
    expect(() => checkQuestionCount(2000)).not.toThrow();
  });

  it('reports which limit was hit', () => {
    try {
      checkQuestionCount(5000);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(NotebookLimitError);
      expect((error as NotebookLimitError).limit).toBe('questions');
    }
  });
});

describe('reading stored parts, one at a time', () => {
  it('reads good values as they are, and a missing item as empty with no problem', () => {
    expect(readMine({ ids: ['prednisone', 'methotrexate'] })).toEqual({ value: ['prednisone', 'methotrexate'] });
    expect(readSaved(undefined)).toEqual({ value: [] });
    expect(readQuestions({ items: [q()] })).toEqual({ value: [q()] });
    expect(readPrefs(undefined)).toEqual({ value: { recentOn: false, paintMine: false } });
  });

  it('falls back to empty with a plain problem when a whole item is unreadable', () => {
    for (const raw of ['nonsense', 42, null, [], { items: 'x' }]) {
      const read = readQuestions(raw);
      expect(read.value).toEqual([]);
      expect(read.problem).toBe('Your saved questions could not be read and were skipped; everything else is here.');
    }
    expect(readMine({ list: [] }).problem).toMatch(/^Your list of medicines could not be read/);
  });

  it('skips only the bad entries of a list and says how many', () => {
    const read = readQuestions({ items: [q(), { ...q({ id: 'q2' }), text: 7 }, q({ id: 'q3' }), 'junk'] });
    expect(read.value.map((x) => x.id)).toEqual(['q1', 'q3']);
    expect(read.problem).toBe('Your saved questions: 2 entries could not be read and were skipped; everything else is here.');
    const ids = readSaved({ ids: ['ivig', 3, 'ivig', ''] });
    expect(ids.value).toEqual(['ivig']);
    expect(ids.problem).toContain('2 entries');
  });

  it('keeps entry ids the glossary does not know (an entry from a later glossary)', () => {
    expect(readMine({ ids: ['a-future-medicine'] }).value).toEqual(['a-future-medicine']);
  });

  it('names the first wrong field of a question', () => {
    expect(readQuestion(q())).toEqual({ question: q() });
    expect(readQuestion({ ...q(), asked: 'yes' })).toEqual({ field: 'asked' });
    expect(readQuestion({ ...q(), created: 'someday' })).toEqual({ field: 'created' });
    expect(readQuestion({ ...q(), termId: 5 })).toEqual({ field: 'termId' });
    expect(readQuestion({ ...q(), termId: null })).toHaveProperty('question');
    expect(readQuestion({ ...q(), text: '' })).toEqual({ field: 'text' });
    expect(readQuestion(null)).toEqual({ field: 'question' });
  });

  it('reads a bad pref as off (the private choice), keeping the good one', () => {
    const read = readPrefs({ recentOn: 'yes', paintMine: true });
    expect(read.value).toEqual({ recentOn: false, paintMine: true });
    expect(read.problem).toBeDefined();
    expect(readPrefs({ recentOn: true }).value).toEqual({ recentOn: true, paintMine: false });
  });

  it('keeps at most 20 recent lookups', () => {
    const items = Array.from({ length: 25 }, (_, i) => ({ termId: `t${i}`, at: '2026-12-01T10:00:00Z' }));
    expect(readRecent({ items }).value).toHaveLength(20);
    expect(readRecent({ items: [{ termId: 't', at: 'never' }] }).problem).toBeDefined();
  });

  it('reads the meta version', () => {
    expect(readVersion({ version: 1 })).toBe(1);
    expect(readVersion({ version: '1' })).toBeUndefined();
    expect(readVersion(undefined)).toBeUndefined();
  });
});

describe('question text is cleaned of bidi and control characters (review S11)', () => {
  it('when typed, stored or imported; line breaks and tabs stay', async () => {
    const { checkQuestionText, cleanQuestionText } = await import('../../utils/notebook/schema');
    const { readQuestion } = await import('../../utils/notebook/parse');
    const { fileTooLarge, MAX_FILE_CHARS } = await import('../../utils/notebook/file-format');
    const planted = 'Take 10\u202E gm 01 \u202C daily\u0000 and \u2066stop\u2069 all\u200F meds\nsecond line\tend';
    expect(cleanQuestionText(planted)).toBe('Take 10 gm 01  daily and stop all meds\nsecond line\tend');
    expect(checkQuestionText(` ${planted} `)).toBe('Take 10 gm 01  daily and stop all meds\nsecond line\tend');
    expect(() => checkQuestionText('\u202E\u0000')).toThrow();
    const read = readQuestion({ id: 'q1', termId: null, text: planted, asked: false, created: '2026-12-01T00:00:00.000Z' });
    expect(read).toMatchObject({ question: { text: 'Take 10 gm 01  daily and stop all meds\nsecond line\tend' } });
    expect(fileTooLarge(MAX_FILE_CHARS * 3)).toBe(false);
    expect(fileTooLarge(MAX_FILE_CHARS * 3 + 1)).toBe(true);
  });
});
