import { describe, expect, it } from 'vitest';
import { getEntry, getMatcher, glossary } from '../../glossary';
import { GlossarySearch } from '../../utils/search/search-index';
import { PATIENT_QUERIES } from './patient-queries';

const PASS_RATE = 0.95;
const search = new GlossarySearch(glossary, getMatcher());

describe('patient queries', () => {
  it('names only entries that exist, each query once', () => {
    for (const [query, expected] of PATIENT_QUERIES) expect(getEntry(expected), `${query} → ${expected}`).toBeDefined();
    expect(new Set(PATIENT_QUERIES.map(([q]) => q.toLowerCase())).size).toBe(PATIENT_QUERIES.length);
    expect(PATIENT_QUERIES.length).toBeGreaterThanOrEqual(80);
  });

  it(`puts the expected entry first for at least ${PASS_RATE * 100}% of the table`, () => {
    const misses = PATIENT_QUERIES.flatMap(([query, expected, kind]) => {
      const got = search.search(query).slice(0, 3).map((h) => h.id);
      return got[0] === expected ? [] : [`  [${kind}] "${query}": expected ${expected}, got ${got.join(', ') || 'nothing'}`];
    });
    const rate = 1 - misses.length / PATIENT_QUERIES.length;
    console.log(`Patient-query hit rate: ${(rate * 100).toFixed(1)}% (${PATIENT_QUERIES.length - misses.length}/${PATIENT_QUERIES.length})${misses.length ? `\nMisses:\n${misses.join('\n')}` : ''}`);
    expect(rate).toBeGreaterThanOrEqual(PASS_RATE);
  });
});
