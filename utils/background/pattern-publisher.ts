import type { browser } from 'wxt/browser';
import { patternCache } from '../../glossary/page-matcher';
import { categoryKey, isPatternCacheRequest, PATTERN_CACHE_KEY, readPatternCache, type PatternCache } from '../../glossary/pattern-cache';
import { CATEGORIES, type Category } from '../../glossary/types';
import { loadSettings, watchSettings } from '../settings/store';
import type { SenderLike } from './senders';

type Api = Pick<typeof browser, 'storage' | 'runtime'>;

/**
 * Keeps the names and the compiled page pattern in storage.local (see
 * glossary/pattern-cache.ts), for all kinds of terms and the reader's current
 * choice (one source when they are the same), so no frame carries or builds
 * them; and answers a frame that found no usable item. Rewritten only when the names or the choice changed.
 */
export function publishPatterns(api: Api): void {
  let current: readonly Category[] | undefined;
  // Content scripts always ask for an explicit choice (the settings' categories, all of them by
  // default), never for "undecided", so that is what is published.
  const build = (): PatternCache => patternCache([CATEGORIES, current ?? CATEGORIES]);
  const publish = async (): Promise<void> => {
    const next = build();
    const stored = readPatternCache((await api.storage.local.get(PATTERN_CACHE_KEY))[PATTERN_CACHE_KEY]);
    const same = (a?: { stamp: string; sources: Record<string, string> }, b?: { stamp: string; sources: Record<string, string> }) =>
      a?.stamp === b?.stamp && Object.keys(b?.sources ?? {}).every((key) => a?.sources[key] === b?.sources[key]);
    const fresh = same(stored, next) && same(stored?.spanish, next.spanish);
    if (!fresh) await api.storage.local.set({ [PATTERN_CACHE_KEY]: next });
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
    if (!isPatternCacheRequest(message) || sender.id !== api.runtime.id) return undefined;
    return Promise.resolve(build());
  });
}
