/**
 * The content script's painting engine without the extension around it,
 * bundled into a page's main world by the corpus run and the benchmark (both
 * browsers), so they can time it and check it against the page it runs on.
 * Beside it, the two baselines the benchmark compares with: the floor (a bare
 * TreeWalker scan with the same pattern, changing nothing) and naive mark.js.
 */
import Mark from 'mark.js';
import { context } from 'virtual:dmg-term-names';
import { glossary } from '../../glossary';
import { TermMatcher } from '../../glossary/matcher';
import { getPageMatcher } from '../../glossary/page-matcher';
import { aliasText } from '../../glossary/types';
import type { Density } from '../../utils/highlight/density';
import { startLiveHighlighting, type LiveHighlighting } from '../../utils/highlight/live-highlighting';
import { yieldToPage } from '../../utils/highlight/page-scanner';

export interface EngineStart {
  density?: Density;
  /** The mutation batch delay; 0 lets the append benchmark time our work, not the throttle. */
  batchMs?: number;
  /**
   * The pattern as the background stores it for pages (glossary/pattern-cache.ts), so the page
   * only compiles it, as the content script does; without it the matcher is built here.
   */
  patternSource?: string;
  /** The names as words, published with the pattern (pattern-cache.ts); without them the matcher packs them from the names at its first test. */
  words?: string;
  /**
   * Paint only text the reader can see, as the content script does (page-session.ts passes
   * visibleOnly: true): the benchmark measures the product as shipped. The corpus run leaves it
   * off, to check painting on every matching text.
   */
  visibleOnly?: boolean;
}

let given: TermMatcher | undefined;
/** The matcher the content script would have (names and context data): from the stored pattern where there is one. */
const matcher = (): TermMatcher => given ?? getPageMatcher();

let live: LiveHighlighting | undefined;
let batchMs = 150;
let visibleOnly = false;
/** When the last start() or settle() finished our work (the scan, or the last visibility report after it). */
let finishedAt = 0;
/** Durations of our work between two yields to the page, for "longest task of ours" in both browsers (Firefox has no longtask entries). */
let slices: number[] = [];
/** performance.now() at the end of each slice, to line a slice up with what the browser did then (a GC log). */
let sliceEnds: number[] = [];
let sliceStart = 0;
let matcherMs = 0;

/** Yields so far: a visibility report whose reading yielded ends its last slice when the reading is done. */
let yields = 0;

function endSlice(at: number): void {
  slices.push(at - sliceStart);
  sliceEnds.push(at);
}

function timedYield(): Promise<void> {
  yields++;
  endSlice(performance.now());
  return yieldToPage().then(() => {
    sliceStart = performance.now();
  });
}

const nextTask = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/**
 * With visibleOnly, shown text is painted in IntersectionObserver callbacks, after the scan:
 * that work is ours too. The page's observer is wrapped (once, before the engine makes its own)
 * so each callback counts as one of our slices, and `visibilitySettled` can wait for the last.
 */
let visibilityReports = 0;
let lastWorkEnd = 0;
let observerTimed = false;

function timeIntersectionObserver(): void {
  if (observerTimed || typeof IntersectionObserver !== 'function') return;
  observerTimed = true;
  const Native = IntersectionObserver;
  globalThis.IntersectionObserver = class extends Native {
    constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
      super((entries, observer) => {
        const t0 = performance.now();
        sliceStart = t0;
        const before = yields;
        try {
          callback(entries, observer);
        } finally {
          lastWorkEnd = performance.now();
          if (yields === before) {
            endSlice(lastWorkEnd);
            visibilityReports++;
          } else {
            // A long report is read in slices (visibility.ts): timedYield timed all but the last,
            // which ends when the reading does (not live.idle(), which also waits for the scan).
            void live?.revealed().then(() => {
              lastWorkEnd = performance.now();
              endSlice(lastWorkEnd);
              visibilityReports++;
            });
          }
        }
      }, options);
    }
  };
}

/**
 * Resolves once the observer has nothing more to report: each observe() brings one report after
 * the next rendering, delivered in a task after it, so two frames and a task with no report mean
 * every element handed over so far has had its say.
 */
async function visibilitySettled(): Promise<void> {
  for (;;) {
    const before = visibilityReports;
    await new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0))));
    if (visibilityReports === before) return;
  }
}

const engine = {
  /** Starts painting the document; resolves when the first pass is painted. */
  async start(options: EngineStart = {}): Promise<void> {
    if (!document.body) return;
    batchMs = options.batchMs ?? 150;
    visibleOnly = options.visibleOnly ?? false;
    if (visibleOnly) timeIntersectionObserver();
    slices = [];
    sliceEnds = [];
    sliceStart = performance.now();
    // Timed apart too (it is part of the first slice): compiling the glossary's pattern, once per page.
    if (options.patternSource) given ??= new TermMatcher(glossary, options.patternSource, context, options.words);
    const built = matcher();
    matcherMs = performance.now() - sliceStart;
    live = startLiveHighlighting(document, built, {
      look: { style: 'background', colour: 'amber' },
      density: options.density ?? 'section',
      batchMs,
      yield: timedYield,
      visibleOnly,
    });
    await live.idle();
    const scanned = performance.now();
    endSlice(scanned);
    lastWorkEnd = scanned;
    if (visibleOnly) await visibilitySettled();
    finishedAt = lastWorkEnd;
  },
  /**
   * Resolves when the page's latest changes are painted: the mutation
   * observer has delivered them, its batch timer has fired and the scan is done.
   */
  async settle(): Promise<void> {
    await Promise.resolve();
    await nextTask(batchMs);
    await live?.idle();
    lastWorkEnd = performance.now();
    if (visibleOnly) await visibilitySettled();
    finishedAt = lastWorkEnd;
  },
  /**
   * performance.now() when the last start() or settle() finished our work: with visibleOnly the
   * last visibility report, without the idle frames `visibilitySettled` waited to be sure.
   */
  finishedAt: (): number => finishedAt,
  stop(): void {
    live?.stop();
    live = undefined;
  },
  /** Every mention by entry id, painted or not. */
  counts: (): Record<string, number> => Object.fromEntries(live?.counts() ?? []),
  /** The longest stretch of our work between yields in the last start(), in ms. */
  longestSliceMs: (): number => Math.max(0, ...slices),
  /** How long the first start() took to build the matcher (0 afterwards: it is cached). */
  matcherMs: (): number => matcherMs,
  /** Every stretch of the last start() in order (the first includes building the engine). */
  sliceTimes: (): number[] => [...slices],
  /** performance.now() at the end of each of those stretches. */
  sliceEnds: (): number[] => [...sliceEnds],
  /** The sum of those stretches: our own work in the last start(), without what the page did in between. */
  busyMs: (): number => slices.reduce((a, b) => a + b, 0),
  /** Which entry ids each text names (to map painted text to entries in the page). */
  entryIdsIn: (text: string): string[] => matcher().findAll(text).map((m) => m.entryId),
  /**
   * Appends `html` in a new element and waits until it is painted through the
   * live path (start with batchMs 0); returns the milliseconds from the append.
   */
  async appendAndPaint(html: string): Promise<number> {
    const container = document.createElement('div');
    const t0 = performance.now();
    // A parsed fragment, not innerHTML on a live element: the same DOM work on every page.
    container.append(document.createRange().createContextualFragment(html));
    document.body.append(container);
    await engine.settle();
    return engine.finishedAt() - t0;
  },
  /** Baseline (a): the same pattern over every text node, touching nothing. */
  floorScan(patternSource?: string): number {
    if (patternSource) given ??= new TermMatcher(glossary, patternSource, context);
    const pattern = matcher().createPattern();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let hits = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node as Text).data;
      pattern.lastIndex = 0;
      while (pattern.exec(text)) hits++;
    }
    return hits;
  },
  /** Baseline (b): naive mark.js, one walk of the document per alias (it rewrites the DOM: a throwaway page only). */
  naiveMark(): number {
    const names = new Set(glossary.flatMap((e) => [e.name, ...e.aliases.map(aliasText)]));
    let count = 0;
    new Mark(document.body).mark([...names], {
      separateWordSearch: false,
      accuracy: 'exactly',
      exclude: ['script', 'style', 'textarea', 'input', 'code', 'pre'],
      each: () => count++,
    });
    return count;
  },
};

export type Engine = typeof engine;

(globalThis as unknown as { __dmg: Engine }).__dmg = engine;
