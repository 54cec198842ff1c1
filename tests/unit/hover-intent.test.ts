import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOVER_CLOSE_MS, HOVER_OPEN_MS, HoverIntent, inCardOrGap, REST_SLOP_PX } from '../../utils/popover/hover-intent';

describe('HoverIntent', () => {
  let opened: HTMLElement | undefined;
  let byHover = false;
  const log: string[] = [];
  const term = document.createElement('mark');
  const other = document.createElement('mark');
  let intent: HoverIntent<HTMLElement>;

  beforeEach(() => {
    vi.useFakeTimers();
    opened = undefined;
    byHover = false;
    log.length = 0;
    intent = new HoverIntent<HTMLElement>({
      open: (t) => {
        opened = t;
        byHover = true;
        log.push(`open ${t === term ? 'term' : 'other'}`);
      },
      close: () => {
        opened = undefined;
        log.push('close');
      },
      hoverOpened: () => (byHover ? opened : undefined),
    });
  });
  afterEach(() => {
    intent.dispose();
    vi.useRealTimers();
  });

  it('opens only after the pointer rests on a term', () => {
    intent.moved(term);
    vi.advanceTimersByTime(HOVER_OPEN_MS - 1);
    expect(log).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['open term']);
  });

  it('does not open when the pointer only passes over a term', () => {
    intent.moved(term);
    vi.advanceTimersByTime(200);
    intent.moved(null);
    vi.advanceTimersByTime(HOVER_OPEN_MS * 2);
    expect(log).toEqual([]);
  });

  it('stays open while the pointer moves from the term into the popover, and closes after it leaves both', () => {
    intent.moved(term);
    vi.advanceTimersByTime(HOVER_OPEN_MS);
    intent.moved(null);
    vi.advanceTimersByTime(HOVER_CLOSE_MS - 50);
    intent.moved('popover');
    vi.advanceTimersByTime(HOVER_CLOSE_MS * 3);
    expect(log).toEqual(['open term']);
    intent.moved(null);
    vi.advanceTimersByTime(HOVER_CLOSE_MS);
    expect(log).toEqual(['open term', 'close']);
  });

  it('never closes a popover that was opened by click or keyboard', () => {
    opened = term;
    byHover = false;
    intent.moved(null);
    vi.advanceTimersByTime(HOVER_CLOSE_MS * 5);
    expect(log).toEqual([]);
  });

  it('moves to another term after resting on it', () => {
    intent.moved(term);
    vi.advanceTimersByTime(HOVER_OPEN_MS);
    intent.moved(other);
    vi.advanceTimersByTime(HOVER_OPEN_MS);
    expect(log).toEqual(['open term', 'close', 'open other']);
  });

  it('opens only once the pointer rests: moving along the term starts the wait again', () => {
    intent.moved(term, { x: 0, y: 0 });
    vi.advanceTimersByTime(HOVER_OPEN_MS - 100);
    intent.moved(term, { x: REST_SLOP_PX + 5, y: 0 });
    vi.advanceTimersByTime(HOVER_OPEN_MS - 100);
    expect(log).toEqual([]);
    // A small drift (a shaky hand) still counts as resting.
    intent.moved(term, { x: REST_SLOP_PX + 8, y: 2 });
    vi.advanceTimersByTime(100);
    expect(log).toEqual(['open term']);
  });

  it('forgets a term the pointer crossed, however long the page takes afterwards', () => {
    intent.moved(term, { x: 0, y: 0 });
    vi.advanceTimersByTime(150);
    intent.moved(null, { x: 40, y: 0 });
    vi.advanceTimersByTime(HOVER_OPEN_MS * 10);
    expect(log).toEqual([]);
  });

  it('never swaps the card for another term while the pointer is on the card', () => {
    intent.moved(term);
    vi.advanceTimersByTime(HOVER_OPEN_MS);
    for (let i = 0; i < 10; i++) {
      intent.moved('popover');
      vi.advanceTimersByTime(HOVER_OPEN_MS);
    }
    expect(log).toEqual(['open term']);
  });
});

describe('inCardOrGap', () => {
  const term = { left: 100, top: 100, right: 180, bottom: 120 };
  const below = { left: 90, top: 126, right: 450, bottom: 400 };
  const above = { left: 90, top: 0, right: 450, bottom: 94 };

  it('counts the card and the gap a pointer crosses from the term into it', () => {
    expect(inCardOrGap({ x: 300, y: 300 }, term, below)).toBe(true);
    expect(inCardOrGap({ x: 140, y: 123 }, term, below)).toBe(true);
    // A diagonal way in, beside the term but still between it and the card.
    expect(inCardOrGap({ x: 300, y: 124 }, term, below)).toBe(true);
    expect(inCardOrGap({ x: 140, y: 97 }, term, above)).toBe(true);
  });

  it('does not count the term\'s own line or the page beyond the card', () => {
    expect(inCardOrGap({ x: 300, y: 110 }, term, below)).toBe(false);
    expect(inCardOrGap({ x: 500, y: 123 }, term, below)).toBe(false);
    expect(inCardOrGap({ x: 300, y: 410 }, term, below)).toBe(false);
    expect(inCardOrGap({ x: 140, y: 123 }, undefined, below)).toBe(false);
  });
});
