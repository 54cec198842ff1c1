import { createOwnHost } from '../popover/popover-host';
import { CARD_FRAME_META, isFromFrame, type FromFrame, type PortOffer, type ToFrame } from './protocol';

/** How long the frame may take to load and answer before the card is given up (a frozen page). */
const READY_MS = 5000;

export interface CardFrame {
  readonly host: HTMLElement;
  readonly frame: HTMLIFrameElement;
  send(message: ToFrame): void;
  remove(): void;
}

/** The secret's only characters: what the background issues (a UUID). Anything else never goes into markup. */
const SAFE_SECRET = /^[0-9a-f-]{16,64}$/i;

/**
 * Makes the card's frame in the page (docs/privacy.md, "the card"): a closed shadow root holding
 * nothing but an `<iframe sandbox="">` (no script of the page's can run in it, and with no text
 * node beside it Firefox's find has nothing to land on), whose srcdoc carries the secret the
 * background issued and no other markup (a style attribute or an image there would meet a strict
 * page CSP and be reported to the page's server). Resolves once our script in the frame has
 * claimed the secret and taken the port; rejects if it does not within READY_MS or `signal` aborts.
 */
export function mountCardFrame(doc: Document, secret: string, title: string, onMessage: (message: FromFrame) => void, signal: AbortSignal): Promise<CardFrame> {
  if (!SAFE_SECRET.test(secret)) return Promise.reject(new Error('DM Glossary: malformed card secret'));
  const { host, shadow } = createOwnHost(doc);
  const frame = doc.createElement('iframe');
  frame.setAttribute('sandbox', '');
  frame.title = title;
  const style = frame.style;
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
    signal.addEventListener('abort', () => fail('aborted'), { once: true });
    let ready = false;
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

/** Whether the frame is drawn as the reader sees it: visible and fully opaque all the way up (a lured click's first test). */
export function isDrawn(frame: HTMLIFrameElement): boolean {
  const view = frame.ownerDocument.defaultView;
  if (!view || !frame.isConnected) return false;
  const check = (frame as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  if (check && !check.call(frame, { opacityProperty: true, visibilityProperty: true })) return false;
  let product = 1;
  for (let at: Element | null = frame; at; ) {
    product *= Number.parseFloat(view.getComputedStyle(at).opacity) || 0;
    const parent: Node | null = at.parentNode;
    at = parent instanceof Element ? parent : parent && 'host' in parent ? (parent as ShadowRoot).host : null;
  }
  return product >= 0.99;
}
