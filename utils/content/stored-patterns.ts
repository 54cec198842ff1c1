import type { browser } from 'wxt/browser';
import {
  FRAME_GATE_KEY,
  FRAME_GATE_REQUEST,
  PATTERN_CACHE_KEY,
  readGateWords,
  PATTERN_CACHE_REQUEST,
  readPatternCache,
  readSpanishPatterns,
  SPANISH_PATTERNS_KEY,
  SPANISH_PATTERNS_REQUEST,
  type PatternCache,
  type SpanishPatterns,
} from '../../glossary/pattern-cache';
import { NameWords } from '../../glossary/name-words';

type Api = Pick<typeof browser, 'storage' | 'runtime'>;

/** The main item as storage holds it, if usable (glossary/pattern-cache.ts); read while the page parses. */
export function readStoredPatterns(api: Api): Promise<PatternCache | undefined> {
  return api.storage.local.get(PATTERN_CACHE_KEY).then((items) => readPatternCache(items[PATTERN_CACHE_KEY]), () => undefined);
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

/**
 * The gate's test (FRAME_GATE_KEY, glossary/name-words.ts); where storage has none usable (the
 * first run, before the background published), the background's; undefined if neither can be had.
 */
export async function frameGateWords(api: Api): Promise<NameWords | undefined> {
  const read = (value: unknown) => {
    const gate = readGateWords(value);
    return gate && new NameWords(gate.words);
  };
  const stored = await api.storage.local.get(FRAME_GATE_KEY).then((items) => read(items[FRAME_GATE_KEY]), () => undefined);
  return stored ?? read(await api.runtime.sendMessage(FRAME_GATE_REQUEST).catch(() => undefined));
}
