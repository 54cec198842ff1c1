import type { TermMatcher } from '../../glossary/matcher';
import { MutationWatcher } from './mutation-watcher';
import { PageHighlighter } from './page-highlighter';
import { installHighlightStyles } from './page-styles';
import { visibleRoot } from './visible-root';

export interface LiveHighlighting {
  /** Resolves when everything found so far is highlighted (tests, benchmarks). */
  idle(): Promise<void>;
  counts(): Map<string, number>;
  /** Removes every highlight and style and stops watching; the DOM is as before. */
  stop(): void;
}

/**
 * Highlights a document now and keeps highlighting what it adds later,
 * including open shadow roots of web components as they are found.
 */
export function startLiveHighlighting(doc: Document, matcher: TermMatcher): LiveHighlighting {
  const body = doc.body;
  const cleanups = [installHighlightStyles(doc)];
  const watcher = new MutationWatcher((roots) => roots.forEach((root) => highlighter.add(root)));
  const highlighter = new PageHighlighter(matcher, {
    onShadowRoot: (shadow) => {
      // Page styles do not reach into a shadow root, so it gets its own copy.
      cleanups.push(installHighlightStyles(shadow));
      watcher.observe(shadow);
    },
    beforeSlice: () => watcher.takePending(),
    afterSlice: () => watcher.discardPending(),
  });
  watcher.observe(body);
  const visible = visibleRoot(doc);
  if (visible) highlighter.add(visible);
  highlighter.add(body);
  return {
    idle: () => highlighter.idle(),
    counts: () => highlighter.counts(doc),
    stop: () => {
      watcher.disconnect();
      highlighter.stop(doc);
      cleanups.forEach((cleanup) => cleanup());
    },
  };
}
