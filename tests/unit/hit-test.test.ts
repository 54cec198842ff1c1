// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { mentionAtPoint } from '../../utils/highlight/hit-test';
import type { Mention } from '../../utils/highlight/mention';

function mention(node: Text, start: number, end: number): Mention {
  return {
    id: start,
    node,
    start,
    end,
    entryId: 'x',
    control: false,
    slot: 'x',
    range: new StaticRange({ startContainer: node, startOffset: start, endContainer: node, endOffset: end }),
    painted: true,
  };
}

/** Lays text out as 10 px per character on one line at y 0..20 (jsdom has no layout). */
function fakeLayout(node: Text) {
  (Range.prototype as unknown as { getClientRects: () => unknown }).getClientRects = function (this: Range) {
    return [{ left: this.startOffset * 10, right: this.endOffset * 10, top: 0, bottom: 20 }];
  };
  (document as unknown as { caretPositionFromPoint: unknown }).caretPositionFromPoint = (x: number) => ({
    offsetNode: node,
    offset: Math.min(node.length, Math.round(x / 10)),
  });
  document.elementFromPoint = () => node.parentElement;
}

afterEach(() => {
  delete (Range.prototype as unknown as { getClientRects?: unknown }).getClientRects;
  delete (document as unknown as { caretPositionFromPoint?: unknown }).caretPositionFromPoint;
  document.body.innerHTML = '';
});

describe('mentionAtPoint', () => {
  it('finds the painted mention under the point and nothing beside it', () => {
    document.body.innerHTML = '<p>take prednisone daily</p>';
    const node = document.querySelector('p')!.firstChild as Text;
    const painted = [mention(node, 5, 15)];
    fakeLayout(node);
    const at = (x: number) => mentionAtPoint(document, x, 10, () => painted);
    expect(at(100)).toBe(painted[0]);
    expect(at(52)).toBe(painted[0]);
    expect(at(20)).toBeUndefined();
    expect(at(180)).toBeUndefined();
    // Past the end of the line the caret lands on the last offset, but the point is not on the word.
    expect(mentionAtPoint(document, 100, 60, () => painted)).toBeUndefined();
  });

  it('ignores unpainted mentions', () => {
    document.body.innerHTML = '<p>prednisone</p>';
    const node = document.querySelector('p')!.firstChild as Text;
    fakeLayout(node);
    expect(mentionAtPoint(document, 30, 10, () => [])).toBeUndefined();
  });
});
