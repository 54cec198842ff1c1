/**
 * One page, one wording: a Spanish card must not cite a page under a publisher
 * or title that another card gives differently, and a page cited by several
 * card files comes from one shared constant (glossary/es/sources.ts).
 */
import { describe, expect, it } from 'vitest';
import { SPANISH_CARDS } from '../../glossary/es/cards';
import type { Source } from '../../glossary/types';

/** The same page under http/https, with or without "www." or a trailing slash. */
const pageKey = (url: string): string => url.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/\/+$/, '').toLowerCase();

/** Every page whose sources disagree on publisher or title, with the wordings found. */
function wordingConflicts(sources: readonly Source[]): string[] {
  const byPage = new Map<string, Set<string>>();
  for (const s of sources) {
    const key = pageKey(s.url);
    const wordings = byPage.get(key) ?? new Set<string>();
    wordings.add(`${s.publisher} | ${s.title}`);
    byPage.set(key, wordings);
  }
  return [...byPage].filter(([, w]) => w.size > 1).map(([page, w]) => `${page}: ${[...w].join(' ≠ ')}`);
}

const allSources = Object.values(SPANISH_CARDS).flatMap((card) => card.sources);

describe('Spanish sources', () => {
  it('finds a page cited under two wordings, whatever its scheme, www or trailing slash', () => {
    const a: Source = { publisher: 'Mayo Clinic', title: 'Dermatomiositis', url: 'https://www.mayoclinic.org/es/x/' };
    const b: Source = { publisher: 'Mayo Clinic (en español)', title: 'Dermatomiositis', url: 'https://mayoclinic.org/es/x' };
    expect(wordingConflicts([a, { ...a }])).toEqual([]);
    expect(wordingConflicts([a, b])).toEqual(['mayoclinic.org/es/x: Mayo Clinic | Dermatomiositis ≠ Mayo Clinic (en español) | Dermatomiositis']);
    expect(wordingConflicts([a, { ...a, title: 'Dermatomiositis: síntomas' }])).toHaveLength(1);
  });

  it('give each page one publisher and one title across all cards', () => {
    expect(allSources.length).toBeGreaterThan(100);
    expect(wordingConflicts(allSources)).toEqual([]);
  });

  it('use one Source object per page, so a page is defined in one place', () => {
    const objects = new Map<string, Set<Source>>();
    for (const s of allSources) objects.set(pageKey(s.url), (objects.get(pageKey(s.url)) ?? new Set<Source>()).add(s));
    expect([...objects].filter(([, o]) => o.size > 1).map(([page]) => page)).toEqual([]);
  });
});
