import { describe, expect, it } from 'vitest';
import { glossary } from '../../glossary';
import { TermMatcher } from '../../glossary/matcher';
import { GlossarySearch } from '../../utils/search/search-index';
import { entry } from './entry-fixture';

const fixture = new TermMatcher([
  entry('corticosteroids', 'Corticosteroids', ['steroid', 'glucocorticoid']),
  entry('topical-corticosteroids', 'Topical corticosteroids', ['steroid cream']),
  entry('prednisone', 'Prednisone', ['Rayos']),
  entry('methotrexate', 'Methotrexate', [{ text: 'MTX', caseSensitive: true }]),
  entry('dermatomyositis', 'Dermatomyositis', [{ text: 'DM', caseSensitive: true }]),
  entry('anti-mda5', 'Anti-MDA5 antibody', ['anti-MDA5', 'MDA5']),
  entry('ivig', 'IVIG', ['intravenous immunoglobulin', 'IVIg']),
]);

const ids = (text: string, matcher = fixture) => matcher.findAll(text).map((m) => m.entryId);
const texts = (text: string, matcher = fixture) => matcher.findAll(text).map((m) => m.text);

describe('TermMatcher on a fixture glossary', () => {
  it('matches names and aliases without regard to case', () => {
    expect(ids('PREDNISONE, prednisone and Rayos')).toEqual(['prednisone', 'prednisone', 'prednisone']);
  });

  it('matches plurals and possessives', () => {
    expect(texts("Steroids, glucocorticoids, methotrexate's effect, the steroids' risks")).toEqual([
      'Steroids',
      'glucocorticoids',
      "methotrexate's",
      "steroids'",
    ]);
    expect(ids('Prednisone’s side effects')).toEqual(['prednisone']);
  });

  it('keeps word boundaries in every script, not only Latin (the pattern itself checks Latin ones)', () => {
    // Greek, Cyrillic and CJK letters glued to a name: part of a longer word, not the name.
    expect(ids('αprednisone, жMTX, 日本IVIG, prednisoneβ')).toEqual([]);
    expect(ids('éprednisone, prednisoneñ, MTX\u0301')).toEqual([]);
    // A rejected match does not hide a real one that starts inside it.
    expect(texts('жanti-MDA5 and prednisone')).toEqual(['MDA5', 'prednisone']);
    // Non-Latin punctuation and spaces are boundaries.
    expect(ids('«prednisone»、IVIG。MTX')).toEqual(['prednisone', 'ivig', 'methotrexate']);
  });

  it('prefers the longest alias at a position', () => {
    expect(fixture.findAll('Topical corticosteroids help.')).toMatchObject([
      { entryId: 'topical-corticosteroids', text: 'Topical corticosteroids' },
    ]);
    expect(texts('given intravenous immunoglobulin monthly')).toEqual(['intravenous immunoglobulin']);
    expect(ids('a steroid cream')).toEqual(['topical-corticosteroids']);
  });

  it('treats hyphens, spaces and non-breaking spaces in names alike', () => {
    expect(ids('anti-MDA5, anti MDA5, anti\u00a0MDA5 and anti\u2011MDA5')).toEqual(['anti-mda5', 'anti-mda5', 'anti-mda5', 'anti-mda5']);
    expect(ids('intravenous-immunoglobulin')).toEqual(['ivig']);
  });

  it('keeps whole words only', () => {
    expect(ids('prednisolone and methylprednisone-like words and unprednisone')).toEqual([]);
    expect(ids('Rayosx IVIGx xIVIG')).toEqual([]);
    expect(ids('prednisone.')).toEqual(['prednisone']);
    expect(ids('(prednisone)')).toEqual(['prednisone']);
  });

  it('matches case-sensitive abbreviations only in their own case', () => {
    expect(ids('DM and MTX')).toEqual(['dermatomyositis', 'methotrexate']);
    expect(ids('dm, Dm, mtx, Mtx, ADM, DMSO, DM5')).toEqual([]);
    expect(ids('two DMs')).toEqual(['dermatomyositis']);
  });

  it('lets a case-insensitive alias that differs only in case stand for itself', () => {
    expect(ids('IVIg and ivig')).toEqual(['ivig', 'ivig']);
  });

  it('ignores names inside web and e-mail addresses', () => {
    expect(ids('see https://example.org/methotrexate/info')).toEqual([]);
    expect(ids('mail methotrexate@example.org today')).toEqual([]);
    expect(ids('visit www.prednisone.com or prednisone.org/x')).toEqual([]);
    expect(ids('prednisone/methotrexate combination')).toEqual(['prednisone', 'methotrexate']);
    expect(ids('End of sentence with methotrexate. Next')).toEqual(['methotrexate']);
  });

  it('reports positions that slice back to the matched text', () => {
    const text = 'Take the Rayos? No: prednisone!';
    for (const m of fixture.findAll(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('resolves a name back to its entry and refuses a wrong-case abbreviation', () => {
    expect(fixture.resolve('Steroids')).toBe('corticosteroids');
    expect(fixture.resolve('anti MDA5')).toBe('anti-mda5');
    expect(fixture.resolve('dm')).toBeUndefined();
    expect(fixture.resolve('nothing')).toBeUndefined();
  });
});

describe('search-only aliases', () => {
  const entries = [
    entry('polymyositis', 'Polymyositis', [{ text: 'PM', searchOnly: true }]),
    entry('occupational-therapy', 'Occupational therapy', [{ text: 'OT', searchOnly: true }]),
    // Ranks above polymyositis on score alone ("PM" in its name), so only the exact lookup puts polymyositis first.
    entry('pm-clinic', 'PM clinic hours', []),
  ];
  const matcher = new TermMatcher(entries);

  it('never highlights them on a page, in any case', () => {
    expect(ids('Call at 3 PM about PM and OT; pm, ot.', matcher)).toEqual([]);
    expect(matcher.resolve('PM')).toBeUndefined();
  });

  it('still highlights the entry by its name', () => {
    expect(ids('Polymyositis and occupational therapy', matcher)).toEqual(['polymyositis', 'occupational-therapy']);
  });

  it('are found by the popup search, first for an exact query, and say which alias matched', () => {
    const search = new GlossarySearch(entries, matcher);
    expect(search.search('PM')[0]).toMatchObject({ id: 'polymyositis', viaAlias: 'PM' });
    expect(search.search('ot')[0]).toMatchObject({ id: 'occupational-therapy', viaAlias: 'OT' });
  });
});

describe('TermMatcher with no entries', () => {
  it('matches nothing rather than the empty string', () => {
    expect(new TermMatcher([]).findAll('prednisone and anything')).toEqual([]);
  });
});

describe('TermMatcher on the real glossary', () => {
  const real = new TermMatcher(glossary);
  const cases: Array<[string, string]> = [
    ['Imuran', 'azathioprine'],
    ['azathioprine', 'azathioprine'],
    ['Plaquenil', 'hydroxychloroquine'],
    ['HCQ', 'hydroxychloroquine'],
    ['MTX', 'methotrexate'],
    ['Rituxan', 'rituximab'],
    ['IVIG', 'ivig'],
    ['IVIg', 'ivig'],
    ['intravenous immunoglobulin', 'ivig'],
    ['calcinosis', 'calcinosis'],
    ['prednisone', 'prednisone'],
    ['anti-TIF1-gamma', 'anti-tif1-gamma'],
    ['anti TIF1-γ', 'anti-tif1-gamma'],
    ['mycophenolate mofetil', 'mycophenolate'],
    ['topical corticosteroids', 'topical-corticosteroids'],
    ['corticosteroids', 'corticosteroids'],
    ['CK', 'creatine-kinase'],
    ['CPK', 'creatine-kinase'],
    ["methotrexate's", 'methotrexate'],
    ['prednisolone', 'prednisolone'],
    ['Prednesol', 'prednisolone'],
    ['Metoject', 'methotrexate'],
    ['Solu-Medrone', 'methylprednisolone'],
    ['Quinoric', 'hydroxychloroquine'],
    ['Gammagard S/D', 'ivig'],
    // Issue #20: the plural of the "-medication" wording was neither painted nor found.
    ['immunomodulatory medications', 'immunomodulators'],
  ];
  it.each(cases)('maps "%s" to %s', (text, id) => {
    expect(real.findAll(`Patients on ${text} today.`).map((m) => m.entryId)).toEqual([id]);
  });

  it('never maps prednisolone to prednisone or to the class card', () => {
    expect(real.findAll('prednisolone').map((m) => m.entryId)).toEqual(['prednisolone']);
  });

  it('leaves aliases that open the wrong card on ordinary pages unhighlighted', () => {
    const page =
      'Bactrim for a urinary infection; folate in leafy greens; Rho(D) immune globulin in pregnancy; ' +
      'juvenile DM (diabetes); a calcium deposit on a mammogram; see you at 3 PM.';
    expect(real.findAll(page)).toEqual([]);
  });

  it('still finds the search-only ones in the popup search', () => {
    const search = new GlossarySearch(glossary, real);
    expect(search.search('Bactrim')[0]).toMatchObject({ id: 'pjp-prophylaxis', viaAlias: 'Bactrim' });
    expect(search.search('folate')[0]).toMatchObject({ id: 'folic-acid', viaAlias: 'folate' });
  });

  it('does not take "DM" (diabetes mellitus, direct message), "dm" or "ADM" for dermatomyositis', () => {
    expect(real.findAll('type 2 DM, send me a DM, the dm channel, ADM and Dm').map((m) => m.entryId)).toEqual([]);
  });
});

describe('censored words', () => {
  it('finds no term inside letters joined by asterisks, but keeps a term between emphasis asterisks', async () => {
    const { TermMatcher } = await import('../../glossary/matcher');
    const m = new TermMatcher([{ id: 'ck', name: 'Creatine kinase', aliases: [{ text: 'CK', caseSensitive: true }] }]);
    expect(m.findAll('what the F*CK is this')).toEqual([]);
    expect(m.findAll('what the F**CK')).toEqual([]);
    expect(m.findAll('CK*S')).toEqual([]);
    expect(m.findAll('my *CK* was high').map((x) => x.text)).toEqual(['CK']);
  });
});

describe('the page pattern\'s source', () => {
  it('is one byte a character, and still finds the names and the possessive written with wider ones', () => {
    const matcher = new TermMatcher(glossary);
    // A single wider character would make V8 keep the whole 22,000-character source as two bytes a character, in every frame.
    expect(/[^\0-\xff]/.test(matcher.source)).toBe(false);
    const found = matcher.findAll('Her anti-TIF1γ and anti-Mi-2β results; the TIF1-γ test; Plaquenil’s label.');
    expect(found.map((m) => `${m.entryId}:${m.text}`)).toEqual([
      'anti-tif1-gamma:anti-TIF1γ',
      'anti-mi-2:anti-Mi-2β',
      'hydroxychloroquine:Plaquenil’s',
    ]);
    // Case-insensitive as before, for the escaped letters too.
    expect(matcher.findAll('ANTI-TIF1Γ').map((m) => m.entryId)).toEqual(['anti-tif1-gamma']);
  });
});
