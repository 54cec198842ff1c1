import { defineContentScript } from 'wxt/utils/define-content-script';
import { startCardFrame } from '../utils/card-frame/card-in-frame';

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
    startCardFrame(ctx);
  },
});
