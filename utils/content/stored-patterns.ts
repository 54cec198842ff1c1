import type { browser } from 'wxt/browser';
import {
  PATTERN_CACHE_KEY,
  PATTERN_CACHE_REQUEST,
  readPatternCache,
  readSpanishPatterns,
  SPANISH_PATTERNS_KEY,
  SPANISH_PATTERNS_REQUEST,
  type PatternCache,
  type SpanishPatterns,
} from '../../glossary/pattern-cache';
import { NOTEBOOK_PREFS_KEY } from '../highlight/mine';

type Api = Pick<typeof browser, 'storage' | 'runtime'>;

/** What a frame reads from storage.local as it starts. */
export interface LocalStart {
  /** The main item as storage holds it, if usable (glossary/pattern-cache.ts). */
  patterns: PatternCache | undefined;
  /** The notebook's prefs item, which says whether "my medicines" are painted (utils/highlight/mine.ts); undefined if the read failed. */
  mine: { prefs: unknown } | undefined;
}

/**
 * The main item and the notebook's prefs, in one storage round trip: every frame of every page
 * needs both, and each round trip costs the frame (and, while a page parses, waits for the parser).
 */
export function readLocalStart(api: Api): Promise<LocalStart> {
  return api.storage.local.get([PATTERN_CACHE_KEY, NOTEBOOK_PREFS_KEY]).then(
    (items) => ({ patterns: readPatternCache(items[PATTERN_CACHE_KEY]), mine: { prefs: items[NOTEBOOK_PREFS_KEY] } }),
    () => ({ patterns: undefined, mine: undefined }),
  );
}

/** `stored`, or where storage had none usable (the first run, before the background published), the background's. */
export async function pagePatterns(api: Api, stored: PatternCache | undefined): Promise<PatternCache | undefined> {
  return stored ?? readPatternCache(await api.runtime.sendMessage(PATTERN_CACHE_REQUEST).catch(() => undefined));
}

/**
 * The Spanish item made from `main`, read only once the page is known to be Spanish, so other
 * frames never parse it; undefined if neither storage nor the background has one (a Spanish page
 * then gets the main names).
 */
export async function spanishPagePatterns(api: Api, main: PatternCache): Promise<SpanishPatterns | undefined> {
  const stored = await api.storage.local.get(SPANISH_PATTERNS_KEY).then((items) => readSpanishPatterns(items[SPANISH_PATTERNS_KEY], main), () => undefined);
  return stored ?? readSpanishPatterns(await api.runtime.sendMessage(SPANISH_PATTERNS_REQUEST).catch(() => undefined), main);
}
