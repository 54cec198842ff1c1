import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOVER_CLOSE_MS, HOVER_OPEN_MS, HoverIntent } from '../../utils/popover/hover-intent';

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
});
