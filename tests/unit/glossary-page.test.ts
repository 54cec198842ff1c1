import { describe, expect, it } from 'vitest';
import { getEntry, glossary } from '../../glossary';
import { CATEGORIES, CATEGORY_LABELS } from '../../glossary/types';
import { formatReviewDate } from '../../utils/card-data/review-date';
import {
  groupAlphabetically,
  groupByCategory,
  groupEntries,
  initialOf,
  reviewRange,
  type EntryGroup,
} from '../../utils/glossary-page/grouping';
import { glossaryUrl, hashFor, MAX_QUERY_LENGTH, parseGlossaryLocation, parseQuery, parseTermHash } from '../../utils/glossary-page/location';
import { entry } from './entry-fixture';

const ids = (groups: readonly EntryGroup[]) => groups.flatMap((g) => g.entries.map((e) => e.id));
const names = (group: EntryGroup) => group.entries.map((e) => e.name);
const isKnownId = (id: string) => getEntry(id) !== undefined;
const aToZ = (list: readonly string[]) => [...list].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base', numeric: true }));

describe.each([
  ['by category', groupByCategory],
  ['A to Z', groupAlphabetically],
])('grouping %s', (_, group) => {
  const groups = group(glossary);

  it('lists every entry exactly once', () => {
    const listed = ids(groups);
    expect(listed).toHaveLength(glossary.length);
    expect(new Set(listed).size).toBe(glossary.length);
    expect([...listed].sort()).toEqual(glossary.map((e) => e.id).sort());
  });

  it('has no empty group and unique keys', () => {
    expect(groups.every((g) => g.entries.length > 0)).toBe(true);
    expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
  });

  it('sorts names A to Z inside each group', () => {
    for (const g of groups) expect(names(g)).toEqual(aToZ(names(g)));
  });

  it('returns nothing for no entries', () => {
    expect(group([])).toEqual([]);
  });
});

describe('groupByCategory', () => {
  const groups = groupByCategory(glossary);

  it('follows the order of CATEGORY_LABELS and uses its labels', () => {
    const order = Object.keys(CATEGORY_LABELS);
    expect(order).toEqual([...CATEGORIES]);
    const keys = groups.map((g) => g.key);
    expect(keys).toEqual(order.filter((key) => keys.includes(key)));
    for (const g of groups) expect(g.label).toBe(CATEGORY_LABELS[g.key as keyof typeof CATEGORY_LABELS]);
  });

  it('puts each entry under its own category', () => {
    for (const g of groups) expect(g.entries.every((e) => e.category === g.key)).toBe(true);
  });

  it('covers every category the glossary uses, and skips unused ones', () => {
    const used = new Set(glossary.map((e) => e.category));
    expect(groups.map((g) => g.key).sort()).toEqual([...used].sort());
    const small = groupByCategory([entry('b', 'Beta', [], { category: 'care' }), entry('a', 'Alpha', [], { category: 'condition' })]);
    expect(small.map((g) => g.key)).toEqual(['condition', 'care']);
  });
});

describe('groupAlphabetically', () => {
  it('puts letters in A to Z order with each entry under its first letter', () => {
    const groups = groupAlphabetically(glossary);
    const letters = groups.map((g) => g.label);
    expect(letters).toEqual([...letters].sort());
    for (const g of groups) expect(g.entries.every((e) => e.name.toUpperCase().startsWith(g.label))).toBe(true);
    // Two long-standing entries in a fixed order, so new "A" entries (Aldolase...) do not break it.
    const aNames = groups.find((g) => g.label === 'A')?.entries.map((e) => e.name) ?? [];
    expect(aNames.indexOf('Amyopathic dermatomyositis')).toBeGreaterThanOrEqual(0);
    expect(aNames.indexOf('Amyopathic dermatomyositis')).toBeLessThan(aNames.indexOf('Azathioprine'));
  });

  it('ignores case and accents, files digits and symbols under "#" at the end, and keeps shorter names first', () => {
    const groups = groupAlphabetically([
      entry('z', 'zinc', []),
      entry('e', 'Éclair test', []),
      entry('n', '5-ASA', []),
      entry('c2', 'Calcinosis surgery', []),
      entry('c1', 'Calcinosis', []),
      entry('a', 'anti-X', []),
    ]);
    expect(groups.map((g) => [g.label, ids([g])])).toEqual([
      ['A', ['a']],
      ['C', ['c1', 'c2']],
      ['E', ['e']],
      ['Z', ['z']],
      ['#', ['n']],
    ]);
    expect(initialOf('  ölfarbe')).toBe('O');
    expect(initialOf('(test)')).toBe('#');
  });

  it('is what groupEntries gives for the A to Z view', () => {
    expect(groupEntries(glossary, 'az')).toEqual(groupAlphabetically(glossary));
    expect(groupEntries(glossary, 'category')).toEqual(groupByCategory(glossary));
  });
});

describe('review date', () => {
  it('gives the oldest and newest review dates', () => {
    expect(reviewRange([entry('a', 'A', [], { reviewed: '2026-03-01' }), entry('b', 'B', [], { reviewed: '2025-12-31' })])).toEqual({
      oldest: '2025-12-31',
      newest: '2026-03-01',
    });
    expect(reviewRange([])).toBeUndefined();
    expect(reviewRange(glossary)?.newest).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('writes the date like the cards do, whatever the time zone', () => {
    expect(formatReviewDate('2026-11-25')).toBe('November 25, 2026');
    expect(formatReviewDate('2026-01-01')).toBe('January 1, 2026');
  });
});

describe('deep links', () => {
  it('reads a known entry id from the hash', () => {
    expect(parseTermHash('#azathioprine', isKnownId)).toBe('azathioprine');
    expect(parseTermHash('azathioprine', isKnownId)).toBe('azathioprine');
    expect(parseTermHash('#ivig', isKnownId)).toBe('ivig');
  });

  it('ignores unknown, empty, malformed and look-alike ids', () => {
    for (const hash of ['', '#', '#not-a-term', '#Azathioprine', '#azathioprine ', '#%E0%A4%A', '#gp-main', '#constructor', '#__proto__']) {
      expect(parseTermHash(hash, isKnownId), hash).toBeUndefined();
    }
  });

  it('decodes an encoded id', () => {
    expect(parseTermHash('#caf%C3%A9', (id) => id === 'café')).toBe('café');
  });

  it('reads the search from ?q=, trimmed and bounded', () => {
    expect(parseQuery('?q=Imuran')).toBe('Imuran');
    expect(parseQuery('?q=eye+exam')).toBe('eye exam');
    expect(parseQuery('?q=%20Plaquenil%20')).toBe('Plaquenil');
    expect(parseQuery('?view=az&q=MTX')).toBe('MTX');
    expect(parseQuery('')).toBe('');
    expect(parseQuery('?q=')).toBe('');
    expect(parseQuery('?query=Imuran')).toBe('');
    expect(parseQuery(`?q=${'a'.repeat(500)}`)).toHaveLength(MAX_QUERY_LENGTH);
  });

  it('reads both parts of an address', () => {
    expect(parseGlossaryLocation({ hash: '#azathioprine', search: '?q=Imuran' }, isKnownId)).toEqual({ termId: 'azathioprine', query: 'Imuran' });
    expect(parseGlossaryLocation({ hash: '#nope', search: '?q=Imuran' }, isKnownId)).toEqual({ query: 'Imuran' });
    expect(parseGlossaryLocation({ hash: '', search: '' }, isKnownId)).toEqual({ query: '' });
  });

  it('builds addresses that read back the same', () => {
    expect(hashFor('azathioprine')).toBe('#azathioprine');
    expect(glossaryUrl('/glossary.html', '')).toBe('/glossary.html');
    expect(glossaryUrl('/glossary.html', '', 'ivig')).toBe('/glossary.html#ivig');
    const url = new URL(glossaryUrl('/glossary.html', ' eye exam & co ', 'azathioprine'), 'chrome-extension://abc/');
    expect(parseGlossaryLocation(url, isKnownId)).toEqual({ termId: 'azathioprine', query: 'eye exam & co' });
  });
});
