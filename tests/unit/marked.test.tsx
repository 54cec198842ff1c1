// @vitest-environment jsdom
// jsdom, not happy-dom: mark.js walks with a NodeIterator, which happy-dom gets wrong (notes/browser-testing.md).
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Marked } from '../../components/shared/Marked';
import { GlossarySearch } from '../../utils/search/search-index';
import { glossary, getMatcher } from '../../glossary';

const root = () => document.body.querySelector('#root')!;
const marked = () => [...root().querySelectorAll('mark.dmg-match')].map((m) => m.textContent);

afterEach(() => {
  render(null, root());
  document.body.innerHTML = '';
});

function show(text: string, terms: readonly string[]): void {
  if (!document.querySelector('#root')) document.body.innerHTML = '<div id="root"></div>';
  render(<Marked text={text} terms={terms} />, root());
}

describe('the matched words in a result line', () => {
  it('marks whole words, also where the index holds a stem', () => {
    show('Methotrexate must be stopped before a pregnancy.', ['pregnan']);
    expect(marked()).toEqual(['pregnancy']);
    expect(root().textContent).toBe('Methotrexate must be stopped before a pregnancy.');
  });

  it('marks again, and only the new words, when the line or the query changes', () => {
    show('Live vaccines are not advised.', ['vaccin']);
    expect(marked()).toEqual(['vaccines']);
    show('The flu shot is not a live vaccine.', ['live', 'vaccin']);
    expect(marked()).toEqual(['live', 'vaccine']);
    expect(root().textContent).toBe('The flu shot is not a live vaccine.');
  });

  it('marks nothing for words of one or two letters, or none at all', () => {
    show('It is a pill taken by mouth.', ['it', 'a']);
    expect(marked()).toEqual([]);
    show('It is a pill taken by mouth.', []);
    expect(marked()).toEqual([]);
  });

  it("marks the words of a real search's answer line", () => {
    const search = new GlossarySearch(glossary, getMatcher());
    const hit = search.search('flu shot', 5).find((h) => h.line);
    expect(hit).toBeDefined();
    show(hit!.line!, hit!.terms);
    expect(marked().length).toBeGreaterThan(0);
    for (const word of marked()) expect(hit!.line!.toLowerCase()).toContain(word!.toLowerCase());
  });
});
