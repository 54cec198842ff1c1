import type { TermMatcher } from '../../glossary/matcher';
import { countHighlights, highlightTerms, removeHighlights } from './highlighter';
import { TextWalker, type Candidate } from './text-walker';

/** Longest stretch of work before giving the main thread back to the page. */
export const SLICE_MS = 8;
/** Text nodes wrapped between two looks at the clock. */
const WRAP_CHUNK = 32;

type Yield = () => Promise<void>;

const yieldToPage: Yield = () => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
};

export interface PageHighlighterOptions {
  /** A shadow root was found; its owner adds styles and watches it. */
  onShadowRoot?: (shadow: ShadowRoot) => void;
  /** Runs after each slice that changed the DOM, e.g. to drop our own mutation records. */
  afterSlice?: () => void;
  /** Runs before each slice, e.g. to collect page mutations queued so far. */
  beforeSlice?: () => void;
  yield?: Yield;
  sliceMs?: number;
  /** Highlight only the first mention of each entry. */
  firstOnly?: boolean;
}

/**
 * Highlights whatever roots it is given, in slices of at most SLICE_MS that
 * yield to the page in between, so even a 10 MB page never blocks input. Each
 * root is walked once; roots queued while it works are handled in turn.
 */
export class PageHighlighter {
  private readonly queue: TextWalker[] = [];
  /** Text nodes found but not yet wrapped: wrapping is sliced too, since a slice can find hundreds. */
  private readonly toWrap: Candidate[] = [];
  private readonly shadowRoots = new Set<ShadowRoot>();
  private running: Promise<void> = Promise.resolve();
  private active = false;
  private stopped = false;
  /** One compiled pattern for all work: walks and wraps run one at a time, each resetting lastIndex. */
  private readonly pattern: RegExp;

  constructor(
    private readonly matcher: TermMatcher,
    private readonly options: PageHighlighterOptions = {},
  ) {
    this.pattern = matcher.createPattern();
    if (options.firstOnly) {
      const seen = new Set<string>();
      this.allow = (entryId) => !seen.has(entryId) && (seen.add(entryId), true);
    }
  }

  /** Decides per match whether to highlight it (all of them, or first mentions only). */
  private readonly allow: (entryId: string) => boolean = () => true;

  /** Queues `root` (an element, a shadow root or a text node) for highlighting, leaving out `skip`. */
  add(root: Node, skip?: Node): void {
    if (this.stopped || !root.isConnected) return;
    this.queue.push(new TextWalker(root, this.pattern, (shadow) => this.adoptShadowRoot(shadow), skip));
    if (!this.active) {
      this.active = true;
      this.running = this.run();
    }
  }

  /** Resolves when every queued root is done. */
  idle(): Promise<void> {
    return this.running;
  }

  counts(doc: Document): Map<string, number> {
    const total = countHighlights(doc);
    for (const shadow of this.shadowRoots) {
      for (const [id, n] of countHighlights(shadow)) total.set(id, (total.get(id) ?? 0) + n);
    }
    return total;
  }

  /** Stops all work and removes every highlight, restoring the text nodes as they were. */
  stop(doc: Document): void {
    this.stopped = true;
    this.queue.length = 0;
    this.toWrap.length = 0;
    if (doc.body) removeHighlights(doc.body);
    for (const shadow of this.shadowRoots) removeHighlights(shadow);
  }

  private adoptShadowRoot(shadow: ShadowRoot): void {
    if (this.shadowRoots.has(shadow)) return;
    this.shadowRoots.add(shadow);
    this.options.onShadowRoot?.(shadow);
    this.add(shadow);
  }

  private async run(): Promise<void> {
    const budget = this.options.sliceMs ?? SLICE_MS;
    const pause = this.options.yield ?? yieldToPage;
    try {
      while ((this.queue.length > 0 || this.toWrap.length > 0) && !this.stopped) {
        this.options.beforeSlice?.();
        const deadline = performance.now() + budget;
        let changed = false;
        do {
          if (this.toWrap.length === 0) {
            const walker = this.queue[0]!;
            walker.step(deadline, this.toWrap);
            if (walker.finished) this.queue.shift();
          }
          if (this.toWrap.length > 0) {
            highlightTerms(this.toWrap.splice(0, WRAP_CHUNK), this.matcher, this.pattern, this.allow);
            changed = true;
          }
        } while ((this.queue.length > 0 || this.toWrap.length > 0) && performance.now() < deadline);
        if (changed) this.options.afterSlice?.();
        if (this.queue.length > 0 || this.toWrap.length > 0) await pause();
      }
    } finally {
      // Runs in the same task as the last slice, so a root added right after starts a new run.
      this.active = false;
    }
  }
}
