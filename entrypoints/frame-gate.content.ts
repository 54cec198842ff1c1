import { defineContentScript } from 'wxt/utils/define-content-script';
import { nativeApi } from '../utils/browser/native-api';
import { childFrameRole } from '../utils/content/child-frames';
import { gateFrame } from '../utils/content/frame-gate';

/**
 * Every child frame's gate (utils/content/frame-gate.ts): the painter (entrypoints/content) is
 * loaded by the background only into a frame that holds a possible term. It leaves at once in the
 * top frame, which has the painter from the manifest, and in the card's frame
 * (utils/content/child-frames.ts).
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  // Once the frame is parsed: a child frame's first terms need not show during its parse (the top
  // frame's painter paints while the page parses), and the gate then walks it once, with no
  // observer reports and no animation-frame waits during the parse (measured: 1.3 against 1.4-2.0
  // ms of script a frame, 2 rounds of 5 paired runs). Changes after it are still followed.
  runAt: 'document_idle',
  // Same-origin and srcdoc/about:blank frames are pages a patient reads too.
  allFrames: true,
  matchAboutBlank: true,
  cssInjectionMode: 'manual',
  // No start-up message to the page (see utils/content/silent-context.ts for the rest).
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (childFrameRole(window === window.top, location.href, self.origin) === 'gate') void gateFrame(ctx, document, nativeApi());
  },
});
