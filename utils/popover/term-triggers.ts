import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CONTROL_SELECTOR } from '../highlight/exclusions';
import { mentionAtPoint } from '../highlight/hit-test';
import type { LiveHighlighting } from '../highlight/live-highlighting';
import type { Mention } from '../highlight/mention';
import type { OpenOn } from '../settings/schema';
import { fetchEntry } from './entry-client';
import { HOVER_OPEN_MS, HoverIntent } from './hover-intent';
import { PagePreviewGuard } from './page-preview-guard';
import type { PopoverController } from './popover-controller';
import { isOwnHost } from '../browser/own-hosts';

/** A term in a link waits longer, so a page's own link preview (Wikipedia's) comes first and ours steps back. */
export const LINK_HOVER_MS = 800;

/** Whether a click belongs to the page: it landed in a link, a button or another control. */
function pageOwnsClick(event: MouseEvent): boolean {
  const origin = event.composedPath()[0];
  // Duck-typed: `instanceof` is unreliable across Firefox's content-script wrappers.
  const node = origin as Node | undefined;
  const element = node?.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element | undefined);
  if (!element || typeof element.closest !== 'function') return false;
  // (Not the computed cursor: over a term that is our own pointer rule.)
  return element.closest(CONTROL_SELECTOR) !== null || element.closest('select,input,textarea') !== null;
}

/**
 * Opens the card from a painted term. Terms are not elements, so the pointer
 * is hit-tested against the painted ranges (caretPositionFromPoint). A click
 * or tap on a term in prose opens its card; a click inside a link or another
 * control is the page's, untouched. Resting the mouse on a term opens it too
 * in the "hover" setting, and always for terms in links, where a click would
 * follow the link. Only trusted events count: a page cannot open, probe or
 * steer our card with synthetic ones. Nothing is ever prevented or stopped,
 * so selection, double-click and the page's own handlers work as before.
 */
export function listenForTermActivation(
  ctx: ContentScriptContext,
  popover: PopoverController,
  highlighting: () => LiveHighlighting | undefined,
  openOn: () => OpenOn,
): void {
  const mentionAt = (x: number, y: number): Mention | undefined => {
    const live = highlighting();
    if (!live || live.painter.paintedCount === 0) return undefined;
    return mentionAtPoint(document, x, y, (node) => live.paintedIn(node), [...live.shadowRoots()]);
  };
  const usable = (event: Event) => event.isTrusted && !ctx.isInvalid;

  // A touch press's own hit: Chromium's touch adjustment moves the click that follows a tap by
  // several pixels (onto the line above, on a dense page), where it misses the term that was tapped.
  let touchPress: { pointerId: number; mention: Mention | undefined } | undefined;

  // Pressing on a term asks the background for the card's text before the click lands.
  ctx.addEventListener(document, 'pointerdown', (event: PointerEvent) => {
    if (!usable(event) || event.button !== 0) return;
    const mention = mentionAt(event.clientX, event.clientY);
    touchPress = event.pointerType === 'mouse' ? undefined : { pointerId: event.pointerId, mention };
    if (mention && !mention.control) void fetchEntry(mention.entryId);
  }, { passive: true });

  ctx.addEventListener(document, 'click', (event: MouseEvent) => {
    if (!usable(event) || event.defaultPrevented || event.button !== 0) return;
    if (event.detail > 1 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (popover.contains(event)) return;
    // The reader was selecting text, not asking for a card.
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed) return;
    // The click of a tap (a PointerEvent with the press's pointerId) uses where the finger went down.
    const tapped = touchPress && (event as Partial<PointerEvent>).pointerId === touchPress.pointerId ? touchPress : undefined;
    touchPress = undefined;
    const mention = tapped ? tapped.mention : mentionAt(event.clientX, event.clientY);
    if (!mention || mention.control || pageOwnsClick(event)) return;
    // A second click closes the card, unless it only opened on hover: then it takes it over.
    if (popover.openMention === mention && popover.hoverMention !== mention) popover.close(false);
    else popover.open(mention);
  });

  const guard = new PagePreviewGuard(document, () => {
    hover.cancel();
    if (popover.hoverMention?.control) popover.close(false);
  });
  const hover: HoverIntent<Mention> = new HoverIntent<Mention>({
    open: (mention) => {
      if (mention.control && guard.pageShowedPreview) return;
      void fetchEntry(mention.entryId);
      popover.open(mention, { byHover: true });
    },
    close: () => popover.close(false),
    hoverOpened: () => popover.hoverMention,
    delay: (mention) => (mention.control ? LINK_HOVER_MS : HOVER_OPEN_MS),
  });

  // Mouse only: touch and pens tap, and the keyboard goes through the popup. One hit test per frame.
  let frame = 0;
  let last: PointerEvent | undefined;
  const onFrame = () => {
    frame = 0;
    const event = last;
    if (!event) return;
    const live = highlighting();
    if (!live) return;
    if (popover.contains(event)) {
      hover.moved('popover');
      return;
    }
    const mention = mentionAt(event.clientX, event.clientY);
    live.painter.setHover(mention, !!mention && !mention.control);
    // A pointer resting on a term will probably click it: have its text ready.
    if (mention) void fetchEntry(mention.entryId);
    const byHover = openOn() === 'hover' || !!mention?.control || !!popover.hoverMention;
    if (!byHover) return;
    if (mention?.control) guard.arm(isOwnNode);
    else if (!popover.hoverMention?.control) guard.disarm();
    hover.moved(mention && (openOn() === 'hover' || mention.control) ? mention : null);
  };
  ctx.addEventListener(document, 'pointermove', (event: PointerEvent) => {
    if (event.pointerType !== 'mouse' || !usable(event)) return;
    last = event;
    if (!frame) frame = requestAnimationFrame(onFrame);
  }, { passive: true });

  ctx.onInvalidated(() => {
    hover.dispose();
    guard.disarm();
    if (frame) cancelAnimationFrame(frame);
  });
}

function isOwnNode(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && isOwnHost(node as Element);
}
