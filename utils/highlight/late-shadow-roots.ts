/** At most this many custom elements are watched for a late shadow root (a page of thousands of components stays cheap). */
export const MAX_WAITING = 2000;

/**
 * Custom elements that had no shadow root when they were walked, watched
 * until one appears: a component defined after the page loaded (a lazily
 * loaded bundle) or one that attaches its root after data arrives. There is
 * no event for attachShadow, and a content script cannot patch the page's
 * prototypes, so the element is looked at again whenever its size changes
 * (a shadow root that renders something changes the host's box; a
 * ResizeObserver also reports each element once as soon as it is observed)
 * and whenever the page changes (recheck, after each mutation batch). Only
 * open roots can be seen. Elements that leave the page are forgotten.
 */
export class LateShadowRoots {
  private readonly waiting = new Set<Element>();
  private observer: ResizeObserver | undefined;

  constructor(
    private readonly found: (shadow: ShadowRoot) => void,
    private readonly limit = MAX_WAITING,
  ) {}

  get size(): number {
    return this.waiting.size;
  }

  /** A custom element the walk passed without a shadow root. */
  watch(element: Element): void {
    if (this.waiting.has(element) || this.waiting.size >= this.limit || typeof ResizeObserver !== 'function') return;
    this.waiting.add(element);
    this.observer ??= new ResizeObserver((entries) => this.check(entries.map((entry) => entry.target)));
    this.observer.observe(element);
  }

  /** Looks at every waiting element again (the page changed: a root may have been attached meanwhile). */
  recheck(): void {
    this.check([...this.waiting]);
  }

  /** Forgets waiting elements that left the page. */
  sweep(): void {
    for (const element of this.waiting) if (!element.isConnected) this.forget(element);
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.waiting.clear();
  }

  private check(elements: readonly Element[]): void {
    for (const element of elements) {
      if (!this.waiting.has(element)) continue;
      const shadow = element.shadowRoot;
      if (shadow) {
        this.forget(element);
        this.found(shadow);
      } else if (!element.isConnected) {
        this.forget(element);
      }
    }
  }

  private forget(element: Element): void {
    this.waiting.delete(element);
    this.observer?.unobserve(element);
  }
}
