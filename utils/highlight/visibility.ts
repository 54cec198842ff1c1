/**
 * Paint only what a reader can see (issue #19 item 4). A page could plant
 * drug names in text nobody sees (display:none, a 1px or zero font, clipped,
 * transparent, visibility:hidden, far off-screen) and read our highlight
 * registry to learn that the extension is installed. Mentions in such text
 * are found and counted as before, but painted only once their text is
 * rendered: a <details> opened, a tab shown.
 *
 * The scan itself never asks for layout: elements holding mentions are
 * handed to an IntersectionObserver, whose geometry the browser works out
 * during its own rendering; the style checks run in its callback, when
 * style and layout are already up to date.
 */
import { SLICE_MS, yieldToPage, type Yield } from './page-scanner';

/** The parts of a computed style the verdict reads. */
export interface TextStyle {
  fontSize: string;
  color: string;
  /** -webkit-text-fill-color, which paints over `color` where set. */
  fill: string;
  clipPath: string;
  clip: string;
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Below this, text is not readable: planted text uses 0 or 1 px; the smallest real fine print is far above. */
const MIN_FONT_PX = 4;
/** An element this narrow or short shows no readable text (the "visually hidden" pattern is 1 x 1 px). */
const MIN_BOX_PX = 2;

/** rgba(…, 0) and "transparent" in either browser's serialisation. */
function transparent(colour: string): boolean {
  if (colour === 'transparent') return true;
  const slash = colour.lastIndexOf('/');
  // "rgb(r g b / a)" and "color(srgb r g b / a)", or the fourth value of "rgba(r, g, b, a)".
  const alpha = slash >= 0 ? colour.slice(slash + 1) : /^rgba\(/.test(colour) ? colour.split(',')[3] : undefined;
  return alpha !== undefined && Number.parseFloat(alpha) === 0;
}

/** clip-path shapes that leave nothing (inset of half or more, a zero circle or ellipse). */
function clipsAll(clipPath: string, clip: string): boolean {
  if (/^rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)$/.test(clip)) return true;
  const inset = /^inset\(\s*([\d.]+)%/.exec(clipPath)?.[1];
  if (inset !== undefined && Number.parseFloat(inset) >= 50) return true;
  return /^(circle|ellipse)\(\s*0(px|%)?[\s)]/.test(clipPath);
}

/**
 * Why text with this style in this box (viewport coordinates, scrolled by
 * `scroll`) cannot be seen, or null if it can. Pure: the caller reads the
 * style and the box.
 */
export function hiddenReason(style: TextStyle, box: Box, scroll: { x: number; y: number }): string | null {
  if (Number.parseFloat(style.fontSize) < MIN_FONT_PX) return 'font-size';
  // The fill colour, where the browser reports one, is what is drawn (it follows `color` unless set).
  if (transparent(style.fill.length > 0 ? style.fill : style.color)) return 'transparent';
  if (clipsAll(style.clipPath, style.clip)) return 'clipped';
  if (box.width < MIN_BOX_PX || box.height < MIN_BOX_PX) return 'size';
  // Where no scrolling can bring it: left of or above the document's start.
  if (box.left + box.width + scroll.x <= 0 || box.top + box.height + scroll.y <= 0) return 'off-screen';
  return null;
}

/** The element whose rendering decides a text node's (its parent, or the host of a shadow root it sits in). */
function elementOf(node: Text): Element | null {
  const parent = node.parentNode;
  if (parent instanceof Element) return parent;
  if (parent && 'host' in parent) return (parent as ShadowRoot).host;
  return null;
}

/** The parent element, across a shadow root's boundary. */
function parentOf(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root && 'host' in root ? (root as ShadowRoot).host : null;
}

const READ_AGAIN_MS = 2000;

type Report = readonly [Element, boolean, DOMRectReadOnly];

export interface RenderedTextOptions {
  yield?: Yield;
  /** Longest stretch of reading reports before giving the main thread back (tests: 0, one report per slice). */
  sliceMs?: number;
  now?: () => number;
}

/**
 * Tells when text nodes become visible to the reader. `watch(node)` starts
 * watching (a node's earlier verdict is never reused: the page may have
 * hidden it since); `shown(node)` is true once it is seen rendered;
 * `onShown` hears of nodes as they become visible. Elements in view whose
 * style hides them (opacity, visibility, colour: no geometry change for the
 * observer to report) are read again every READ_AGAIN_MS while any remain.
 */
export class RenderedText {
  private readonly observer: IntersectionObserver;
  private readonly waiting = new Map<Element, Set<Text>>();
  private readonly elementOfNode = new Map<Text, Element>();
  private readonly visible = new WeakSet<Text>();
  private readonly styledHidden = new Set<Element>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Reports not read yet: one report can hold 150-200 elements, each a style read (55-85 ms seen in one task). */
  private readonly pending: Report[] = [];
  private draining: Promise<void> | undefined;
  /** Observed, and not reported on yet: until then, whether their text shows is unknown. */
  private readonly unreported = new Set<Element>();
  private settledWaiters: Array<() => void> = [];
  private stopped = false;

  constructor(
    private readonly view: Window & typeof globalThis,
    private readonly onShown: (nodes: Text[]) => void,
    private readonly slicing: RenderedTextOptions = {},
  ) {
    // Vertically the whole page counts (text below the fold is text a reader can scroll to);
    // horizontally only the viewport's columns, so text parked far left or right never counts.
    this.observer = new view.IntersectionObserver((entries) => this.receive(entries.map((e) => [e.target, e.isIntersecting, e.boundingClientRect] as const)), {
      rootMargin: '100000px 0px',
    });
  }

  /** Resolves when every report received so far is read (tests, benchmarks). */
  idle(): Promise<void> {
    return this.draining ?? Promise.resolve();
  }

  /**
   * Resolves when every element watched so far has had its first report and every report is read:
   * what `shown` says is then known for all of them, not only for those the observer reached
   * (the popup asking for counts just after the scan). At most `limitMs` later in any case: a tab
   * in the background may get no report until it is shown.
   */
  settled(limitMs = 1000): Promise<void> {
    if (this.isSettled()) return Promise.resolve();
    return new Promise<void>((done) => {
      const finish = (): void => {
        clearTimeout(timer);
        // A waiter that gave up leaves the list, so questions asked of a tab that never settles do not pile up.
        this.settledWaiters = this.settledWaiters.filter((wake) => wake !== finish);
        done();
      };
      const timer = setTimeout(finish, limitMs);
      this.settledWaiters.push(finish);
    });
  }

  shown(node: Text): boolean {
    return this.visible.has(node);
  }

  watch(node: Text): void {
    this.visible.delete(node);
    this.forget(node);
    const element = elementOf(node);
    if (!element) return;
    this.elementOfNode.set(node, element);
    const nodes = this.waiting.get(element);
    if (nodes) {
      nodes.add(node);
      return;
    }
    this.waiting.set(element, new Set([node]));
    // Observing anew always brings one first report, with the element's current geometry.
    this.observer.unobserve(element);
    this.observer.observe(element);
    this.unreported.add(element);
  }

  /** The node's mentions are gone (changed or removed text): stop watching for it. */
  forget(node: Text): void {
    const element = this.elementOfNode.get(node);
    if (!element) return;
    this.elementOfNode.delete(node);
    const nodes = this.waiting.get(element);
    if (!nodes) return;
    nodes.delete(node);
    if (nodes.size > 0) return;
    this.waiting.delete(element);
    this.styledHidden.delete(element);
    this.observer.unobserve(element);
    this.unreported.delete(element);
    this.wakeSettled();
  }

  stop(): void {
    this.stopped = true;
    this.pending.length = 0;
    this.observer.disconnect();
    this.waiting.clear();
    this.elementOfNode.clear();
    this.styledHidden.clear();
    this.unreported.clear();
    this.wakeSettled();
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private isSettled(): boolean {
    return this.unreported.size === 0 && this.draining === undefined && this.pending.length === 0;
  }

  private wakeSettled(): void {
    if (this.settledWaiters.length === 0 || !this.isSettled()) return;
    const waiters = this.settledWaiters;
    this.settledWaiters = [];
    waiters.forEach((wake) => wake());
  }

  /**
   * Reads reports in slices of at most sliceMs, the first in the observer's own callback, giving
   * the main thread back in between, as the scanner does. A report read a slice later keeps its
   * geometry; the style is read when its turn comes, and an element forgotten meanwhile is skipped.
   */
  private receive(reports: readonly Report[]): void {
    if (this.stopped) return;
    for (const [element] of reports) this.unreported.delete(element);
    this.pending.push(...reports);
    if (this.draining) return;
    this.draining = this.drain().finally(() => {
      this.draining = undefined;
      this.wakeSettled();
    });
  }

  private async drain(): Promise<void> {
    const now = this.slicing.now ?? (() => this.view.performance.now());
    const budget = this.slicing.sliceMs ?? SLICE_MS;
    for (;;) {
      const deadline = now() + budget;
      const shown: Text[] = [];
      // At least one report per slice, so a zero budget still moves on.
      do {
        this.read(this.pending.shift()!, shown);
      } while (this.pending.length > 0 && now() < deadline);
      if (shown.length > 0) this.onShown(shown);
      this.schedule();
      if (this.pending.length === 0 || this.stopped) return;
      await (this.slicing.yield ?? yieldToPage)();
      if (this.stopped || this.pending.length === 0) return;
    }
  }

  private read([element, intersecting, box]: Report, shown: Text[]): void {
    const nodes = this.waiting.get(element);
    if (!nodes) return;
    // Not intersecting: not rendered (display:none, a closed <details>, a hidden tab), parked
    // sideways, clipped away, or scrolled out of an inner scroll box. Only the last is text a
    // reader can reach; the observer reports the others again when they change.
    const scrolled = !intersecting && box.width > 0 && box.height > 0 && this.inScrollBox(element);
    if (!intersecting && !scrolled) {
      this.styledHidden.delete(element);
      return;
    }
    if (!this.rendered(element, box, scrolled)) {
      this.styledHidden.add(element);
      return;
    }
    this.styledHidden.delete(element);
    this.waiting.delete(element);
    this.observer.unobserve(element);
    for (const node of nodes) {
      this.elementOfNode.delete(node);
      if (!node.isConnected) continue;
      this.visible.add(node);
      shown.push(node);
    }
  }

  /**
   * Whether the nearest box that clips `element` is one the reader can
   * scroll (a feed, a chat log): its text is reachable like text below the
   * fold. A box that clips without scrolling (overflow:hidden, the 1 px
   * "visually hidden" pattern) hides it.
   */
  private inScrollBox(element: Element): boolean {
    for (let at: Element | null = parentOf(element); at && at !== this.view.document.documentElement; at = parentOf(at)) {
      const style = this.view.getComputedStyle(at);
      const overflow = `${style.overflowX} ${style.overflowY}`;
      if (/auto|scroll/.test(overflow)) return at.clientWidth >= MIN_BOX_PX && at.clientHeight >= MIN_BOX_PX;
      if (/hidden|clip/.test(overflow)) return false;
    }
    return false;
  }

  /** `inScrollBox`: its place is judged by its scroll box (inScrollBox), not by the page's scroll. */
  private rendered(element: Element, box: DOMRectReadOnly, inScrollBox: boolean): boolean {
    // opacity:0 and visibility:hidden on the element or any ancestor, and content-visibility.
    const check = (element as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
    if (check && !check.call(element, { opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true })) return false;
    const style = this.view.getComputedStyle(element);
    const textStyle: TextStyle = {
      fontSize: style.fontSize,
      color: style.color,
      fill: style.getPropertyValue('-webkit-text-fill-color'),
      clipPath: style.clipPath,
      clip: style.clip,
    };
    const scroll = inScrollBox ? { x: Infinity, y: Infinity } : { x: this.view.scrollX, y: this.view.scrollY };
    return hiddenReason(textStyle, box, scroll) === null;
  }

  private schedule(): void {
    if (this.timer !== undefined || this.styledHidden.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // Read again through the observer (a fresh first report), never by forcing layout here.
      for (const element of this.styledHidden) {
        this.observer.unobserve(element);
        this.observer.observe(element);
      }
      this.styledHidden.clear();
    }, READ_AGAIN_MS);
  }
}
