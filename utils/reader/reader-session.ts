/**
 * One open PDF in the reader: the view, the glossary's painting, the index
 * of terms per page, the card and find, tied together. Created when a
 * document has opened; destroyed when another one is opened.
 */
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { browser } from 'wxt/browser';
import type { TermMatcher } from '../../glossary/matcher';
import { mentionAtPoint } from '../highlight/hit-test';
import type { Mention } from '../highlight/mention';
import { yieldToPage } from '../highlight/page-scanner';
import type { HighlightLook } from '../highlight/page-styles';
import type { Density } from '../settings/schema';
import { foldForFind, foldPage, hitsInPage, type FindHit, type FoldedPage } from './find';
import { FIND_CURRENT_HIGHLIGHT, FIND_HIGHLIGHT } from './highlight-css';
import { DocumentTerms, pageMentions } from './page-terms';
import { PdfView, type PageTexts } from './pdf-view';
import { ReaderHighlighting } from './text-layer-highlighting';
import tinosUrl from '@fontsource/tinos/files/tinos-latin-400-normal.woff2?url';
import { BUNDLED_SANS, BUNDLED_SERIF } from './text-layer-fonts';

/** What the session asks of the card's surface (components/reader/reader-card.ts), given to it by the Reader. */
export interface CardPlaces {
  /** Where the mention is among the entry's mentions in the document, and how many there are. */
  position(mention: Mention): { index: number; total: number };
  /** The mention `index` of the entry in the document, drawn and scrolled into view. */
  reveal(entryId: string, index: number): Promise<Mention | undefined>;
  setCurrent(mention: Mention | undefined): void;
  openGlossary(id: string): void;
}

export interface ReaderCardView {
  readonly openMention: Mention | undefined;
  open(mention: Mention, returnFocus?: Element | null): void;
  close(restoreFocus: boolean): void;
}

export interface SessionCallbacks {
  /** Makes the card (a UI surface, so the Reader component hands it in). */
  createCard: (places: CardPlaces) => ReaderCardView;
  pageLabel: (page: number, count: number) => string;
  onCurrentPage: (page: number) => void;
  /** The term lists changed (more pages read); `done` once every page is read. */
  onTerms: (terms: DocumentTerms, done: boolean) => void;
  /**
   * Every page read and none has text: a scan, or (`form`) a form whose only words are its
   * fields' values, which pdf.js draws but leaves out of the text layer.
   */
  onNoText: (why: 'scan' | 'form') => void;
  /** Pages that could not be loaded, drawn or read, so far (in order). */
  onUnreadablePages: (pages: readonly number[]) => void;
  onError: (error: unknown) => void;
  pageTexts: PageTexts;
}

export interface SessionSettings {
  /** The zoom to open at. */
  zoom: number;
  look: HighlightLook;
  density: Density;
  title: string;
}

/** Longest stretch of index or find work before yielding. */
const INDEX_SLICE_MS = 8;
/** Find stops counting here (the browsers' own find does too). */
const MAX_FIND_HITS = 10_000;
/** A page whose text pdf.js has not given after this long is left out of the index. */
const PAGE_TEXT_SECONDS = 20;
/** The index starts when the first page is drawn, or after this long if it is slow to draw. */
const INDEX_START_MS = 5000;

export class ReaderSession {
  readonly view: PdfView;
  readonly highlighting: ReaderHighlighting;
  readonly terms = new DocumentTerms();
  readonly card: ReaderCardView;
  private readonly texts: string[][] = [];
  /** Each page's text folded for find, made on the first search and kept. */
  private readonly folded: FoldedPage[] = [];
  private stopped = false;
  private hits: FindHit[] = [];
  private findQuery = '';
  private readonly findAll = new Highlight();
  private readonly findCurrent = new Highlight();
  private readonly abort = new AbortController();
  private readonly unreadable = new Set<number>();

  constructor(
    container: HTMLElement,
    private readonly doc: PDFDocumentProxy,
    firstPage: PDFPageProxy,
    private readonly matcher: TermMatcher,
    settings: SessionSettings,
    private readonly callbacks: SessionCallbacks,
  ) {
    this.highlighting = new ReaderHighlighting(matcher, settings);
    this.card = callbacks.createCard({
      position: (mention) => this.position(mention),
      reveal: (entryId, index) => this.reveal(entryId, index),
      setCurrent: (mention) => this.highlighting.painter.setCurrent(mention?.range, document),
      openGlossary: (id) => void browser.tabs.create({ url: `${browser.runtime.getURL('/glossary.html')}#${encodeURIComponent(id)}` }),
    });
    this.view = new PdfView(container, doc, firstPage, {
      zoom: settings.zoom,
      pageLabel: callbacks.pageLabel,
      onTextLayer: (page, root) => this.onTextLayer(page, root),
      onCurrentPage: callbacks.onCurrentPage,
      onError: callbacks.onError,
      pageTexts: callbacks.pageTexts,
      onPageProblem: (page) => this.markUnreadable(page),
      bundledFaces: [
        // pdf.js's own copy (scripts/pdfjs-assets.ts), the font it draws Helvetica and Arial with.
        { family: BUNDLED_SANS, url: browser.runtime.getURL('/pdfjs/standard_fonts/LiberationSans-Regular.ttf' as '/') },
        // Times' widths, for the many letters and leaflets set in Times (UX review m12).
        { family: BUNDLED_SERIF, url: tinosUrl },
      ],
    });
    this.findCurrent.priority = 3;
    CSS.highlights.set(FIND_HIGHLIGHT, this.findAll);
    CSS.highlights.set(FIND_CURRENT_HIGHLIGHT, this.findCurrent);
    this.listen(container);
    // The whole document's text is read once the first page is drawn: until then the worker's
    // time is the first page's. A first page that takes long does not hold it up.
    this.indexed = Promise.race([this.view.ensurePage(1), new Promise((resolve) => setTimeout(resolve, INDEX_START_MS))]).then(() => this.index());
  }

  /** Opens the card at a term's first mention (on `page`, if given), focus inside. */
  async openTerm(entryId: string, page?: number): Promise<boolean> {
    const places = this.terms.placesOf(entryId);
    const index = page === undefined ? 0 : places.findIndex((p) => p.page === page);
    if (index < 0 || places.length === 0) return false;
    const opener = document.activeElement;
    const mention = await this.reveal(entryId, index);
    if (!mention) return false;
    this.card.open(mention, opener);
    return true;
  }

  /** Searches the document's text; returns the number of hits and shows the first at or after the current page. */
  async find(query: string): Promise<number> {
    this.findQuery = query;
    this.findAll.clear();
    this.findCurrent.clear();
    await this.indexed;
    const needle = foldForFind(query.trim());
    const hits: FindHit[] = [];
    let started = performance.now();
    for (let index = 0; index < this.texts.length && hits.length < MAX_FIND_HITS; index++) {
      // A long document is searched in slices, so typing stays smooth; a newer query wins.
      if (performance.now() - started > INDEX_SLICE_MS) {
        await yieldToPage();
        started = performance.now();
      }
      if (this.stopped || query !== this.findQuery) return 0;
      this.folded[index] ??= foldPage(this.texts[index] ?? []);
      hits.push(...hitsInPage(index + 1, this.folded[index]!, needle, MAX_FIND_HITS - hits.length));
    }
    this.hits = hits;
    return hits.length;
  }

  /** The index of the hit to show first: the first on or after the current page. */
  firstHitFromHere(): number {
    const at = this.hits.findIndex((hit) => hit.page >= this.view.currentPage);
    return at >= 0 ? at : 0;
  }

  /** Scrolls to and marks hit `index` of the last find. */
  async showHit(index: number): Promise<void> {
    const hit = this.hits[index];
    if (!hit) return;
    const root = await this.view.ensurePage(hit.page);
    if (!root || this.stopped) return;
    const onPage = this.hits.filter((h) => h.page === hit.page);
    const ranges = rangesOf(root, this.findQuery);
    this.findAll.clear();
    for (const range of ranges) this.findAll.add(range);
    const range = ranges[onPage.indexOf(hit)];
    this.findCurrent.clear();
    if (!range) return;
    this.findCurrent.add(range);
    scrollRangeIntoView(range);
  }

  clearFind(): void {
    this.findQuery = '';
    this.hits = [];
    this.findAll.clear();
    this.findCurrent.clear();
  }

  destroy(): void {
    this.stopped = true;
    this.abort.abort();
    this.card.close(false);
    this.view.destroy();
    this.highlighting.stop();
    CSS.highlights.delete(FIND_HIGHLIGHT);
    CSS.highlights.delete(FIND_CURRENT_HIGHLIGHT);
  }

  /** Settles once every page's text is read (or left out): the document is idle from then on. */
  readonly indexed: Promise<void>;

  /**
   * Reads every page's text in the background, a page at a time, yielding between slices. A page
   * pdf.js cannot load or read is left out and named; the pages after it are read.
   */
  private index(): Promise<void> {
    return (async () => {
      let characters = 0;
      let fieldCharacters = 0;
      let lastReport = performance.now();
      for (let page = 1; page <= this.doc.numPages && !this.stopped; page++) {
        let items: string[];
        try {
          items = await this.pageText(page);
        } catch (error) {
          if (this.stopped) return;
          this.callbacks.onError(error);
          this.markUnreadable(page);
          items = [];
        }
        if (this.stopped) return;
        this.texts[page - 1] = items;
        const started = performance.now();
        const found: string[] = [];
        for (const item of items) {
          characters += item.trim().length;
          found.push(...pageMentions([item], (text) => this.matcher.findAll(text)));
          if (performance.now() - started > INDEX_SLICE_MS) await yieldToPage();
        }
        if (characters === 0 && !this.unreadable.has(page)) fieldCharacters += await this.fieldText(page);
        this.terms.setPage(page, found);
        if (performance.now() - lastReport > 250 || page === 1) {
          lastReport = performance.now();
          this.callbacks.onTerms(this.terms, false);
        }
        await yieldToPage();
      }
      if (this.stopped) return;
      this.callbacks.onTerms(this.terms, true);
      if (characters === 0 && this.unreadable.size < this.doc.numPages) this.callbacks.onNoText(fieldCharacters > 0 ? 'form' : 'scan');
    })().catch((error: unknown) => {
      if (!this.stopped) this.callbacks.onError(error);
    });
  }

  /** A page's text items, or a rejection when pdf.js cannot give them within PAGE_TEXT_SECONDS. */
  private async pageText(page: number): Promise<string[]> {
    const proxy = await this.doc.getPage(page);
    const reader = proxy.streamTextContent().getReader();
    let late = false;
    // Cancelling also stops pdf.js's work on it in the worker.
    const timer = setTimeout(() => {
      late = true;
      void reader.cancel().catch(() => undefined);
    }, PAGE_TEXT_SECONDS * 1000);
    const items: string[] = [];
    try {
      for (;;) {
        const { done, value } = (await reader.read()) as ReadableStreamReadResult<{ items: Array<TextItem | object> }>;
        if (done) break;
        for (const item of value.items) if ('str' in item) items.push(item.str);
      }
    } finally {
      clearTimeout(timer);
    }
    if (late) throw new Error(`page ${page}: no text after ${PAGE_TEXT_SECONDS} s`);
    return items;
  }

  /** Characters in the page's form fields' values (pdf.js draws them, but not in the text layer). */
  private async fieldText(page: number): Promise<number> {
    try {
      const annotations = (await (await this.doc.getPage(page)).getAnnotations()) as Array<{ fieldValue?: unknown }>;
      return annotations.reduce((sum, { fieldValue }) => sum + (typeof fieldValue === 'string' ? fieldValue.trim().length : 0), 0);
    } catch {
      return 0;
    }
  }

  private markUnreadable(page: number): void {
    if (this.stopped || this.unreadable.has(page)) return;
    this.unreadable.add(page);
    this.callbacks.onUnreadablePages([...this.unreadable].sort((a, b) => a - b));
  }

  private async onTextLayer(page: number, root: HTMLElement): Promise<void> {
    if (this.stopped) return;
    await this.highlighting.addTextLayer(root);
    // A find that is showing marks this page's hits too.
    if (this.findQuery && this.hits.some((hit) => hit.page === page)) for (const range of rangesOf(root, this.findQuery)) this.findAll.add(range);
  }

  private position(mention: Mention): { index: number; total: number } {
    const places = this.terms.placesOf(mention.entryId);
    const page = this.view.pageOf(mention.node);
    const root = page === null ? null : this.view.textRootOf(page);
    const ordinal = root ? this.highlighting.mentionsIn(root, mention.entryId).indexOf(mention) : -1;
    const index = places.findIndex((p) => p.page === page && p.ordinal === ordinal);
    return { index: Math.max(0, index), total: Math.max(1, places.length) };
  }

  private async reveal(entryId: string, index: number): Promise<Mention | undefined> {
    const place = this.terms.placesOf(entryId)[index];
    if (!place) return undefined;
    const root = await this.view.ensurePage(place.page);
    if (!root || this.stopped) return undefined;
    await this.highlighting.idle();
    const mention = this.highlighting.mentionsIn(root, entryId)[place.ordinal];
    if (mention) scrollRangeIntoView(mention.range);
    return mention;
  }

  private listen(container: HTMLElement): void {
    const signal = this.abort.signal;
    const mentionAt = (x: number, y: number) => mentionAtPoint(document, x, y, (node) => this.highlighting.paintedIn(node));
    container.addEventListener(
      'click',
      (event) => {
        if (event.button !== 0 || event.detail > 1 || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
        const selection = document.getSelection();
        if (selection && !selection.isCollapsed) return;
        const mention = mentionAt(event.clientX, event.clientY);
        if (!mention) return;
        if (this.card.openMention === mention) this.card.close(false);
        else this.card.open(mention);
      },
      { signal },
    );
    let frame = 0;
    let last: PointerEvent | undefined;
    container.addEventListener(
      'pointermove',
      (event) => {
        if (event.pointerType !== 'mouse') return;
        last = event;
        frame ||= requestAnimationFrame(() => {
          frame = 0;
          const mention = last ? mentionAt(last.clientX, last.clientY) : undefined;
          this.highlighting.painter.setHover(mention, !!mention);
        });
      },
      { passive: true, signal },
    );
  }
}

/** Every occurrence of `query` in a text layer's text nodes, as static ranges (a hit may span spans). */
function rangesOf(root: HTMLElement, query: string): StaticRange[] {
  const needle = foldForFind(query.trim());
  if (!needle) return [];
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  // Folded text with, per folded character, its node and offset.
  let folded = '';
  const where: Array<{ node: Text; offset: number }> = [];
  for (const node of nodes) {
    for (let i = 0; i < node.data.length; i++) {
      const piece = foldForFind(node.data[i]!);
      folded += piece;
      for (let k = 0; k < piece.length; k++) where.push({ node, offset: i });
    }
  }
  const ranges: StaticRange[] = [];
  for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
    const start = where[at]!;
    const end = where[at + needle.length - 1]!;
    ranges.push(new StaticRange({ startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset + 1 }));
  }
  return ranges;
}

function scrollRangeIntoView(range: AbstractRange): void {
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  const rect = live.getBoundingClientRect();
  const toolbar = document.querySelector('.rd-toolbar')?.getBoundingClientRect().bottom ?? 0;
  if (rect.top < toolbar + 8 || rect.bottom > window.innerHeight - 8 || rect.left < 0 || rect.right > window.innerWidth) {
    window.scrollBy({ top: rect.top - toolbar - window.innerHeight / 3, left: rect.left < 0 || rect.right > window.innerWidth ? rect.left - 40 : 0 });
  }
}
