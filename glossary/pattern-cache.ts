/**
 * What the content script needs to find terms, published by the background
 * into storage.local: every entry's names and the page pattern compiled from
 * them, ahead.
 *
 * Neither rides along in the content script, which runs in every frame of
 * every page: the names are 6 KB gzip of its 40 KB budget, and building the
 * trie-shaped pattern from ~800 names takes 20-40 ms of cold JavaScript in one
 * task that cannot yield. The background builds both once per glossary
 * version and choice of kinds of terms. A frame that finds no usable item
 * asks the background for one by message; names and sources always travel
 * together, so they cannot disagree.
 *
 * The Spanish names and patterns are an item of their own, read only by a
 * frame whose page is Spanish: every frame of every page parses the item it
 * reads, and the Spanish part is more than half of the whole (79 of 143 KB;
 * issue #22 measured ~130 KB of heap per frame for it).
 */
import { readContextData, type ContextData } from './context-rules';
import { isPackedNameWords, packNameWords, patternNames } from './name-words';
import { CATEGORIES, type Alias, type Category } from './types';
import type { TermName } from './term-names';

export const PATTERN_CACHE_KEY = 'dmg-page-patterns';
/** The flags every published page pattern is compiled with (TermMatcher's). */
export const PAGE_PATTERN_FLAGS = 'gi';
/** The message a frame sends when storage has no usable item (answered with one). */
export const PATTERN_CACHE_REQUEST = { type: 'dmg-page-patterns' } as const;
export const SPANISH_PATTERNS_KEY = 'dmg-page-patterns-es';
/** The same for the Spanish item. */
export const SPANISH_PATTERNS_REQUEST = { type: 'dmg-page-patterns', language: 'es' } as const;

export interface PatternCache extends LanguagePatterns {
  /** Which names need medical context and which phrases rule a name out (context-rules.ts); part of `stamp`. */
  context: ContextData;
}

/**
 * What a child frame's first script (utils/content/frame-gate.ts) reads: every name of every kind
 * of term, English and Spanish, as runs of words (glossary/name-words.ts), stamped like the main
 * item. It decides whether the frame gets the painter at all, so it must not cost a frame the names
 * and context rules it would never look up (about 50 KB of heap a frame, issue #22), nor the
 * compiling of the page pattern (about 20 ms in each new renderer process), nor telling the
 * frame's language: most frames of most pages (ads, widgets) hold no term.
 */
export const FRAME_GATE_KEY = 'dmg-frame-gate';
/** The same for the gate's item. */
export const FRAME_GATE_REQUEST = { type: 'dmg-page-patterns', item: 'frame-gate' } as const;

export interface GateWords {
  stamp: string;
  /** packNameWords's string. */
  words: string;
}

/**
 * The gate's item: the names of all kinds of terms (a superset of any choice), those painted on
 * English pages and those painted on Spanish ones, so the gate need not tell which a frame is.
 */
export function gateWords(stamp: string, english: readonly TermName[], spanish: readonly TermName[]): GateWords {
  return { stamp, words: packNameWords([...patternNames(english), ...patternNames(spanish)]) };
}

/** A stored gate item, if usable (an older version's item, which held a pattern, is not). */
export function readGateWords(value: unknown): GateWords | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { stamp, words } = value as Partial<Record<keyof GateWords, unknown>>;
  return typeof stamp === 'string' && isPackedNameWords(words) ? { stamp, words } : undefined;
}

/** One language's names and patterns, stamped like the whole item. */
export interface LanguagePatterns {
  /** A fingerprint of `names` (republish only when it changed). */
  stamp: string;
  names: TermName[];
  /** Pattern source by category key (see `categoryKey`); a missing key is built from `names`. */
  sources: Record<string, string>;
  /**
   * `names` as words (packNameWords): the painter's first test, so a page with little text and no
   * name compiles no pattern (utils/highlight/page-scanner.ts). Built from the names where missing
   * (an item of an older version), which costs a new renderer a few milliseconds.
   */
  words?: string;
}

/** The names and patterns for Spanish pages (glossary/es/page-names.ts), made from the main item whose stamp is `base`. */
export interface SpanishPatterns extends LanguagePatterns {
  base: string;
}

/** The three items, as the background builds and stores them. */
export interface PublishedPatterns {
  main: PatternCache;
  spanish: SpanishPatterns;
  gate: GateWords;
}

/**
 * A frame's request for an item: the main one, with `language: 'es'` the Spanish one, with
 * `item: 'frame-gate'` the gate's; anything else is not one.
 */
export function patternRequest(message: unknown): 'main' | 'es' | 'gate' | undefined {
  if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== PATTERN_CACHE_REQUEST.type) return undefined;
  const { language, item } = message as { language?: unknown; item?: unknown };
  if (item !== undefined) return item === FRAME_GATE_REQUEST.item && language === undefined ? 'gate' : undefined;
  return language === undefined ? 'main' : language === 'es' ? 'es' : undefined;
}

/** One key per choice of kinds of terms, in a fixed order ("*" for all, undecided). */
export function categoryKey(categories?: readonly Category[]): string {
  if (!categories) return '*';
  const wanted = new Set(categories);
  return CATEGORIES.filter((c) => wanted.has(c)).join(',');
}

const isAlias = (alias: unknown): alias is Alias =>
  typeof alias === 'string' || (typeof alias === 'object' && alias !== null && typeof (alias as { text?: unknown }).text === 'string');

const isTermName = (value: unknown): value is TermName => {
  if (typeof value !== 'object' || value === null) return false;
  const { id, name, category, aliases } = value as Partial<Record<keyof TermName, unknown>>;
  return typeof id === 'string' && typeof name === 'string' && typeof category === 'string' && Array.isArray(aliases) && aliases.every(isAlias);
};

function readPatterns(value: unknown): LanguagePatterns | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { stamp, names, sources } = value as Partial<Record<keyof LanguagePatterns, unknown>>;
  if (typeof stamp !== 'string' || !Array.isArray(names) || names.length === 0 || !names.every(isTermName)) return undefined;
  if (typeof sources !== 'object' || sources === null) return undefined;
  const usable = Object.fromEntries(Object.entries(sources).filter((pair): pair is [string, string] => typeof pair[1] === 'string' && pair[1].length > 0));
  const words = (value as { words?: unknown }).words;
  return isPackedNameWords(words) ? { stamp, names, sources: usable, words } : { stamp, names, sources: usable };
}

/** A stored or sent value, if it is a whole, usable cache (storage can hold anything: an older version, a fault). */
export function readPatternCache(value: unknown): PatternCache | undefined {
  const main = readPatterns(value);
  if (!main) return undefined;
  // Without its context data a cache would paint every false friend: refused, so the frame asks afresh.
  const context = readContextData((value as { context?: unknown }).context);
  if (!context) return undefined;
  return { ...main, context };
}

/**
 * A stored or sent Spanish item, if it is whole and was made from `main` (the two are written
 * together, but a frame reads them at different moments, and an update can come in between).
 */
export function readSpanishPatterns(value: unknown, main: PatternCache): SpanishPatterns | undefined {
  const spanish = readPatterns(value);
  const base = (value as { base?: unknown } | undefined)?.base;
  return spanish && base === main.stamp ? { ...spanish, base } : undefined;
}
