import { defineContentScript } from 'wxt/utils/define-content-script';
import { getMatcher } from '../../glossary';
import { highlightTerms, removeHighlights } from '../../utils/highlight/highlighter';
import { installHighlightStyles } from '../../utils/highlight/page-styles';
import { PopoverController } from '../../utils/popover/popover-controller';
import { listenForTermActivation } from '../../utils/popover/term-triggers';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_idle',
  // Styles are passed to the shadow root inline; nothing is fetched or exposed to pages.
  cssInjectionMode: 'manual',
  main(ctx) {
    const body = document.body;
    if (!body) return;
    const removeStyles = installHighlightStyles(document);
    highlightTerms(body, getMatcher());
    const popover = new PopoverController(ctx);
    listenForTermActivation(ctx, popover);
    ctx.onInvalidated(() => {
      removeHighlights(body);
      removeStyles();
    });
  },
});
