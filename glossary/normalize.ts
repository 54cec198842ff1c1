/**
 * One spelling-insensitive key per name, shared by the validator (to find
 * aliases claimed by two entries), the matcher (to map a match back to its
 * entry) and the search. Hyphens, dashes and runs of spaces are one separator
 * because pages write "anti-MDA5", "anti MDA5" and "anti‑MDA5" alike.
 */
// Hyphen, white space (which includes U+00A0), and U+2010 to U+2013 (hyphen, non-breaking
// hyphen, figure dash, en dash). Short, because the page pattern repeats it at every word break.
export const SEPARATOR_CLASS = '[-\\s\\u2010-\\u2013]';
const SEPARATORS = new RegExp(`${SEPARATOR_CLASS}+`, 'gu');

/** `text` with every run of separators written as one space, case kept. */
export function collapseSeparators(text: string): string {
  return text.normalize('NFC').replace(SEPARATORS, ' ').trim();
}

export function normalizeTerm(text: string): string {
  return collapseSeparators(text).toLowerCase();
}
