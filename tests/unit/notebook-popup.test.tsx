import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupMine } from '../../components/popup/PopupMine';
import { notebookClient } from '../../utils/popover/notebook-client';

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe('the popup\'s notebook lists', () => {
  let root: HTMLElement;
  beforeEach(() => {
    fakeBrowser.reset();
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => {
    render(null, root);
    root.remove();
  });

  const items = () => [...root.querySelectorAll<HTMLButtonElement>('[data-notebook-term-id]')].map((b) => [b.closest('section')!.querySelector('h2')!.textContent, b.dataset.notebookTermId, b.textContent]);

  it('lists my medicines, then saved terms, in the reader\'s order, with the count where the term is on the page; unknown ids are skipped', async () => {
    await fakeBrowser.storage.local.set({ 'dmg-notebook-mine': { ids: ['methotrexate', 'gone-entry', 'prednisone'] }, 'dmg-notebook-saved': { ids: ['ivig'] } });
    const opened: string[] = [];
    await act(() => render(<PopupMine counts={{ prednisone: 3 }} onOpen={(id) => opened.push(id)} />, root));
    await settle();
    expect(items()).toEqual([
      ['mineTitle', 'methotrexate', 'Methotrexate'],
      ['mineTitle', 'prednisone', 'Prednisone · mineOnPage'],
      ['mineSavedTitle', 'ivig', 'IVIG (intravenous immunoglobulin)'],
    ]);
    await act(() => root.querySelector<HTMLButtonElement>('[data-notebook-term-id="ivig"]')!.click());
    expect(opened).toEqual(['ivig']);
  });

  it('shows only the notebook link while the notebook is empty, and follows changes', async () => {
    await act(() => render(<PopupMine onOpen={() => undefined} />, root));
    await settle();
    expect(items()).toEqual([]);
    expect(root.querySelector('.pp-link')?.textContent).toBe('mineNotebookLink');
    await fakeBrowser.storage.local.set({ 'dmg-notebook-saved': { ids: ['calcinosis'] } });
    await settle();
    expect(items().map((i) => i[1])).toEqual(['calcinosis']);
  });
});

describe('the notebook client on pages', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sends the contract\'s messages and turns a refusal into an error the card shows', async () => {
    const sent: unknown[] = [];
    const replies: unknown[] = [{ mine: false, saved: false, questions: 0, texts: [] }, { offerPaint: true }, { ok: true }, { error: 'A question needs some text.' }, undefined];
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
      sent.push(message);
      return replies.shift();
    });
    expect(await notebookClient.status('ivig')).toEqual({ mine: false, saved: false, questions: 0, texts: [] });
    expect(await notebookClient.setMine('ivig', true)).toEqual({ offerPaint: true });
    await notebookClient.setSaved('ivig', false);
    await expect(notebookClient.addQuestion('ivig', ' ')).rejects.toThrow('A question needs some text.');
    await expect(notebookClient.recordLookup('ivig')).rejects.toThrow('no answer');
    expect(sent).toEqual([
      { type: 'notebook-status', termId: 'ivig' },
      { type: 'notebook-set-mine', termId: 'ivig', on: true },
      { type: 'notebook-set-saved', termId: 'ivig', on: false },
      { type: 'notebook-add-question', termId: 'ivig', text: ' ' },
      { type: 'notebook-record-lookup', termId: 'ivig' },
    ]);
  });
});
