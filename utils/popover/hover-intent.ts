/** How long the pointer rests on a term before its popover opens (like Wikipedia's previews). */
export const HOVER_OPEN_MS = 500;
/** Grace time to move the pointer from the term into the popover (WCAG 1.4.13: hoverable). */
export const HOVER_CLOSE_MS = 300;

export interface HoverTarget {
  /** The term under the pointer, or 'popover' when the pointer is over the popover, or null elsewhere. */
  readonly over: HTMLElement | 'popover' | null;
}

interface Actions {
  open(term: HTMLElement): void;
  close(): void;
  /** The term whose popover is open because of hovering, if any. */
  hoverOpened(): HTMLElement | undefined;
}

/**
 * Opens a term's popover after the pointer has rested on it, and closes a
 * hover-opened popover once the pointer has left both the term and the
 * popover for a moment. Popovers opened by click or keyboard are never
 * closed by the pointer; Escape closes any (dismissible).
 */
export class HoverIntent {
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private pending: HTMLElement | undefined;

  constructor(private readonly actions: Actions) {}

  /** The pointer is now over `over`. */
  moved(over: HoverTarget['over']): void {
    const opened = this.actions.hoverOpened();
    if (over === 'popover' || (over && over === opened)) {
      this.cancelClose();
      this.cancelOpen();
      return;
    }
    if (over !== this.pending) this.cancelOpen();
    if (over && over !== this.pending) {
      this.pending = over;
      this.openTimer = setTimeout(() => {
        this.pending = undefined;
        this.cancelClose();
        this.actions.open(over);
      }, HOVER_OPEN_MS);
    }
    if (opened && this.closeTimer === undefined) {
      this.closeTimer = setTimeout(() => {
        this.closeTimer = undefined;
        if (this.actions.hoverOpened() === opened) this.actions.close();
      }, HOVER_CLOSE_MS);
    }
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
