import { ContextRules, type ContextData } from './context-rules';
import { LATIN_WORD_CHAR, NameWords, packNameWords, patternNames } from './name-words';
import { collapseSeparators, normalizeTerm } from './normalize';
import { PAGE_PATTERN_FLAGS } from './pattern-cache';
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
// Any script's word characters: the exact boundary `accept` checks after a match (the pattern
// itself checks only the Latin ones, LATIN_WORD_CHAR in name-words.ts).
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

/** Whether the code point ending just before `at` (or starting at `at`, going right) is part of a word. */
function wordCharBefore(input: string, at: number): boolean {
  if (at <= 0) return false;
  const low = input.charCodeAt(at - 1);
  const from = low >= 0xdc00 && low <= 0xdfff && at >= 2 ? at - 2 : at - 1;
  return WORD_CHAR.test(String.fromCodePoint(input.codePointAt(from)!));
}

function wordCharAfter(input: string, at: number): boolean {
  return at < input.length && WORD_CHAR.test(String.fromCodePoint(input.codePointAt(at)!));
}

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

/**
 * The same pattern with every character above U+00FF written as a \uXXXX escape (the same in a
 * pattern without the `u` flag, a UTF-16 unit each): five such characters (β, γ, ’) made V8 hold
 * the whole 22,600-character source as two bytes a character, in every frame that reads it (44 KB
 * instead of 22 KB, heap snapshot, issue #22).
 */
export function oneByte(source: string): string {
  return source.replace(/[^\0-\xff]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Whether a stored source is a valid pattern (constructing it only parses; it compiles at first use). */
function compiles(source: string): boolean {
  try {
    new RegExp(source, PAGE_PATTERN_FLAGS);
    return true;
  } catch {
    return false;
  }
}

function stripSuffix(text: string): string[] {
  const forms = [text];
  const bare = text.replace(/['\u2019]s?$/u, '');
  if (bare !== text) forms.push(bare);
  if (/s$/i.test(bare)) forms.push(bare.slice(0, -1));
  if (/es$/i.test(bare)) forms.push(bare.slice(0, -2));
  return forms;
}

/** Room for an entry's name and its aliases in a `ref` of TermMatcher's byKey (entry index × NAME_SLOTS + slot). */
const NAME_SLOTS = 1024;

/**
 * Matches every name of every glossary entry in one pass of one regular
 * expression, so the content script walks a page once however large the
 * glossary grows. The pattern is case-insensitive; case-sensitive aliases
 * ("DM", "CK") are enforced after the match by `resolve`, because inline
 * case modifiers are not available in every engine we run on (Node 20 tests).
 */
export class TermMatcher {
  readonly flags = PAGE_PATTERN_FLAGS;
  /** The source handed in, checked at the first ask (`source`). */
  private readonly given: string | undefined;
  private made: string | undefined;
  /** Built at the first match, not at construction: most frames and pages never have one (issue #22). */
  private keys: Map<string, number | number[]> | undefined;
  private rules: ContextRules | null | undefined;

  /**
   * `source`: this very pattern, built ahead from the same names (see pattern-cache.ts).
   * `context`: for the page engine (pages and the PDF reader), never for search.
   */
  constructor(
    private readonly entries: readonly Pick<TermName, 'id' | 'name' | 'aliases'>[],
    source?: string,
    private readonly contextData?: ContextData,
    /** packNameWords's string for (at least) these names, for `makeWords`: the published one (pattern-cache.ts). */
    private readonly packedWords?: string,
  ) {
    this.given = source;
  }

  /**
   * Source of the combined pattern; make a fresh RegExp per walk with `createPattern`. The source
   * handed in is used if it compiles, else one is built from the names. Checked at the first ask,
   * not at construction: the check parses the 23 KB pattern, and a page whose text holds no name
   * never asks (utils/highlight/page-scanner.ts).
   */
  get source(): string {
    // With no names (every category switched off) the pattern must match nothing,
    // never the empty string, which would match everywhere.
    return (this.made ??= this.given !== undefined && compiles(this.given) ? this.given : TermMatcher.sourceFor(patternNames(this.entries)));
  }

  /** Which names need medical context on pages, and which phrases rule a name out (context-rules.ts); none for search. */
  get context(): ContextRules | undefined {
    if (this.rules === undefined) this.rules = this.contextData ? new ContextRules(this.contextData) : null;
    return this.rules ?? undefined;
  }

  /**
   * The same names as words (name-words.ts): a first test that compiles no regular expression
   * (utils/highlight/page-scanner.ts). Made anew at each ask, for the caller to keep as long as it
   * needs it; undefined where a name has no word character, which the words could not find (the
   * pattern alone is used then).
   */
  makeWords(): NameWords | undefined {
    try {
      return new NameWords(this.packedWords ?? packNameWords(patternNames(this.entries)));
    } catch {
      return undefined;
    }
  }

  /**
   * Each normalized name, with where it is (`ref`): one number where the key names one thing, as
   * nearly all do, and an array only where it names several. The map is built in every frame that
   * finds a term; a name object and an array per key made it ~100 KB more per frame (heap snapshot
   * of 30 frames, issue #22), the arrays' spare room most of it.
   */
  private get byKey(): Map<string, number | number[]> {
    if (!this.keys) {
      const keys = new Map<string, number | number[]>();
      const add = (text: string, ref: number) => {
        const key = normalizeTerm(text);
        const had = keys.get(key);
        if (had === undefined) keys.set(key, ref);
        else if (typeof had === 'number') keys.set(key, [had, ref]);
        else had.push(ref);
      };
      this.entries.forEach((entry, e) => {
        if (entry.aliases.length >= NAME_SLOTS) throw new Error(`Entry "${entry.id}" has more than ${NAME_SLOTS - 1} aliases.`);
        add(entry.name, e * NAME_SLOTS);
        entry.aliases.forEach((alias, i) => {
          if (!isSearchOnly(alias)) add(aliasText(alias), e * NAME_SLOTS + 1 + i);
        });
      });
      this.keys = keys;
    }
    return this.keys;
  }

  /** The name a `ref` of byKey stands for. */
  private nameAt(ref: number): Name {
    const entry = this.entries[Math.floor(ref / NAME_SLOTS)]!;
    const slot = ref % NAME_SLOTS;
    if (slot === 0) return { text: entry.name, entryId: entry.id, caseSensitive: false };
    const alias = entry.aliases[slot - 1]!;
    return { text: aliasText(alias), entryId: entry.id, caseSensitive: isCaseSensitive(alias) };
  }

  private static sourceFor(names: readonly string[]): string {
    const alternation = trieSource(names);
    return alternation ? oneByte(`(?<!${LATIN_WORD_CHAR})${alternation}${SUFFIX}(?!${LATIN_WORD_CHAR})`) : '(?!)';
  }

  createPattern(): RegExp {
    return new RegExp(this.source, this.flags);
  }

  /** The entry a matched piece of text names, or undefined when a case-sensitive alias was written in the wrong case. */
  resolve(matched: string): string | undefined {
    return this.find(matched)?.entryId;
  }

  /** The normalized name a matched piece of text is a form of (the key of context-rules.ts). */
  nameKey(matched: string): string | undefined {
    return this.find(matched)?.key;
  }

  private find(matched: string): { entryId: string; key: string } | undefined {
    for (const form of stripSuffix(matched)) {
      const key = normalizeTerm(form);
      const refs = this.byKey.get(key);
      if (refs === undefined) continue;
      const exact = collapseSeparators(form);
      for (const ref of typeof refs === 'number' ? [refs] : refs) {
        const name = this.nameAt(ref);
        if (!name.caseSensitive || collapseSeparators(name.text) === exact) return { entryId: name.entryId, key };
      }
    }
    return undefined;
  }

  /**
   * The entry named at input[start, end), or undefined where the match must be ignored.
   * After undefined, go on from start + 1 (not from end): a name may start inside a rejected one.
   */
  accept(input: string, start: number, end: number): string | undefined {
    if (wordCharBefore(input, start) || wordCharAfter(input, end)) return undefined;
    if (isInsideAddress(input, start, end) || isInsideCensoredWord(input, start, end)) return undefined;
    return this.resolve(input.slice(start, end));
  }

  /** Every accepted match in a plain string (tests, search, counts). */
  findAll(input: string): TermMatch[] {
    const pattern = this.createPattern();
    const found: TermMatch[] = [];
    for (let m = pattern.exec(input); m; m = pattern.exec(input)) {
      const start = m.index;
      const end = start + m[0].length;
      const entryId = this.accept(input, start, end);
      if (entryId) found.push({ entryId, start, end, text: m[0] });
      else pattern.lastIndex = start + 1;
    }
    return found;
  }

  /**
   * The matches in `input` that stand, `input` taken as one section (context-rules.ts); all of
   * them without context rules. `known`: the page is already known to be about medicine.
   */
  findInContext(input: string, known = false): TermMatch[] {
    const found = this.findAll(input);
    if (!this.context) return found;
    const { stand } = this.context.judge(input, found.map((m) => ({ key: this.nameKey(m.text), start: m.start, end: m.end })), known);
    return found.filter((_, i) => stand[i]);
  }
}
