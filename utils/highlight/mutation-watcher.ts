import { MARK_SELECTOR } from './highlighter';

/** How long changes gather before they are highlighted together. */
export const BATCH_MS = 150;

/**
 * Turns DOM mutations into a few roots to highlight. Changes are gathered and
 * handed over at most once per BATCH_MS (a throttle, not a debounce: a page
 * that changes every 50 ms must still be served, and at bounded cost). Only
 * the added or changed subtrees are handed over, never the whole page.
 */
export class MutationWatcher {
  private readonly observer: MutationObserver;
  private readonly pending = new Set<Node>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly onRoots: (roots: Node[]) => void,
    private readonly batchMs = BATCH_MS,
  ) {
    this.observer = new MutationObserver((records) => this.collect(records));
  }

  observe(target: Node): void {
    this.observer.observe(target, { childList: true, subtree: true, characterData: true });
  }

  /** Takes records the observer has queued but not yet delivered (the page's, before we change anything). */
  takePending(): void {
    this.collect(this.observer.takeRecords());
  }

  /** Drops queued records: called right after our own DOM changes, which must never trigger us again. */
  discardPending(): void {
    this.observer.takeRecords();
  }

  disconnect(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.pending.clear();
  }

  private collect(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData') {
        // The changed text node alone: never its parent, which may be the whole body.
        if (!record.target.parentElement?.closest(MARK_SELECTOR)) this.pending.add(record.target);
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE) this.pending.add(node);
      }
    }
    if (this.pending.size > 0 && this.timer === undefined) {
      this.timer = setTimeout(() => this.flush(), this.batchMs);
    }
  }

  private flush(): void {
    this.timer = undefined;
    const nodes = [...this.pending];
    this.pending.clear();
    const roots = outermostConnected(nodes);
    if (roots.length > 0) this.onRoots(roots);
  }
}

/** The nodes that are still in the page and not inside another of the nodes. */
export function outermostConnected(nodes: readonly Node[]): Node[] {
  const set = new Set(nodes);
  return nodes.filter((node) => {
    if (!node.isConnected) return false;
    for (let up = node.parentNode; up; up = up.parentNode) if (set.has(up)) return false;
    return true;
  });
}
