import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LONG_PRESS_MS, LongPress, PRESS_SLOP_PX } from '../../utils/popover/long-press';

describe('LongPress', () => {
  let opened: string[];
  let clock: number;
  let press: LongPress<string>;
  const at = (x: number, y: number, pointerId = 1) => ({ pointerId, clientX: x, clientY: y });

  beforeEach(() => {
    vi.useFakeTimers();
    opened = [];
    clock = 0;
    press = new LongPress((term) => opened.push(term), LONG_PRESS_MS, () => clock);
  });
  afterEach(() => {
    press.cancel();
    vi.useRealTimers();
  });

  it('opens once the finger has stayed down, and not for a tap', () => {
    press.start(at(10, 10), 'mtx');
    vi.advanceTimersByTime(120);
    press.end({ pointerId: 1 });
    vi.advanceTimersByTime(LONG_PRESS_MS * 2);
    expect(opened).toEqual([]);
    press.start(at(10, 10), 'mtx');
    press.moved(at(10 + PRESS_SLOP_PX - 2, 12));
    vi.advanceTimersByTime(LONG_PRESS_MS);
    expect(opened).toEqual(['mtx']);
  });

  it('lets a scroll go: a finger that moves ends the press, as does a cancelled pointer', () => {
    press.start(at(10, 10), 'mtx');
    press.moved(at(10, 10 + PRESS_SLOP_PX + 5));
    vi.advanceTimersByTime(LONG_PRESS_MS * 2);
    press.start(at(10, 10), 'mtx');
    press.end({ pointerId: 1 });
    vi.advanceTimersByTime(LONG_PRESS_MS * 2);
    expect(opened).toEqual([]);
  });

  it('claims the browser\'s long-press menu only for its own press, opening at once if the menu came first', () => {
    expect(press.claim()).toBe(false);
    press.start(at(10, 10), 'mtx');
    vi.advanceTimersByTime(300);
    expect(press.claim()).toBe(true);
    expect(opened).toEqual(['mtx']);
    vi.advanceTimersByTime(LONG_PRESS_MS * 2);
    expect(opened).toEqual(['mtx']);
    clock = 5000;
    expect(press.claim()).toBe(false);
  });

  it('claims the click that releases its own press, and no other', () => {
    press.start(at(10, 10, 7), 'mtx');
    vi.advanceTimersByTime(LONG_PRESS_MS);
    expect(press.claimClick(7)).toBe(true);
    expect(press.claimClick(8)).toBe(false);
    expect(press.claimClick(undefined)).toBe(false);
  });
});
