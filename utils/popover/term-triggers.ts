import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MARK_SELECTOR, TERM_ATTRIBUTE } from '../highlight/highlighter';
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
 * while the term has focus (it is a role="button"). One delegated listener
 * serves every mark, present and future.
 */
export function listenForTermActivation(ctx: ContentScriptContext, popover: PopoverController): void {
  const activate = (event: Event, term: HTMLElement) => {
    const id = term.getAttribute(TERM_ATTRIBUTE);
    if (!id) return;
    event.preventDefault();
    if (popover.openTrigger === term) popover.close(false);
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
}
