import { autoUpdate, computePosition, hide, offset, shift, type VirtualElement } from '@floating-ui/dom';
import { liveRange } from '../highlight/hit-test';
import type { Mention } from '../highlight/mention';

/** Space kept between the card and the viewport's edges. */
const VIEWPORT_MARGIN = 8;

/** A mention as Floating UI's reference: its text's own boxes, re-measured at each update. */
export function anchorOf(mention: Mention): VirtualElement {
  return {
    getBoundingClientRect: () => liveRange(mention).getBoundingClientRect(),
    getClientRects: () => liveRange(mention).getClientRects(),
    contextElement: mention.node.parentElement ?? undefined,
  };
}

/** Between the term and the card. */
const GAP = 6;
/** Never shorter than this, where the viewport allows. */
const MIN_HEIGHT = 160;
/**
 * Below this width or height (CSS px) the card opens as a sheet across the
 * whole width: a phone, or a laptop at 200% zoom and more (640 x 400), where a
 * 360 px card beside its term showed one line of its summary or none.
 */
export const SHEET_BELOW = { width: 520, height: 480 } as const;

/** The viewport without the page's scroll bar, and whether the card opens there as a sheet. */
export function viewportOf(doc: Document): { width: number; height: number; sheet: boolean } {
  const view = doc.defaultView ?? window;
  const root = doc.documentElement;
  const standards = doc.compatMode === 'CSS1Compat';
  const width = standards ? root.clientWidth : view.innerWidth;
  const height = standards ? root.clientHeight : view.innerHeight;
  return { width, height, sheet: width < SHEET_BELOW.width || height < SHEET_BELOW.height };
}

export interface CardSpace {
  /** The viewport's height. */
  viewport: number;
  /** The term's top and bottom on screen. */
  termTop: number;
  termBottom: number;
  /** The card's full height, scrolled nowhere (its natural height, not the last capped one). */
  natural: number;
  /** The height that shows the card down to the end of its summary sentence. */
  essential: number;
}

/**
 * Which side of its term the card goes and how tall it may be. Pure. The side
 * is chosen from the card's natural height (below where it fits, else above
 * where it fits, else the roomier side): choosing from the height it was last
 * capped to made a shrunken card "fit" below for good. The card may be as
 * tall as its side allows, and never shorter than its summary needs, even if
 * that means covering its own term (at 400% zoom neither side can hold it):
 * a reader must see the explanation without scrolling a small box.
 */
export function chooseSide({ viewport, termTop, termBottom, natural, essential }: CardSpace): { side: 'bottom' | 'top'; maxHeight: number } {
  const limit = Math.max(0, viewport - 2 * VIEWPORT_MARGIN);
  const below = viewport - termBottom - GAP - VIEWPORT_MARGIN;
  const above = termTop - GAP - VIEWPORT_MARGIN;
  const side = below >= natural ? 'bottom' : above >= natural ? 'top' : below >= above ? 'bottom' : 'top';
  const room = side === 'bottom' ? below : above;
  return { side, maxHeight: Math.floor(Math.min(limit, Math.max(room, essential, MIN_HEIGHT))) };
}

/** The card's full height and the height down to its summary (the whole card while it is loading). */
function measure(layer: HTMLElement): { natural: number; essential: number } {
  const dialog = layer.firstElementChild as HTMLElement | null;
  if (!dialog) return { natural: layer.offsetHeight, essential: layer.offsetHeight };
  const natural = dialog.scrollHeight + (dialog.offsetHeight - dialog.clientHeight);
  const summary = dialog.querySelector('.tc-summary');
  if (!summary) return { natural, essential: natural };
  const bottom = summary.getBoundingClientRect().bottom - dialog.getBoundingClientRect().top + dialog.scrollTop;
  // The dialog's bottom padding and border after the sentence, so its last line is not cut.
  return { natural, essential: Math.min(natural, Math.ceil(bottom + 16)) };
}

/**
 * Puts the card's layer beside its term, the same way on pages and in the PDF
 * reader: on the side its natural height fits (chooseSide), never wider or
 * taller than the viewport, as a full-width sheet on narrow or zoomed
 * viewports, and hidden while the term is scrolled out of an inner scroll box.
 */
export async function placeCard(anchor: VirtualElement, layer: HTMLElement): Promise<void> {
  const { width, height, sheet } = viewportOf(layer.ownerDocument);
  layer.style.setProperty('--dmg-viewport', `${width}px`);
  layer.toggleAttribute('data-sheet', sheet);
  const term = anchor.getBoundingClientRect();
  const { side, maxHeight } = chooseSide({ viewport: height, termTop: term.top, termBottom: term.bottom, ...measure(layer) });
  layer.style.maxHeight = `${maxHeight}px`;
  const { x, y, middlewareData } = await computePosition(anchor, layer, {
    strategy: 'fixed',
    placement: `${side}-start`,
    middleware: [
      offset(GAP),
      // crossAxis: where the chosen side cannot hold the card down to its summary, it moves over its
      // own term rather than off screen, keeping Close on screen.
      shift({ padding: VIEWPORT_MARGIN, crossAxis: true }),
      hide(),
    ],
  });
  Object.assign(layer.style, {
    transform: `translate(${Math.round(x)}px, ${Math.round(y)}px)`,
    visibility: middlewareData.hide?.referenceHidden ? 'hidden' : 'visible',
  });
}

/**
 * Keeps the card beside its mention as the page scrolls, resizes or changes;
 * calls `gone` instead when the page removed or rewrote the term (a card about
 * text that is gone must go too). Returns the function that stops following.
 */
export function followMention(mention: Mention, layer: HTMLElement, gone: () => void): () => void {
  const anchor = anchorOf(mention);
  return autoUpdate(anchor, layer, () => {
    if (!mention.node.isConnected || mention.end > mention.node.length) gone();
    else void placeCard(anchor, layer);
  });
}

/** The card's size as its frame measured it (utils/card-frame/card-in-frame.ts). */
export interface FramedCardSize {
  width: number;
  natural: number;
  essential: number;
}

/**
 * Puts the card's frame beside its term: the same choice of side and height as placeCard, for a
 * card measured inside its frame, with `margin` of transparent room on every side of it there.
 * Returns the layout the card inside must take (its height limit, the viewport, sheet or not).
 */
export async function placeFrame(
  anchor: VirtualElement,
  frame: HTMLElement,
  size: FramedCardSize,
  margin: number,
): Promise<{ viewport: number; sheet: boolean; maxHeight: number }> {
  const { width, height, sheet } = viewportOf(frame.ownerDocument);
  const term = anchor.getBoundingClientRect();
  const { side, maxHeight } = chooseSide({ viewport: height, termTop: term.top, termBottom: term.bottom, natural: size.natural, essential: size.essential });
  frame.style.setProperty('width', `${size.width + 2 * margin}px`, 'important');
  frame.style.setProperty('height', `${Math.min(size.natural, maxHeight) + 2 * margin}px`, 'important');
  const { x, y, middlewareData } = await computePosition(anchor, frame, {
    strategy: 'fixed',
    placement: `${side}-start`,
    middleware: [offset({ mainAxis: GAP - margin, crossAxis: -margin }), shift({ padding: VIEWPORT_MARGIN - margin, crossAxis: true }), hide()],
  });
  frame.style.setProperty('transform', `translate(${Math.round(x)}px, ${Math.round(y)}px)`, 'important');
  frame.style.setProperty('visibility', middlewareData.hide?.referenceHidden ? 'hidden' : 'visible', 'important');
  return { viewport: width, sheet, maxHeight };
}
