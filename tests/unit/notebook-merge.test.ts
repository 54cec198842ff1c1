import { describe, expect, it } from 'vitest';
import { addsNothing, applyMerge, planImport } from '../../utils/notebook/merge';
import { NotebookLimitError, type Question } from '../../utils/notebook/schema';

const q = (id: string, termId: string | null, text: string, asked = false): Question => ({ id, termId, text, asked, created: '2026-12-01T09:00:00.000Z' });
let n = 0;
const newId = () => `new-${++n}`;

describe('import merge', () => {
  const current = { mine: ['prednisone'], saved: ['ivig'], questions: [q('a', 'ivig', 'How long does an infusion take?')] };

  it('adds only what is new, in the file\'s order, and never removes anything', () => {
    const file = {
      mine: ['methotrexate', 'prednisone', 'hydroxychloroquine'],
      saved: ['ivig', 'calcinosis'],
      questions: [q('b', 'ivig', '  how long does an   INFUSION take? '), q('c', null, 'Next appointment?'), q('d', 'ivig', 'Side effects?', true)],
    };
    const preview = planImport(current, file, newId);
    expect(preview.add).toEqual({ mine: ['methotrexate', 'hydroxychloroquine'], saved: ['calcinosis'], questions: [file.questions[1], file.questions[2]] });
    expect(preview.skipped).toEqual({ mine: 1, saved: 1, questions: 1 });
    const merged = applyMerge(current, preview, newId);
    expect(merged.mine).toEqual(['prednisone', 'methotrexate', 'hydroxychloroquine']);
    expect(merged.questions.slice(0, 1)).toEqual(current.questions);
    expect(merged.questions).toHaveLength(3);
  });

  it('keeps ids the glossary does not know', () => {
    expect(planImport(current, { mine: ['a-later-medicine'], saved: [], questions: [] }, newId).add.mine).toEqual(['a-later-medicine']);
  });

  it('skips duplicates inside the file too, and gives a question whose id is taken a new one', () => {
    const preview = planImport(current, { mine: ['x', 'x'], saved: [], questions: [q('a', null, 'Different text, same id'), q('e', null, 'Twice'), q('f', null, 'twice')] }, newId);
    expect(preview.add.mine).toEqual(['x']);
    expect(preview.add.questions.map((x) => x.text)).toEqual(['Different text, same id', 'Twice']);
    expect(preview.add.questions[0]!.id).not.toBe('a');
  });

  it('the same question under another term is not a duplicate', () => {
    expect(planImport(current, { mine: [], saved: [], questions: [q('z', 'rituximab', 'How long does an infusion take?')] }, newId).add.questions).toHaveLength(1);
  });

  it('applying a preview twice adds nothing the second time', () => {
    const preview = planImport(current, { mine: ['m'], saved: [], questions: [q('k', null, 'New')] }, newId);
    const once = applyMerge(current, preview, newId);
    expect(applyMerge(once, preview, newId)).toEqual(once);
    expect(addsNothing(planImport(once, { mine: ['m'], saved: [], questions: [q('k', null, 'New')] }, newId))).toBe(true);
  });

  it('refuses a merge that would pass a limit', () => {
    const many = Array.from({ length: 500 }, (_, i) => `id-${i}`);
    expect(() => planImport(current, { mine: many, saved: [], questions: [] }, newId)).toThrow(NotebookLimitError);
    expect(() => planImport(current, { mine: many, saved: [], questions: [] }, newId)).toThrow('would bring your medicines to 501');
  });
});
