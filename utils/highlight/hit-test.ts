import type { Mention } from './mention';

export interface CaretSpot {
  node: Node;
  offset: number;
}

interface CaretDocument {
  caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots?: ShadowRoot[] }) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
}

/** The text position under a point: caretPositionFromPoint (piercing the shadow roots we know), else caretRangeFromPoint. */
export function caretAt(doc: Document, x: number, y: number, shadowRoots: readonly ShadowRoot[] = []): CaretSpot | null {
  const api = doc as unknown as CaretDocument;
  if (typeof api.caretPositionFromPoint === 'function') {
    const position = api.caretPositionFromPoint.call(doc, x, y, { shadowRoots: [...shadowRoots] });
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  if (typeof api.caretRangeFromPoint === 'function') {
    const range = api.caretRangeFromPoint.call(doc, x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

/** A live Range over a mention (for geometry only). */
export function liveRange(mention: Mention): Range {
  const range = mention.node.ownerDocument.createRange();
  range.setStart(mention.node, mention.start);
  range.setEnd(mention.node, Math.min(mention.end, mention.node.length));
  return range;
}

/** Whether the point lies on the mention's text as laid out (a caret also lands beside text, past a line's end). */
export function isUnder(mention: Mention, x: number, y: number): boolean {
  if (!mention.node.isConnected || mention.end > mention.node.length) return false;
  for (const rect of liveRange(mention).getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

/** The innermost element under a point, looking into open shadow roots. */
function deepElementAt(doc: Document, x: number, y: number): Element | null {
  let element = doc.elementFromPoint(x, y);
  while (element?.shadowRoot) {
    const inner = element.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === element) break;
    element = inner;
  }
  return element;
}

/**
 * The painted mention under a point, if any. The caret position names the
 * text node; where it lands elsewhere (a shadow host, an element between
 * lines), the text children of the element under the point are tried.
 */
export function mentionAtPoint(
  doc: Document,
  x: number,
  y: number,
  paintedIn: (node: Text) => Mention[],
  shadowRoots: readonly ShadowRoot[] = [],
): Mention | undefined {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (caret && caret.node.nodeType === Node.TEXT_NODE) {
    for (const mention of paintedIn(caret.node as Text)) {
      if (mention.start <= caret.offset && caret.offset <= mention.end && isUnder(mention, x, y)) return mention;
    }
  }
  const element = deepElementAt(doc, x, y);
  if (!element) return undefined;
  for (const child of element.childNodes) {
    if (child.nodeType !== Node.TEXT_NODE) continue;
    for (const mention of paintedIn(child as Text)) if (isUnder(mention, x, y)) return mention;
  }
  return undefined;
}
