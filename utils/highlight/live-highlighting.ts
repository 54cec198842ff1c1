import type { TermMatcher } from '../../glossary/matcher';
import { topicEntries, type Density } from './density';
import type { Mention } from './mention';
import { MentionStore } from './mention-store';
import { LateShadowRoots } from './late-shadow-roots';
import { whileLoading } from './loading-pass';
import { MutationWatcher } from './mutation-watcher';
import { PageScanner, type Yield } from './page-scanner';
import { Painter, type HighlightApi } from './painter';
import type { HighlightLook } from './page-styles';
import { RenderedText } from './visibility';

export interface LiveHighlighting {
  /** Resolves when everything found so far is painted (tests, benchmarks). */
  idle(): Promise<void>;
  /** Resolves when every visibility report received so far is read (benchmarks: the last slice of that reading ends then). */
  revealed(): Promise<void>;
  /** Resolves when what was found so far is scanned and whether it shows is known: what the popup's counts and reveals wait for. */
  settled(): Promise<void>;
  counts(): Map<string, number>;
  /** Every mention of an entry in document order, painted or not. */
  mentionsOf(entryId: string): Mention[];
  /** Painted mentions in a text node. */
  paintedIn(node: Text): Mention[];
  /** Shadow roots found so far (for hit testing inside them). */
  shadowRoots(): ReadonlySet<ShadowRoot>;
  readonly painter: Painter;
  /** Restyles every highlight at once. */
  setLook(look: HighlightLook): void;
  /** Which entries to paint as the reader's own medicines (mine.ts); undefined: none. */
  setMine(ids: ReadonlySet<string> | undefined): void;
  /** Removes every highlight and style and stops watching. */
  stop(): void;
}

export interface LiveOptions {
  look: HighlightLook;
  density: Density;
  api?: HighlightApi;
  yield?: Yield;
  /** Slice length (tests: 0 makes every step its own slice). */
  sliceMs?: number;
  batchMs?: number;
  /** Paint only text the reader can see (visibility.ts); pages get it, tests of the scan may leave it off. */
  visibleOnly?: boolean;
  /** Called once, when the first mention is painted. */
  onFirstPaint?: () => void;
  /** The scanner's first test (page-scanner.ts's ScannerOptions). */
  wordsFirst?: boolean;
}

/** Painted mentions per document at most (review S10): far more than a reader follows, few enough to draw smoothly. */
export const MAX_PAINTED_PER_DOCUMENT = 3000;

const DEFAULT_OPTIONS: LiveOptions = { look: { style: 'background', colour: 'amber' }, density: 'section' };

/**
 * Paints a document's terms now and keeps them true as the page changes,
 * including open shadow roots of web components as they are found.
 */
export function startLiveHighlighting(doc: Document, matcher: TermMatcher, options: LiveOptions = DEFAULT_OPTIONS): LiveHighlighting {
  const body = doc.body;
  const painter = new Painter(options.look, options.api);
  painter.onFirstPaint = options.onFirstPaint;
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const rendered =
    options.visibleOnly && view && typeof view.IntersectionObserver === 'function'
      ? new RenderedText(view, (nodes) => nodes.forEach((node) => store.reveal(node)), { yield: options.yield, sliceMs: options.sliceMs })
      : undefined;
  const store = new MentionStore(painter, rendered, MAX_PAINTED_PER_DOCUMENT);
  // Worked out when the scanner starts, not here: the first match compiles the large pattern.
  const topics = () => topicEntries([doc.title, doc.querySelector('h1')?.textContent ?? ''], (text) => matcher.findAll(text));
  const watcher = new MutationWatcher(
    {
      changed: (node) => store.drop(node),
      removed: () => {
        store.sweep();
        lateShadows.sweep();
      },
      added: (roots) => {
        roots.forEach((root) => scanner.add(root));
        lateShadows.recheck();
      },
    },
    options.batchMs,
  );
  const scanner = new PageScanner(matcher, store, {
    density: options.density,
    topics,
    yield: options.yield,
    sliceMs: options.sliceMs,
    wordsFirst: options.wordsFirst,
    onShadowRoot: (shadow) => watcher.observe(shadow),
    onShadowless: (host) => lateShadows.watch(host),
  });
  // Shadow roots attached after their host was walked get the same scan, live updates and clean-up.
  const lateShadows = new LateShadowRoots((shadow) => scanner.adoptShadowRoot(shadow));
  let begun: () => void = () => undefined;
  const started = new Promise<void>((done) => (begun = done));
  // On a page still loading, its top is painted with its first frames; the walk and the watching
  // start at DOMContentLoaded, when the parser no longer adds the page node by node.
  const cancelLoading = whileLoading(
    doc,
    (deadline) => {
      const counts = scanner.scanStart(body, deadline);
      return { painted: painter.paintedCount > 0, counts };
    },
    () => {
      watcher.observe(body);
      scanner.add(body);
      begun();
    },
  );
  const idle = () => started.then(() => scanner.idle());
  return {
    idle,
    revealed: () => rendered?.idle() ?? Promise.resolve(),
    settled: () => idle().then(() => rendered?.settled()),
    counts: () => store.counts(),
    mentionsOf: (entryId) => store.mentionsOf(entryId),
    paintedIn: (node) => store.paintedIn(node),
    shadowRoots: () => scanner.knownShadowRoots,
    painter,
    setLook: (look) => painter.setLook(look),
    setMine: (ids) => painter.setMine(ids, store.paintedMentions()),
    stop: () => {
      cancelLoading();
      begun();
      watcher.disconnect();
      lateShadows.stop();
      scanner.stop();
      rendered?.stop();
      store.clear();
      painter.stop();
    },
  };
}
