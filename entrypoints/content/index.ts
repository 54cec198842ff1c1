import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { getMatcher } from '../../glossary';
import { startLiveHighlighting } from '../../utils/highlight/live-highlighting';
import { revealFirst } from '../../utils/highlight/reveal';
import { isCountsRequest, isRevealRequest, type CountsReply } from '../../utils/messages';
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

    // Only the top frame answers the popup: it speaks for the page the patient sees.
    const onMessage = (message: unknown): Promise<CountsReply | boolean> | undefined => {
      if (window !== window.top) return undefined;
      if (isCountsRequest(message)) {
        return highlighting.idle().then(() => ({ counts: Object.fromEntries(highlighting.counts()) }));
      }
      if (isRevealRequest(message)) return Promise.resolve(revealFirst(document, message.id));
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      popover.close(false);
      highlighting.stop();
    });
  },
});
