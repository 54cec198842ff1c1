/** How long the pointer rests on a term before its card opens (like Wikipedia's previews). */
export const HOVER_OPEN_MS = 500;
/** Grace time to move the pointer from the term into the card (WCAG 1.4.13: hoverable). */
export const HOVER_CLOSE_MS = 300;
/**
 * How far (CSS px) the pointer may drift and still count as resting. A pointer
 * crossing a word on its way to something else moves further than this while
 * the wait runs, so it opens nothing; a shaky hand that stays on the word
 * drifts less.
 */
export const REST_SLOP_PX = 10;

export interface Point {
  x: number;
  y: number;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

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
 * hover-opened card once the pointer has left the term, the gap and the card
 * for a moment. "Resting" means staying on the same term within
 * REST_SLOP_PX of where the wait began: moving further starts the wait again,
 * and leaving the term forgets it. Cards opened by click or keyboard are never
 * closed by the pointer; Escape closes any (dismissible). Terms are compared
 * by identity.
 */
export class HoverIntent<T> {
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private pending: T | undefined;
  private restingAt: Point | undefined;

  constructor(private readonly actions: Actions<T>) {}

  get waitingFor(): T | undefined {
    return this.pending;
  }

  /**
   * The pointer is now over `over`: a term, the card or the gap between the
   * card and its term ('popover'), or nothing (null). `at` is where, for the
   * resting test; without it any move over the same term counts as resting.
   */
  moved(over: T | 'popover' | null, at?: Point): void {
    const opened = this.actions.hoverOpened();
    if (over === 'popover' || (over !== null && over === opened)) {
      this.cancelClose();
      this.cancelOpen();
      return;
    }
    if (over !== this.pending || (at && this.restingAt && distance(at, this.restingAt) > REST_SLOP_PX)) this.cancelOpen();
    if (over !== null && over !== this.pending) {
      this.pending = over;
      this.restingAt = at;
      this.openTimer = setTimeout(() => {
        this.pending = undefined;
        this.restingAt = undefined;
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

  /** Forget a pending open (the page showed its own preview, the pointer left the window). */
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
    this.restingAt = undefined;
  }

  private cancelClose(): void {
    clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }
}

function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

/**
 * Whether a point lies on the card, or in the gap between the card and its
 * term that a pointer crosses on its way in (the card sits a few pixels below
 * or above the word, and may be shifted sideways). The gap spans the
 * horizontal extent of both boxes, so a diagonal path from the word into the
 * card stays inside it; it does not include the term's own line, where the
 * pointer may move on to another word.
 */
export function inCardOrGap(point: Point, term: Box | undefined, card: Box): boolean {
  const { x, y } = point;
  if (x >= card.left && x <= card.right && y >= card.top && y <= card.bottom) return true;
  if (!term || x < Math.min(term.left, card.left) || x > Math.max(term.right, card.right)) return false;
  return card.top >= term.bottom ? y >= term.bottom && y <= card.top : y >= card.bottom && y <= term.top;
}
