import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CONTROL_SELECTOR } from '../highlight/exclusions';
import { mentionAtPoint } from '../highlight/hit-test';
import type { LiveHighlighting } from '../highlight/live-highlighting';
import type { Mention } from '../highlight/mention';
import type { OpenOn } from '../settings/schema';
import { HOVER_OPEN_MS, HoverIntent, inCardOrGap } from './hover-intent';
import { LongPress } from './long-press';
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
 * follow the link; on touch, a long press on a term in a link opens it. Only
 * trusted events count: a page cannot open, probe or steer our card with
 * synthetic ones. Two things only are ever prevented, each the reader's own
 * gesture on a painted word: the browser's menu (or click) for a long press
 * that opened a card, and a tap on a word outside any link whose click the browser's
 * touch adjustment moved onto a nearby link. Selection, double-click and the
 * page's own handlers work as before.
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

  ctx.addEventListener(document, 'pointerdown', (event: PointerEvent) => {
    if (!usable(event) || event.button !== 0) return;
    const mention = mentionAt(event.clientX, event.clientY);
    touchPress = event.pointerType === 'mouse' ? undefined : { pointerId: event.pointerId, mention };
    // A press on a term will probably open its card: have the card's frame ready.
    if (mention) popover.prepare(mention.entryId, true);
    if (mention?.control && event.pointerType === 'touch') longPress.start(event, mention);
  }, { passive: true });

  // Touch has no hover, and a tap on a link follows it: a long press on a linked term opens its card
  // instead, and a tap still follows the link.
  const longPress = new LongPress<Mention>((mention) => popover.open(mention));
  for (const type of ['pointerup', 'pointercancel'] as const) {
    ctx.addEventListener(document, type, (event: PointerEvent) => longPress.end(event), { passive: true });
  }
  ctx.addEventListener(document, 'pointermove', (event: PointerEvent) => longPress.moved(event), { passive: true });
  // The browser answers the same long press with its own menu, which would cover the card that
  // press just opened: only that one menu is held back.
  ctx.addEventListener(document, 'contextmenu', (event: Event) => {
    if (usable(event) && longPress.claim()) event.preventDefault();
  });

  ctx.addEventListener(document, 'click', (event: MouseEvent) => {
    if (!usable(event) || event.defaultPrevented || event.button !== 0) return;
    if (longPress.claimClick((event as Partial<PointerEvent>).pointerId)) {
      event.preventDefault();
      return;
    }
    if (event.detail > 1 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (popover.contains(event)) return;
    // The reader was selecting text, not asking for a card.
    const selection = document.getSelection();
    if (selection && !selection.isCollapsed) return;
    // The click of a tap (a PointerEvent with the press's pointerId) uses where the finger went down.
    const tapped = touchPress && (event as Partial<PointerEvent>).pointerId === touchPress.pointerId ? touchPress : undefined;
    touchPress = undefined;
    const mention = tapped ? tapped.mention : mentionAt(event.clientX, event.clientY);
    if (!mention || mention.control) return;
    if (pageOwnsClick(event)) {
      // A finger that went down on a painted word outside any link, whose click the browser's touch
      // adjustment moved onto a nearby link (a zoomed-out page): the reader tapped the word.
      if (!tapped) return;
      event.preventDefault();
    }
    // A second click closes the card, unless it only opened on hover: then it takes it over.
    if (popover.openMention === mention && popover.hoverMention !== mention) popover.close(false);
    else popover.open(mention);
  });

  const guard = new PagePreviewGuard(document, () => {
    hover.cancel();
    if (popover.hoverMention?.control) popover.close(false);
  });
  // Where the mouse was last seen, and whether it was on the card (read while its event was being
  // dispatched: composedPath() is empty once dispatch is over, so it cannot be asked a frame later).
  let pointer: { x: number; y: number; onCard: boolean } | undefined;
  const hover: HoverIntent<Mention> = new HoverIntent<Mention>({
    open: (mention) => {
      if (mention.control && guard.pageShowedPreview) return;
      // A card the reader clicked, focused or pressed in stays: hover never swaps it for another.
      if (popover.openMention && !popover.hoverMention) return;
      // Only where the pointer still is: a page that scrolled or re-rendered under a still pointer
      // moved the word away, and a card must not open over whatever is there now.
      if (!pointer || pointer.onCard || mentionAt(pointer.x, pointer.y) !== mention) return;
      popover.open(mention, { byHover: true });
    },
    close: () => popover.close(false),
    hoverOpened: () => popover.hoverMention,
    delay: (mention) => (mention.control ? LINK_HOVER_MS : HOVER_OPEN_MS),
  });

  // Over the card's frame the page hears no pointer event; the frame says so instead.
  popover.onCardHover = () => {
    pointer = undefined;
    hover.moved('popover');
    highlighting()?.painter.setHover(undefined, false);
  };

  /** Whether the pointer is on the open card or on its way there from the term. */
  const onCardOrGap = (at: { x: number; y: number; onCard: boolean }): boolean => {
    if (at.onCard) return true;
    const geometry = popover.hoverMention ? popover.geometry() : undefined;
    return !!geometry && inCardOrGap(at, geometry.term, geometry.card);
  };

  // Mouse only: touch and pens tap, and the keyboard goes through the popup. One hit test per frame.
  let frame = 0;
  const onFrame = () => {
    frame = 0;
    const at = pointer;
    const live = highlighting();
    if (!at || !live) return;
    if (onCardOrGap(at)) {
      live.painter.setHover(undefined, false);
      hover.moved('popover');
      return;
    }
    const mention = mentionAt(at.x, at.y);
    live.painter.setHover(mention, !!mention && !mention.control);
    const wanted = mention && (openOn() === 'hover' || mention.control) ? mention : null;
    // A pointer on a term will probably open it: its text read ahead (nothing the page can see),
    // and where resting opens it, the card's frame made ahead too.
    if (mention) popover.prepare(mention.entryId, !!wanted);
    if (wanted?.control) guard.arm(isOwnNode);
    else if (!popover.hoverMention?.control) guard.disarm();
    // Always told, also when the pointer left for plain page: a wait that is not cancelled here would
    // open a card over whatever the pointer went on to (a to-do app's delete button, say).
    hover.moved(wanted, at);
  };
  ctx.addEventListener(document, 'pointermove', (event: PointerEvent) => {
    if (event.pointerType !== 'mouse' || !usable(event)) return;
    pointer = { x: event.clientX, y: event.clientY, onCard: popover.contains(event) };
    if (!frame) frame = requestAnimationFrame(onFrame);
  }, { passive: true });
  // The pointer left the window: nothing is being rested on any more.
  ctx.addEventListener(document, 'pointerout', (event: PointerEvent) => {
    if (event.pointerType !== 'mouse' || !usable(event) || event.relatedTarget !== null) return;
    pointer = undefined;
    hover.moved(null);
    highlighting()?.painter.setHover(undefined, false);
  }, { passive: true });
  // Pressing or focusing anything inside a hover-opened card pins it (WCAG 1.4.13: persistent).
  ctx.addEventListener(document, 'pointerdown', (event: PointerEvent) => {
    if (usable(event) && popover.hoverMention && popover.contains(event)) popover.pin();
  }, { passive: true, capture: true });
  ctx.addEventListener(document, 'focusin', (event: FocusEvent) => {
    if (usable(event) && popover.hoverMention && popover.contains(event)) popover.pin();
  });

  ctx.onInvalidated(() => {
    popover.onCardHover = undefined;
    hover.dispose();
    longPress.cancel();
    guard.disarm();
    if (frame) cancelAnimationFrame(frame);
  });
}

function isOwnNode(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && isOwnHost(node as Element);
}
