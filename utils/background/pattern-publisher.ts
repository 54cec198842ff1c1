import type { browser } from 'wxt/browser';
import { publishedPatterns } from '../../glossary/page-matcher';
import {
  categoryKey,
  FRAME_GATE_KEY,
  PATTERN_CACHE_KEY,
  readGateWords,
  patternRequest,
  readPatternCache,
  readSpanishPatterns,
  SPANISH_PATTERNS_KEY,
  type LanguagePatterns,
  type PublishedPatterns,
} from '../../glossary/pattern-cache';
import { CATEGORIES, type Category } from '../../glossary/types';
import { loadSettings, watchSettings } from '../settings/store';
import type { SenderLike } from './senders';

type Api = Pick<typeof browser, 'storage' | 'runtime'>;

const same = (a: LanguagePatterns | undefined, b: LanguagePatterns): boolean =>
  a?.stamp === b.stamp && a.words === b.words && Object.keys(b.sources).every((key) => a.sources[key] === b.sources[key]);

/**
 * Whether storage already holds exactly `next`: both items, of this version and choice. An item
 * of an older version that still carried the Spanish names inside the main one (every frame read
 * them) is not: it is rewritten without them.
 */
export function isStored(items: Record<string, unknown>, next: PublishedPatterns): boolean {
  const raw = items[PATTERN_CACHE_KEY];
  const main = readPatternCache(raw);
  if (!main || (typeof raw === 'object' && raw !== null && 'spanish' in raw) || !same(main, next.main)) return false;
  const gate = readGateWords(items[FRAME_GATE_KEY]);
  return same(readSpanishPatterns(items[SPANISH_PATTERNS_KEY], main), next.spanish) && gate?.stamp === next.gate.stamp && gate.words === next.gate.words;
}

/**
 * Keeps the names and the compiled page patterns in storage.local (see
 * glossary/pattern-cache.ts), for all kinds of terms and the reader's current
 * choice (one source when they are the same), so no frame carries or builds
 * them; and answers a frame that found no usable item. Rewritten only when the names or the choice changed.
 */
export function publishPatterns(api: Api): void {
  let current: readonly Category[] | undefined;
  // Content scripts always ask for an explicit choice (the settings' categories, all of them by
  // default), never for "undecided", so that is what is published.
  const build = (): PublishedPatterns => publishedPatterns([CATEGORIES, current ?? CATEGORIES]);
  const publish = async (): Promise<void> => {
    const next = build();
    if (isStored(await api.storage.local.get([PATTERN_CACHE_KEY, SPANISH_PATTERNS_KEY, FRAME_GATE_KEY]), next)) return;
    // One write for all three, so a frame never finds a main item without the others made with it.
    await api.storage.local.set({ [PATTERN_CACHE_KEY]: next.main, [SPANISH_PATTERNS_KEY]: next.spanish, [FRAME_GATE_KEY]: next.gate });
  };
  const report = (error: unknown) => console.warn('DM Glossary: could not store the page pattern; pages will ask for it.', error);
  void loadSettings()
    .then((settings) => {
      current = settings.categories;
      return publish();
    })
    .catch(report);
  watchSettings((settings) => {
    if (current && categoryKey(settings.categories) === categoryKey(current)) return;
    current = settings.categories;
    void publish().catch(report);
  });
  api.runtime.onMessage.addListener((message: unknown, sender: SenderLike) => {
    // Only our own content scripts and pages (pages cannot message us at all; see senders.ts).
    const wanted = patternRequest(message);
    if (!wanted || sender.id !== api.runtime.id) return undefined;
    const built = build();
    return Promise.resolve(wanted === 'es' ? built.spanish : wanted === 'gate' ? built.gate : built.main);
  });
}
