import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Popover } from '../../components/card/Popover';
import { ClickRefused, type NotebookPort } from '../notebook/port';
import type { CardLabelSets } from '../card-data/card-labels';
import { fetchCardCss, fetchCardLabels, fetchEntry } from '../popover/entry-client';
import { isEntryReply } from '../card-data/entry-store';
import { notebookClient } from '../popover/notebook-client';
import { CARD_FRAME_META, FRAME_MARGIN, isCardFrameDocument, isFreshSecret, isPortOffer, secretKey, isToFrame, type FrameLayout, type FromFrame, type ToFrame } from './protocol';

/** How long after the parent showed the card it takes focus back from the frame's body. */
const FOCUS_WATCH_MS = 2000;

/** Well under the hover-close grace time (utils/popover/hover-intent.ts, 300 ms). */
const HOVER_TELL_MS = 100;

/** The frame's own page: transparent, no margin, the card at FRAME_MARGIN from its corner. */
const FRAME_CSS = `
html, body { margin: 0; padding: 0; background: transparent; overflow: hidden; }
.dmg-layer { top: ${FRAME_MARGIN}px; left: ${FRAME_MARGIN}px; }
`;

/**
 * Our script in every sandboxed srcdoc frame (it must be there to get into the card's): quiet
 * unless the frame is the card's. Only then, the frame's secret found in our storage (put there by
 * the parent, claimed once) and the parent having offered its port with that secret, it renders
 * the card here, out of the page's reach (docs/privacy.md).
 */
export function startCardFrame(ctx: ContentScriptContext): void {
  // Not a sandboxed srcdoc document: not a frame we make. Cheap, and nothing else is done.
  if (!isCardFrameDocument(location.href, self.origin)) return;
  let offer: { secret: string; port: MessagePort } | undefined;
  let claimed: string | undefined;
  let styles: Promise<[string, CardLabelSets | null]> | undefined;
  const started = new AbortController();
  const onOffer = (event: MessageEvent) => {
    if (event.source !== window.parent || !isPortOffer(event.data) || !event.ports[0] || offer) return;
    offer = { secret: event.data.dmgCard, port: event.ports[0] };
    begin();
  };
  const begin = () => {
    if (!offer || claimed === undefined || started.signal.aborted) return;
    started.abort();
    window.removeEventListener('message', onOffer);
    if (offer.secret !== claimed) return;
    void runCard(ctx, offer.port, styles!);
  };
  window.addEventListener('message', onOffer);
  const claim = async () => {
    const secret = document.querySelector(`meta[name="${CARD_FRAME_META}"]`)?.getAttribute('content');
    if (!secret) {
      window.removeEventListener('message', onOffer);
      return;
    }
    // Ours only if the parent stored this very secret (a page cannot read or write our storage).
    // Claimed once: it is removed before the card is drawn.
    const key = secretKey(secret);
    const stored = await browser.storage.local.get(key).then((items) => items[key], () => undefined);
    const yes = isFreshSecret(stored, Date.now());
    if (stored !== undefined) void browser.storage.local.remove(key).catch(() => undefined);
    if (!yes) {
      window.removeEventListener('message', onOffer);
      return;
    }
    claimed = secret;
    // The card's styles and labels are the glossary's public data: asked for alongside the claim.
    styles = Promise.all([fetchCardCss(), fetchCardLabels().catch(() => null)]);
    begin();
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => void claim(), { once: true });
  else void claim();
}

/** The card, rendered in this frame's document and driven by the parent over `port`. */
async function runCard(ctx: ContentScriptContext, port: MessagePort, styles: Promise<[string, CardLabelSets | null]>): Promise<void> {
  const post = (message: FromFrame) => port.postMessage(message);
  const [css, labels] = await styles;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`${css}\n${FRAME_CSS}`);
  document.adoptedStyleSheets = [sheet];
  const layer = document.createElement('div');
  layer.className = 'dmg-layer';
  document.body.append(layer);

  // A notebook change from a card on a web page also needs the parent's word that the frame is
  // drawn in the page as the reader sees it (the page can make our frame transparent; inside the
  // frame that cannot be seen).
  let asked = 0;
  const waiting = new Map<number, (yes: boolean) => void>();
  const drawn = () =>
    new Promise<boolean>((resolve) => {
      const id = ++asked;
      waiting.set(id, resolve);
      post({ type: 'drawn?', id });
    });
  const guarded = async <T>(act: () => Promise<T>): Promise<T> => {
    if (!(await drawn())) throw new ClickRefused();
    return act();
  };
  const notebook: NotebookPort = {
    ...notebookClient,
    setMine: (termId, on) => guarded(() => notebookClient.setMine(termId, on)),
    setSaved: (termId, on) => guarded(() => notebookClient.setSaved(termId, on)),
    addQuestion: (termId, text) => guarded(() => notebookClient.addQuestion(termId, text)),
    askElsewhere: (termId) => guarded(() => notebookClient.askElsewhere!(termId)),
  };

  let layout: FrameLayout = { viewport: 0, sheet: false, maxHeight: 0 };
  const applyLayout = (next: FrameLayout) => {
    layout = next;
    layer.style.setProperty('--dmg-viewport', `${next.viewport}px`);
    layer.toggleAttribute('data-sheet', next.sheet);
    layer.style.maxHeight = next.maxHeight > 0 ? `${next.maxHeight}px` : '';
  };

  let last = '';
  const report = () => {
    const dialog = layer.firstElementChild as HTMLElement | null;
    if (!dialog) return;
    const natural = dialog.scrollHeight + (dialog.offsetHeight - dialog.clientHeight);
    const summary = dialog.querySelector('.tc-summary');
    const essential = summary
      ? Math.min(natural, Math.ceil(summary.getBoundingClientRect().bottom - dialog.getBoundingClientRect().top + dialog.scrollTop + 16))
      : natural;
    const width = Math.ceil(layer.getBoundingClientRect().width);
    const key = `${width} ${natural} ${essential}`;
    if (key === last) return;
    last = key;
    post({ type: 'size', width, natural, essential });
  };
  // A task, not an animation frame: a frame the parent keeps hidden until it has a size is not
  // rendered, so its animation frames (and resize observations) never come.
  let pending = false;
  const schedule = () => {
    if (pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      report();
    });
  };
  const resized = new ResizeObserver(schedule);
  const changed = new MutationObserver(() => {
    schedule();
    for (const child of layer.querySelectorAll('.dmg-dialog, .dmg-dialog > *')) resized.observe(child);
  });
  changed.observe(layer, { childList: true, subtree: true, characterData: true, attributes: true });
  resized.observe(layer);

  const show = (message: Extract<ToFrame, { type: 'render' }>) => {
    applyLayout(message.layout);
    const given = isEntryReply(message.reply, message.entryId) ? message.reply : undefined;
    render(
      h(Popover, {
        key: `${message.entryId}-${message.position.total}`,
        entryId: message.entryId,
        load: (id: string) => (given && id === message.entryId ? Promise.resolve(given) : fetchEntry(id)),
        labelSets: labels,
        place: message.place,
        notebook,
        takeFocus: message.takeFocus,
        position: message.position,
        onStep: (direction: -1 | 1) => post({ type: 'step', direction }),
        onClose: () => post({ type: 'close', restoreFocus: true }),
        // Always handled here: the parent moves focus on into the page, or it stays in the card.
        onTabOut: (direction: 1 | -1) => {
          post({ type: 'tab-out', direction });
          return true;
        },
        onOpenGlossary: (id: string) => post({ type: 'open-glossary', id }),
      }),
      layer,
    );
    schedule();
  };

  // The parent has just shown the frame and focused it; in Chromium the frame may hear the message
  // before it knows it is shown (focus() on a hidden frame's element does nothing), and focus was
  // seen falling back to the frame's body a moment after it landed. So for FOCUS_WATCH_MS, while
  // the frame has focus but nothing in it does, the card takes it again; and after that, when the
  // frame's window gets focus back (the reader returns to the tab) with the card still waiting for it.
  let wantFocus = false;
  let watchUntil = 0;
  const tryFocus = () => {
    if (!wantFocus) return;
    const dialog = layer.querySelector<HTMLElement>('[role="dialog"]');
    const active = document.activeElement;
    if (dialog && document.hasFocus() && (!active || active === document.body)) dialog.focus({ preventScroll: true });
    if (performance.now() < watchUntil) setTimeout(tryFocus, 100);
    else if (document.activeElement !== document.body) wantFocus = false;
  };
  const focusCard = () => {
    wantFocus = true;
    watchUntil = performance.now() + FOCUS_WATCH_MS;
    tryFocus();
  };
  ctx.addEventListener(window, 'focus', () => tryFocus());

  port.onmessage = (event: MessageEvent) => {
    const message: unknown = event.data;
    if (!isToFrame(message)) return;
    switch (message.type) {
      case 'render':
        show(message);
        break;
      case 'layout':
        if (message.layout.maxHeight !== layout.maxHeight || message.layout.viewport !== layout.viewport || message.layout.sheet !== layout.sheet) {
          applyLayout(message.layout);
          schedule();
        }
        break;
      case 'clear':
        wantFocus = false;
        render(null, layer);
        last = '';
        break;
      case 'focus':
        focusCard();
        break;
      case 'drawn':
        waiting.get(message.id)?.(message.yes);
        waiting.delete(message.id);
        break;
    }
  };

  // What the parent cannot hear from here: a press or focus inside the card (pins a hover-opened
  // card), a press beside it in the frame's margin (a press outside the card closes it), Escape.
  const pressed = (event: PointerEvent) => {
    if (!event.isTrusted) return;
    // The reader's own press decides where focus goes now.
    wantFocus = false;
    // Duck-typed: `instanceof` is unreliable across Firefox's content-script wrappers.
    const inCard = event.composedPath().some((node) => (node as Partial<Element>).classList?.contains('dmg-dialog') === true);
    post(inCard ? { type: 'pin' } : { type: 'close', restoreFocus: false });
  };
  ctx.addEventListener(document, 'pointerdown', pressed, { capture: true });
  ctx.addEventListener(document, 'focusin', () => post({ type: 'pin' }));
  // A hover-opened card stays while the mouse is on it: told at most every HOVER_TELL_MS.
  let told = 0;
  ctx.addEventListener(document, 'pointermove', (event: PointerEvent) => {
    if (!event.isTrusted || event.pointerType !== 'mouse' || event.timeStamp - told < HOVER_TELL_MS) return;
    told = event.timeStamp;
    post({ type: 'hover' });
  }, { passive: true });
  ctx.addEventListener(document, 'keydown', (event: KeyboardEvent) => {
    // The reader is moving on by keyboard (Tab out into the page, say): focus is theirs to move.
    if (event.isTrusted) wantFocus = false;
    if (event.key === 'Escape' && event.isTrusted && !event.defaultPrevented) post({ type: 'close', restoreFocus: true });
  });
  ctx.onInvalidated(() => {
    render(null, layer);
    resized.disconnect();
    changed.disconnect();
    port.close();
  });
  post({ type: 'ready' });
}
