import { describe, expect, it } from 'vitest';
import { MentionStore, type TextVisibility } from '../../utils/highlight/mention-store';
import type { Mention } from '../../utils/highlight/mention';
import { hiddenReason, type TextStyle } from '../../utils/highlight/visibility';

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
