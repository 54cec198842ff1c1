import { describe, expect, it } from 'vitest';
import { groupQuestions, neighbourIndex } from '../../utils/notebook/grouping';
import type { Question } from '../../utils/notebook/schema';
import { notebookText, type TextLabels } from '../../utils/notebook/text-export';

const q = (id: string, termId: string | null, text: string, asked = false): Question => ({ id, termId, text, asked, created: '2026-12-01T09:00:00.000Z' });
const names: Record<string, string> = { methotrexate: 'Methotrexate', ivig: 'IVIG', prednisone: 'Prednisone' };
const entry = (id: string) => (names[id] ? { name: names[id]! } : undefined);
const labels: TextLabels = {
  title: 'My care notebook',
  date: '1 December 2026',
  mine: 'My medicines',
  saved: 'Saved terms',
  questions: 'Questions for my care team',
  general: 'General',
  asked: '(asked)',
  notice: 'General information, not medical advice.',
};

describe('grouping questions', () => {
  const questions = [q('1', 'ivig', 'A'), q('2', null, 'B'), q('3', 'methotrexate', 'C'), q('4', 'ivig', 'D'), q('5', 'gone-entry', 'E')];

  it('groups by term in the order of first mention, general (and unknown terms) last', () => {
    const groups = groupQuestions(questions, (id) => id in names);
    expect(groups.map((g) => [g.termId, g.questions.map((x) => x.id)])).toEqual([
      ['ivig', ['1', '4']],
      ['methotrexate', ['3']],
      [null, ['2', '5']],
    ]);
  });

  it('finds the neighbour inside the group to move to', () => {
    const [ivig] = groupQuestions(questions, (id) => id in names);
    expect(neighbourIndex(questions, ivig!, '1', 1)).toBe(3);
    expect(neighbourIndex(questions, ivig!, '4', -1)).toBe(0);
    expect(neighbourIndex(questions, ivig!, '1', -1)).toBeUndefined();
    expect(neighbourIndex(questions, ivig!, '4', 1)).toBeUndefined();
  });
});

describe('copy as text', () => {
  it('lists medicines, saved terms and questions by term, with asked ones marked', () => {
    const text = notebookText(
      {
        mine: ['methotrexate', 'a-removed-entry', 'prednisone'],
        saved: ['ivig'],
        questions: [q('1', 'methotrexate', 'Do I need an eye test?'), q('2', null, 'When is the next\nblood test?', true), q('3', 'methotrexate', 'Can I drink alcohol?')],
      },
      entry,
      labels,
    );
    expect(text).toBe(
      [
        'My care notebook',
        '1 December 2026',
        '',
        'My medicines',
        '- Methotrexate',
        '- Prednisone',
        '',
        'Saved terms',
        '- IVIG',
        '',
        'Questions for my care team',
        '',
        'Methotrexate',
        '[ ] Do I need an eye test?',
        '[ ] Can I drink alcohol?',
        '',
        'General',
        '[x] When is the next',
        '   blood test? (asked)',
        '',
        'General information, not medical advice.',
        '',
      ].join('\n'),
    );
  });

  it('leaves out empty sections', () => {
    expect(notebookText({ mine: [], saved: [], questions: [] }, entry, labels)).toBe('My care notebook\n1 December 2026\n\nGeneral information, not medical advice.\n');
  });

  it('copes with thousands of long questions', () => {
    const many = Array.from({ length: 2000 }, (_, i) => q(`${i}`, i % 2 ? 'ivig' : null, 'x'.repeat(2000)));
    const text = notebookText({ mine: [], saved: [], questions: many }, entry, labels);
    expect(text.split('\n').filter((line) => line.startsWith('[ ]'))).toHaveLength(2000);
  });
});
