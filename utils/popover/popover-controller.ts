import { autoUpdate } from '@floating-ui/dom';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isUnder, liveRange } from '../highlight/hit-test';
import type { LiveHighlighting } from '../highlight/live-highlighting';
import type { Mention } from '../highlight/mention';
import { nearestLang } from '../highlight/page-language';
import { scrollToMention } from '../highlight/reveal';
import type { OpenGlossaryRequest } from '../messaging/page-messages';
import { t } from '../browser/i18n';
import { isDrawn, mountCardFrame, type CardFrame } from '../card-frame/frame-host';
import { FRAME_MARGIN, type FromFrame } from '../card-frame/protocol';
import { anchorOf, placeFrame, viewportOf, type FramedCardSize } from './card-placement';
import { tabbableBeside } from './focus-order';
import { fetchEntry } from './entry-client';
import type { EntryReply } from '../messaging/entry-messages';

/** How long a card's frame may take to say the card's size before it is given up. */
const SILENT_FRAME_MS = 3000;

/** How long a frame is kept, empty and hidden, without a card (its process holds memory). */
const SPARE_MS = 30_000;

interface Open {
  mention: Mention;
  /** Every mention of the entry on the page, in document order (Previous / Next). */
  mentions: Mention[];
  index: number;
  /** Opened by resting the pointer on the term: focus stays where the reader left it. */
  byHover: boolean;
  frame: CardFrame;
  /** Where focus was before the card opened, to return it there on Escape or Close. */
  returnFocus: Element | null;
  stopFollowing: () => void;
  /** The card's size as last measured inside its frame; undefined until the first. */
  size: FramedCardSize | undefined;
  /** The height limit last sent to the card, so a scroll that changes nothing sends nothing. */
  sent: string;
  /** Focus goes into the card once its frame is shown (a hidden frame cannot take focus in Firefox). */
  wantsFocus: boolean;
}

/**
 * Owns the one card of a page: mounts it, in its own sandboxed frame (utils/card-frame/, so
 * the page's find, selection and key listeners never reach it), beside a mention, keeps it there
 * while the page scrolls or resizes (and hides it when the term scrolls out
 * of an inner scroll box), steps through the term's other mentions, and
 * takes it down again. Only one card is open at a time.
 */
export class PopoverController {
  private current: Open | undefined;
  /** Counts opens, so only the latest one mounts when its frame is ready. */
  private opening = 0;
  /** The last open that finished (shown or given up): while they differ, an open is taking the spare frame. */
  private opened = 0;
  /** The mouse is on the card: the page hears nothing while it is over the frame (term-triggers listens). */
  onCardHover: (() => void) | undefined;
  /** Aborts the frame that is being made for an open that was overtaken. */
  private making: AbortController | undefined;
  /**
   * A frame made ahead (the pointer on a term) or kept from the last card, empty and hidden. A new
   * frame takes a few hundred ms in Chromium (a sandboxed frame gets a process of its own), and
   * the reader is waiting; one kept is dropped after SPARE_MS without a card.
   */
  private spare: Promise<CardFrame> | undefined;
  private spareTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly highlighting: () => LiveHighlighting | undefined,
    /** The page's language as detected (utils/highlight/page-language.ts): a Spanish page's cards are Spanish. */
    private readonly pageLanguage: () => 'es' | undefined = () => undefined,
  ) {
    ctx.addEventListener(document, 'pointerdown', (event: PointerEvent) => this.onPointerDown(event), { capture: true });
    ctx.addEventListener(document, 'keydown', (event: KeyboardEvent) => {
      if (event.key === 'Escape' && event.isTrusted && this.current && !ctx.isInvalid) this.close(true);
    });
    ctx.onInvalidated(() => {
      this.close(false);
      this.dropSpare();
    });
  }

  get openMention(): Mention | undefined {
    return this.current?.mention;
  }

  /** The mention whose card was opened by hovering, if that is what is open. */
  get hoverMention(): Mention | undefined {
    return this.current?.byHover ? this.current.mention : undefined;
  }

  /**
   * Keeps a hover-opened card open as if it had been clicked: the reader
   * pressed or focused something inside it, so moving the pointer away must
   * not take it from under them.
   */
  pin(): void {
    if (this.current) this.current.byHover = false;
  }

  /** Where the card and its term are on screen, for the pointer's way from one to the other. */
  geometry(): { card: DOMRect; term: DOMRect | undefined } | undefined {
    const open = this.current;
    if (!open || !open.size || open.frame.frame.style.visibility === 'hidden') return undefined;
    const { node, end } = open.mention;
    const term = node.isConnected && end <= node.length ? liveRange(open.mention).getBoundingClientRect() : undefined;
    const box = open.frame.frame.getBoundingClientRect();
    const card = new DOMRect(box.x + FRAME_MARGIN, box.y + FRAME_MARGIN, Math.max(0, box.width - 2 * FRAME_MARGIN), Math.max(0, box.height - 2 * FRAME_MARGIN));
    return { card, term };
  }

  /** Whether an event happened inside the card. */
  contains(event: Event): boolean {
    return !!this.current && event.composedPath().includes(this.current.frame.host);
  }

  open(mention: Mention, { byHover = false, retry = true } = {}): void {
    const open = this.current;
    if (open?.mention === mention) {
      // A click on a term whose card opened by hovering takes it over: keep it, move focus in.
      if (!byHover && open.byHover) {
        open.byHover = false;
        if (open.size) this.focusDialog();
        else open.wantsFocus = true;
      }
      return;
    }
    const returnFocus = open ? open.returnFocus : document.activeElement;
    this.close(false);
    // A frame is made per card, with its single-use secret (utils/card-frame/). A newer open while
    // waiting wins.
    const token = ++this.opening;
    this.making?.abort();
    const making = new AbortController();
    this.making = making;
    const stale = () => token !== this.opening || this.ctx.isInvalid || !mention.node.isConnected;
    void (async () => {
      try {
        await this.show(mention, byHover, returnFocus, making.signal, stale, retry);
      } finally {
        if (token === this.opening) this.opened = token;
      }
    })().catch((error: unknown) => {
      if (making.signal.aborted || stale()) return;
      console.warn('DM Glossary: the card could not be shown; reload the page and try again.', error);
    });
  }

  /** Takes a frame (the spare, else a new one) and the card's text, and shows the card in it. */
  private async show(mention: Mention, byHover: boolean, returnFocus: Element | null, signal: AbortSignal, stale: () => boolean, retry: boolean): Promise<void> {
    const [frame, reply] = await Promise.all([this.takeFrame(signal), fetchEntry(mention.entryId)]);
    if (stale()) {
      this.keep(frame);
      return;
    }
    const mentions = this.highlighting()?.mentionsOf(mention.entryId) ?? [mention];
    const index = Math.max(0, mentions.indexOf(mention));
    const open: Open = { mention, mentions, index, byHover, frame, returnFocus, stopFollowing: () => {}, size: undefined, sent: '', wantsFocus: !byHover };
    this.current = open;
    this.render(!byHover, reply);
    this.follow();
    // A frame that never answers (seen once under heavy load: a kept frame whose card never came)
    // is dropped, and the card tried once more in a new frame.
    setTimeout(() => {
      if (this.current !== open || open.size || this.ctx.isInvalid) return;
      this.current = undefined;
      open.stopFollowing();
      this.highlighting()?.painter.setCurrent(undefined);
      open.frame.remove();
      if (retry) this.open(mention, { byHover, retry: false });
    }, SILENT_FRAME_MS);
  }

  /** Opens the card at an entry's first mention, scrolled into view, focus inside (the popup's "On this page"). */
  openFirst(entryId: string): boolean {
    const first = this.highlighting()?.mentionsOf(entryId)[0];
    if (!first) return false;
    scrollToMention(first);
    this.open(first);
    return true;
  }

  /** Closes the card; `restoreFocus` returns focus to where it was before (Escape, Close button). */
  close(restoreFocus: boolean): void {
    const open = this.current;
    if (!open) {
      // An open still waiting for its frame is called off.
      this.opened = ++this.opening;
      return;
    }
    this.current = undefined;
    open.stopFollowing();
    this.highlighting()?.painter.setCurrent(undefined);
    // Focus must not stay in the frame kept hidden for the next card: the browser would move it out
    // only at its next rendering update, and a key pressed before then would go nowhere.
    if (document.activeElement === open.frame.host) open.frame.frame.blur();
    this.keep(open.frame);
    const target = open.returnFocus as HTMLElement | null;
    if (restoreFocus && target && target !== document.body && target.isConnected && typeof target.focus === 'function') {
      target.focus({ preventScroll: true });
    }
  }

  /**
   * Reads a term's card text ahead and, with `frame`, has a frame ready for its card: the reader
   * pressed the term, or rests on one where resting opens it. No frame is made while a card is
   * open, being opened, or a frame is ready.
   */
  prepare(entryId: string, frame: boolean): void {
    void fetchEntry(entryId);
    if (!frame || this.current || this.spare || this.opening !== this.opened || this.ctx.isInvalid) return;
    const made = this.makeFrame(new AbortController().signal);
    this.spare = made;
    made.then(
      () => this.dropLater(),
      () => {
        if (this.spare === made) this.spare = undefined;
      },
    );
  }

  private makeFrame(signal: AbortSignal): Promise<CardFrame> {
    const made: Promise<CardFrame> = mountCardFrame(document, t('extName'), (message) => void made.then((frame) => this.onFrame(frame, message)), signal);
    return made;
  }

  /** The spare frame if there is one (and still in the page), else a new one. */
  private async takeFrame(signal: AbortSignal): Promise<CardFrame> {
    const spare = this.spare;
    this.spare = undefined;
    clearTimeout(this.spareTimer);
    const kept = spare && (await spare.catch(() => undefined));
    if (kept?.host.isConnected) return kept;
    kept?.remove();
    return this.makeFrame(signal);
  }

  /** Keeps a frame whose card closed, emptied and hidden, for the next card. */
  private keep(frame: CardFrame): void {
    if (this.spare || !frame.host.isConnected || this.ctx.isInvalid) {
      frame.remove();
      return;
    }
    frame.hide();
    this.spare = Promise.resolve(frame);
    this.dropLater();
  }

  private dropLater(): void {
    clearTimeout(this.spareTimer);
    this.spareTimer = setTimeout(() => this.dropSpare(), SPARE_MS);
  }

  private dropSpare(): void {
    clearTimeout(this.spareTimer);
    const spare = this.spare;
    this.spare = undefined;
    void spare?.then((frame) => frame.remove(), () => undefined);
  }

  private step(direction: -1 | 1): void {
    const open = this.current;
    if (!open) return;
    const live = open.mentions.filter((m) => m.node.isConnected);
    const at = live.indexOf(open.mention);
    const next = live[at + direction];
    if (!next) return;
    open.mentions = live;
    open.index = at + direction;
    open.mention = next;
    scrollToMention(next);
    open.stopFollowing();
    this.follow();
    this.render(false);
  }

  private render(takeFocus: boolean, reply?: EntryReply | null): void {
    const open = this.current;
    if (!open) return;
    this.highlighting()?.painter.setCurrent(open.mention.range, open.mention.node.getRootNode() as Document | ShadowRoot);
    open.frame.send({
      type: 'render',
      entryId: open.mention.entryId,
      // An element's own lang speaks for its text, either way; else the page's (utils/card-data/card-language.ts).
      place: nearestLang(open.mention.node) || this.pageLanguage(),
      takeFocus,
      position: { index: open.index, total: open.mentions.length },
      layout: this.layout(),
      ...(reply ? { reply } : {}),
    });
  }

  /** The layout the card takes before its first measure: the page's viewport, no height limit yet. */
  private layout() {
    const { width, sheet } = viewportOf(document);
    return { viewport: width, sheet, maxHeight: 0 };
  }

  /** What the card's frame says (utils/card-frame/protocol.ts). */
  private onFrame(frame: CardFrame, message: FromFrame): void {
    const open = this.current;
    if (!open || open.frame !== frame || this.ctx.isInvalid) return;
    switch (message.type) {
      case 'size':
        open.size = { width: message.width, natural: message.natural, essential: message.essential };
        this.place();
        break;
      case 'step':
        this.step(message.direction);
        break;
      case 'close':
        this.close(message.restoreFocus);
        break;
      case 'tab-out':
        this.tabOut(message.direction);
        break;
      case 'open-glossary': {
        const request: OpenGlossaryRequest = { type: 'dmg:open-glossary', id: message.id };
        void browser.runtime.sendMessage(request);
        this.close(false);
        break;
      }
      case 'pin':
        this.pin();
        break;
      case 'hover':
        this.onCardHover?.();
        break;
      case 'drawn?':
        frame.send({ type: 'drawn', id: message.id, yes: isDrawn(frame.frame) });
        break;
    }
  }

  /**
   * Tab left the card (non-modal, docs/accessibility.md): focus goes to the page's control after
   * the term, or back to where it was before the card opened (else the control before the term),
   * and the card closes so it covers nothing the reader moved on to. False: nowhere to go.
   */
  private tabOut(direction: 1 | -1): boolean {
    const open = this.current;
    if (!open) return false;
    const back = open.returnFocus as HTMLElement | null;
    const target =
      direction === -1 && back && back !== document.body && back.isConnected && typeof back.focus === 'function'
        ? back
        : tabbableBeside(open.mention.node, direction, open.frame.host);
    if (!target) return false;
    this.close(false);
    target.focus();
    return true;
  }

  private follow(): void {
    const open = this.current;
    if (!open) return;
    const { mention } = open;
    const anchor = anchorOf(mention);
    open.stopFollowing = autoUpdate(anchor, open.frame.frame, () => {
      if (!mention.node.isConnected || mention.end > mention.node.length) this.close(false);
      else this.place();
    });
  }

  /** Puts the frame beside its term for the card's last measured size, and tells the card its height limit. */
  private place(): void {
    const open = this.current;
    if (!open?.size) return;
    void placeFrame(anchorOf(open.mention), open.frame.frame, open.size, FRAME_MARGIN).then((layout) => {
      if (this.current !== open) return;
      // Into the frame from here (the card inside cannot pull focus in), then onto the card.
      if (open.wantsFocus && open.frame.frame.style.visibility !== 'hidden') {
        open.wantsFocus = false;
        this.focusDialog();
      }
      const key = `${layout.viewport} ${layout.sheet} ${layout.maxHeight}`;
      if (key === open.sent) return;
      open.sent = key;
      open.frame.send({ type: 'layout', layout });
    });
  }

  private focusDialog(): void {
    const open = this.current;
    if (!open) return;
    open.frame.frame.focus({ preventScroll: true });
    open.frame.send({ type: 'focus' });
  }

  private onPointerDown(event: PointerEvent): void {
    if (!this.current || this.contains(event) || this.ctx.isInvalid) return;
    // A press on the open term itself is left to the click that follows.
    if (isUnder(this.current.mention, event.clientX, event.clientY)) return;
    this.close(false);
  }

}
