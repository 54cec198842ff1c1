import { describe, expect, it } from 'vitest';
import { glossary } from '../../glossary';
import { assertValidGlossary, findGlossaryIssues, GlossaryError } from '../../glossary/validate';
import { entry } from './entry-fixture';

const messages = (entries: unknown[]) => findGlossaryIssues(entries, '2026-11-25').map(String);

describe('glossary validation', () => {
  it('accepts the bundled glossary', () => {
    expect(findGlossaryIssues(glossary).map(String)).toEqual([]);
  });

  it('names the entry and the field of a missing or mistyped value', () => {
    const broken = { ...entry('x-drug', 'X'), summary: 42, category: 'pill' };
    expect(messages([broken])).toEqual([
      'glossary entry "x-drug", field "category": must be one of condition, symptom, test, medicine, medicine-class, procedure, care, got "pill"',
      'glossary entry "x-drug", field "summary": must be a string, got number',
    ]);
  });

  it('rejects ids that are not kebab-case and duplicate ids', () => {
    expect(messages([entry('Bad_Id', 'A'), entry('b', 'B'), entry('b', 'C')])).toEqual([
      'glossary entry "Bad_Id", field "id": must be a kebab-case string',
      'glossary entry "b", field "id": is used by another entry',
    ]);
  });

  it('rejects an alias claimed by two entries, whatever its case or separators', () => {
    const issues = messages([entry('a', 'Alpha', ['anti-MDA5']), entry('b', 'Beta', ['Anti MDA5'])]);
    expect(issues).toEqual(['glossary entry "b", field "aliases[0]": "Anti MDA5" already belongs to entry "a"']);
  });

  it('rejects related ids that do not exist or point to the entry itself', () => {
    const issues = messages([entry('a', 'Alpha', [], { related: ['a', 'nope'] })]);
    expect(issues).toEqual([
      'glossary entry "a", field "related[0]": must not point to the entry itself',
      'glossary entry "a", field "related[1]": "nope" is not the id of any entry',
    ]);
  });

  it('requires sources with URLs and a reviewed date that is real and not in the future', () => {
    const noSources = entry('a', 'Alpha', [], { sources: [] });
    const badUrl = entry('b', 'Beta', [], { sources: [{ publisher: 'P', title: 'T', url: 'not a url' }], reviewed: '2027-01-01' });
    expect(messages([noSources, badUrl])).toEqual([
      'glossary entry "a", field "sources": must list at least one source',
      'glossary entry "b", field "sources[0].url": is not a valid URL: "not a url"',
      'glossary entry "b", field "reviewed": is in the future (2027-01-01)',
    ]);
  });

  it('rejects a malformed case-sensitive alias and unknown sections', () => {
    const bad = entry('a', 'Alpha', [{ text: 'AL', caseSensitive: false } as never], { sections: { extra: 'x' } as never });
    expect(messages([bad])).toEqual([
      'glossary entry "a", field "sections.extra": is not a known section',
      'glossary entry "a", field "aliases[0].caseSensitive": must be true (use a plain string for a case-insensitive alias)',
    ]);
  });

  it('rejects an unknown or repeated medicine class', () => {
    const bad = entry('a', 'Alpha', [], { classes: ['jak-inhibitor', 'wonder-drug', 'jak-inhibitor'] as never });
    expect(messages([bad])).toEqual([
      'glossary entry "a", field "classes[1]": must be one of ' +
        'systemic-immunosuppressant, systemic-steroid, topical-steroid, corticotropin, biologic, b-cell-depleting, ' +
        'jak-inhibitor, immunoglobulin, fcrn-blocker, calcineurin-inhibitor, topical-calcineurin-inhibitor, antifolate, ' +
        'alkylating-agent, teratogen, antimalarial, pde4-inhibitor, sulfone, calcium-channel-blocker, bisphosphonate, ' +
        'proton-pump-inhibitor, vitamin-or-mineral, antifibrotic, uroprotectant, vaccine, antidote, got "wonder-drug"',
      'glossary entry "a", field "classes": lists a class twice',
    ]);
  });

  it('throws one error that lists every problem', () => {
    expect(() => assertValidGlossary([entry('a', 'A', [], { name: '' }), 'junk'])).toThrow(GlossaryError);
    expect(() => assertValidGlossary([entry('a', 'A', [], { name: '' }), 'junk'])).toThrow(
      /field "name": must not be empty[\s\S]*"#1", field "\(entry\)": must be an object, got string/,
    );
  });
});

describe('search-only aliases', () => {
  it('accepts { text, searchOnly: true } and still gives the alias to one entry', () => {
    expect(messages([entry('a', 'Alpha', [{ text: 'PM', searchOnly: true }])])).toEqual([]);
    expect(messages([entry('a', 'Alpha', [{ text: 'PM', searchOnly: true }]), entry('b', 'Beta', ['pm'])])).toEqual([
      'glossary entry "b", field "aliases[0]": "pm" already belongs to entry "a"',
    ]);
  });

  it('rejects searchOnly that is not true, and a case rule on a search-only alias', () => {
    const bad = entry('a', 'Alpha', [
      { text: 'PM', searchOnly: false } as never,
      { text: 'OT', searchOnly: true, caseSensitive: true } as never,
    ]);
    expect(messages([bad])).toEqual([
      'glossary entry "a", field "aliases[0].searchOnly": must be true (use a plain string for an alias that is highlighted)',
      'glossary entry "a", field "aliases[1]": a search-only alias has only text and searchOnly, got searchOnly, caseSensitive',
    ]);
  });
});

describe('aliases within one entry', () => {
  it('allows two case-sensitive spellings of one abbreviation but not a redundant alias', () => {
    const ok = entry('ivig', 'Immunoglobulin', [
      { text: 'IVIG', caseSensitive: true },
      { text: 'IVIg', caseSensitive: true },
    ]);
    expect(messages([ok])).toEqual([]);
    const redundant = entry('mtx', 'Methotrexate', ['methotrexate']);
    expect(messages([redundant])).toEqual(['glossary entry "mtx", field "aliases[0]": "methotrexate" is listed twice in this entry (as "Methotrexate")']);
  });
});
