import type { TermMatcher } from '../../glossary/matcher';
import type { NameWords } from '../../glossary/name-words';
import { ContextGate } from './context-gate';
import { slotKey, type Density } from './density';
import { controlOf } from './exclusions';
import type { Mention } from './mention';
import type { MentionStore } from './mention-store';
import { LONG_TEXT, TextWalker, type Candidate, type FirstTerm } from './text-walker';

/** Longest stretch of work before giving the main thread back to the page. */
export const SLICE_MS = 8;
/** How long the scanner keeps its compiled pattern with nothing to scan (see `releaseLater`). */
export const RELEASE_PATTERN_MS = 2000;
/** Candidates taken between two looks at the clock. */
const CANDIDATES_PER_STEP = 24;
/**
 * Characters the names as words may read, while no pattern is compiled, before the pattern is
 * compiled anyway. The words cost nothing to build, but read long text no faster than the compiled
 * pattern: on the 1.9 MB bench page with no term, reading all of it with them cost about 20 ms
 * more script than compiling and scanning (Chromium, 1 round). An article's text (the bench's
 * 32,600 characters) is well within this, and there they saved the compile: 52–59 → 32–37 ms.
 */
export const WORDS_BUDGET = 65_536;
/** Text nodes longer than LONG_TEXT are scanned in windows of WINDOW characters, one window per step. */
const WINDOW = 50_000;
/** Longer than any name with its plural and possessive, so a name at a window's end is seen whole. */
const OVERLAP = 200;

interface LongScan {
  node: Text;
  section: Node;
  /** The text when the scan began: a change by the page ends this scan (the mutation path takes over). */
  data: string;
  position: number;
  first: boolean;
}

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
  /** Entries the page is about (painted once per page in the "section" density); a function is asked once, when work starts. */
  topics: ReadonlySet<string> | (() => ReadonlySet<string>);
  onShadowRoot?: (shadow: ShadowRoot) => void;
  /** A custom element walked before it had a shadow root (it may get one later). */
  onShadowless?: (host: Element) => void;
  yield?: Yield;
  sliceMs?: number;
  /**
   * Whether the first texts are tested with the names as words before the pattern is compiled
   * (`firstTerm`; the default). A child frame's painter says no: the background loads it only
   * once the frame's gate (utils/content/frame-gate.ts) has found a possible term with the same
   * words, so the pattern is compiled there anyway, and the words would be split for nothing.
   */
  wordsFirst?: boolean;
}

/**
 * Finds mentions under whatever roots it is given and hands them to the
 * store, in slices of at most SLICE_MS that yield to the page in between, so
 * even a 10 MB page never blocks input. Each root is walked once; roots
 * queued while it works are handled in turn.
 */
export class PageScanner {
  private readonly queue: TextWalker[] = [];
  private readonly longScans: LongScan[] = [];
  private readonly shadowRoots = new Set<ShadowRoot>();
  private readonly sectionIds = new WeakMap<Node, number>();
  /** Text nodes scanStart scanned, with their text then: the full walk need not scan them again. */
  private readonly scannedEarly = new WeakMap<Text, string>();
  private nextSectionId = 1;
  private nextMentionId = 1;
  private running: Promise<void> = Promise.resolve();
  private active = false;
  private stopped = false;
  private started = false;
  private topicSet: ReadonlySet<string> | undefined;
  /**
   * One compiled pattern for all work: walks and scans run one at a time, each resetting lastIndex.
   * Made only for a text that may hold a name (`firstTerm`), and let go when idle (`releaseLater`).
   */
  private compiled: RegExp | undefined;
  private releaseTimer: ReturnType<typeof setTimeout> | undefined;
  /** The names as words (`firstTerm`), while no pattern is compiled and WORDS_BUDGET is not spent; null once it is, until the pattern is let go. */
  private words: NameWords | null | undefined;
  private wordsRead = 0;
  /** Ambiguous names stand only in medical context (context-gate.ts); none without context rules. Made at the first candidate. */
  private gateMade: ContextGate | null | undefined;

  constructor(
    private readonly matcher: TermMatcher,
    private readonly store: MentionStore,
    private readonly options: ScannerOptions,
  ) {
    if (options.wordsFirst === false) this.words = null;
  }

  private get pattern(): RegExp {
    return (this.compiled ??= this.matcher.createPattern());
  }

  /**
   * Where a text's first possible term starts. While no pattern is compiled, the names as words
   * decide (glossary/name-words.ts, a superset of the pattern), for the first WORDS_BUDGET
   * characters: a text they rule out holds no name, and one they may find is a candidate from its
   * start, which the pattern, compiled for it (`run`), then scans. V8 compiles the 23 KB pattern at
   * its first use in each renderer process, 19–22 ms here (issue #22): a page with little text and
   * no name never pays it now.
   */
  private readonly firstTerm: FirstTerm = (text) => {
    if (!this.compiled) {
      this.wordsRead += text.length;
      if (this.words === undefined) this.words = this.matcher.makeWords() ?? null;
      if (this.words && this.wordsRead <= WORDS_BUDGET) return this.words.mayHold(text) ? 0 : -1;
      // Past the budget (or with no words): a candidate, so that the pattern is compiled in a task
      // of its own (`run`) and reads this text and the rest.
      this.words = null;
      return 0;
    }
    const pattern = this.pattern;
    pattern.lastIndex = 0;
    return pattern.exec(text)?.index ?? -1;
  };

  /** Compiles the pattern and works out the topics (which matches the title): the work of a page's first possible term. */
  private warm(): void {
    this.pattern.lastIndex = 0;
    this.pattern.exec('x');
    this.topics();
  }

  /**
   * Scanning a large page makes V8 compile the pattern to machine code, once for each width of
   * string it met: 1.1 MB on the 2 MB bench page with no term (two code objects of 540 and 600 KB,
   * heap snapshot, issue #22), which the page would keep for as long as it is open. Once nothing
   * has been scanned for a while the pattern is let go; a page that changes later gets a fresh one
   * (V8's own cache gives back the compiled code while it still holds it).
   */
  private releaseLater(): void {
    clearTimeout(this.releaseTimer);
    this.releaseTimer = setTimeout(() => {
      if (this.active) return;
      this.compiled = undefined;
      // A later change is tested with the words again (a few lines added to a page seldom hold a name).
      this.words = undefined;
      this.wordsRead = 0;
    }, RELEASE_PATTERN_MS);
  }

  /** Building the rules compiles their phrases: a frame or page with no candidate never needs them. */
  private get gate(): ContextGate | undefined {
    if (this.gateMade === undefined) {
      const rules = this.matcher.context;
      this.gateMade = rules ? new ContextGate(this.matcher, rules) : null;
    }
    return this.gateMade ?? undefined;
  }

  /** Queues `root` (an element, a shadow root or a text node). */
  add(root: Node): void {
    if (this.stopped || !root.isConnected) return;
    this.queue.push(new TextWalker(root, this.firstTerm, (shadow) => this.adoptShadowRoot(shadow), this.options.onShadowless));
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
    clearTimeout(this.releaseTimer);
    this.compiled = undefined;
    this.stopped = true;
    this.queue.length = 0;
    this.longScans.length = 0;
  }

  /**
   * Scans, now and in this task, what a walk of `root` finds before `deadline`: the top of a page
   * still loading (loading-pass.ts). Returns false where the walk reached the end of what there is
   * without finding anything: a look at a page barely started. The full walk that follows leaves
   * those nodes as they are unless their text changed meanwhile.
   */
  scanStart(root: Node, deadline: number): boolean {
    if (this.stopped) return false;
    const found: Candidate[] = [];
    const walker = new TextWalker(root, this.firstTerm, () => undefined);
    walker.step(deadline, found, CANDIDATES_PER_STEP);
    // Shadow roots and long text nodes are left to the full walk.
    for (const candidate of found) {
      if (candidate.node.data.length > LONG_TEXT) continue;
      this.scanNode(candidate);
      this.scannedEarly.set(candidate.node, candidate.node.data);
    }
    if (!this.active) this.releaseLater();
    return found.length > 0 || !walker.finished;
  }

  /** Scans a shadow root found after its host was walked, and keeps it for hit testing. */
  adoptShadowRoot(shadow: ShadowRoot): void {
    if (this.shadowRoots.has(shadow)) return;
    this.shadowRoots.add(shadow);
    this.options.onShadowRoot?.(shadow);
    this.add(shadow);
  }

  /** The page's topics, worked out once (matching the title compiles the pattern, so not at construction). */
  private topics(): ReadonlySet<string> {
    const { topics } = this.options;
    this.topicSet ??= typeof topics === 'function' ? topics() : topics;
    return this.topicSet;
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
    if (node.data.length > LONG_TEXT) {
      // One huge text node (a log, a whole book in one <pre>-less block) is scanned window by
      // window across slices, so it never blocks the page for the seconds one scan would take.
      this.longScans.push({ node, section, data: node.data, position: 0, first: true });
      return;
    }
    this.store.replace(node, this.mentionsIn(node, node.data, from, node.data.length, section));
    this.rescanReleased();
  }

  /** Scans again the text nodes whose ambiguous names waited for their section to show medical context. */
  private rescanReleased(): void {
    for (const { node, section } of this.gate?.takeReleased() ?? []) this.scanNode({ node, from: 0, section });
  }

  /** The accepted matches that start in text[from, to), as mentions of `node`. */
  private mentionsIn(node: Text, text: string, from: number, to: number, section: Node): Mention[] {
    const mentions: Mention[] = [];
    let control: boolean | undefined;
    const pattern = this.pattern;
    const start0 = Math.min(from, text.length);
    // To the end: the text itself. Otherwise a window of it, one character wider on the left for
    // the word-boundary check and OVERLAP wider on the right so a name starting before `to` is whole.
    const left = to >= text.length ? 0 : Math.max(0, start0 - 1);
    const windowText = to >= text.length ? text : text.slice(left, Math.min(text.length, to + OVERLAP));
    pattern.lastIndex = start0 - left;
    for (let match = pattern.exec(windowText); match; match = pattern.exec(windowText)) {
      const start = left + match.index;
      if (start >= to) break;
      const end = start + match[0].length;
      const entryId = this.matcher.accept(text, start, end);
      if (!entryId) {
        pattern.lastIndex = start + 1 - left;
        continue;
      }
      control ??= controlOf(node) !== null;
      const id = this.nextMentionId++;
      const slot = slotKey(this.options.density, { entryId, sectionId: this.sectionId(section), mentionId: id, control }, this.topics());
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
    return this.gate ? this.gate.filter(node, text, section, mentions) : mentions;
  }

  /** Scans the next window of the oldest long text node; drops it when done or when the page changed it. */
  private stepLongScan(): void {
    const scan = this.longScans[0]!;
    if (!scan.node.isConnected || scan.node.data !== scan.data) {
      // The page changed or removed it: the mutation path scans it afresh.
      this.longScans.shift();
      return;
    }
    const to = Math.min(scan.data.length, scan.position + WINDOW);
    const mentions = this.mentionsIn(scan.node, scan.data, scan.position, to, scan.section);
    if (scan.first) this.store.replace(scan.node, mentions);
    else this.store.append(scan.node, mentions);
    this.rescanReleased();
    scan.first = false;
    scan.position = to;
    if (to >= scan.data.length) this.longScans.shift();
  }

  private async run(): Promise<void> {
    const budget = this.options.sliceMs ?? SLICE_MS;
    const pause = this.options.yield ?? yieldToPage;
    const found: Candidate[] = [];
    try {
      if (!this.started) {
        // The walk is a task of its own: first let the caller's task (which built the matcher) end.
        this.started = true;
        await pause();
      }
      const pending = () => this.queue.length > 0 || this.longScans.length > 0 || found.length > 0;
      // Found something to scan, with no pattern compiled yet: the compile (tens of ms in a new
      // renderer) gets a task of its own, between two slices.
      const uncompiled = () => !this.compiled && (found.length > 0 || this.longScans.length > 0);
      while (pending() && !this.stopped) {
        if (uncompiled()) {
          this.warm();
          await pause();
          if (this.stopped) break;
        }
        const deadline = performance.now() + budget;
        do {
          if (this.longScans.length > 0) {
            this.stepLongScan();
            continue;
          }
          if (found.length === 0) {
            const walker = this.queue[0]!;
            walker.step(deadline, found, CANDIDATES_PER_STEP);
            if (walker.finished) this.queue.shift();
          }
          // One node at a time, with the clock read after each: a few long paragraphs can take
          // milliseconds each, and what is left waits for the next slice.
          while (found.length > 0 && !this.stopped) {
            if (!this.compiled) break;
            const candidate = found.shift()!;
            if (this.scannedEarly.get(candidate.node) === candidate.node.data) this.scannedEarly.delete(candidate.node);
            else this.scanNode(candidate);
            if (performance.now() >= deadline) break;
          }
        } while (pending() && !this.stopped && !uncompiled() && performance.now() < deadline);
        if (pending() && !this.stopped) await pause();
      }
    } finally {
      // Runs in the same task as the last slice, so a root added right after starts a new run.
      this.active = false;
      if (!this.stopped) this.releaseLater();
    }
  }
}
