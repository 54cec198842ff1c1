/** How long a finger stays down on a linked term before its card opens (Android's own long press is about as long). */
export const LONG_PRESS_MS = 500;
/** How far (CSS px) the finger may move and still be pressing, not scrolling. */
export const PRESS_SLOP_PX = 10;
/** How long after opening the browser's own answer to the same press (its link menu) is still held back. */
const CLAIM_MS = 1500;

interface PressEvent {
  pointerId: number;
  clientX: number;
  clientY: number;
}

/**
 * A long press on a term: the touch route to terms in links, whose tap
 * belongs to the link. The press ends, opening nothing, when the finger
 * lifts, moves like a scroll or the browser cancels the pointer. The
 * browser's own long-press menu comes at about the same moment: `claim()`
 * says whether a menu belongs to a press of ours (then it opens at once, if
 * it has not yet).
 */
export class LongPress<T> {
  private press: { pointerId: number; x: number; y: number; term: T } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private openedAt = -Infinity;
  private openedBy: number | undefined;

  constructor(
    private readonly open: (term: T) => void,
    private readonly ms = LONG_PRESS_MS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  start(event: PressEvent, term: T): void {
    this.cancel();
    this.press = { pointerId: event.pointerId, x: event.clientX, y: event.clientY, term };
    this.timer = setTimeout(() => this.fire(), this.ms);
  }

  moved(event: PressEvent): void {
    const press = this.press;
    if (press && press.pointerId === event.pointerId && Math.hypot(event.clientX - press.x, event.clientY - press.y) > PRESS_SLOP_PX) this.cancel();
  }

  end(event: { pointerId: number }): void {
    if (this.press?.pointerId === event.pointerId) this.cancel();
  }

  /** Whether the browser's long-press menu now is the answer to a press of ours (opening it first if it is still waiting). */
  claim(): boolean {
    if (this.press) {
      this.fire();
      return true;
    }
    return this.now() - this.openedAt < CLAIM_MS;
  }

  /**
   * Whether a click is the release of a press that opened a card (some
   * browsers, Chromium's touch emulation among them, send one): it must not
   * also follow the link under the finger.
   */
  claimClick(pointerId: number | undefined): boolean {
    return pointerId !== undefined && pointerId === this.openedBy && this.now() - this.openedAt < CLAIM_MS * 4;
  }

  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.press = undefined;
  }

  private fire(): void {
    const press = this.press;
    this.cancel();
    if (!press) return;
    this.openedAt = this.now();
    this.openedBy = press.pointerId;
    this.open(press.term);
  }
}
