/**
 * The rest of the product in Spanish (issue #23, item 4): the notebook and its
 * printout, the glossary page, the popup and the PDF reader, rendered with the
 * browser's i18n answering from the Spanish catalogue, show no English
 * interface text (every English message, cut at its substitutions, is looked
 * for), and their lists show the names the Spanish cards open with. The same
 * check over the English catalogue finds English, so it can fail.
 */
import { useInterfaceLanguage, englishIn, interfaceText } from './interface-language';
// Before the components: the glossary page picks its search language when its module loads.
const restoreLanguage = useInterfaceLanguage('es');
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { getEntry, glossary } from '../../glossary';
import { SPANISH_CARDS } from '../../glossary/es/cards';
import { NotebookPage } from '../../components/notebook/NotebookPage';
import { NotebookPrint } from '../../components/notebook/NotebookPrint';
import { GlossaryPage } from '../../components/glossary-page/GlossaryPage';
import { PopupApp } from '../../components/popup/PopupApp';
import { Reader } from '../../components/reader/Reader';
import { ReaderPanel } from '../../components/reader/ReaderPanel';
import { byShownName, shownEntry, shownName } from '../../utils/card-data/shown-name';
import { describeBytes } from '../../utils/reader/limits';
import { shownHits, spanishLine, lineStems } from '../../utils/search/spanish-lines';
import { NOTEBOOK_KEYS } from '../../utils/notebook/schema';
import { createNotebookStore, NotebookChangedError, type NotebookChange } from '../../utils/notebook/store';
import { notebookErrorText } from '../../components/notebook/NotebookErrors';
import { makeNotebookFile, notebookFileText } from '../../utils/notebook/file-format';
import { catalogue, formatMessage } from './interface-language';
import { memoryArea } from './notebook-memory-area';

// pdf.js 6 does not load in Node 20 (README), and the reader's empty page and panel need none of it.
vi.mock('../../utils/reader/pdfjs', () => ({
  warmWorker: () => undefined,
  openPdf: () => {
    throw new Error('pdf.js is not loaded in unit tests');
  },
}));
vi.mock('../../utils/reader/reader-session', () => ({ ReaderSession: class {} }));

afterAll(restoreLanguage);

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = undefined;
  history.replaceState(null, '', '/');
});

/** Renders `node` and waits for the store reads and effects that fill it. */
async function mount(node: ComponentChild): Promise<HTMLElement> {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(node, root!));
  await act(() => new Promise((resolve) => setTimeout(resolve, 150)));
  return root;
}

const q = (id: string, termId: string | null, text: string, asked = false) => ({ id, termId, text, asked, created: '2026-12-01T09:00:00.000Z' });
const notebookArea = () =>
  memoryArea({
    [NOTEBOOK_KEYS.meta]: { version: 1 },
    [NOTEBOOK_KEYS.mine]: { ids: ['methotrexate', 'prednisone'] },
    [NOTEBOOK_KEYS.saved]: { ids: ['folic-acid'] },
    [NOTEBOOK_KEYS.questions]: { items: [q('a', 'methotrexate', '¿Puedo tomar alcohol?'), q('b', null, '¿Cuándo es la próxima analítica?', true)] },
  });
const langOf = (el: Element | null) => el?.closest('[lang]')?.getAttribute('lang');
const texts = (el: ParentNode, selector: string) => [...el.querySelectorAll(selector)].map((e) => e.textContent?.trim());

describe('the English detector', () => {
  it('finds English interface text when the interface is English', async () => {
    const undo = useInterfaceLanguage('en');
    try {
      const el = await mount(<NotebookPrint state={{ mine: ['methotrexate'], saved: [], questions: [] }} date="December 6, 2026" unaskedOnly={false} />);
      expect(englishIn(interfaceText(el))).toEqual(expect.arrayContaining(['My care notebook', 'My medicines', 'Notes']));
      expect(el.querySelector('[data-notebook-print] .nbp-inline span')?.textContent).toBe('Methotrexate');
    } finally {
      undo();
    }
  });
});

describe('the notebook in Spanish', () => {
  it('prints headings, the date, the notice and the names in Spanish', async () => {
    const el = await mount(
      <NotebookPrint
        state={{ mine: ['methotrexate', 'prednisone'], saved: ['folic-acid'], questions: [q('a', 'methotrexate', '¿Alcohol?'), q('b', null, '¿Analítica?', true)] }}
        date="6 de diciembre de 2026"
        unaskedOnly={false}
      />,
    );
    expect(englishIn(interfaceText(el))).toEqual([]);
    expect(el.querySelector('h1')?.textContent).toBe('Mi cuaderno de cuidados');
    expect(el.querySelector('.nbp-date')?.textContent).toBe('Impreso el 6 de diciembre de 2026');
    expect(texts(el, '.nbp-inline span')).toEqual(['Metotrexato', 'Prednisona', 'Ácido fólico']);
    expect(texts(el, '.nbp-group h3')).toEqual(['Metotrexato', 'Preguntas generales']);
    expect(langOf(el.querySelector('.nbp-inline span'))).toBe('es');
    expect(el.textContent).toContain('(preguntada)');
  });

  it('shows the page, its lists and the date it prints in Spanish', async () => {
    const el = await mount(<NotebookPage store={createNotebookStore(notebookArea())} />);
    expect(englishIn(interfaceText(el))).toEqual([]);
    expect(texts(el, '[data-notebook-list="mine"] .nb-term-name')).toEqual(['Metotrexato', 'Prednisona']);
    expect(el.querySelector('[data-notebook-list="mine"] .nb-term-summary')?.textContent).toBe(SPANISH_CARDS.methotrexate!.summary);
    expect(langOf(el.querySelector('[data-notebook-list="mine"] .nb-term-summary'))).toBe('es');
    expect(texts(el, '[data-question-group="methotrexate"] h3')).toEqual(['Metotrexato']);
    const today = new Intl.DateTimeFormat('es', { dateStyle: 'long' }).format(new Date());
    expect(el.querySelector('.nbp-date')?.textContent).toBe(`Impreso el ${today}`);
    // Counts in the Spanish way: 2000, not 2,000.
    expect(el.querySelector('.nb-count')?.textContent).toMatch(/^0 de 2000 caracteres$/);
  });
});

// Every card of the glossary is rendered: seconds on a loaded machine, over vitest's 5 s default.
describe("the notebook's refusals in Spanish", () => {
  it('says a change made meanwhile in another window in Spanish, and in English word for word as the store does', () => {
    for (const reason of ['gone', 'reordered', 'cannot-restore'] as NotebookChange[]) {
      const error = new NotebookChangedError(reason);
      const spanish = notebookErrorText(error);
      expect(spanish).toMatch(/^No se pudo guardar este cambio, así que no cambió nada\. \(.+\)$/);
      expect(englishIn(spanish)).toEqual([]);
      const undo = useInterfaceLanguage('en');
      try {
        expect(notebookErrorText(error)).toBe(`This change could not be saved, so nothing changed. (${error.message})`);
      } finally {
        undo();
      }
    }
  });
});

describe('an import that would overfill the notebook', () => {
  it('is named as an interface message that says in English exactly what the store says, with the counts in each language\'s format', async () => {
    const created = '2026-12-01T09:00:00.000Z';
    const store = createNotebookStore(
      memoryArea({
        [NOTEBOOK_KEYS.meta]: { version: 1 },
        [NOTEBOOK_KEYS.questions]: { items: Array.from({ length: 2000 }, (_, i) => q(`q${i}`, null, `Pregunta ${i}`)) },
      }),
    );
    const file = makeNotebookFile({ mine: [], saved: [], questions: [{ id: 'new', termId: null, text: 'Una más', asked: false, created }] }, new Date(created));
    const result = await store.previewImport(notebookFileText(file));
    if (result.ok) throw new Error('an import past the limit was accepted');
    expect(result.problem).toEqual({ key: 'notebookImportOverQuestions', subs: [2001, 2000] });
    const [total, limit] = result.problem!.subs as number[];
    expect(formatMessage(catalogue('en'), result.problem!.key, [total!.toLocaleString('en-US'), limit!.toLocaleString('en-US')])).toBe(result.error);
    expect(formatMessage(catalogue('es'), result.problem!.key, [total!.toLocaleString('es'), limit!.toLocaleString('es')])).toBe(
      'Al importar este archivo, las preguntas llegarían a 2001; el cuaderno admite como máximo 2000. No se cambió nada.',
    );
  });
});

describe('the glossary page in Spanish', { timeout: 30_000 }, () => {
  it('shows its header, intro, status and filters in Spanish', async () => {
    history.replaceState(null, '', '/glossary.html');
    const el = await mount(<GlossaryPage />);
    const text = interfaceText(el);
    expect(englishIn(text)).toEqual([]);
    expect(el.querySelector('.gp-status')?.textContent).toBe(`Los ${glossary.length} términos, por categoría.`);
    expect(el.querySelector('.gp-search')?.getAttribute('placeholder')).toMatch(/^p\. ej\./);
  });

  it('files the A to Z under the Spanish names the cards open with', async () => {
    history.replaceState(null, '', '/glossary.html');
    const el = await mount(<GlossaryPage />);
    const az = [...el.querySelectorAll<HTMLButtonElement>('.gp-toggle-option')].find((b) => b.textContent === 'De la A a la Z')!;
    await act(() => az.click());
    // Folic acid is "Ácido fólico": under A in Spanish (F in English).
    const groupOf = (id: string) => el.querySelector(`[data-term-id="${id}"]`)?.closest('.gp-group')?.querySelector('h2')?.textContent;
    expect(groupOf('folic-acid')).toBe('A');
    expect(groupOf('methotrexate')).toBe('M');
  });

  it('shows a result line from the Spanish card, in Spanish, with the matched words marked', async () => {
    history.replaceState(null, '', '/glossary.html?q=vacuna%20gripe');
    const el = await mount(<GlossaryPage />);
    expect(englishIn(interfaceText(el))).toEqual([]);
    const lines = [...el.querySelectorAll('.gp-card-line')];
    expect(lines.length).toBeGreaterThan(0);
    const first = lines[0]!.querySelector('[lang]')!;
    expect(first.getAttribute('lang')).toBe('es');
    expect(first.querySelector('mark')?.textContent?.toLowerCase()).toMatch(/vacun|grip/);
  });
});

describe('the popup in Spanish', () => {
  it('lists every term under its Spanish name, A to Z in Spanish', async () => {
    history.replaceState(null, '', '/popup.html');
    const el = await mount(<PopupApp />);
    expect(englishIn(interfaceText(el))).toEqual([]);
    const names = texts(el, '.pp-result-name');
    expect(names).toContain('Ácido fólico');
    expect(names).toContain('Metotrexato');
    expect(names.indexOf('Ácido fólico')).toBeLessThan(names.indexOf('Metotrexato'));
    expect(langOf(el.querySelector('[data-term-id="methotrexate"] .pp-result-name'))).toBe('es');
  });

  it("shows a search result's line from the Spanish card", async () => {
    history.replaceState(null, '', '/popup.html');
    const el = await mount(<PopupApp />);
    const input = el.querySelector<HTMLInputElement>('input[type="search"]')!;
    await act(() => {
      input.value = 'metotrexato embarazo';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(englishIn(interfaceText(el))).toEqual([]);
    const first = el.querySelector('[data-term-id]')!;
    expect(first.getAttribute('data-term-id')).toBe('methotrexate');
    expect(first.querySelector('.pp-result-name')?.textContent).toBe('Metotrexato');
    const line = first.querySelector('.pp-result-line')!;
    expect(line.getAttribute('lang')).toBe('es');
    expect(line.textContent).toContain('embarazo');
    expect(line.querySelector('mark')?.textContent).toBe('embarazo');
  });
});

describe('the PDF reader in Spanish', () => {
  it('shows its empty page and toolbar in Spanish', async () => {
    const el = await mount(<Reader />);
    expect(englishIn(interfaceText(el))).toEqual([]);
    expect(el.querySelector('h1')?.textContent).toBe('DM Glossary: lector de PDF');
  });

  it('lists the terms under their Spanish names', async () => {
    const terms = [{ entryId: 'methotrexate', count: 3 }, { entryId: 'folic-acid', count: 1 }];
    const el = await mount(<ReaderPanel page={1} onPage={terms} inDocument={terms} complete onChoose={() => undefined} onClose={() => undefined} />);
    expect(englishIn(interfaceText(el))).toEqual([]);
    expect(texts(el, '.rd-term-name').slice(0, 2)).toEqual(['Metotrexato', 'Ácido fólico']);
  });

  it('writes sizes the Spanish way', () => {
    expect(describeBytes(0.4 * 1024 * 1024, 'es')).toBe('0,4 MB');
    expect(describeBytes(0.4 * 1024 * 1024)).toBe('0.4 MB');
    expect(describeBytes(200 * 1024 * 1024, 'es')).toBe('200 MB');
  });
});

describe('the shown name', () => {
  // Synthetic: once every entry has a Spanish card, no real entry is "not yet in Spanish".
  const notYet = { id: 'synthetic-entry-without-spanish-card', name: 'Synthetic term', summary: 'An English summary.' };

  it('is the Spanish card heading in a Spanish interface, the English name elsewhere', () => {
    const mtx = getEntry('methotrexate')!;
    expect(shownName(mtx, 'es')).toEqual({ name: 'Metotrexato', lang: 'es' });
    expect(shownName(mtx, 'es-419')).toEqual({ name: 'Metotrexato', lang: 'es' });
    expect(shownName(mtx, 'en')).toEqual({ name: 'Methotrexate', lang: 'en' });
    expect(shownEntry(mtx, 'es').summary).toBe(SPANISH_CARDS.methotrexate!.summary);
  });

  it('stays English, marked so, for an entry with no Spanish card', () => {
    expect(shownName(notYet, 'es')).toEqual({ name: 'Synthetic term', lang: 'en' });
    expect(shownEntry(notYet, 'es').summary).toBe('An English summary.');
    const [hit] = shownHits([{ id: notYet.id, name: notYet.name, category: 'care', line: 'An English line.', terms: ['line'] }], 'línea', 'es');
    expect(hit).toMatchObject({ name: 'Synthetic term', line: 'An English line.', lang: 'en', terms: ['line'] });
  });

  it('sorts the Spanish way: accents ignored, so "Ácido" comes before "Azatioprina"', () => {
    expect(byShownName(['Azatioprina', 'Ácido fólico', 'Zinc'], (s) => s, 'es')).toEqual(['Ácido fólico', 'Azatioprina', 'Zinc']);
  });
});

describe('the Spanish result line', () => {
  it('picks the sentence with the most query words, never a question, and falls back to the summary', () => {
    const line = spanishLine('methotrexate', lineStems('¿metotrexato y embarazo?'), 'Metotrexato');
    expect(line?.text).toContain('embarazo');
    expect(line?.text.endsWith('?')).toBe(false);
    expect(spanishLine('methotrexate', lineStems('zzzz'), 'Metotrexato')).toBeUndefined();
    const [hit] = shownHits([{ id: 'methotrexate', name: 'Methotrexate', category: 'medicine', line: 'x', terms: [] }], 'zzzz', 'es');
    expect(hit).toMatchObject({ name: 'Metotrexato', line: SPANISH_CARDS.methotrexate!.summary, lang: 'es' });
  });

  it('leaves English results as they are in an English interface', () => {
    const hits = [{ id: 'methotrexate', name: 'Methotrexate', category: 'medicine' as const, line: 'An English line.', terms: ['line'] }];
    expect(shownHits(hits, 'liver', 'en')).toEqual([{ ...hits[0], lang: 'en' }]);
  });
});
