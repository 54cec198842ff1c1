import { describe, expect, it } from 'vitest';
import { getEntry, getMatcher, glossary } from '../../glossary';
import { GlossarySearch, strongRanked } from '../../utils/search/search-index';

const search = new GlossarySearch(glossary, getMatcher());
const top = (query: string) => search.search(query)[0]?.id;

describe('popup search', () => {
  it.each([
    ['Imuran', 'azathioprine'],
    ['Plaquenil', 'hydroxychloroquine'],
    ['HCQ', 'hydroxychloroquine'],
    ['MTX', 'methotrexate'],
    ['metotrexate', 'methotrexate'],
    ['hydroxycloroquine', 'hydroxychloroquine'],
    ['ritux', 'rituximab'],
    ['ivig', 'ivig'],
    ['calcinosis', 'calcinosis'],
  ])('ranks the right entry first for "%s"', (query, id) => {
    expect(top(query)).toBe(id);
  });

  it('says which brand or abbreviation matched', () => {
    expect(search.search('Imuran')[0]).toMatchObject({ id: 'azathioprine', viaAlias: 'Imuran' });
  });

  it('finds words from the body, with names ranked above body text', () => {
    const ids = search.search('eye exam').map((h) => h.id);
    expect(ids).toContain('hydroxychloroquine');
    const steroid = search.search('prednisone').map((h) => h.id);
    expect(steroid[0]).toBe('prednisone');
    expect(steroid.length).toBeGreaterThan(1);
  });

  it('returns nothing for an empty query or gibberish', () => {
    expect(search.search('   ')).toEqual([]);
    expect(search.search('zzqxv')).toEqual([]);
  });
});

describe('search that understands patients', () => {
  it('shows the sentence that answers a vaccine question, not only the warning in the summary', () => {
    for (const query of ['flu shot', 'covid vaccine']) {
      const [first] = search.search(query);
      expect(first?.id, query).toBe('live-vaccines');
      expect(first?.line, query).toMatch(/not live can be given/);
    }
    // "shingles vaccine" is an alias of the Shingles card, which comes first; the live-vaccines
    // answer stays right behind it, still showing the not-live sentence.
    const [first, second] = search.search('shingles vaccine');
    expect(first?.id).toBe('shingles');
    expect(second).toMatchObject({ id: 'live-vaccines', line: expect.stringMatching(/not live can be given/) });
  });

  it('never says "also called" for an alias that holds only part of the query', () => {
    expect(search.search('flu shot')[0]?.viaAlias).toBeUndefined();
    expect(search.search('nasal flu spray')[0]).toMatchObject({ id: 'live-vaccines', viaAlias: 'nasal flu spray' });
  });

  it('does not read a word the glossary contains as a typo of another', () => {
    const ids = search.search('liver').map((h) => h.id);
    expect(ids).not.toContain('live-vaccines');
    expect(ids).toContain('methotrexate');
  });

  it('puts an entry named inside a longer query first, even when other words match elsewhere', () => {
    expect(search.search('methotrexate injection')[0]?.id).toBe('methotrexate');
    expect(search.search('is plaquenil safe in pregnancy')[0]).toMatchObject({ id: 'hydroxychloroquine', viaAlias: 'Plaquenil' });
  });

  it('never shows one of the card\'s own questions as the answer line, and the summary for "what is …" (m3)', () => {
    const ck = search.search('what is CK')[0]!;
    expect(ck.id).toBe('creatine-kinase');
    expect(ck.line).toBe(getEntry('creatine-kinase')!.summary);
    for (const query of ['steroid side effects', 'what is CK', 'eye exam', 'flu shot', 'blood test']) {
      for (const hit of search.search(query)) expect((hit.line ?? '').trim().endsWith('?'), `${query}: ${hit.id}`).toBe(false);
    }
  });

  it('ignores question words', () => {
    expect(search.search('can i get the flu shot?')[0]?.id).toBe(search.search('flu shot')[0]?.id);
  });

  it('keeps plain typo-free prefixes tight: "plaq" finds the entries that start with it, not a dozen', () => {
    // The brand Plaquenil completes first; "Plaquenil retinopathy" is a longer alias of another card.
    expect(search.search('plaq').map((h) => h.id)).toEqual(['hydroxychloroquine', 'hydroxychloroquine-retinopathy']);
  });

  it('completes a partial word to a name before an alias, the shortest first', () => {
    expect(search.search('pred').map((h) => h.id).slice(0, 2)).toEqual(['prednisone', 'prednisolone']);
  });

  it('prefers an entry whose alias holds the whole query over one named by part of it', () => {
    expect(search.search('steroid card')[0]?.id).toBe('adrenal-insufficiency');
    expect(search.search('methotrexate injection')[0]?.id).toBe('methotrexate');
  });

  it('ranks condition and symptom cards above tests for a symptom query, but not when a test is asked for', () => {
    expect(search.search('swallowing')[0]?.id).toBe('dysphagia');
    expect(search.search('swallowing study')[0]?.id).toBe('swallow-study');
  });

  it('does not let one word of a card answer two words of the query through a synonym', () => {
    expect(search.search('calcium lumps')[0]?.id).toBe('calcinosis');
  });
  // UX review 12b, M7: "brain fog" ranked a rare, often fatal brain infection first, and
  // "fatigue" found nothing.
  it('answers everyday symptom words with the everyday symptom cards, not rare complications', () => {
    const fog = search.search('brain fog').map((h) => h.id);
    expect(fog[0]).toBe('brain-fog');
    expect(fog.indexOf('pml')).not.toBe(0);
    for (const query of ['fatigue', 'exhausted', 'tired all the time']) expect(search.search(query)[0]?.id, query).toBe('fatigue');
  });

  it('reads "can\'t" as framing, like "trouble": the question is about sleep on the named steroid', () => {
    for (const query of ["can't sleep on prednisone", 'can’t sleep on prednisone', 'cannot sleep on prednisone']) {
      expect(search.search(query)[0]?.id, query).toBe('steroid-sleep-problems');
    }
    // The named medicine is still right behind it.
    expect(search.search("can't sleep on prednisone").map((h) => h.id)).toContain('prednisone');
  });

  it('finds the search-only everyday words but gives "cancer" to the screening card, not the one card that says "tumor"', () => {
    expect(search.search('infusion')[0]).toMatchObject({ id: 'iv-infusion', viaAlias: 'infusion' });
    expect(search.search('cancer')[0]?.id).toBe('cancer-screening');
    expect(search.search('tumour')[0]?.id).toBe('tumor-markers');
  });
});

describe('where the result list stops (UX review m4)', () => {
  it('calls strong only what covers as many query words as the best, with at least half its score', () => {
    const ranked = [
      { id: 'a', covered: 2, score: 10 },
      { id: 'b', covered: 2, score: 5 },
      { id: 'c', covered: 2, score: 4.9 },
      { id: 'd', covered: 1, score: 9 },
    ];
    expect([...strongRanked(ranked)]).toEqual(['a', 'b']);
    expect([...strongRanked([])]).toEqual([]);
  });

  it('keeps the answer and drops the noise the review saw, which stays available as weak hits', () => {
    const flu = search.search('flu shot');
    expect(flu[0]).toMatchObject({ id: 'live-vaccines', strong: true });
    expect(flu.filter((h) => h.strong).map((h) => h.id)).not.toContain('repository-corticotropin');
    expect(flu.some((h) => h.strong === false)).toBe(true);
    const alcohol = search.search('can I drink alcohol on methotrexate').filter((h) => h.strong).map((h) => h.id);
    expect(alcohol[0]).toBe('methotrexate');
    expect(alcohol).not.toContain('swallow-study');
    expect(alcohol).not.toContain('aspiration-pneumonia');
    // A name the query gives is always strong, whatever its score.
    expect(search.search('Imuran')[0]).toMatchObject({ id: 'azathioprine', strong: true });
  });
});
