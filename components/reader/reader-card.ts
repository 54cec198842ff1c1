/**
 * The card in the reader: the same Popover as on web pages, beside the term
 * in the text layer, with Previous / Next through every mention in the
 * document (pages not drawn yet are drawn when stepped to). The reader is
 * our own page, so the card's text and styles come straight from the
 * bundled glossary, no message needed.
 */
import { h, render } from 'preact';
import { Popover } from '../card/Popover';
import { OWN_PAGE_EXTRAS } from '../card/OwnPageActions';
import { OwnPageCard } from '../card/own-page-extras';
import type { NotebookPort } from '../../utils/notebook/port';
import { storePort } from '../../utils/notebook/store-port';
import { notebookStore } from '../../utils/notebook/browser-store';
import { relatedNames } from '../../glossary/related';
import { getEntry } from '../../glossary';
import { cardStyles } from '../card/card-styles';
import type { EntryReply } from '../../utils/messaging/entry-messages';
import { spanishCardText } from '../../glossary/es/card-text';
import { CARD_LABEL_SETS } from '../../utils/card-data/label-catalogues';
import { isUnder } from '../../utils/highlight/hit-test';
import type { Mention } from '../../utils/highlight/mention';
import { followMention } from '../../utils/popover/card-placement';
import { tabbableBeside } from '../../utils/popover/focus-order';
import { mountPopoverHost, type PopoverHost } from '../../utils/popover/popover-host';
import type { CardPlaces, ReaderCardView } from '../../utils/reader/reader-session';

let notebook: NotebookPort | undefined;
/** One port for the page, made when the first card opens. */
const readerNotebook = (): NotebookPort => (notebook ??= storePort(notebookStore()));

/** As the background answers (utils/background/entry-server.ts): the Spanish card rides along where there is one. */
export async function loadEntry(id: string): Promise<EntryReply | null> {
  const entry = getEntry(id);
  if (!entry) return null;
  const related = relatedNames(entry);
  const es = spanishCardText(entry, related);
  return es ? { entry, related, es } : { entry, related };
}

interface Open {
  mention: Mention;
  index: number;
  total: number;
  host: PopoverHost;
  returnFocus: Element | null;
  stopFollowing: () => void;
}

export class ReaderCard implements ReaderCardView {
  private current: Open | undefined;
  private stepping = 0;

  constructor(private readonly places: CardPlaces) {
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.current) this.close(true);
    });
    document.addEventListener(
      'pointerdown',
      (event) => {
        const open = this.current;
        if (!open || event.composedPath().includes(open.host.host)) return;
        if (isUnder(open.mention, event.clientX, event.clientY)) return;
        this.close(false);
      },
      { capture: true },
    );
  }

  get openMention(): Mention | undefined {
    return this.current?.mention;
  }

  contains(event: Event): boolean {
    return !!this.current && event.composedPath().includes(this.current.host.host);
  }

  /** Opens the card at a mention; focus moves in (a click or a keyboard choice asked for it). */
  open(mention: Mention, returnFocus: Element | null = document.activeElement): void {
    const previous = this.current;
    this.close(false);
    const { index, total } = this.places.position(mention);
    const host = mountPopoverHost(document, cardStyles());
    this.current = { mention, index, total, host, returnFocus: previous ? previous.returnFocus : returnFocus, stopFollowing: () => {} };
    this.render(true);
    this.follow();
  }

  close(restoreFocus: boolean): void {
    const open = this.current;
    if (!open) return;
    this.current = undefined;
    open.stopFollowing();
    this.places.setCurrent(undefined);
    render(null, open.host.layer);
    open.host.remove();
    const target = open.returnFocus as HTMLElement | null;
    if (restoreFocus && target && target !== document.body && target.isConnected) target.focus({ preventScroll: true });
  }

  private async step(direction: -1 | 1): Promise<void> {
    const open = this.current;
    if (!open) return;
    const index = open.index + direction;
    if (index < 0 || index >= open.total) return;
    const token = ++this.stepping;
    const next = await this.places.reveal(open.mention.entryId, index);
    if (!next || token !== this.stepping || this.current !== open) return;
    open.mention = next;
    open.index = index;
    open.stopFollowing();
    this.follow();
    this.render(false);
  }

  private render(takeFocus: boolean): void {
    const open = this.current;
    if (!open) return;
    this.places.setCurrent(open.mention);
    render(
      // The reader is our own page: its card may hold the typed question form and the paint offer.
      h(OwnPageCard.Provider, { value: OWN_PAGE_EXTRAS }, h(Popover, {
        key: open.mention.entryId,
        entryId: open.mention.entryId,
        load: loadEntry,
        takeFocus,
        position: { index: open.index, total: open.total },
        countKey: 'readerMentionCount',
        // A card in Spanish in a Spanish browser, with its switch to English (labels in both languages).
        labelSets: CARD_LABEL_SETS,
        // The reader is our own page: the card's notebook actions use the store directly.
        notebook: readerNotebook(),
        onStep: (direction: -1 | 1) => void this.step(direction),
        onClose: () => this.close(true),
        onTabOut: (direction: 1 | -1) => this.tabOut(direction),
        onOpenGlossary: (id: string) => {
          this.places.openGlossary(id);
          this.close(false);
        },
      })),
      open.host.layer,
    );
  }

  /** Tab left the card: on to the reader's control beside the term, as on pages (popover-controller.ts). */
  private tabOut(direction: 1 | -1): boolean {
    const open = this.current;
    if (!open) return false;
    const back = open.returnFocus as HTMLElement | null;
    const target = direction === -1 && back && back !== document.body && back.isConnected ? back : tabbableBeside(open.mention.node, direction, open.host.host);
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
}
