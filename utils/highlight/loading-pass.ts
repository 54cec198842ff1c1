/**
 * Painting while the page is still loading. A `::highlight()` sheet adopted
 * after the browser has styled the page makes it restyle every element (one
 * task of 150-300 ms on a 2 MB page, measured by `npm run bench`), so the
 * first screenful is looked at while the parser is still working: a sheet
 * adopted then restyles only what is parsed so far, and the reader sees the
 * first terms with the page's first frames instead of after DOMContentLoaded.
 */

/** Looks at what is parsed, one per frame, at most this many that found something to walk while nothing is painted. */
const LOOKS = 2;
/** And at most this many looks in all (a look at a page barely started walks little and finds nothing). */
const ALL_LOOKS = 6;
/** The budget of one look: a few screenfuls of text (re-walked from the top each time). */
const LOOK_MS = 0.5;

/** The document's body as soon as the parser has made it; null where it never will (no body by DOMContentLoaded). */
export function bodyReady(doc: Document): Promise<HTMLElement | null> {
  if (doc.body || doc.readyState !== 'loading') return Promise.resolve(doc.body);
  return new Promise((resolve) => {
    // Only until <body> appears, a few nodes into the document.
    const observer = new MutationObserver(() => {
      if (doc.body) finish();
    });
    const finish = () => {
      observer.disconnect();
      doc.removeEventListener('DOMContentLoaded', finish);
      resolve(doc.body);
    };
    observer.observe(doc, { childList: true, subtree: true });
    doc.addEventListener('DOMContentLoaded', finish);
  });
}

/**
 * While `doc` loads: calls `look(deadline)` in animation frames (before
 * their style and layout) until something is painted or the looks are
 * spent (`look` says whether it counts: false for one that walked all there
 * was and found nothing), then `loaded()` once at DOMContentLoaded; at once if it has
 * loaded. Returns a function that cancels whatever has not run.
 */
export function whileLoading(doc: Document, look: (deadline: number) => { painted: boolean; counts: boolean }, loaded: () => void): () => void {
  if (doc.readyState !== 'loading') {
    loaded();
    return () => undefined;
  }
  const view = doc.defaultView;
  let frame = 0;
  let looks = 0;
  let all = 0;
  let over = false;
  const cancel = () => {
    over = true;
    if (frame) view?.cancelAnimationFrame(frame);
    doc.removeEventListener('DOMContentLoaded', ready);
  };
  const ready = () => {
    if (over) return;
    cancel();
    loaded();
  };
  const tick = () => {
    frame = 0;
    if (over || doc.readyState !== 'loading') return;
    const { painted, counts } = look(performance.now() + LOOK_MS);
    if (counts) looks++;
    if (!painted && looks < LOOKS && ++all < ALL_LOOKS) frame = view?.requestAnimationFrame(tick) ?? 0;
  };
  doc.addEventListener('DOMContentLoaded', ready);
  frame = view?.requestAnimationFrame(tick) ?? 0;
  return cancel;
}

/**
 * Resolves once `enough()` holds or the page has loaded (DOMContentLoaded), checking at each
 * animation frame: what needs a sample of the page's text (its language) waits for that much
 * of it to be parsed, and no longer.
 */
export function untilParsed(doc: Document, enough: () => boolean): Promise<void> {
  if (doc.readyState !== 'loading' || enough()) return Promise.resolve();
  const view = doc.defaultView;
  return new Promise((resolve) => {
    let frame = 0;
    const finish = () => {
      if (frame) view?.cancelAnimationFrame(frame);
      doc.removeEventListener('DOMContentLoaded', finish);
      resolve();
    };
    const check = () => {
      frame = 0;
      if (doc.readyState !== 'loading' || enough()) finish();
      else frame = view?.requestAnimationFrame(check) ?? 0;
    };
    doc.addEventListener('DOMContentLoaded', finish);
    frame = view?.requestAnimationFrame(check) ?? 0;
  });
}
