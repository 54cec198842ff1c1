import { defineContentScript } from 'wxt/utils/define-content-script';
import { childFrameRole } from '../utils/content/child-frames';

/**
 * The card on web pages, inside the sandboxed frame the page's content script makes for it
 * (utils/card-frame/). A frame with an opaque origin gets our script only with
 * match_origin_as_fallback, so this runs in every blank, srcdoc, data: and blob: frame of every
 * page: it leaves at once unless the frame is a sandboxed srcdoc one holding a secret the
 * background issued (docs/privacy.md). The card's UI rides here, not in the page's content script.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  // At the start, so the frame hears the parent's offer of a port, which follows its load.
  runAt: 'document_start',
  cssInjectionMode: 'manual',
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (childFrameRole(window === window.top, location.href, self.origin) !== 'card') return;
    // Imported here, so the card (Preact, the card's code) is evaluated only in a frame that may be
    // the card's, not at the start of every frame of every page (0.3-0.4 ms each, issue #22). The
    // import settles in a microtask, before the parent's offer (a message event) can arrive.
    void import('../utils/card-frame/card-in-frame').then(({ startCardFrame }) => startCardFrame(ctx));
  },
});
