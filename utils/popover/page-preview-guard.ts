/**
 * Notices when the page answers a hover with its own preview (Wikipedia's
 * link previews, tooltips that sites append to the body), so our card does
 * not pile up on top of it. It watches only the body's direct children, and
 * only while it is armed (a link term is being rested on, or its card is open).
 */
export class PagePreviewGuard {
  private observer: MutationObserver | undefined;
  private seen = false;

  constructor(
    private readonly doc: Document,
    private readonly onPreview: () => void,
  ) {}

  /** Whether the page showed something since arming. */
  get pageShowedPreview(): boolean {
    return this.seen;
  }

  arm(ignore: (node: Node) => boolean): void {
    if (this.observer || !this.doc.body) return;
    this.seen = false;
    this.observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node.nodeType === Node.ELEMENT_NODE && !ignore(node)) {
            this.seen = true;
            this.onPreview();
            return;
          }
        }
      }
    });
    this.observer.observe(this.doc.body, { childList: true });
  }

  disarm(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}
