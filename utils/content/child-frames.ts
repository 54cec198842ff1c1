/**
 * Which of our two child-frame scripts acts in a frame: the card's (entrypoints/card-frame.content.ts)
 * only in the card's own sandboxed frame, the gate (entrypoints/frame-gate.content.ts,
 * ./frame-gate.ts) only in a page's frame that could be painted; in the top frame, which has the
 * painter, and everywhere else, neither. Pure: the scripts pass `window === window.top`,
 * `location.href` and `self.origin`.
 *
 * A gate in the card's frame would find the card's own words and have the background load the
 * whole painter there, which would paint nothing (a sandboxed frame has no site:
 * utils/settings/frame-site.ts). Chromium never gives the gate that frame (an opaque-origin frame
 * gets only scripts with match_origin_as_fallback); the rule keeps it so whatever the manifest or
 * the browser.
 */
import { isCardFrameDocument } from '../card-frame/protocol';

export type ChildFrameRole = 'card' | 'gate' | 'none';

/**
 * The schemes of the frames the gate looks at: the content scripts' own sites, and blank and srcdoc
 * frames, which are their creator's. A `blob:` document keeps its creator's origin, but reaches
 * our scripts only through the card's script (match_origin_as_fallback); it was never painted.
 */
const GATED_SCHEMES = new Set(['http:', 'https:', 'file:', 'about:']);

export function childFrameRole(isTop: boolean, href: string, origin: string): ChildFrameRole {
  if (isTop) return 'none';
  // An opaque origin is never painted (no site, so no privacy mode matches it); the card's frame is one.
  if (origin === 'null') return isCardFrameDocument(href, origin) ? 'card' : 'none';
  return GATED_SCHEMES.has(href.slice(0, href.indexOf(':') + 1)) ? 'gate' : 'none';
}
