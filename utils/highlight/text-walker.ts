import { EXCLUDED_SELECTOR, isExcludedElement } from './exclusions';

/** A text node holding a possible term, and where the first one starts (the wrap need not scan before it). */
export interface Candidate {
  node: Text;
  from: number;
}

/**
 * Walks the text of a subtree in slices, skipping excluded subtrees whole,
 * and collects the text nodes that contain a possible term. The
 * pattern only pre-selects here; the matcher decides on each match later.
 */
export class TextWalker {
  private readonly walker: TreeWalker | undefined;
  private done = false;
  /** Where the pattern first matched in the text node just accepted. */
  private firstMatch = 0;

  constructor(
    readonly root: Node,
    private readonly pattern: RegExp,
    private readonly onShadowRoot: (shadow: ShadowRoot) => void,
    /** A subtree already walked (the block in view, done first), left out of this walk. */
    private readonly skip?: Node,
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    // A batch root inside an editor or a form must be left alone like its ancestors.
    const start = root.nodeType === Node.ELEMENT_NODE ? (root as Element) : root.parentElement;
    // isContentEditable also covers designMode; it is asked once per root, never per element.
    if (start && (start.closest(EXCLUDED_SELECTOR) || (start as HTMLElement).isContentEditable)) {
      this.done = true;
      return;
    }
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => this.accept(node),
    });
  }

  get finished(): boolean {
    return this.done;
  }

  /** Collects candidates into `out` until `deadline` (a performance.now() time) or the end. */
  step(deadline: number, out: Candidate[]): void {
    const walker = this.walker;
    if (!walker || this.done) return;
    if (this.root.nodeType === Node.TEXT_NODE) {
      // A TreeWalker never returns its own root, and a lone added text node is a common root.
      if (this.accept(this.root) === NodeFilter.FILTER_ACCEPT) out.push({ node: this.root as Text, from: this.firstMatch });
      this.done = true;
      return;
    }
    let count = 0;
    for (;;) {
      const node = walker.nextNode();
      if (!node) {
        this.done = true;
        return;
      }
      out.push({ node: node as Text, from: this.firstMatch });
      // Checking the clock costs more than testing a short text node.
      if (++count % 64 === 0 && performance.now() >= deadline) return;
    }
  }

  private accept(node: Node): number {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node as Text).data;
      if (text.length < 2) return NodeFilter.FILTER_SKIP;
      this.pattern.lastIndex = 0;
      const match = this.pattern.exec(text);
      if (!match) return NodeFilter.FILTER_SKIP;
      this.firstMatch = match.index;
      return NodeFilter.FILTER_ACCEPT;
    }
    const element = node as Element;
    if (element === this.skip || isExcludedElement(element)) return NodeFilter.FILTER_REJECT;
    if (element.shadowRoot) this.onShadowRoot(element.shadowRoot);
    return NodeFilter.FILTER_SKIP;
  }
}
