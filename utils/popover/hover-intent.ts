/** How long the pointer rests on a term before its card opens (like Wikipedia's previews). */
export const HOVER_OPEN_MS = 500;
/** Grace time to move the pointer from the term into the card (WCAG 1.4.13: hoverable). */
export const HOVER_CLOSE_MS = 300;

interface Actions<T> {
  open(term: T): void;
  close(): void;
  /** The term whose card is open because of hovering, if any. */
  hoverOpened(): T | undefined;
  /** How long this term must be rested on (links wait longer, see term-triggers). */
  delay?(term: T): number;
}

/**
 * Opens a term's card after the pointer has rested on it, and closes a
 * hover-opened card once the pointer has left both the term and the card
 * for a moment. Cards opened by click or keyboard are never closed by the
 * pointer; Escape closes any (dismissible). Terms are compared by identity.
 */
export class HoverIntent<T> {
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private pending: T | undefined;

  constructor(private readonly actions: Actions<T>) {}

  get waitingFor(): T | undefined {
    return this.pending;
  }

  /** The pointer is now over `over`: a term, the card ('popover'), or nothing (null). */
  moved(over: T | 'popover' | null): void {
    const opened = this.actions.hoverOpened();
    if (over === 'popover' || (over !== null && over === opened)) {
      this.cancelClose();
      this.cancelOpen();
      return;
    }
    if (over !== this.pending) this.cancelOpen();
    if (over !== null && over !== this.pending) {
      this.pending = over;
      this.openTimer = setTimeout(() => {
        this.pending = undefined;
        this.cancelClose();
        this.actions.open(over);
      }, this.actions.delay?.(over) ?? HOVER_OPEN_MS);
    }
    if (opened !== undefined && this.closeTimer === undefined) {
      this.closeTimer = setTimeout(() => {
        this.closeTimer = undefined;
        if (this.actions.hoverOpened() === opened) this.actions.close();
      }, HOVER_CLOSE_MS);
    }
  }

  /** Forget a pending open (the page showed its own preview, say). */
  cancel(): void {
    this.cancelOpen();
  }

  dispose(): void {
    this.cancelOpen();
    this.cancelClose();
  }

  private cancelOpen(): void {
    clearTimeout(this.openTimer);
    this.openTimer = undefined;
    this.pending = undefined;
  }

  private cancelClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }
}
