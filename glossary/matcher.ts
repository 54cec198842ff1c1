import { collapseSeparators, normalizeTerm } from './normalize';
import { trieSource } from './pattern-trie';
import type { TermName } from './term-names';
import { aliasText, isCaseSensitive, isSearchOnly } from './types';

/** One place in a text where a glossary term is named. */
export interface TermMatch {
  readonly entryId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

interface Name {
  readonly text: string;
  readonly entryId: string;
  readonly caseSensitive: boolean;
}

/**
 * Regular plurals ("steroids", "IVIGs"), possessives ("methotrexate's",
 * "steroids'") and both apostrophes. Irregular forms are listed as aliases.
 */
const SUFFIX = "(?:e?s)?(?:['\u2019]s?)?";
const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}_]';

/** "https://x.org/methotrexate", "info@methotrexate.com", "www.mtx.org": part of an address, not prose. */
function isInsideAddress(input: string, start: number, end: number): boolean {
  let left = start;
  while (left > 0 && !/\s/.test(input[left - 1]!)) left--;
  let right = end;
  while (right < input.length && !/\s/.test(input[right]!)) right++;
  const token = input.slice(left, right).replace(/[)\]}>"'.,;:!?\u2019\u201d]+$/u, '');
  return (
    token.includes('://') ||
    token.includes('@') ||
    /^www\./i.test(token) ||
    /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?:[/:?#]|$)/u.test(token)
  );
}

/** "F*CK", "S**t": letters joined by asterisks are one (censored) word, so "CK" there is no term. "*MTX*" stays one. */
function isInsideCensoredWord(input: string, start: number, end: number): boolean {
  const letter = /[\p{L}\p{N}]/u;
  const glued = (star: number, beyond: number) => input[star] === '*' && letter.test(input[beyond] ?? '');
  let left = start - 1;
  while (left >= 0 && input[left] === '*') left--;
  let right = end;
  while (right < input.length && input[right] === '*') right++;
  return (left < start - 1 && glued(start - 1, left)) || (right > end && glued(end, right));
}

function stripSuffix(text: string): string[] {
  const forms = [text];
  const bare = text.replace(/['\u2019]s?$/u, '');
  if (bare !== text) forms.push(bare);
  if (/s$/i.test(bare)) forms.push(bare.slice(0, -1));
  if (/es$/i.test(bare)) forms.push(bare.slice(0, -2));
  return forms;
}

/**
 * Matches every name of every glossary entry in one pass of one regular
 * expression, so the content script walks a page once however large the
 * glossary grows. The pattern is case-insensitive; case-sensitive aliases
 * ("DM", "CK") are enforced after the match by `resolve`, because inline
 * case modifiers are not available in every engine we run on (Node 20 tests).
 */
export class TermMatcher {
  /** Source of the combined pattern; make a fresh RegExp per walk with `createPattern`. */
  readonly source: string;
  readonly flags = 'giu';
  private readonly byKey = new Map<string, Name[]>();

  constructor(entries: readonly Pick<TermName, 'id' | 'name' | 'aliases'>[]) {
    const names: Name[] = [];
    for (const entry of entries) {
      names.push({ text: entry.name, entryId: entry.id, caseSensitive: false });
      for (const alias of entry.aliases) {
        // Search-only aliases must never reach the page pattern (see Alias).
        if (isSearchOnly(alias)) continue;
        names.push({ text: aliasText(alias), entryId: entry.id, caseSensitive: isCaseSensitive(alias) });
      }
    }
    for (const name of names) {
      const key = normalizeTerm(name.text);
      const list = this.byKey.get(key) ?? [];
      list.push(name);
      this.byKey.set(key, list);
    }
    // With no names (every category switched off) the pattern must match nothing,
    // never the empty string, which would match everywhere.
    const alternation = trieSource(names.map((n) => n.text));
    this.source = alternation ? `(?<!${WORD_CHAR})${alternation}${SUFFIX}(?!${WORD_CHAR})` : '(?!)';
  }

  createPattern(): RegExp {
    return new RegExp(this.source, this.flags);
  }

  /** The entry a matched piece of text names, or undefined when a case-sensitive alias was written in the wrong case. */
  resolve(matched: string): string | undefined {
    for (const form of stripSuffix(matched)) {
      const names = this.byKey.get(normalizeTerm(form));
      if (!names) continue;
      const exact = collapseSeparators(form);
      for (const name of names) {
        if (!name.caseSensitive || collapseSeparators(name.text) === exact) return name.entryId;
      }
    }
    return undefined;
  }

  /** The entry named at input[start, end), or undefined where the match must be ignored. */
  accept(input: string, start: number, end: number): string | undefined {
    if (isInsideAddress(input, start, end) || isInsideCensoredWord(input, start, end)) return undefined;
    return this.resolve(input.slice(start, end));
  }

  /** Every accepted match in a plain string (tests, search, counts). */
  findAll(input: string): TermMatch[] {
    const pattern = this.createPattern();
    const found: TermMatch[] = [];
    for (const m of input.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      const entryId = this.accept(input, start, end);
      if (entryId) found.push({ entryId, start, end, text: m[0] });
    }
    return found;
  }
}
