import { describe, expect, it } from 'vitest';
import { phrases, queryGroups, stem, words } from '../../utils/search/query-terms';
import { bestSnippet, prepareSentences, sentences } from '../../utils/search/snippet';

describe('query words', () => {
  it('stems plural and verb endings, and leaves names alone', () => {
    expect(['steroids', 'swallowing', 'thinning', 'antibodies', 'rashes', 'swelling', 'methotrexate', 'calcinosis', 'lupus'].map(stem)).toEqual([
      'steroid', 'swallow', 'thin', 'antibody', 'rash', 'swell', 'methotrexate', 'calcinosis', 'lupus',
    ]);
  });

  it('splits words without punctuation and keeps inner hyphens', () => {
    expect(words('Can I get the COVID-19 shot?')).toEqual(['can', 'i', 'get', 'the', 'covid-19', 'shot']);
  });

  it('drops question words and adds synonyms from the table', () => {
    expect(queryGroups('can I get the flu shot?')).toEqual([
      { word: 'flu', term: 'flu', synonyms: [] },
      { word: 'shot', term: 'shot', synonyms: ['vaccine', 'injection'] },
    ]);
    expect(queryGroups('the').map((g) => g.term)).toEqual(['the']);
  });

  it('lists runs of words longest first', () => {
    expect(phrases('pred side effects?')).toEqual(['pred side effects', 'pred side', 'side effects', 'pred', 'side', 'effects']);
  });
});

describe('result line', () => {
  const paragraphs = ['Live vaccines may not be safe.', 'Some are live. Vaccines that are not live can be given. These include the flu shot.', 'Is the flu shot safe?'];

  it('splits sentences', () => {
    expect(sentences(paragraphs[1]!)).toEqual(['Some are live.', 'Vaccines that are not live can be given.', 'These include the flu shot.']);
  });

  it('picks the sentence holding the typed words, with the one it leans on', () => {
    expect(bestSnippet(prepareSentences(paragraphs), queryGroups('flu shot'))).toBe('Vaccines that are not live can be given. These include the flu shot.');
  });

  it('prefers a typed word to a synonym, and is undefined when nothing matches', () => {
    expect(bestSnippet(prepareSentences(['A vaccine helps.', 'The shot helps.']), queryGroups('shot'))).toBe('The shot helps.');
    expect(bestSnippet(prepareSentences(paragraphs), queryGroups('kidney'))).toBeUndefined();
  });
});
