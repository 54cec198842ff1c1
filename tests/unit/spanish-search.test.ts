/**
 * Spanish search (utils/search/spanish.ts) with the queries: accents
 * optional, Spanish stemming and stop words, patient phrasing, and no answer
 * rather than unrelated cards for a query the glossary does not know.
 */
import { describe, expect, it } from 'vitest';
import { glossary } from '../../glossary';
import { getMatcher } from '../../glossary/index';
import { GlossarySearch } from '../../utils/search/search-index';
import { BilingualSearch, looksSpanish, SpanishSearch, spanishStem } from '../../utils/search/spanish';

const english = new GlossarySearch(glossary, getMatcher());
const spanish = new SpanishSearch(glossary, english);
const ids = (query: string) => spanish.search(query).map((h) => h.id);
const first = (query: string) => ids(query)[0];

describe('Spanish search', () => {
  it.each([
    ['hidroxicloroquina', 'hydroxychloroquine'],
    ['hidroxicloroquína', 'hydroxychloroquine'],
    ['metotrexato', 'methotrexate'],
    ['prednisona', 'prednisone'],
    ['azatioprina', 'azathioprine'],
    ['micofenolato', 'mycophenolate'],
    ['inmunoglobulina intravenosa', 'ivig'],
    ['IgIV', 'ivig'],
    ['ciclosporina', 'cyclosporine'],
    ['ciclofosfamida', 'cyclophosphamide'],
    ['acido folico', 'folic-acid'],
    ['ácido fólico', 'folic-acid'],
    ['corticoides', 'corticosteroids'],
    ['Dolquine', 'hydroxychloroquine'],
    ['Plaquenil', 'hydroxychloroquine'],
    ['dermatomiositis juvenil', 'juvenile-dermatomyositis'],
    ['biopsia muscular', 'muscle-biopsy'],
    ['culebrilla', 'shingles'],
    ['papulas de gottron', 'gottron-papules'],
  ])('finds the card for the name "%s" first', (query, id) => {
    expect(first(query)).toBe(id);
  });

  it.each([
    ['¿puedo tomar alcohol con metotrexato?', 'methotrexate'],
    ['¿Puedo beber alcohol si tomo metotrexato?', 'methotrexate'],
    ['vacuna de la gripe', 'live-vaccines'],
    ['vacunas de la gripe', 'live-vaccines'],
    ['caída del pelo', 'hair-loss'],
    ['caida del cabello', 'hair-loss'],
    ['embarazo', 'pregnancy-and-dm-medicines'],
    ['prednisona efectos secundarios', 'prednisone'],
    ['¿puedo quedarme embarazada con metotrexato?', 'methotrexate'],
  ])('answers the patient question "%s" with the right card first', (query, id) => {
    expect(first(query)).toBe(id);
  });

  it('shows the sentence that answers the question', () => {
    const hit = spanish.search('¿puedo tomar alcohol con metotrexato?')[0]!;
    expect(hit.line?.toLowerCase()).toContain('alcohol');
  });

  it('completes a name being typed and forgives a typo', () => {
    expect(first('hidroxiclo')).toBe('hydroxychloroquine');
    expect(first('metotrexatto')).toBe('methotrexate');
  });

  it('says nothing rather than rank unrelated cards', () => {
    expect(ids('¿qué tiempo hará mañana en Madrid?')).toEqual([]);
    expect(ids('zapatos rojos baratos')).toEqual([]);
    expect(spanish.read('zapatos rojos baratos').unknown).toEqual(['zapatos', 'rojos', 'baratos']);
  });

  it('stems Spanish plurals, genders and verb forms together', () => {
    expect(spanishStem('vacunas')).toBe(spanishStem('vacuna'));
    expect(spanishStem('vacunarme')).toBe(spanishStem('vacuna'));
    expect(spanishStem('embarazada')).toBe(spanishStem('embarazo'));
  });
});

describe('choosing the language of a query', () => {
  it('reads accents, ¿, Spanish function words and patient words as Spanish, and English as English', () => {
    for (const q of ['¿puedo tomar alcohol?', 'vacuna de la gripe', 'caída', 'embarazo']) expect(looksSpanish(q), q).toBe(true);
    for (const q of ['flu shot', 'methotrexate alcohol', 'pregnant', 'hair loss']) expect(looksSpanish(q), q).toBe(false);
  });

  it('keeps English queries English with an English interface, and finds English words with a Spanish one', () => {
    const en = new BilingualSearch(glossary, english, false);
    const es = new BilingualSearch(glossary, english, true);
    expect(en.search('flu shot').map((h) => h.id)).toEqual(english.search('flu shot').map((h) => h.id));
    expect(es.search('flu shot')[0]?.id).toBe(english.search('flu shot')[0]?.id);
    expect(en.search('vacuna de la gripe')[0]?.id).toBe('live-vaccines');
    expect(es.search('zapatos rojos')).toEqual([]);
  });
});
