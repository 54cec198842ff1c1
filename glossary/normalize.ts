/**
 * One spelling-insensitive key per name, shared by the validator (to find
 * aliases claimed by two entries), the matcher (to map a match back to its
 * entry) and the search. Hyphens, dashes and runs of spaces are one separator
 * because pages write "anti-MDA5", "anti MDA5" and "anti‑MDA5" alike.
 */
export const SEPARATOR_CLASS = '[\\s\\u00a0\\-\\u2010\\u2011\\u2012\\u2013]';
const SEPARATORS = new RegExp(`${SEPARATOR_CLASS}+`, 'gu');

/** `text` with every run of separators written as one space, case kept. */
export function collapseSeparators(text: string): string {
  return text.normalize('NFC').replace(SEPARATORS, ' ').trim();
}

export function normalizeTerm(text: string): string {
  return collapseSeparators(text).toLowerCase();
}
