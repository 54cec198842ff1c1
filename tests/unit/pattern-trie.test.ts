import { describe, expect, it } from 'vitest';
import { allEntries } from '../../glossary/entries';
import { SEPARATOR_CLASS } from '../../glossary/normalize';
import { trieSource } from '../../glossary/pattern-trie';
import { aliasText, isSearchOnly } from '../../glossary/types';

/** The plain alternation the trie replaces: longest name first, each escaped. */
function flatSource(names: readonly string[]): string {
  const escaped = names.map((name) =>
    name
      .trim()
      .split(new RegExp(`${SEPARATOR_CLASS}+`, 'u'))
      .map((part) => part.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'))
      .join(`${SEPARATOR_CLASS}+`),
  );
  return `(?:${[...new Set(escaped)].sort((a, b) => b.length - a.length).join('|')})`;
}

const W = '[\\p{L}\\p{N}\\p{M}_]';
const bounded = (alternation: string) => new RegExp(`(?<!${W})${alternation}(?!${W})`, 'giu');
const all = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].map((m) => `${m.index}:${m[0]}`);

describe('trieSource', () => {
  it('matches exactly what the flat alternation matches, longest name first', () => {
    const names = ['steroid', 'steroids', 'steroid taper', 'anti-MDA5', 'H.P. Acthar Gel', 'Rho(D) immune globulin', 'MTX', 'methotrexate', 'methylprednisolone', 'IVIG'];
    const text = 'A steroid taper, steroids, anti MDA5 and anti–MDA5, H.P. Acthar Gel, Rho(D) immune globulin; mtx and Methotrexate; methylprednisolone; IVIGs; steroidal.';
    expect(all(bounded(trieSource(names)), text)).toEqual(all(bounded(flatSource(names)), text));
    expect(all(bounded(trieSource(names)), text)).toContain('2:steroid taper');
  });

  it('agrees with the flat alternation for every name of the glossary', () => {
    const names = allEntries.flatMap((e) => [e.name, ...e.aliases.filter((a) => !isSearchOnly(a)).map(aliasText)]);
    // Every name, in a sentence, as the page would have it.
    const text = names.map((name, i) => `${i % 2 ? 'Take' : 'ask about'} ${name}, then`).join(' ');
    expect(all(bounded(trieSource(names)), text)).toEqual(all(bounded(flatSource(names)), text));
  });

  it('matches nothing for no names', () => {
    expect(trieSource([])).toBe('');
  });
});
