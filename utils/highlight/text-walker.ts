import { isSkippedElement, SKIPPED_SELECTOR } from './exclusions';
import { isOwnHost } from '../browser/own-hosts';
import { isHeading, isSectionContainer, sectionOf, startsSection } from './sections';

/** A text node holding a possible term, where the first one starts, and the element that started its section. */
export interface Candidate {
  node: Text;
  from: number;
  section: Node;
}

/** Nodes visited between two looks at the clock: reading it costs more than skipping a plain element. */
const CLOCK_EVERY = 128;
/** Characters tested between two looks at the clock, whatever the number of nodes. */
const CLOCK_CHARS = 20_000;
/** A text node this long is taken without testing it (the scanner reads it window by window). */
export const LONG_TEXT = 200_000;

/** Where in a text the first possible term starts, or -1 for none (the page pattern, or a first test before it). */
export type FirstTerm = (text: string) => number;

/**
 * Walks the text of a subtree in slices, skipping excluded subtrees whole,
 * and collects the text nodes in which `firstTerm` finds a possible term.
 * The clock is read every CLOCK_EVERY visited nodes, rejected ones included,
 * so a long stretch of markup with no text cannot overrun a slice.
 */
export class TextWalker {
  private readonly walker: TreeWalker | undefined;
  private done = false;
  private firstMatch = -1;
  private visits = 0;
  private chars = 0;
  private deadline = Infinity;
  private pause = false;
  private section: Node;

  constructor(
    readonly root: Node,
    private readonly firstTerm: FirstTerm,
    private readonly onShadowRoot: (shadow: ShadowRoot) => void,
    /** A custom element with no shadow root yet: it may attach one later (late-shadow-roots.ts). */
    private readonly onShadowless?: (host: Element) => void,
  ) {
    const doc = root.ownerDocument ?? (root as Document);
    // An added post-like container (an article appended to a feed) starts its own section, as it
    // would in a walk of the whole page; sectionOf looks only before and above it. (Fix found by the
    // hostile e2e feed test: every late post fell into one section, so only the first was painted.)
    const ownSection = root.nodeType === Node.ELEMENT_NODE && isSectionContainer(root as Element);
    this.section = root.nodeType === Node.DOCUMENT_FRAGMENT_NODE || root === doc.body || ownSection ? root : sectionOf(root);
    // A batch root inside an editor or a skipped place must be left alone like its ancestors.
    const start = root.nodeType === Node.ELEMENT_NODE ? (root as Element) : root.parentElement;
    // isContentEditable also covers designMode; it is asked once per root, never per element.
    if (start && (start.closest(SKIPPED_SELECTOR) || (start as HTMLElement).isContentEditable || isOwnHost(start))) {
      this.done = true;
      return;
    }
    // The walk never visits its own root: a host handed over as a root (a component appended to
    // the page) is looked at here.
    if (root.nodeType === Node.ELEMENT_NODE) this.lookForShadow(root as Element);
    this.walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => this.accept(node),
    });
  }

  get finished(): boolean {
    return this.done;
  }

  /** Collects up to `max` candidates into `out`, stopping at `deadline` (a performance.now() time) or the end. */
  step(deadline: number, out: Candidate[], max: number): void {
    const walker = this.walker;
    if (!walker || this.done) return;
    this.deadline = deadline;
    if (this.root.nodeType === Node.TEXT_NODE) {
      // A TreeWalker never returns its own root, and a lone added text node is a common root.
      if (this.accept(this.root) === NodeFilter.FILTER_ACCEPT && this.firstMatch >= 0) {
        out.push({ node: this.root as Text, from: this.firstMatch, section: this.section });
      }
      this.done = true;
      return;
    }
    let taken = 0;
    for (;;) {
      const node = walker.nextNode();
      if (!node) {
        this.done = true;
        return;
      }
      if (this.firstMatch >= 0) {
        out.push({ node: node as Text, from: this.firstMatch, section: this.section });
        this.firstMatch = -1;
        taken++;
      }
      if (this.pause || taken >= max) {
        this.pause = false;
        return;
      }
    }
  }

  private accept(node: Node): number {
    if ((++this.visits % CLOCK_EVERY === 0 || this.chars > CLOCK_CHARS) && performance.now() >= this.deadline) this.pause = true;
    if (this.chars > CLOCK_CHARS) this.chars = 0;
    this.firstMatch = -1;
    let verdict: number = NodeFilter.FILTER_SKIP;
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node as Text).data;
      this.chars += text.length;
      if (text.length > LONG_TEXT) {
        this.firstMatch = 0;
        verdict = NodeFilter.FILTER_ACCEPT;
      } else if (text.length >= 2) {
        this.firstMatch = this.firstTerm(text);
        if (this.firstMatch >= 0) verdict = NodeFilter.FILTER_ACCEPT;
      }
    } else {
      const element = node as Element;
      if (isSkippedElement(element)) {
        // A heading is never painted, but it starts the section the text after it is in.
        if (isHeading(element)) this.section = element;
        return NodeFilter.FILTER_REJECT;
      }
      if (startsSection(element)) this.section = element;
      if (element.shadowRoot && isOwnHost(element)) return NodeFilter.FILTER_REJECT;
      this.lookForShadow(element);
    }
    // To end a slice, nextNode must return: an element that would only be skipped may be
    // "accepted" instead (the walker still enters it) and is then ignored by step().
    return this.pause ? NodeFilter.FILTER_ACCEPT : verdict;
  }

  private lookForShadow(element: Element): void {
    if (element.shadowRoot) this.onShadowRoot(element.shadowRoot);
    // Only custom elements: they are what attaches roots late (a lazily defined component, a
    // render after data arrives), and watching every plain element would cost too much.
    else if (this.onShadowless && element.localName.includes('-')) this.onShadowless(element);
  }
}
