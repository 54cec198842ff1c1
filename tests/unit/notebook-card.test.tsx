import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getEntry } from '../../glossary';
import { storePort } from '../../utils/notebook/store-port';
import type { NotebookPort } from '../../utils/notebook/port';
import { TermCard } from '../../components/card/TermCard';
import { OWN_PAGE_EXTRAS } from '../../components/card/OwnPageActions';
import { OwnPageCard } from '../../components/card/own-page-extras';
import { t } from '../../utils/browser/i18n';
import { fakeNotebookStore } from './notebook-store-fake';

// Unit tests run without the browser's i18n, so every string shows as its key.
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 10)));

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function show(id: string, port: NotebookPort | undefined) {
  const entry = getEntry(id)!;
  await act(() =>
    // As on our own pages, which hand the card its typed question form and paint offer.
    render(
      <OwnPageCard.Provider value={OWN_PAGE_EXTRAS}>
        <TermCard entry={entry} headingId="h" relatedNames={[]} onOpenTerm={() => undefined} notebook={port} language={{ text: 'en', labels: 'en', notYet: false }} t={t} />
      </OwnPageCard.Provider>,
      root,
    ),
  );
  await settle();
  return entry;
}
const button = (text: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.replace(/^✓\s*/, '') === text);
const click = async (el: HTMLElement | undefined) => {
  expect(el).toBeDefined();
  await act(() => el!.click());
  await settle();
};

describe('the card\'s notebook actions', () => {
  it('show nothing of the notebook without a port', async () => {
    await show('prednisone', undefined);
    expect(root.querySelector('.tc-nb')).toBeNull();
    expect(root.querySelector('.tc-nb-add')).toBeNull();
  });

  it('offer "I take this" on a medicine, never on a group of medicines; Save on any term', async () => {
    const { store } = fakeNotebookStore();
    await show('jak-inhibitors', storePort(store));
    expect(button('cardNotebookTake')).toBeUndefined();
    expect(button('cardNotebookSave')).toBeDefined();
    await show('creatine-kinase', storePort(store));
    expect(button('cardNotebookTake')).toBeUndefined();
    expect(button('cardNotebookSave')).toBeDefined();
  });

  it('mark a medicine as mine (pressed, said near the heading), offer painting once, and save it', async () => {
    const { store, state } = fakeNotebookStore();
    await show('prednisone', storePort(store));
    const take = button('cardNotebookTake')!;
    expect(take.getAttribute('aria-pressed')).toBe('false');
    // No live region until the reader uses the notebook here (the glossary page shows every card).
    expect(root.querySelector('[role="status"]')).toBeNull();
    expect(root.querySelector('.tc-mine')).toBeNull();
    await click(take);
    expect(state.mine).toEqual(['prednisone']);
    expect(take.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('header .tc-mine')?.textContent).toBe('cardNotebookMine');
    expect(root.querySelector('.tc-nb-offer')?.textContent).toContain('minePaintOffer');
    await click(button('minePaintYes'));
    expect(state.prefs.paintMine).toBe(true);
    expect(root.querySelector('.tc-nb-offer')).toBeNull();
    expect(document.activeElement).toBe(take);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('minePaintDone');
    // Off and on again: not offered again.
    await click(take);
    await click(take);
    expect(root.querySelector('.tc-nb-offer')).toBeNull();
    await click(button('cardNotebookSave'));
    expect(state.saved).toEqual(['prednisone']);
    expect(button('cardNotebookSave')!.getAttribute('aria-pressed')).toBe('true');
  });

  it('"Not now" closes the offer and changes nothing', async () => {
    const { store, state } = fakeNotebookStore();
    await show('methotrexate', storePort(store));
    await click(button('cardNotebookTake'));
    await click(button('minePaintNo'));
    expect(root.querySelector('.tc-nb-offer')).toBeNull();
    expect(state.prefs.paintMine).toBe(false);
  });

  it('add a question in a small form: focus moves in, Escape closes only the form, Add saves it', async () => {
    const { store, state } = fakeNotebookStore();
    await show('ivig', storePort(store));
    const ask = button('cardNotebookAsk')!;
    await click(ask);
    expect(ask.getAttribute('aria-expanded')).toBe('true');
    const field = root.querySelector<HTMLTextAreaElement>('.tc-nb-form textarea')!;
    expect(document.activeElement).toBe(field);
    expect(root.querySelector('.tc-nb-form label')?.contains(field)).toBe(true);
    let escaped = false;
    root.addEventListener('keydown', () => (escaped = true));
    await act(() => void field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(escaped).toBe(false);
    expect(root.querySelector('.tc-nb-form')).toBeNull();
    expect(document.activeElement).toBe(ask);

    await click(ask);
    // Empty: said, not saved.
    await act(() => root.querySelector<HTMLButtonElement>('.tc-nb-form button[type="submit"]')!.click());
    await settle();
    expect(root.querySelector('[role="status"]')?.textContent).toBe('cardNotebookEmpty');
    expect(state.questions).toEqual([]);
    const typed = root.querySelector<HTMLTextAreaElement>('.tc-nb-form textarea')!;
    typed.value = '  Can I have it at home?  ';
    await act(() => void typed.dispatchEvent(new InputEvent('input', { bubbles: true })));
    await act(() => root.querySelector<HTMLButtonElement>('.tc-nb-form button[type="submit"]')!.click());
    await settle();
    expect(state.questions).toEqual([{ termId: 'ivig', text: 'Can I have it at home?' }]);
    expect(root.querySelector('.tc-nb-form')).toBeNull();
    expect(root.querySelector('[role="status"]')?.textContent).toBe('cardNotebookQuestionAdded');
  });

  it('shows a refusal (a limit) and keeps the form and its text', async () => {
    const { store } = fakeNotebookStore(new Error('A question can be at most 2,000 characters long.'));
    await show('ivig', storePort(store));
    await click(button('cardNotebookAsk'));
    const field = root.querySelector<HTMLTextAreaElement>('.tc-nb-form textarea')!;
    field.value = 'x'.repeat(2001);
    await act(() => void field.dispatchEvent(new InputEvent('input', { bubbles: true })));
    await act(() => root.querySelector<HTMLButtonElement>('.tc-nb-form button[type="submit"]')!.click());
    await settle();
    expect(root.querySelector('[role="status"]')?.textContent).toBe('cardNotebookFailed');
    expect(root.querySelector<HTMLTextAreaElement>('.tc-nb-form textarea')?.value).toHaveLength(2001);
  });

  it('adds one of the card\'s own questions in one click, then says "Added" (also when the card opens again)', async () => {
    const { store, state } = fakeNotebookStore();
    const entry = await show('prednisone', storePort(store));
    const first = entry.sections.questions![0]!;
    const adds = () => [...root.querySelectorAll<HTMLButtonElement>('.tc-nb-add')];
    expect(adds()).toHaveLength(entry.sections.questions!.length);
    expect(document.getElementById(adds()[0]!.getAttribute('aria-describedby')!)?.textContent).toBe(first);
    await click(adds()[0]);
    expect(state.questions).toEqual([{ termId: 'prednisone', text: first }]);
    expect(adds()[0]!.textContent).toBe('cardNotebookAdded');
    expect(adds()[0]!.getAttribute('aria-disabled')).toBe('true');
    await click(adds()[0]);
    expect(state.questions).toHaveLength(1);
    render(null, root);
    await show('prednisone', storePort(store));
    expect(adds()[0]!.textContent).toBe('cardNotebookAdded');
    expect(adds()[1]!.textContent).toBe('cardNotebookAddThis');
  });

  it('records the card as looked up only where the reader keeps that, and follows changes made elsewhere', async () => {
    const { store, state } = fakeNotebookStore();
    await show('ivig', storePort(store));
    expect(state.recent).toEqual([]);
    state.prefs.recentOn = true;
    render(null, root);
    await show('ivig', storePort(store));
    expect(state.recent).toEqual(['ivig']);
    await act(async () => void (await store.setSaved('ivig', true)));
    await settle();
    expect(button('cardNotebookSave')!.getAttribute('aria-pressed')).toBe('true');
  });
});
