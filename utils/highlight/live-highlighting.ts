import type { TermMatcher } from '../../glossary/matcher';
import { MutationWatcher } from './mutation-watcher';
import { PageHighlighter } from './page-highlighter';
import { installHighlightStyles, type HighlightLook, type InstalledStyles } from './page-styles';
import { visibleRoot } from './visible-root';

export interface LiveHighlighting {
  /** Resolves when everything found so far is highlighted (tests, benchmarks). */
  idle(): Promise<void>;
  counts(): Map<string, number>;
  /** Restyles every highlight at once, without touching the DOM. */
  setLook(look: HighlightLook): void;
  /** Removes every highlight and style and stops watching; the DOM is as before. */
  stop(): void;
}

export interface LiveOptions {
  look: HighlightLook;
  /** Highlight only the first mention of each term. */
  firstOnly: boolean;
}

const DEFAULT_OPTIONS: LiveOptions = { look: { style: 'background', colour: 'amber' }, firstOnly: false };

/**
 * Highlights a document now and keeps highlighting what it adds later,
 * including open shadow roots of web components as they are found.
 */
export function startLiveHighlighting(doc: Document, matcher: TermMatcher, options: LiveOptions = DEFAULT_OPTIONS): LiveHighlighting {
  const body = doc.body;
  let look = options.look;
  const styles: InstalledStyles[] = [installHighlightStyles(doc, look)];
  const watcher = new MutationWatcher((roots) => roots.forEach((root) => highlighter.add(root)));
  const highlighter = new PageHighlighter(matcher, {
    firstOnly: options.firstOnly,
    onShadowRoot: (shadow) => {
      // Page styles do not reach into a shadow root, so it gets its own copy.
      styles.push(installHighlightStyles(shadow, look));
      watcher.observe(shadow);
    },
    beforeSlice: () => watcher.takePending(),
    afterSlice: () => watcher.discardPending(),
  });
  watcher.observe(body);
  // "First mention only" needs document order, so the visible block goes first only otherwise.
  const visible = options.firstOnly ? undefined : visibleRoot(doc);
  if (visible) highlighter.add(visible);
  highlighter.add(body, visible);
  return {
    idle: () => highlighter.idle(),
    counts: () => highlighter.counts(doc),
    setLook: (next) => {
      look = next;
      styles.forEach((s) => s.setLook(next));
    },
    stop: () => {
      watcher.disconnect();
      highlighter.stop(doc);
      styles.forEach((s) => s.remove());
    },
  };
}
