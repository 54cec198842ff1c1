import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageSession } from '../../utils/highlight/page-session';
import { isCountsRequest, isRevealRequest, isToggleSiteRequest, type CountsReply } from '../../utils/messages';
import { PopoverController } from '../../utils/popover/popover-controller';
import { listenForTermActivation } from '../../utils/popover/term-triggers';
import { isActiveOn, switchSite } from '../../utils/settings/schema';
import { loadSettings, updateSettings, watchSettings } from '../../utils/settings/store';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  // At DOMContentLoaded: painting changes nothing in the DOM, so it need not wait for idle.
  runAt: 'document_end',
  // Same-origin and srcdoc/about:blank frames are pages a patient reads too.
  allFrames: true,
  matchAboutBlank: true,
  // The card's styles are adopted into its own shadow root; nothing is fetched or exposed to pages.
  cssInjectionMode: 'manual',
  // No start-up message to the page (see utils/content/silent-context.ts for the rest).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    if (!document.body) return;
    const host = location.hostname;
    let settings = await loadSettings();
    if (ctx.isInvalid) return;
    const session = new PageSession(document);
    const popover = new PopoverController(ctx, () => session.highlighting);
    session.apply(settings, host);
    listenForTermActivation(ctx, popover, () => session.highlighting, () => settings.openOn);

    // A single-page app changed route: the term the card points at may be gone.
    // New content itself arrives as DOM mutations and is painted like any other.
    let href = location.href;
    ctx.setInterval(() => {
      if (location.href === href) return;
      href = location.href;
      popover.close(false);
    }, 1000);

    // Changes made in the popup, the options page or another tab apply here at once.
    const unwatch = watchSettings((next) => {
      settings = next;
      const restarted = session.apply(next, host);
      // Close what no longer makes sense: a card whose mention was just repainted or removed, or one
      // opened by hovering once hovering is switched off. A card the reader opened otherwise stays.
      if (restarted || !session.active || (next.openOn === 'click' && popover.hoverMention && !popover.hoverMention.control)) {
        popover.close(false);
      }
    });

    // Only the top frame answers: it speaks for the page the patient sees.
    const onMessage = (message: unknown): Promise<CountsReply | boolean> | undefined => {
      if (window !== window.top || ctx.isInvalid) return undefined;
      if (isCountsRequest(message)) {
        return session.idle().then(() => ({ counts: Object.fromEntries(session.counts()), host, active: session.active }));
      }
      if (isRevealRequest(message)) return session.idle().then(() => popover.openFirst(message.id));
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
