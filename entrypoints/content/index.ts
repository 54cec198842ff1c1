import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageSession } from '../../utils/highlight/page-session';
import { revealFirst } from '../../utils/highlight/reveal';
import { isCountsRequest, isRevealRequest, isToggleSiteRequest, type CountsReply } from '../../utils/messages';
import { PopoverController } from '../../utils/popover/popover-controller';
import { listenForTermActivation } from '../../utils/popover/term-triggers';
import { isActiveOn, switchSite } from '../../utils/settings/schema';
import { loadSettings, updateSettings, watchSettings } from '../../utils/settings/store';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  runAt: 'document_idle',
  // Same-origin and srcdoc/about:blank frames are pages a patient reads too.
  allFrames: true,
  matchAboutBlank: true,
  // Styles reach the popover's shadow root inline; nothing is fetched or exposed to pages.
  cssInjectionMode: 'manual',
  async main(ctx) {
    if (!document.body) return;
    const host = location.hostname;
    let settings = await loadSettings();
    if (ctx.isInvalid) return;
    const session = new PageSession(document, host);
    session.apply(settings);

    const popover = new PopoverController(ctx);
    listenForTermActivation(ctx, popover, () => settings.openOn);
    // A single-page app changed route: the term the popover points at may be gone.
    // New content itself arrives as DOM mutations and is highlighted like any other.
    ctx.addEventListener(window, 'wxt:locationchange', () => popover.close(false));

    // Changes made in the popup, the options page or another tab apply here at once.
    const unwatch = watchSettings((next) => {
      settings = next;
      session.apply(next);
      // Close what no longer makes sense: a popover whose term was just removed, or one opened by
      // hovering once hovering is switched off. A popover the reader opened otherwise stays.
      const trigger = popover.openTrigger;
      if (trigger && (!trigger.isConnected || (next.openOn === 'click' && popover.hoverTrigger))) popover.close(false);
    });

    // Only the top frame answers: it speaks for the page the patient sees.
    const onMessage = (message: unknown): Promise<CountsReply | boolean> | undefined => {
      if (window !== window.top) return undefined;
      if (isCountsRequest(message)) {
        return session.idle().then(() => ({ counts: Object.fromEntries(session.counts()), host, active: session.active }));
      }
      if (isRevealRequest(message)) return Promise.resolve(revealFirst(document, message.id));
      if (isToggleSiteRequest(message)) {
        return updateSettings(switchSite(settings, host)).then((next) => isActiveOn(next, host));
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);

    ctx.onInvalidated(() => {
      unwatch();
      browser.runtime.onMessage.removeListener(onMessage);
      popover.close(false);
      session.stop();
    });
  },
});
