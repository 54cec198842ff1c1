import { markOwnHost } from '../browser/own-hosts';

/**
 * Release builds close the card's shadow root so a page cannot read or
 * rewrite what the card says; test builds (`--mode e2e`) leave it open for
 * the end-to-end tests' selectors.
 */
const SHADOW_MODE: ShadowRootMode = import.meta.env.MODE === 'e2e' ? 'open' : 'closed';

export interface PopoverHost {
  readonly host: HTMLElement;
  readonly layer: HTMLElement;
  remove(): void;
}

let sheet: { css: string; sheet: CSSStyleSheet } | undefined;

/**
 * A host for our UI on a page: a plain `div` (a built-in element, so a page cannot
 * pre-define it the way it can a custom element name), styled inline through
 * the CSSOM so hostile page CSS cannot move or reveal it, with a shadow root
 * (closed in release builds). Not yet in the document.
 */
export function createOwnHost(doc: Document): { host: HTMLElement; shadow: ShadowRoot } {
  const host = doc.createElement('div');
  markOwnHost(host);
  const style = host.style;
  for (const [property, value] of [
    ['all', 'initial'],
    ['position', 'fixed'],
    ['top', '0'],
    ['left', '0'],
    ['width', '0'],
    ['height', '0'],
    ['margin', '0'],
    ['padding', '0'],
    ['border', '0'],
    ['display', 'block'],
    ['z-index', '2147483647'],
    ['overflow', 'visible'],
  ] as const) {
    style.setProperty(property, value, 'important');
  }
  return { host, shadow: host.attachShadow({ mode: SHADOW_MODE }) };
}

/**
 * The card's host in our own pages (the PDF reader), with the card's styles
 * adopted into its shadow root (constructed sheets are not subject to a CSP
 * `style-src`). It exists only while a card is open. On web pages the card is
 * in a frame instead (utils/card-frame/frame-host.ts).
 */
export function mountPopoverHost(doc: Document, css: string): PopoverHost {
  const { host, shadow } = createOwnHost(doc);
  if (sheet?.css !== css) {
    const made = new CSSStyleSheet();
    made.replaceSync(css);
    sheet = { css, sheet: made };
  }
  shadow.adoptedStyleSheets.push(sheet.sheet);
  const layer = doc.createElement('div');
  layer.className = 'dmg-layer';
  shadow.append(layer);
  (doc.body ?? doc.documentElement).append(host);
  return { host, layer, remove: () => host.remove() };
}
