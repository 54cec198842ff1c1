import { createOwnHost } from '../popover/popover-host';
import { browser } from 'wxt/browser';
import { CARD_FRAME_META, isFromFrame, newSecret, secretKey, type FromFrame, type PortOffer, type ToFrame } from './protocol';

/** How long the frame may take to load and answer before the card is given up (a frozen page). */
const READY_MS = 5000;

export interface CardFrame {
  readonly host: HTMLElement;
  readonly frame: HTMLIFrameElement;
  send(message: ToFrame): void;
  /** Empties and hides the frame, kept for the next card. */
  hide(): void;
  remove(): void;
}


/**
 * Makes the card's frame in the page (docs/privacy.md, "the card's frame"): a closed shadow root
 * holding nothing but an `<iframe sandbox="">` (no script of the page's can run in it, and with no
 * text node beside it Firefox's find has nothing to land on), whose srcdoc carries a fresh secret,
 * also put in our storage for the frame to claim, and no other markup (a style attribute or an
 * image there would meet a strict page CSP and be reported to the page's server). Resolves once
 * our script in the frame has claimed the secret and taken the port; rejects if it does not within
 * READY_MS or `signal` aborts.
 */
export async function mountCardFrame(doc: Document, title: string, onMessage: (message: FromFrame) => void, signal: AbortSignal): Promise<CardFrame> {
  const secret = newSecret();
  const key = secretKey(secret);
  await browser.storage.local.set({ [key]: Date.now() });
  try {
    return await makeFrame(doc, secret, title, onMessage, signal);
  } finally {
    // Claimed by the frame already, or never to be: either way it must not linger.
    void browser.storage.local.remove(key).catch(() => undefined);
  }
}

function makeFrame(doc: Document, secret: string, title: string, onMessage: (message: FromFrame) => void, signal: AbortSignal): Promise<CardFrame> {
  const { host, shadow } = createOwnHost(doc);
  const frame = doc.createElement('iframe');
  frame.setAttribute('sandbox', '');
  frame.title = title;
  const style = frame.style;
  const hide = () => {
    for (const property of ['width', 'height']) style.setProperty(property, '0', 'important');
    style.setProperty('transform', 'none', 'important');
    style.setProperty('visibility', 'hidden', 'important');
  };
  for (const [property, value] of [
    ['all', 'initial'],
    ['position', 'fixed'],
    ['top', '0'],
    ['left', '0'],
    ['width', '0'],
    ['height', '0'],
    ['border', '0'],
    ['margin', '0'],
    ['padding', '0'],
    ['display', 'block'],
    ['background', 'transparent'],
    ['color-scheme', 'normal'],
    // Until the card inside has a size: nothing to see, nothing to click.
    ['visibility', 'hidden'],
  ] as const) {
    style.setProperty(property, value, 'important');
  }
  frame.srcdoc = `<!doctype html><meta name="${CARD_FRAME_META}" content="${secret}">`;
  shadow.append(frame);

  const channel = new MessageChannel();
  const remove = () => {
    channel.port1.close();
    host.remove();
  };
  return new Promise<CardFrame>((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      remove();
      reject(new Error(why));
    };
    const timer = setTimeout(() => fail('DM Glossary: the card frame did not answer'), READY_MS);
    let ready = false;
    // Only while it is being made: a frame that is ready belongs to whoever took it.
    signal.addEventListener('abort', () => ready || fail('aborted'), { once: true });
    channel.port1.onmessage = (event: MessageEvent) => {
      const message: unknown = event.data;
      if (!isFromFrame(message) || signal.aborted) return;
      if (!ready) {
        if (message.type !== 'ready') return;
        ready = true;
        clearTimeout(timer);
        resolve({
          host,
          frame,
          send: (out) => channel.port1.postMessage(out),
          hide: () => {
            channel.port1.postMessage({ type: 'clear' } satisfies ToFrame);
            hide();
          },
          remove,
        });
        return;
      }
      onMessage(message);
    };
    frame.addEventListener(
      'load',
      () => {
        const offer: PortOffer = { dmgCard: secret };
        // Only the frame hears this: its window is reachable through our closed root alone.
        frame.contentWindow?.postMessage(offer, '*', [channel.port2]);
      },
      { once: true },
    );
    (doc.body ?? doc.documentElement).append(host);
  });
}

/** Our host's z-index: only the top layer, or an element as high and later in the page, is drawn above it. */
const TOP_Z = 2147483647;

/**
 * Whether the frame is drawn as the reader sees it, a lured click's first test (review S5): the
 * frame visible and fully opaque all the way up, and nothing of the page's drawn over it. Over
 * it can be only what the browser draws above our host (z-index TOP_Z, last in the body): an
 * element in the top layer (an open popover, a modal dialog, fullscreen), or one positioned at
 * TOP_Z after our host. A cover that lets clicks through (`pointer-events: none`) is found this
 * way too, which hit-testing cannot do, and Firefox has no IntersectionObserver v2 to see it.
 */
export function isDrawn(frame: HTMLIFrameElement): boolean {
  const doc = frame.ownerDocument;
  const view = doc.defaultView;
  if (!view || !frame.isConnected) return false;
  const check = (frame as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  if (check && !check.call(frame, { opacityProperty: true, visibilityProperty: true })) return false;
  let product = 1;
  let host: Element | null = null;
  for (let at: Element | null = frame; at; ) {
    product *= Number.parseFloat(view.getComputedStyle(at).opacity) || 0;
    const parent: Node | null = at.parentNode;
    if (parent && !(parent instanceof Element) && 'host' in parent) host = (parent as ShadowRoot).host;
    at = parent instanceof Element ? parent : parent && 'host' in parent ? (parent as ShadowRoot).host : null;
  }
  if (product < 0.99) return false;
  const box = frame.getBoundingClientRect();
  const over = (element: Element) => {
    if (element === host) return false;
    const r = element.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top;
  };
  for (const selector of [':popover-open', ':modal', ':fullscreen']) {
    let found: Element[] = [];
    try {
      found = [...doc.querySelectorAll(selector)];
    } catch {
      // A selector this browser does not know: nothing of that kind can be open.
    }
    if (found.some(over)) return false;
  }
  const later: Element[] = [];
  for (let at = host?.nextElementSibling ?? null; at; at = at.nextElementSibling) later.push(at);
  for (let at = doc.body?.nextElementSibling ?? null; at; at = at.nextElementSibling) later.push(at);
  for (const root of later) {
    for (const element of [root, ...root.querySelectorAll('*')]) {
      const style = view.getComputedStyle(element);
      if (style.position !== 'static' && Number(style.zIndex) >= TOP_Z && style.visibility !== 'hidden' && over(element)) return false;
    }
  }
  return true;
}
