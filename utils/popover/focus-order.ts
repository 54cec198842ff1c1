/**
 * Where focus goes when the reader tabs out of the card: the card is a non-modal dialog beside a
 * term (docs/accessibility.md), so Tab past its last control goes on to the page's next control
 * after the term, and Shift+Tab before its first control to the page's control before it, as if
 * the card sat in the page right after the term.
 */

/** Controls Tab stops at (a simplified version of the browser's list: document order, tabindex ≥ 0). */
const TABBABLE = 'a[href], area[href], button, input, select, textarea, summary, iframe, [contenteditable=""], [contenteditable="true"], [tabindex]';

function isTabbable(el: HTMLElement): boolean {
  if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled) return false;
  if (el instanceof HTMLInputElement && el.type === 'hidden') return false;
  if (el.closest('[inert]')) return false;
  // Not shown: no boxes (display: none, or inside a closed <details>) or hidden from view.
  if (el.getClientRects().length === 0) return false;
  return getComputedStyle(el).visibility !== 'hidden';
}

/**
 * The page's next (1) or previous (-1) tabbable control from `node` in document order, leaving out
 * `skip` (the card's own host) and anything inside it; null when there is none. A control that
 * contains the node (a term inside a link) counts as before it.
 */
export function tabbableBeside(node: Node, direction: 1 | -1, skip: Element | null): HTMLElement | null {
  const doc = node.ownerDocument ?? document;
  const candidates = [...doc.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => !(skip && (el === skip || skip.contains(el))));
  const after = (el: HTMLElement) => (node.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && !el.contains(node);
  if (direction === 1) return candidates.find((el) => after(el) && isTabbable(el)) ?? null;
  for (let i = candidates.length - 1; i >= 0; i--) {
    const el = candidates[i]!;
    if (!after(el) && isTabbable(el)) return el;
  }
  return null;
}
