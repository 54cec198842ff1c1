/** Text a block must hold before it is worth walking ahead of the rest. */
const ENOUGH_TEXT = 1500;
/** Past this the block is most of the page, and walking it first gains nothing. */
const TOO_MUCH_TEXT = 50_000;

/**
 * The block the reader is looking at, found cheaply: the element at the
 * middle of the viewport, widened to the nearest ancestor holding a fair
 * amount of text. Highlighting it first makes the visible terms appear at
 * once on a long page; the whole-body pass that follows skips what is done.
 * Undefined when there is nothing better than the body itself.
 */
export function visibleRoot(doc: Document): Element | undefined {
  const view = doc.defaultView;
  // (jsdom, used by the unit tests, has no elementFromPoint.)
  if (!view || !doc.body || typeof doc.elementFromPoint !== 'function') return undefined;
  let element = doc.elementFromPoint(view.innerWidth / 2, view.innerHeight / 2);
  if (!element || !doc.body.contains(element) || element === doc.body) return undefined;
  // Climbing stops at the first ancestor with enough text, so textContent stays small.
  while (element.parentElement && element.parentElement !== doc.body && (element.textContent?.length ?? 0) < ENOUGH_TEXT) {
    element = element.parentElement;
  }
  return (element.textContent?.length ?? 0) > TOO_MUCH_TEXT ? undefined : element;
}
