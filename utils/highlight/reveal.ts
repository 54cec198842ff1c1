import { liveRange } from './hit-test';
import type { Mention } from './mention';

/**
 * Scrolls a mention into the middle of the view, inner scroll boxes
 * included, without touching the page: the text's parent is brought into
 * view first (this scrolls any scrolling ancestor), then the window is
 * adjusted so the words themselves are centred.
 */
export function scrollToMention(mention: Mention): void {
  const doc = mention.node.ownerDocument;
  const view = doc.defaultView;
  const smooth = !view?.matchMedia('(prefers-reduced-motion: reduce)').matches;
  mention.node.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  if (!view) return;
  const rect = liveRange(mention).getBoundingClientRect();
  const dy = rect.top + rect.height / 2 - view.innerHeight / 2;
  if (Math.abs(dy) > 1) view.scrollBy({ top: dy, behavior: smooth ? 'smooth' : 'auto' });
}
