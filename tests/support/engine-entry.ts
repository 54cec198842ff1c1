/**
 * The content script's highlighting engine without the extension around it,
 * bundled into a page's main world by the corpus run and the benchmark, so
 * they can time it and check the unmark round trip on real pages.
 */
import Mark from 'mark.js';
import { getMatcher, glossary } from '../../glossary';
import { aliasText } from '../../glossary/types';
import { startLiveHighlighting, type LiveHighlighting } from '../../utils/highlight/live-highlighting';
import { PageHighlighter } from '../../utils/highlight/page-highlighter';
import { GlossarySearch } from '../../utils/search/search-index';

let live: LiveHighlighting | undefined;

const engine = {
  start(): Promise<void> {
    if (!document.body) return Promise.resolve();
    live = startLiveHighlighting(document, getMatcher());
    return live.idle();
  },
  idle: () => live?.idle() ?? Promise.resolve(),
  stop(): void {
    live?.stop();
    live = undefined;
  },
  counts: () => Object.fromEntries(live?.counts() ?? []),
  /**
   * Appends `html` in a new element and highlights just that subtree, as the
   * mutation path does, without the batching delay; returns the milliseconds spent.
   */
  async appendAndHighlight(html: string): Promise<number> {
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.append(container);
    const highlighter = new PageHighlighter(getMatcher());
    const t0 = performance.now();
    highlighter.add(container);
    await highlighter.idle();
    return performance.now() - t0;
  },
  /** Baseline (a): the same pattern over every text node, touching nothing. */
  floorScan(): number {
    const pattern = getMatcher().createPattern();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let hits = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node as Text).data;
      pattern.lastIndex = 0;
      while (pattern.exec(text)) hits++;
    }
    return hits;
  },
  /** Baseline (b): naive mark.js, one walk of the document per alias. */
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
  /** Milliseconds each query takes over the whole glossary, after building the index once. */
  searchTimes(queries: string[], rounds: number): number[] {
    const search = new GlossarySearch(glossary, getMatcher());
    const times: number[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const query of queries) {
        const t0 = performance.now();
        search.search(query);
        times.push(performance.now() - t0);
      }
    }
    return times;
  },
  unmarkNaive(): void {
    new Mark(document.body).unmark();
  },
};


(globalThis as unknown as { __dmg: typeof engine }).__dmg = engine;
