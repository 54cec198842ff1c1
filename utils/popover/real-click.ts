/**
 * Nothing consequential from a lured click (issue #19 item 2, review S5).
 * The card on a web page sits in the page's DOM: the page can make it
 * transparent, or lay a look-alike over it that lets clicks through, and
 * lure the reader into pressing "I take this" or "Save". Those buttons act
 * only on a click that is:
 * - real (`isTrusted`: no `el.click()` or forged event from the page);
 * - on the card as drawn: the card and everything above it fully opaque and
 *   visible, and the point clicked inside the button itself (a keyboard
 *   press has no point and is checked for visibility only);
 * - where the browser can tell (Chromium's IntersectionObserver v2), after
 *   the card has been unobscured for UNOBSCURED_MS: a cover drawn over it,
 *   even one that lets clicks through, makes the click do nothing.
 * Firefox has no IntersectionObserver v2: there the card frame's page side
 * finds such a cover instead (utils/card-frame/frame-host.ts, isDrawn).
 */

export const UNOBSCURED_MS = 500;

interface Watch {
  /** When the watched element was last seen becoming visible and unobscured; undefined while it is not. */
  since: number | undefined;
}

const watches = new WeakMap<Element, Watch>();

/** IntersectionObserver v2 ("isVisible", occlusion and effects), where the browser has it. */
function hasVisibilityTracking(view: Window & typeof globalThis): boolean {
  return typeof view.IntersectionObserverEntry === 'function' && 'isVisible' in view.IntersectionObserverEntry.prototype;
}

/**
 * Starts watching whether `element` (the card's buttons) is visible and
 * unobscured; returns the cleanup. Does nothing where the browser cannot tell.
 */
export function watchUnobscured(element: Element): () => void {
  const view = element.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (!view || !hasVisibilityTracking(view)) return () => undefined;
  const watch: Watch = { since: undefined };
  watches.set(element, watch);
  const observer = new view.IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const visible = (entry as IntersectionObserverEntry & { isVisible?: boolean }).isVisible === true;
        if (!visible) watch.since = undefined;
        else watch.since ??= performance.now();
      }
    },
    { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
  );
  observer.observe(element);
  return () => {
    observer.disconnect();
    watches.delete(element);
  };
}

/** The product of the opacities of `element` and its ancestors (across shadow roots). */
function opacity(element: Element): number {
  const view = element.ownerDocument.defaultView;
  let product = 1;
  for (let at: Element | null = element; at && view; ) {
    product *= Number.parseFloat(view.getComputedStyle(at).opacity) || 0;
    const parent: Node | null = at.parentNode;
    at = parent instanceof Element ? parent : parent && 'host' in parent ? (parent as ShadowRoot).host : null;
  }
  return product;
}

/** Whether a click on `button` may act (see the file's comment). `watched`: the element given to watchUnobscured, if any. */
export function isRealVisibleClick(event: MouseEvent, button: Element, watched?: Element | null): boolean {
  if (!event.isTrusted) return false;
  const check = (button as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  if (check && !check.call(button, { opacityProperty: true, visibilityProperty: true })) return false;
  if (opacity(button) < 0.99) return false;
  // A pointer click (detail > 0) must land on the button as the browser draws it.
  if (event.detail > 0) {
    const root = button.getRootNode() as Document | ShadowRoot;
    const hit = root.elementFromPoint?.(event.clientX, event.clientY);
    if (!hit || !button.contains(hit)) return false;
  }
  const watch = watched ? watches.get(watched) : undefined;
  if (watch) return watch.since !== undefined && performance.now() - watch.since >= UNOBSCURED_MS;
  return true;
}
