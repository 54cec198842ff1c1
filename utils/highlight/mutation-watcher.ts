/** How long additions gather before they are scanned together. */
export const BATCH_MS = 150;

export interface MutationHandlers {
  /** A text node's data changed: its mentions must go now, before the next paint. */
  changed(node: Text): void;
  /** Something left the page: mentions of nodes no longer connected must go now. */
  removed(): void;
  /** Added or changed subtrees to scan, at most once per batch. */
  added(roots: Node[]): void;
}

/**
 * Turns DOM mutations into work. Stale paint is dropped at once: observer
 * callbacks run at the microtask checkpoint, before the browser paints, so a
 * framework's text change never shows our old highlight over new text. New
 * text is gathered and scanned at most once per BATCH_MS (a throttle, not a
 * debounce: a page that changes every 50 ms must still be served, at bounded
 * cost), and only the added or changed subtrees, never the whole page.
 * Painting changes no DOM, so nothing we do comes back here.
 */
export class MutationWatcher {
  private readonly observer: MutationObserver;
  private readonly pending = new Set<Node>();
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly handlers: MutationHandlers,
    private readonly batchMs = BATCH_MS,
  ) {
    this.observer = new MutationObserver((records) => this.collect(records));
  }

  observe(target: Node): void {
    this.observer.observe(target, { childList: true, subtree: true, characterData: true });
  }

  disconnect(): void {
    this.observer.disconnect();
    clearTimeout(this.timer);
    this.timer = undefined;
    this.pending.clear();
  }

  private collect(records: MutationRecord[]): void {
    let removed = false;
    for (const record of records) {
      if (record.type === 'characterData') {
        // The changed text node alone: never its parent, which may be the whole body.
        this.handlers.changed(record.target as Text);
        this.pending.add(record.target);
        continue;
      }
      if (record.removedNodes.length > 0) removed = true;
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE) this.pending.add(node);
      }
    }
    if (removed) this.handlers.removed();
    if (this.pending.size > 0 && this.timer === undefined) {
      this.timer = setTimeout(() => this.flush(), this.batchMs);
    }
  }

  private flush(): void {
    this.timer = undefined;
    const nodes = [...this.pending];
    this.pending.clear();
    const roots = outermostConnected(nodes);
    if (roots.length > 0) this.handlers.added(roots);
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
