/**
 * Fernández-Huerta's reading ease for Spanish (1959, the Spanish adaptation of
 * Flesch): 206.84 − 0.60 × syllables per 100 words − 1.02 × words per sentence.
 * 60-70 reads as "normal" (about grade 7-8), 70-80 as fairly easy (grade 6).
 * The form repeated on many sites subtracts sentences per 100 words instead,
 * which rewards long sentences; the corrected form (Law 2011, as given by
 * legible.es) is the one used here.
 *
 * Syllables are counted by Spanish vowel rules: a run of vowels is one syllable
 * (a diphthong) unless two strong vowels (a, e, o) meet or an accented weak
 * vowel (í, ú) stands beside a strong one (a hiatus: "dí-a", "le-er").
 * No well-kept package on the registry list does Spanish syllables, and the
 * rule is a few lines.
 */
const VOWEL = /[aeiouáéíóúü]/;
const STRONG = /[aeoáéó]/;
const ACCENTED_WEAK = /[íú]/;

export function spanishSyllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '');
  // "qu" and "gu" before e/i: the u is silent and no vowel.
  const letters = w.replace(/([qg])u([eiéí])/g, '$1$2');
  let count = 0;
  let previous = '';
  for (const ch of letters) {
    if (!VOWEL.test(ch)) {
      previous = '';
      continue;
    }
    const hiatus = previous !== '' && ((STRONG.test(previous) && STRONG.test(ch)) || ACCENTED_WEAK.test(previous) || ACCENTED_WEAK.test(ch));
    if (previous === '' || hiatus) count++;
    previous = ch;
  }
  return Math.max(1, count);
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

export function fernandezHuerta(text: string): number {
  const words = text.match(WORD) ?? [];
  if (words.length === 0) return 0;
  const sentences = Math.max(1, text.split(/[.!?]+(?=\s|$)/).filter((s) => /\p{L}/u.test(s)).length);
  const syllables = words.reduce((sum, w) => sum + w.split(/['’-]/).reduce((s, part) => s + spanishSyllables(part), 0), 0);
  return 206.84 - 0.6 * ((syllables / words.length) * 100) - 1.02 * (words.length / sentences);
}
