/**
 * The popup's first paint (issue #22): the list of every term comes from the names-only module,
 * the first rows first and the rest in the next task; the search and the card are loaded after
 * it, and a query typed (or Enter pressed) before the index is built is kept and answered.
 */
import { useInterfaceLanguage } from './interface-language';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { glossary } from '../../glossary';
import { PopupApp } from '../../components/popup/PopupApp';
import { byShownName, shownName } from '../../utils/card-data/shown-name';

let root: HTMLElement;
let restore: () => void = () => undefined;
beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  restore();
});

const rows = () => [...root.querySelectorAll<HTMLElement>('.pp-results [data-term-id]')];
const status = () => root.querySelector('#pp-status')!;

async function until(done: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!done()) {
    if (Date.now() > end) throw new Error(`not done within ${ms} ms`);
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
}

function type(text: string): void {
  const input = root.querySelector<HTMLInputElement>('#pp-search')!;
  // A synchronous act: the deferred module cannot have arrived before the checks that follow.
  act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe.each([
  ['en', 'Searching…', 'All'],
  ['es', 'Buscando…', 'Los'],
] as const)('the popup in a %s interface', (lang, searching, allTerms) => {
  beforeEach(() => {
    restore = useInterfaceLanguage(lang);
  });

  it('first paints the first rows of every term A to Z, by the names the cards open with, then lists the rest', async () => {
    act(() => render(<PopupApp />, root));
    const everyTerm = byShownName(
      glossary.map((entry) => ({ id: entry.id, ...shownName(entry, lang) })),
      (e) => e.name,
      lang,
    );
    expect(status().textContent).toBe(`${allTerms} ${glossary.length} ${lang === 'es' ? 'términos, de la A a la Z' : 'terms, A to Z'}`);
    const first = rows();
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(glossary.length);
    expect(first.map((row) => row.dataset.termId)).toEqual(everyTerm.slice(0, first.length).map((e) => e.id));
    expect(first.map((row) => row.querySelector('.pp-result-name')!.textContent)).toEqual(everyTerm.slice(0, first.length).map((e) => e.name));
    expect(first.map((row) => row.querySelector('.pp-result-name')!.getAttribute('lang'))).toEqual(everyTerm.slice(0, first.length).map((e) => e.lang));
    await until(() => rows().length === glossary.length);
    expect(rows().map((row) => row.dataset.termId)).toEqual(everyTerm.map((e) => e.id));
  });

  it('says it is searching for a query typed before the index is built, and answers it when it is', async () => {
    act(() => render(<PopupApp />, root));
    type('methotrexate');
    expect(status().getAttribute('role')).toBe('status');
    expect(status().textContent).toBe(searching);
    expect(root.querySelector<HTMLInputElement>('#pp-search')!.value).toBe('methotrexate');
    await until(() => status().textContent !== searching);
    expect(rows()[0]?.dataset.termId).toBe('methotrexate');
    expect(rows()[0]?.querySelector('.pp-result-name')?.textContent).toBe(shownName(glossary.find((e) => e.id === 'methotrexate')!, lang).name);
  });

  it('opens the first result of a query on which Enter was pressed before the index was built', async () => {
    act(() => render(<PopupApp />, root));
    type('methotrexate');
    act(() => {
      root.querySelector('#pp-search')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    });
    expect(root.querySelector('.pp-detail')).toBeNull();
    await until(() => root.querySelector('.pp-detail') !== null);
    expect(root.querySelector('.pp-detail h2, .pp-detail [id="pp-heading"]')?.textContent).toContain(shownName(glossary.find((e) => e.id === 'methotrexate')!, lang).name);
  });
});

describe("the popup's first paint, as its modules import each other", () => {
  const ROOT = resolve(__dirname, '../..');
  const fileOf = (path: string) => ['', '.ts', '.tsx', '/index.ts'].map((ext) => path + ext).find((p) => existsSync(join(ROOT, p)) && statSync(join(ROOT, p)).isFile());
  /** Every module `start` loads before it runs: static imports only (import() waits), type-only imports erased. */
  function staticGraph(start: string): Set<string> {
    const seen = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(join(ROOT, file), 'utf8');
      for (const m of text.matchAll(/^\s*(import|export)(\s+type\b)?[^'";]*?['"](\.{1,2}\/[^'"]+)['"]/gm)) {
        if (m[2]) continue;
        const next = fileOf(relative(ROOT, resolve(ROOT, file, '..', m[3]!)));
        if (next) walk(next);
      }
    };
    walk(start);
    return seen;
  }
  const heavy = (path: string) => path === 'glossary/index.ts' || path.startsWith('glossary/entries/') || /^glossary\/es\/cards/.test(path) || path.startsWith('utils/search/') || path === 'components/card/TermCard.tsx';

  it('loads neither the glossary texts, the Spanish cards, the search nor the card before it paints', () => {
    const first = staticGraph('entrypoints/popup/main.tsx');
    expect(first.has('utils/card-data/list-names.ts'), 'the walk reaches the names-only list').toBe(true);
    expect([...first].filter(heavy)).toEqual([]);
  });

  it('leaves them to the module it imports after the paint', () => {
    const later = staticGraph('components/popup/popup-deferred.ts');
    for (const path of ['glossary/index.ts', 'glossary/es/cards.ts', 'utils/search/spanish-lines.ts', 'components/card/TermCard.tsx']) expect(later.has(path), path).toBe(true);
  });
});
