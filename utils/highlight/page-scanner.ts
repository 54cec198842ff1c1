import type { TermMatcher } from '../../glossary/matcher';
import { slotKey, type Density } from './density';
import { controlOf } from './exclusions';
import type { Mention } from './mention';
import type { MentionStore } from './mention-store';
import { TextWalker, type Candidate } from './text-walker';

/** Longest stretch of work before giving the main thread back to the page. */
export const SLICE_MS = 8;
/** Candidates taken between two looks at the clock. */
const CANDIDATES_PER_STEP = 24;

export type Yield = () => Promise<void>;

/**
 * Gives the main thread back to the page. `scheduler.yield` where there is
 * one (Chromium); elsewhere a MessageChannel round trip, which, unlike
 * setTimeout(0), is not clamped to 4 ms after a few nested calls, and which
 * the page cannot observe (it does not go through `window`).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface ScannerOptions {
  density: Density;
  /** Entries the page is about (painted once per page in the "section" density). */
  topics: ReadonlySet<string>;
  onShadowRoot?: (shadow: ShadowRoot) => void;
  yield?: Yield;
  sliceMs?: number;
}

/**
 * Finds mentions under whatever roots it is given and hands them to the
 * store, in slices of at most SLICE_MS that yield to the page in between, so
 * even a 10 MB page never blocks input. Each root is walked once; roots
 * queued while it works are handled in turn.
 */
export class PageScanner {
  private readonly queue: TextWalker[] = [];
  private readonly shadowRoots = new Set<ShadowRoot>();
  private readonly sectionIds = new WeakMap<Node, number>();
  private nextSectionId = 1;
  private nextMentionId = 1;
  private running: Promise<void> = Promise.resolve();
  private active = false;
  private stopped = false;
  /** One compiled pattern for all work: walks and scans run one at a time, each resetting lastIndex. */
  private readonly pattern: RegExp;

  constructor(
    private readonly matcher: TermMatcher,
    private readonly store: MentionStore,
    private readonly options: ScannerOptions,
  ) {
    this.pattern = matcher.createPattern();
  }

  /** Queues `root` (an element, a shadow root or a text node). */
  add(root: Node): void {
    if (this.stopped || !root.isConnected) return;
    this.queue.push(new TextWalker(root, this.pattern, (shadow) => this.adoptShadowRoot(shadow)));
    if (!this.active) {
      this.active = true;
      this.running = this.run();
    }
  }

  /** Resolves when every queued root is done. */
  idle(): Promise<void> {
    return this.running;
  }

  get knownShadowRoots(): ReadonlySet<ShadowRoot> {
    return this.shadowRoots;
  }

  stop(): void {
    this.stopped = true;
    this.queue.length = 0;
  }

  /** Scans one text node whole, now (a node the page changed). */
  rescan(node: Text, section: Node): void {
    this.scanNode({ node, from: 0, section });
  }

  private adoptShadowRoot(shadow: ShadowRoot): void {
    if (this.shadowRoots.has(shadow)) return;
    this.shadowRoots.add(shadow);
    this.options.onShadowRoot?.(shadow);
    this.add(shadow);
  }

  private sectionId(section: Node): number {
    let id = this.sectionIds.get(section);
    if (id === undefined) {
      id = this.nextSectionId++;
      this.sectionIds.set(section, id);
    }
    return id;
  }

  private scanNode({ node, from, section }: Candidate): void {
    if (!node.isConnected) return;
    const text = node.data;
    const mentions: Mention[] = [];
    let control: boolean | undefined;
    const pattern = this.pattern;
    pattern.lastIndex = from <= text.length ? from : 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      const entryId = this.matcher.accept(text, start, end);
      if (!entryId) continue;
      control ??= controlOf(node) !== null;
      const id = this.nextMentionId++;
      const slot = slotKey(this.options.density, { entryId, sectionId: this.sectionId(section), mentionId: id }, this.options.topics);
      mentions.push({
        id,
        node,
        start,
        end,
        entryId,
        control,
        slot,
        range: new StaticRange({ startContainer: node, startOffset: start, endContainer: node, endOffset: end }),
        painted: false,
      });
    }
    this.store.replace(node, mentions);
  }

  private async run(): Promise<void> {
    const budget = this.options.sliceMs ?? SLICE_MS;
    const pause = this.options.yield ?? yieldToPage;
    const found: Candidate[] = [];
    try {
      while (this.queue.length > 0 && !this.stopped) {
        const deadline = performance.now() + budget;
        do {
          const walker = this.queue[0]!;
          walker.step(deadline, found, CANDIDATES_PER_STEP);
          if (walker.finished) this.queue.shift();
          for (const candidate of found) this.scanNode(candidate);
          found.length = 0;
        } while (this.queue.length > 0 && !this.stopped && performance.now() < deadline);
        if (this.queue.length > 0 && !this.stopped) await pause();
      }
    } finally {
      // Runs in the same task as the last slice, so a root added right after starts a new run.
      this.active = false;
    }
  }
}
