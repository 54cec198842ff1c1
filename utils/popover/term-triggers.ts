import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MARK_SELECTOR, TERM_ATTRIBUTE } from '../highlight/highlighter';
import type { OpenOn } from '../settings/schema';
import { HoverIntent } from './hover-intent';
import type { PopoverController } from './popover-controller';

function termFrom(event: Event): HTMLElement | null {
  // The composed path, not the target: a term inside a web component's shadow
  // root reaches the document retargeted to the component's host.
  const origin = event.composedPath()[0] as Element | undefined;
  // Duck-typed: `instanceof Element` is unreliable across Firefox's content-script wrappers.
  return typeof origin?.closest === 'function' ? origin.closest<HTMLElement>(MARK_SELECTOR) : null;
}

/**
 * Opens the popover from a highlighted term: a click or tap, or Enter/Space
 * while the term has focus (it is a role="button"), and in the "hover"
 * setting also after the mouse rests on it. Delegated listeners serve every
 * mark, present and future.
 */
export function listenForTermActivation(ctx: ContentScriptContext, popover: PopoverController, openOn: () => OpenOn): void {
  const activate = (event: Event, term: HTMLElement) => {
    const id = term.getAttribute(TERM_ATTRIBUTE);
    if (!id) return;
    event.preventDefault();
    // A second activation closes the popover, unless it only opened on hover: then it takes it over.
    if (popover.openTrigger === term && popover.hoverTrigger !== term) popover.close(false);
    else void popover.open(term, id);
  };
  ctx.addEventListener(document, 'click', (event) => {
    const term = termFrom(event);
    if (term) activate(event, term);
  });
  ctx.addEventListener(document, 'keydown', (event) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    const term = termFrom(event);
    if (term && !event.repeat) activate(event, term);
  });

  // Hover intent: mouse only; touch and pens tap, and the keyboard uses Enter.
  const hover = new HoverIntent({
    open: (term) => {
      const id = term.getAttribute(TERM_ATTRIBUTE);
      if (id) void popover.open(term, id, { byHover: true });
    },
    close: () => popover.close(false),
    hoverOpened: () => popover.hoverTrigger,
  });
  ctx.addEventListener(document, 'pointerover', (event) => {
    if (openOn() !== 'hover' || event.pointerType !== 'mouse') return;
    hover.moved(popover.contains(event) ? 'popover' : termFrom(event));
  });
  ctx.onInvalidated(() => hover.dispose());
}
