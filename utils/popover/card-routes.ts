import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { LiveHighlighting } from '../highlight/live-highlighting';
import type { OpenOn } from '../settings/schema';
import { PopoverController } from './popover-controller';
import { listenForTermActivation } from './term-triggers';

/**
 * Every way to a card on a page: the card controller, the pointer, touch and keyboard triggers on
 * painted terms, and the closing of a card when a single-page app changes route.
 *
 * The content script starts these only once its frame has painted a term (or the popup asks for a
 * card): most frames of most pages never do, and there this code is never evaluated and no
 * listener of ours sees the page's pointer moves (issue #22). It is imported lazily
 * (`entrypoints/content/index.ts`), so the bundler evaluates it on first use.
 */
export function startCardRoutes(
  ctx: ContentScriptContext,
  highlighting: () => LiveHighlighting | undefined,
  language: () => 'es' | undefined,
  openOn: () => OpenOn,
): PopoverController {
  const popover = new PopoverController(ctx, highlighting, language);
  listenForTermActivation(ctx, popover, highlighting, openOn);
  // A single-page app changed route: the term the card points at may be gone. A new #hash is
  // the same page (a table of contents, a footnote), so the card stays. New content itself
  // arrives as DOM mutations and is painted like any other.
  const route = () => location.href.replace(/#.*$/, '');
  let href = route();
  ctx.setInterval(() => {
    if (route() === href) return;
    href = route();
    popover.close(false);
  }, 1000);
  return popover;
}
