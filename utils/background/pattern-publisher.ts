import type { browser } from 'wxt/browser';
import { categoryKey, patternSources } from '../../glossary/page-matcher';
import { cachedSource, PATTERN_CACHE_KEY } from '../../glossary/pattern-cache';
import type { Category } from '../../glossary/types';
import { loadSettings, watchSettings } from '../settings/store';

type Api = Pick<typeof browser, 'storage'>;

/**
 * Keeps the compiled-ahead page pattern in storage.local (see
 * glossary/pattern-cache.ts) for every kind-of-terms choice, all kinds and
 * the reader's current one, so no frame builds it. Rewritten only when the
 * names or the choice changed.
 */
export function publishPatterns(api: Api): void {
  const publish = async (current: readonly Category[]): Promise<void> => {
    const next = patternSources([undefined, current]);
    const stored = (await api.storage.local.get(PATTERN_CACHE_KEY))[PATTERN_CACHE_KEY];
    const fresh = Object.keys(next.sources).every((key) => cachedSource(stored, next.stamp, key) === next.sources[key]);
    if (!fresh) await api.storage.local.set({ [PATTERN_CACHE_KEY]: next });
  };
  const report = (error: unknown) => console.warn('DM Glossary: could not store the page pattern; pages will build it themselves.', error);
  void loadSettings().then((settings) => publish(settings.categories)).catch(report);
  let last = '';
  watchSettings((settings) => {
    const key = categoryKey(settings.categories);
    if (key === last) return;
    last = key;
    void publish(settings.categories).catch(report);
  });
}
