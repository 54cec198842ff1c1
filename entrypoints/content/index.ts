import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { getMatcher } from '../../glossary';
import { startLiveHighlighting } from '../../utils/highlight/live-highlighting';
import { isCountsRequest, type CountsReply } from '../../utils/messages';
import { PopoverController } from '../../utils/popover/popover-controller';
import { listenForTermActivation } from '../../utils/popover/term-triggers';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_idle',
  // Same-origin and srcdoc/about:blank frames are pages a patient reads too.
  allFrames: true,
  matchAboutBlank: true,
  // Styles reach the popover's shadow root inline; nothing is fetched or exposed to pages.
  cssInjectionMode: 'manual',
  main(ctx) {
    if (!document.body) return;
    const highlighting = startLiveHighlighting(document, getMatcher());
    const popover = new PopoverController(ctx);
    listenForTermActivation(ctx, popover);
    // A single-page app changed route: the term the popover points at may be gone.
    // New content itself arrives as DOM mutations and is highlighted like any other.
    ctx.addEventListener(window, 'wxt:locationchange', () => popover.close(false));

    const onMessage = (message: unknown): Promise<CountsReply> | undefined => {
      if (!isCountsRequest(message) || window !== window.top) return undefined;
      return highlighting.idle().then(() => ({ counts: Object.fromEntries(highlighting.counts()) }));
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      popover.close(false);
      highlighting.stop();
    });
  },
});
