import { autoUpdate, computePosition, flip, hide, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
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

/**
 * Puts the card's layer beside its term, the same way on pages and in the PDF
 * reader: below (or above, where below has no room), never wider or taller
 * than the viewport, and hidden while the term is scrolled out of an inner
 * scroll box.
 */
export async function placeCard(anchor: VirtualElement, layer: HTMLElement): Promise<void> {
  const { x, y, middlewareData } = await computePosition(anchor, layer, {
    strategy: 'fixed',
    placement: 'bottom-start',
    middleware: [
      offset(6),
      flip({ padding: VIEWPORT_MARGIN }),
      size({
        padding: VIEWPORT_MARGIN,
        apply({ availableHeight, elements }) {
          // At least 160 px to be readable, never more than the viewport can show.
          const fits = Math.max(160, Math.floor(availableHeight));
          elements.floating.style.maxHeight = `${Math.min(fits, window.innerHeight - 2 * VIEWPORT_MARGIN)}px`;
        },
      }),
      // After size: a card that fits beside its term stays beside it. Only where neither side can
      // hold a readable card (400% zoom) does crossAxis move it over its own term, keeping Close
      // on screen.
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
