import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotebookPage } from '../../components/notebook/NotebookPage';
import { NOTEBOOK_KEYS } from '../../utils/notebook/schema';
import { createNotebookStore, type NotebookStore } from '../../utils/notebook/store';
import { memoryArea, type MemoryArea } from './notebook-memory-area';

// Unit tests run without the browser's i18n, so strings show as their keys.
/**
 * Waits until the page stops changing: the store's writes and the re-renders they cause
 * arrive over several tasks, and a fixed wait was too short on a loaded machine.
 */
let root: HTMLElement;
async function settle(): Promise<void> {
  let last = '';
  let quiet = 0;
  for (let turn = 0; turn < 100 && quiet < 3; turn++) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 30)));
    const now = root.innerHTML;
    quiet = now === last ? quiet + 1 : 0;
    last = now;
  }
}
const q = (id: string, termId: string | null, text: string, asked = false) => ({ id, termId, text, asked, created: '2026-12-01T09:00:00.000Z' });

describe('the notebook page', () => {
  let area: MemoryArea;
  let store: NotebookStore;

  const mount = async (initial: Record<string, unknown>) => {
    area = memoryArea({ [NOTEBOOK_KEYS.meta]: { version: 1 }, ...initial });
    store = createNotebookStore(area);
    await act(() => render(<NotebookPage store={store} />, root));
    await settle();
  };
  const $ = <T extends Element = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const texts = (selector: string) => [...root.querySelectorAll(selector)].map((el) => el.textContent?.trim());
  const click = async (selector: string) => {
    await act(() => $(selector).click());
    await settle();
  };
  const type = async (selector: string, value: string) => {
    const field = $<HTMLTextAreaElement>(selector);
    await act(() => {
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
  };

  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  it('shows medicines and saved terms with their summaries, skipping ids the glossary does not know', async () => {
    await mount({ [NOTEBOOK_KEYS.mine]: { ids: ['methotrexate', 'not-in-this-glossary', 'prednisone'] }, [NOTEBOOK_KEYS.saved]: { ids: ['ivig'] } });
    expect(texts('[data-notebook-list="mine"] .nb-term-name')).toEqual(['Methotrexate', 'Prednisone']);
    expect($('[data-notebook-list="mine"] .nb-term-summary').textContent).toMatch(/methotrexate/i);
    expect($('[data-notebook-list="mine"] a').getAttribute('href')).toBe('glossary.html#methotrexate');
    // Moving past the unknown id keeps it in storage, in its place relative to the others.
    await click('[data-term-id="prednisone"] [data-move="up"]');
    expect(area.data.get(NOTEBOOK_KEYS.mine)).toEqual({ ids: ['prednisone', 'not-in-this-glossary', 'methotrexate'] });
    expect(texts('[data-notebook-list="mine"] .nb-term-name')).toEqual(['Prednisone', 'Methotrexate']);
  });

  it('adds a general question, ticks it, edits it, moves it, and removes it with undo', async () => {
    await mount({ [NOTEBOOK_KEYS.questions]: { items: [q('a', null, 'First general')] } });
    await type('#nb-add-question', '  Can I get the flu shot?  ');
    await act(() => void $('.nb-add form').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await settle();
    expect(texts('[data-question-group=""] .nb-question-text')).toEqual(['First general', 'Can I get the flu shot?']);
    expect($<HTMLTextAreaElement>('#nb-add-question').value).toBe('');

    const added = (await store.read()).questions[1]!;
    await act(() => $<HTMLInputElement>(`[data-question-id="${added.id}"] input[type="checkbox"]`).click());
    await settle();
    expect((await store.read()).questions[1]!.asked).toBe(true);

    await click(`[data-question-id="${added.id}"] [data-move="up"]`);
    expect(texts('.nb-question-text')).toEqual(['Can I get the flu shot?', 'First general']);
    // Focus stays with the moved question, on a control that still works.
    expect(document.activeElement?.closest('[data-question-id]')?.getAttribute('data-question-id')).toBe(added.id);

    await click(`[data-question-id="${added.id}"] [data-edit]`);
    await type(`#nb-edit-${added.id}`, 'Can I get the flu shot this year?');
    await act(() => void $(`[data-question-id="${added.id}"] form`).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await settle();
    expect(texts('.nb-question-text')[0]).toBe('Can I get the flu shot this year?');

    const before = (await store.read()).questions;
    await click(`[data-question-id="${added.id}"] [data-remove]`);
    expect(texts('.nb-question-text')).toEqual(['First general']);
    expect($('[data-notebook-status]').textContent).toContain('notebookRemoved');
    expect(document.activeElement).toBe($('[data-undo]'));
    await click('[data-undo]');
    expect((await store.read()).questions).toEqual(before);
  });

  it('refuses an empty or too long question with the reason, keeping what was typed', async () => {
    await mount({});
    await type('#nb-add-question', 'x'.repeat(2001));
    expect($('.nb-count').classList.contains('is-over')).toBe(true);
    await act(() => void $('.nb-add form').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    await settle();
    expect($('.nb-add [role="alert"]').textContent).toBe('notebookErrorLength');
    expect($<HTMLTextAreaElement>('#nb-add-question').value).toHaveLength(2001);
    expect((await store.read()).questions).toEqual([]);
  });

  it('groups questions by term with the term\'s summary', async () => {
    await mount({ [NOTEBOOK_KEYS.questions]: { items: [q('1', 'ivig', 'How long?'), q('2', null, 'General'), q('3', 'ivig', 'Side effects?')] } });
    expect(texts('.nb-group > h3')).toEqual(['IVIG (intravenous immunoglobulin)', 'notebookGeneral']);
    expect(texts('[data-question-group="ivig"] .nb-question-text')).toEqual(['How long?', 'Side effects?']);
  });

  it('says plainly that a corrupt item was skipped, shows the rest, and wipes nothing', async () => {
    await mount({ [NOTEBOOK_KEYS.questions]: 'garbage', [NOTEBOOK_KEYS.mine]: { ids: ['prednisone'] } });
    expect($('[data-notebook-problems]').textContent).toBe('notebookProblemQuestions');
    expect(texts('.nb-term-name')).toEqual(['Prednisone']);
    expect(area.data.get(NOTEBOOK_KEYS.questions)).toBe('garbage');
  });

  it('shows the prefs off by default, and the recent list with Clear once on', async () => {
    await mount({ [NOTEBOOK_KEYS.recent]: { items: [{ termId: 'rituximab', at: '2026-12-01T09:00:00Z' }] } });
    const boxes = root.querySelectorAll<HTMLInputElement>('[data-notebook-prefs] input[type="checkbox"]');
    expect([...boxes].map((b) => b.checked)).toEqual([false, false]);
    expect(root.querySelector('[data-notebook-recent]')).toBeNull();
    await act(() => boxes[0]!.click());
    await settle();
    expect(texts('[data-notebook-recent] li')).toEqual(['Rituximab']);
    await click('[data-notebook-recent] button');
    expect((await store.read()).recent).toEqual([]);
  });
});
