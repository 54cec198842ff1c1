import { describe, expect, it, vi } from 'vitest';
import { MentionStore, type TextVisibility } from '../../utils/highlight/mention-store';
import type { Mention } from '../../utils/highlight/mention';
import { hiddenReason, RenderedText, type TextStyle } from '../../utils/highlight/visibility';

const style = (change: Partial<TextStyle> = {}): TextStyle => ({ fontSize: '16px', color: 'rgb(0, 0, 0)', fill: 'rgb(0, 0, 0)', clipPath: 'none', clip: 'auto', ...change });
const box = { left: 10, top: 10, width: 200, height: 20 };
const still = { x: 0, y: 0 };

describe('hiddenReason (issue #19 item 4)', () => {
  it('reads ordinary text as visible, in any colour, including black and rgba with alpha', () => {
    expect(hiddenReason(style(), box, still)).toBeNull();
    expect(hiddenReason(style({ color: 'rgba(0, 0, 0, 0.6)', fill: 'rgba(0, 0, 0, 0.6)' }), box, still)).toBeNull();
    expect(hiddenReason(style({ color: 'rgb(0 0 0 / 0.5)', fill: '' }), box, still)).toBeNull();
    expect(hiddenReason(style({ fontSize: '9px' }), box, still)).toBeNull();
  });

  it('names zero and one-pixel fonts, transparent text, clipped and tiny boxes', () => {
    expect(hiddenReason(style({ fontSize: '0px' }), box, still)).toBe('font-size');
    expect(hiddenReason(style({ fontSize: '1px' }), box, still)).toBe('font-size');
    expect(hiddenReason(style({ color: 'rgba(0, 0, 0, 0)', fill: 'rgba(0, 0, 0, 0)' }), box, still)).toBe('transparent');
    expect(hiddenReason(style({ fill: 'transparent' }), box, still)).toBe('transparent');
    expect(hiddenReason(style({ color: 'rgb(0 0 0 / 0)', fill: '' }), box, still)).toBe('transparent');
    expect(hiddenReason(style({ clip: 'rect(0px, 0px, 0px, 0px)' }), box, still)).toBe('clipped');
    expect(hiddenReason(style({ clipPath: 'inset(50%)' }), box, still)).toBe('clipped');
    expect(hiddenReason(style({ clipPath: 'circle(0px at 50% 50%)' }), box, still)).toBe('clipped');
    expect(hiddenReason(style({ clipPath: 'inset(10%)' }), box, still)).toBeNull();
    expect(hiddenReason(style(), { ...box, width: 1, height: 1 }, still)).toBe('size');
  });

  it('names text parked where no scrolling reaches, but not text scrolled past', () => {
    expect(hiddenReason(style(), { ...box, left: -9999 }, still)).toBe('off-screen');
    expect(hiddenReason(style(), { ...box, top: -9999 }, still)).toBe('off-screen');
    expect(hiddenReason(style(), { ...box, top: -2000 }, { x: 0, y: 3000 })).toBeNull();
  });
});

/** A visibility the test decides: nodes in `seen` are shown. */
function fakeVisibility(): TextVisibility & { seen: Set<Text>; watched: Text[]; forgotten: Text[] } {
  const seen = new Set<Text>();
  const watched: Text[] = [];
  const forgotten: Text[] = [];
  return { seen, watched, forgotten, shown: (n) => seen.has(n), watch: (n) => watched.push(n), forget: (n) => forgotten.push(n) };
}

function mentionOf(node: Text, id: number, slot = 'methotrexate'): Mention {
  return { id, node, start: 0, end: 4, entryId: slot, control: false, slot, range: {} as StaticRange, painted: false };
}

describe('MentionStore with a visibility', () => {
  it('paints the first seen mention of each slot, and the first in order once revealed', () => {
    document.body.innerHTML = '<p>hidden</p><p>shown</p>';
    const [hidden, shown] = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
    const painted: number[] = [];
    const visibility = fakeVisibility();
    visibility.seen.add(shown!);
    const store = new MentionStore({ paint: (m) => painted.push(m.id), unpaint: (m) => painted.splice(painted.indexOf(m.id), 1) }, visibility);
    store.replace(hidden!, [mentionOf(hidden!, 1)]);
    store.replace(shown!, [mentionOf(shown!, 2)]);
    expect(visibility.watched).toEqual([hidden, shown]);
    expect(painted).toEqual([2]);
    visibility.seen.add(hidden!);
    store.reveal(hidden!);
    expect(painted).toEqual([1]);
    store.drop(hidden!);
    expect(visibility.forgotten).toEqual([hidden]);
    expect(painted).toEqual([2]);
  });

  it('neither counts nor steps to unseen mentions until they are shown (issue #19: On this page, Previous / Next)', () => {
    document.body.innerHTML = '<p>hidden</p><p>shown</p><p>other</p>';
    const [hidden, shown, other] = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
    const visibility = fakeVisibility();
    visibility.seen.add(shown!);
    const store = new MentionStore({ paint: () => {}, unpaint: () => {} }, visibility);
    store.replace(hidden!, [mentionOf(hidden!, 1)]);
    store.replace(shown!, [mentionOf(shown!, 2)]);
    store.replace(other!, [{ ...mentionOf(other!, 3, 'slot-other'), entryId: 'prednisone' }]);
    expect(Object.fromEntries(store.counts())).toEqual({ methotrexate: 1 });
    expect(store.mentionsOf('methotrexate').map((m) => m.id)).toEqual([2]);
    expect(store.mentionsOf('prednisone')).toEqual([]);
    visibility.seen.add(hidden!).add(other!);
    store.reveal(hidden!);
    store.reveal(other!);
    expect(Object.fromEntries(store.counts())).toEqual({ methotrexate: 2, prednisone: 1 });
    // In document order: the mention revealed later comes first, where it stands on the page.
    expect(store.mentionsOf('methotrexate').map((m) => m.id)).toEqual([1, 2]);
    expect(store.mentionsOf('prednisone').map((m) => m.id)).toEqual([3]);
  });

  it('hands a slot only to a seen mention when the painted one goes', () => {
    document.body.innerHTML = '<p>a</p><p>b</p><p>c</p>';
    const [a, b, c] = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
    const painted = new Set<number>();
    const visibility = fakeVisibility();
    visibility.seen.add(a!).add(c!);
    const store = new MentionStore({ paint: (m) => painted.add(m.id), unpaint: (m) => painted.delete(m.id) }, visibility);
    store.replace(a!, [mentionOf(a!, 1)]);
    store.replace(b!, [mentionOf(b!, 2)]);
    store.replace(c!, [mentionOf(c!, 3)]);
    store.drop(a!);
    expect([...painted]).toEqual([3]);
  });
});

describe('MentionStore cap (review S10)', () => {
  it('paints at most maxPainted slots, counting the rest', () => {
    document.body.innerHTML = '<p>a</p><p>b</p><p>c</p>';
    const nodes = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
    const painted = new Set<number>();
    const store = new MentionStore({ paint: (m) => painted.add(m.id), unpaint: (m) => painted.delete(m.id) }, undefined, 2);
    nodes.forEach((node, i) => store.replace(node, [mentionOf(node, i + 1, `slot-${i}`)]));
    expect([...painted]).toEqual([1, 2]);
    expect([...store.counts().values()].reduce((a, b) => a + b)).toBe(3);
  });
});

/** A window whose IntersectionObserver the test drives: `report` delivers one callback with these elements in view. */
function observedView() {
  let deliver: ((entries: unknown[]) => void) | undefined;
  const observed = new Set<Element>();
  class FakeObserver {
    constructor(callback: (entries: unknown[]) => void) {
      deliver = callback;
    }
    observe(element: Element) {
      observed.add(element);
    }
    unobserve(element: Element) {
      observed.delete(element);
    }
    disconnect() {
      observed.clear();
    }
  }
  const view = {
    IntersectionObserver: FakeObserver,
    getComputedStyle: (element: Element) => window.getComputedStyle(element),
    document,
    scrollX: 0,
    scrollY: 0,
    performance,
  } as unknown as Window & typeof globalThis;
  const report = (elements: Element[]) =>
    deliver!(elements.map((target) => ({ target, isIntersecting: true, boundingClientRect: { left: 0, top: 0, width: 200, height: 20 } })));
  return { view, report, observed };
}

/** A yield the test releases one at a time. */
function heldYields() {
  const held: (() => void)[] = [];
  return {
    yield: () => new Promise<void>((resolve) => held.push(resolve)),
    get count() {
      return held.length;
    },
    async release() {
      held.shift()!();
      // Let the reading that follows the yield run, up to its next yield or its end.
      for (let i = 0; i < 5; i++) await Promise.resolve();
    },
  };
}

describe('RenderedText reads a long report in slices (issue #22)', () => {
  const paragraphs = (n: number) => {
    document.body.innerHTML = Array.from({ length: n }, (_, i) => `<p>methotrexate ${i}</p>`).join('');
    return [...document.querySelectorAll('p')].map((p) => [p, p.firstChild as Text] as const);
  };

  it('reads one report per slice with no time left, yielding between, and shows every node once', async () => {
    const { view, report } = observedView();
    const yields = heldYields();
    const calls: string[][] = [];
    const rendered = new RenderedText(view, (nodes) => calls.push(nodes.map((n) => n.data)), { yield: yields.yield, sliceMs: 0 });
    const items = paragraphs(4);
    for (const [, text] of items) rendered.watch(text);
    report(items.map(([p]) => p));
    // The first slice runs in the observer's own callback.
    expect(calls).toEqual([['methotrexate 0']]);
    expect(yields.count).toBe(1);
    await yields.release();
    await yields.release();
    await yields.release();
    await rendered.idle();
    expect(calls).toEqual([['methotrexate 0'], ['methotrexate 1'], ['methotrexate 2'], ['methotrexate 3']]);
    expect(yields.count).toBe(0);
    expect(items.every(([, text]) => rendered.shown(text))).toBe(true);
    rendered.stop();
  });

  it('reads the whole report in one slice while the clock allows, without yielding', async () => {
    const { view, report } = observedView();
    const yields = heldYields();
    const calls: number[] = [];
    const rendered = new RenderedText(view, (nodes) => calls.push(nodes.length), { yield: yields.yield, sliceMs: 8, now: () => 0 });
    const items = paragraphs(30);
    for (const [, text] of items) rendered.watch(text);
    report(items.map(([p]) => p));
    await rendered.idle();
    expect(calls).toEqual([30]);
    expect(yields.count).toBe(0);
    rendered.stop();
  });

  it('cuts a slice when the clock passes its budget, and takes reports that arrive meanwhile into the same reading', async () => {
    const { view, report } = observedView();
    const yields = heldYields();
    const calls: number[] = [];
    let clock = 0;
    // Each look at the clock is 3 ms later: an 8 ms slice reads three reports.
    const rendered = new RenderedText(view, (nodes) => calls.push(nodes.length), { yield: yields.yield, sliceMs: 8, now: () => (clock += 3) });
    const items = paragraphs(8);
    for (const [, text] of items) rendered.watch(text);
    report(items.slice(0, 6).map(([p]) => p));
    expect(calls).toEqual([3]);
    report(items.slice(6).map(([p]) => p));
    expect(yields.count).toBe(1);
    await yields.release();
    await yields.release();
    await rendered.idle();
    expect(calls).toEqual([3, 3, 2]);
    rendered.stop();
  });

  it('skips a node forgotten while it waited, and reads nothing more once stopped', async () => {
    const { view, report } = observedView();
    const yields = heldYields();
    const shown: string[] = [];
    const rendered = new RenderedText(view, (nodes) => shown.push(...nodes.map((n) => n.data)), { yield: yields.yield, sliceMs: 0 });
    const items = paragraphs(4);
    for (const [, text] of items) rendered.watch(text);
    report(items.map(([p]) => p));
    rendered.forget(items[1]![1]);
    // The forgotten node's report takes its slice and shows nothing.
    await yields.release();
    expect(shown).toEqual(['methotrexate 0']);
    await yields.release();
    expect(shown).toEqual(['methotrexate 0', 'methotrexate 2']);
    rendered.stop();
    await yields.release();
    await rendered.idle();
    expect(shown).toEqual(['methotrexate 0', 'methotrexate 2']);
    expect(rendered.shown(items[3]![1])).toBe(false);
  });
});

describe('RenderedText.settled: what the popup waits for before counting', () => {
  const paragraphs = (n: number) => {
    document.body.innerHTML = Array.from({ length: n }, (_, i) => `<p>prednisone ${i}</p>`).join('');
    return [...document.querySelectorAll('p')].map((p) => [p, p.firstChild as Text] as const);
  };
  const flush = async () => {
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };

  it('waits for the first report of every element watched, then for its reading', async () => {
    const { view, report } = observedView();
    const yields = heldYields();
    const rendered = new RenderedText(view, () => undefined, { yield: yields.yield, sliceMs: 0 });
    const items = paragraphs(3);
    for (const [, text] of items) rendered.watch(text);
    let settled = false;
    void rendered.settled(60_000).then(() => (settled = true));
    report(items.slice(0, 2).map(([p]) => p));
    // Two reports, one a slice: the second is read after a yield.
    expect(yields.count).toBe(1);
    await flush();
    expect(settled).toBe(false);
    await yields.release();
    await flush();
    // Both read, the third element still unreported.
    expect(settled).toBe(false);
    report([items[2]![0]]);
    await flush();
    expect(settled).toBe(true);
    expect(items.every(([, text]) => rendered.shown(text))).toBe(true);
    rendered.stop();
  });

  it('does not wait for an element forgotten before its report, nor once stopped', async () => {
    const { view } = observedView();
    const rendered = new RenderedText(view, () => undefined, { sliceMs: 0 });
    const items = paragraphs(2);
    for (const [, text] of items) rendered.watch(text);
    let settled = false;
    void rendered.settled(60_000).then(() => (settled = true));
    rendered.forget(items[0]![1]);
    await flush();
    expect(settled).toBe(false);
    rendered.forget(items[1]![1]);
    await flush();
    expect(settled).toBe(true);
    rendered.watch(items[0]![1]);
    const again = rendered.settled(60_000);
    rendered.stop();
    await expect(again).resolves.toBeUndefined();
  });

  it('gives up waiting after its limit (a tab in the background gets no report)', async () => {
    vi.useFakeTimers();
    try {
      const { view } = observedView();
      const rendered = new RenderedText(view, () => undefined, { sliceMs: 0 });
      rendered.watch(paragraphs(1)[0]![1]);
      let settled = false;
      void rendered.settled(1000).then(() => (settled = true));
      await vi.advanceTimersByTimeAsync(999);
      expect(settled).toBe(false);
      await vi.advanceTimersByTimeAsync(1);
      expect(settled).toBe(true);
      rendered.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
