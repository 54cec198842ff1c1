import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Popover } from '../../components/card/Popover';
import { isUnder, liveRange } from '../highlight/hit-test';
import type { LiveHighlighting } from '../highlight/live-highlighting';
import type { Mention } from '../highlight/mention';
import { nearestLang } from '../highlight/page-language';
import type { CardLabelSets } from '../card-data/card-labels';
import { scrollToMention } from '../highlight/reveal';
import type { OpenGlossaryRequest } from '../messaging/page-messages';
import { fetchCardCss, fetchCardLabels, fetchEntry } from './entry-client';
import { notebookClient } from './notebook-client';
import { followMention } from './card-placement';
import { tabbableBeside } from './focus-order';
import { mountPopoverHost, type PopoverHost } from './popover-host';

interface Open {
  mention: Mention;
  /** Every mention of the entry on the page, in document order (Previous / Next). */
  mentions: Mention[];
  index: number;
  /** Opened by resting the pointer on the term: focus stays where the reader left it. */
  byHover: boolean;
  host: PopoverHost;
  /** Where focus was before the card opened, to return it there on Escape or Close. */
  returnFocus: Element | null;
  stopFollowing: () => void;
  /** The card's labels in both languages (null when they could not be read: the browser's own are used). */
  labels: CardLabelSets | null;
}

/**
 * Owns the one card of a page: mounts it beside a mention, keeps it there
 * while the page scrolls or resizes (and hides it when the term scrolls out
 * of an inner scroll box), steps through the term's other mentions, and
 * takes it down again. Only one card is open at a time.
 */
export class PopoverController {
  private current: Open | undefined;
  /** Counts opens, so only the latest one mounts when styles arrive. */
  private opening = 0;

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
    ctx.onInvalidated(() => this.close(false));
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
    if (!open || open.host.layer.style.visibility === 'hidden') return undefined;
    const { node, end } = open.mention;
    const term = node.isConnected && end <= node.length ? liveRange(open.mention).getBoundingClientRect() : undefined;
    return { card: open.host.layer.getBoundingClientRect(), term };
  }

  /** Whether an event happened inside the card. */
  contains(event: Event): boolean {
    return !!this.current && event.composedPath().includes(this.current.host.host);
  }

  open(mention: Mention, { byHover = false } = {}): void {
    const open = this.current;
    if (open?.mention === mention) {
      // A click on a term whose card opened by hovering takes it over: keep it, move focus in.
      if (!byHover && open.byHover) {
        open.byHover = false;
        this.focusDialog();
      }
      return;
    }
    const returnFocus = open ? open.returnFocus : document.activeElement;
    this.close(false);
    // The styles and labels come from storage.local (not bundled into every frame); after the first
    // card they are at hand. A newer open while waiting wins.
    const token = ++this.opening;
    void Promise.all([fetchCardCss(), fetchCardLabels().catch(() => null)]).then(
      ([css, labels]) => {
        if (token !== this.opening || this.ctx.isInvalid || !mention.node.isConnected) return;
        this.close(false);
        const mentions = this.highlighting()?.mentionsOf(mention.entryId) ?? [mention];
        const index = Math.max(0, mentions.indexOf(mention));
        const host = mountPopoverHost(document, css);
        this.current = { mention, mentions, index, byHover, host, returnFocus, stopFollowing: () => {}, labels };
        this.render(!byHover);
        this.follow();
      },
      () => console.warn('DM Glossary: the card could not be shown; reload the page and try again.'),
    );
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
    if (!open) this.opening++;
    if (!open) return;
    this.current = undefined;
    open.stopFollowing();
    this.highlighting()?.painter.setCurrent(undefined);
    render(null, open.host.layer);
    open.host.remove();
    const target = open.returnFocus as HTMLElement | null;
    if (restoreFocus && target && target !== document.body && target.isConnected && typeof target.focus === 'function') {
      target.focus({ preventScroll: true });
    }
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

  private render(takeFocus: boolean): void {
    const open = this.current;
    if (!open) return;
    this.highlighting()?.painter.setCurrent(open.mention.range, open.mention.node.getRootNode() as Document | ShadowRoot);
    render(
      h(Popover, {
        key: `${open.mention.entryId}-${open.mentions.length}`,
        entryId: open.mention.entryId,
        load: fetchEntry,
        labelSets: open.labels,
        // An element's own lang speaks for its text, either way; else the page's (utils/card-data/card-language.ts).
        place: nearestLang(open.mention.node) || this.pageLanguage(),
        notebook: notebookClient,
        takeFocus,
        position: { index: open.index, total: open.mentions.length },
        onStep: (direction: -1 | 1) => this.step(direction),
        onClose: () => this.close(true),
        onTabOut: (direction: 1 | -1) => this.tabOut(direction),
        onOpenGlossary: (id: string) => {
          const request: OpenGlossaryRequest = { type: 'dmg:open-glossary', id };
          void browser.runtime.sendMessage(request);
          this.close(false);
        },
      }),
      open.host.layer,
    );
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
        : tabbableBeside(open.mention.node, direction, open.host.host);
    if (!target) return false;
    this.close(false);
    target.focus();
    return true;
  }

  private follow(): void {
    const open = this.current;
    if (!open) return;
    open.stopFollowing = followMention(open.mention, open.host.layer, () => this.close(false));
  }

  private focusDialog(): void {
    this.current?.host.layer.querySelector<HTMLElement>('[role="dialog"]')?.focus();
  }

  private onPointerDown(event: PointerEvent): void {
    if (!this.current || this.contains(event) || this.ctx.isInvalid) return;
    // A press on the open term itself is left to the click that follows.
    if (isUnder(this.current.mention, event.clientX, event.clientY)) return;
    this.close(false);
  }

}
