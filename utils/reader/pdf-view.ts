/**
 * The pages of an open PDF in the reader: one `<section>` per page holding a
 * canvas and pdf.js's text layer. Pages are sized at once (from the first
 * page until their own size is known) and drawn only when they come near the
 * viewport, the first page first; each text layer is handed to the glossary
 * as soon as it exists. The window scrolls, so PageUp/PageDown, Space, the
 * arrow keys and the browser's own find work as on any page.
 */
import { OutputScale, RenderingCancelledException, TextLayer, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist';
import type { RenderTask } from 'pdfjs-dist/types/src/display/api';

type PageViewport = ReturnType<PDFPageProxy['getViewport']>;
import { yieldToPage } from '../highlight/page-scanner';
import { TextLayerFonts, type BundledFace } from './text-layer-fonts';
import { CSS_PER_POINT } from './zoom';

interface PageSlot {
  number: number;
  section: HTMLElement;
  canvas: HTMLCanvasElement | null;
  textLayer: TextLayer | null;
  textRoot: HTMLElement | null;
  proxy: PDFPageProxy | null;
  /** Width and height in PDF points at scale 1 (known once the page is loaded). */
  size: { width: number; height: number } | null;
  /** The scale its canvas was drawn at; a zoom makes it stale. */
  drawnAt: number;
  task: RenderTask | null;
  /** The timers that put up a slow page's notes. */
  timers?: [ReturnType<typeof setTimeout>, ReturnType<typeof setTimeout>];
  /** Settles once the glossary has painted the page's text layer. */
  painted: Promise<void> | null;
  near: boolean;
  /** The draw under way, which may outlive the pump's wait for it (a slow page). */
  drawing: Promise<void> | null;
  /** The note shown on a page that is slow, stopped or failed (a blank page says nothing). */
  note: HTMLElement | null;
  /** The reader stopped drawing it: never drawn again in this document. */
  stopped: boolean;
  /** pdf.js could not load or draw it. */
  failed: boolean;
}

/** A page's notes, in the reader's language. */
export interface PageTexts {
  drawing: (page: number) => string;
  slow: (page: number) => string;
  stop: string;
  stopped: (page: number) => string;
  failed: (page: number) => string;
}

export interface PdfViewOptions {
  /** The zoom to open at (set before any page is drawn, so the first page is drawn once). */
  zoom: number;
  /** "Page 3 of 10", for each page's label. */
  pageLabel: (page: number, count: number) => string;
  /** A page's text layer is in the document (paint its terms). */
  onTextLayer: (page: number, root: HTMLElement) => Promise<void>;
  onCurrentPage: (page: number) => void;
  onError: (error: unknown) => void;
  pageTexts: PageTexts;
  /** A page could not be drawn. */
  onPageProblem: (page: number) => void;
  /** The fonts the extension carries for the text layer (see text-layer-fonts.ts). */
  bundledFaces: readonly BundledFace[];
}

/** How far beyond the viewport pages are drawn ahead, as a share of its height. */
const AHEAD = '100%';
/** A page still drawing after this long says so on the page. */
const NOTE_AFTER_MS = 1000;
/**
 * After this long a page's drawing no longer holds up the others (they are drawn meanwhile), and
 * the reader may stop it: a page that draws 2^40 shapes never ends, and one of 14-31 s exists.
 */
const SLOW_AFTER_MS = 5000;

export class PdfView {
  private readonly slots: PageSlot[] = [];
  private readonly observer: IntersectionObserver;
  private scale = 1;
  private base: { width: number; height: number };
  private current = 1;
  private destroyed = false;
  /** Pages waiting to be drawn, with whoever waits for them. */
  private readonly waiting = new Map<PageSlot, Array<() => void>>();
  private urgent: PageSlot | null = null;
  private drawing = false;
  /**
   * Finds the current page without reading layout: a band one pixel high, a third of the way
   * down the window, and the page crossing it is the current one. (Reading offsetTop on scroll
   * forced a layout of every text layer: 45% of a 256 ms task, measured on a 77-page file.)
   */
  private readonly probe: IntersectionObserver;
  private readonly fonts: TextLayerFonts;

  constructor(
    private readonly container: HTMLElement,
    private readonly doc: PDFDocumentProxy,
    firstPage: PDFPageProxy,
    private readonly options: PdfViewOptions,
  ) {
    const viewport = firstPage.getViewport({ scale: 1 });
    this.base = { width: viewport.width, height: viewport.height };
    this.scale = options.zoom;
    this.fonts = new TextLayerFonts(options.bundledFaces);
    this.observer = new IntersectionObserver((entries) => this.onIntersect(entries), { rootMargin: `${AHEAD} 0px` });
    this.probe = new IntersectionObserver((entries) => this.onProbe(entries), { rootMargin: '-33% 0px -67% 0px' });
    const fragment = document.createDocumentFragment();
    for (let number = 1; number <= doc.numPages; number++) {
      const section = document.createElement('section');
      section.className = 'rd-page';
      section.dataset.page = String(number);
      section.setAttribute('aria-label', options.pageLabel(number, doc.numPages));
      const slot: PageSlot = {
        number,
        section,
        canvas: null,
        textLayer: null,
        textRoot: null,
        proxy: number === 1 ? firstPage : null,
        size: number === 1 ? this.base : null,
        drawnAt: 0,
        task: null,
        painted: null,
        near: false,
        drawing: null,
        note: null,
        stopped: false,
        failed: false,
      };
      this.slots.push(slot);
      this.sizeSlot(slot);
      fragment.append(section);
    }
    container.replaceChildren(fragment);
    for (const slot of this.slots) {
      this.observer.observe(slot.section);
      this.probe.observe(slot.section);
    }
  }

  get pageCount(): number {
    return this.doc.numPages;
  }

  get currentPage(): number {
    return this.current;
  }

  get zoom(): number {
    return this.scale;
  }

  /** Page width in points at scale 1 (fit width). */
  pageWidth(page = this.current): number {
    return (this.slots[page - 1]?.size ?? this.base).width;
  }

  setZoom(scale: number): void {
    if (scale === this.scale) return;
    // Keep the same spot of the current page at the top of the window.
    const slot = this.slots[this.current - 1];
    const offset = slot ? (window.scrollY - slot.section.offsetTop) / slot.section.offsetHeight : 0;
    this.scale = scale;
    for (const each of this.slots) this.sizeSlot(each);
    for (const each of this.slots) {
      if (each.textLayer) each.textLayer.update({ viewport: this.viewportOf(each) });
      if (each.near && each.canvas && !each.stopped && !each.failed) void this.render(each);
    }
    if (slot) window.scrollTo({ top: slot.section.offsetTop + offset * slot.section.offsetHeight });
  }

  /** Scrolls a page to the top of the window (below the toolbar: scroll-padding does that). */
  goToPage(page: number): void {
    const slot = this.slots[page - 1];
    if (!slot) return;
    slot.section.scrollIntoView({ block: 'start' });
    this.current = page;
    this.options.onCurrentPage(page);
  }

  /** The page drawn, with its text layer painted, ready for a term or a find hit on it. */
  async ensurePage(page: number): Promise<HTMLElement | null> {
    const slot = this.slots[page - 1];
    if (!slot) return null;
    if (!slot.textRoot || slot.drawnAt !== this.scale) await this.render(slot, true);
    await slot.painted?.catch(() => undefined);
    return slot.textRoot;
  }

  textRootOf(page: number): HTMLElement | null {
    return this.slots[page - 1]?.textRoot ?? null;
  }

  /** The page number a node of the view is on. */
  pageOf(node: Node): number | null {
    const section = (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement)?.closest<HTMLElement>('.rd-page');
    return section?.dataset.page ? Number(section.dataset.page) : null;
  }

  destroy(): void {
    this.destroyed = true;
    this.observer.disconnect();
    this.probe.disconnect();
    for (const slot of this.slots) {
      slot.task?.cancel();
      slot.textLayer?.cancel();
      clearTimeout(slot.timers?.[0]);
      clearTimeout(slot.timers?.[1]);
    }
    this.container.replaceChildren();
  }

  /** pdf.js's scale for the zoom: its scale 1 is one CSS pixel per point. */
  private get pdfScale(): number {
    return this.scale * CSS_PER_POINT;
  }

  private viewportOf(slot: PageSlot): PageViewport {
    return slot.proxy!.getViewport({ scale: this.pdfScale });
  }

  private sizeSlot(slot: PageSlot): void {
    const size = slot.size ?? this.base;
    slot.section.style.setProperty('--scale-factor', String(this.pdfScale));
    slot.section.style.width = `${Math.floor(size.width * this.pdfScale)}px`;
    slot.section.style.height = `${Math.floor(size.height * this.pdfScale)}px`;
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const slot = this.slots[Number((entry.target as HTMLElement).dataset.page) - 1];
      if (!slot) continue;
      slot.near = entry.isIntersecting;
      if (slot.near && slot.drawnAt !== this.scale && !slot.stopped && !slot.failed) void this.render(slot);
    }
  }

  private onProbe(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const page = Number((entry.target as HTMLElement).dataset.page);
      if (page !== this.current) {
        this.current = page;
        this.options.onCurrentPage(page);
      }
    }
  }

  /**
   * Queues a page to be drawn (or redrawn at a new zoom). Pages are drawn one
   * at a time, so the worker and the main thread give the page being looked
   * at all they have: an asked-for page first (`urgent`: a term or find hit on
   * it), then the pages near the viewport, nearest to the current one first.
   */
  private render(slot: PageSlot, urgent = false): Promise<void> {
    return new Promise((resolve) => {
      const waiting = this.waiting.get(slot);
      if (waiting) waiting.push(resolve);
      else this.waiting.set(slot, [resolve]);
      if (urgent) this.urgent = slot;
      void this.pump();
    });
  }

  private async pump(): Promise<void> {
    if (this.drawing) return;
    this.drawing = true;
    try {
      for (let slot = this.nextToDraw(); slot && !this.destroyed; slot = this.nextToDraw()) {
        const waiting = this.waiting.get(slot) ?? [];
        this.waiting.delete(slot);
        const done = () => {
          for (const resolve of waiting) resolve();
        };
        if (!slot.stopped && !slot.failed && (slot.drawnAt !== this.scale || !slot.textRoot)) {
          const drawing = (slot.drawing ??= this.drawSlot(slot));
          // A page that takes long does not hold up the others; whoever waits for it still does.
          const slow = await Promise.race([drawing.then(() => false), delay(SLOW_AFTER_MS).then(() => true)]);
          if (slow) {
            void drawing.then(done);
            continue;
          }
        }
        done();
      }
    } finally {
      this.drawing = false;
    }
  }

  private nextToDraw(): PageSlot | undefined {
    const urgent = this.urgent;
    this.urgent = null;
    if (urgent && this.waiting.has(urgent)) return urgent;
    let best: PageSlot | undefined;
    for (const [slot, waiting] of this.waiting) {
      if (!slot.near) {
        // Scrolled away before its turn: drawn again if it comes back.
        this.waiting.delete(slot);
        for (const resolve of waiting) resolve();
        continue;
      }
      if (!best || Math.abs(slot.number - this.current) < Math.abs(best.number - this.current)) best = slot;
    }
    return best;
  }

  /** Draws a page, saying so on it when it is slow, and why when it cannot be drawn. */
  private async drawSlot(slot: PageSlot): Promise<void> {
    const texts = this.options.pageTexts;
    slot.timers = [
      setTimeout(() => this.setNote(slot, texts.drawing(slot.number)), NOTE_AFTER_MS),
      setTimeout(() => this.setNote(slot, texts.slow(slot.number), texts.stop), SLOW_AFTER_MS),
    ];
    try {
      await this.draw(slot);
      this.setNote(slot, null);
    } catch (error) {
      if (this.destroyed) return;
      if (slot.stopped) {
        this.setNote(slot, texts.stopped(slot.number));
      } else if (error instanceof RenderingCancelledException) {
        this.setNote(slot, null);
      } else {
        slot.failed = true;
        this.setNote(slot, texts.failed(slot.number));
        this.options.onError(error);
        this.options.onPageProblem(slot.number);
      }
    } finally {
      clearTimeout(slot.timers[0]);
      clearTimeout(slot.timers[1]);
      slot.drawing = null;
    }
    // Zoomed while it was drawing: drawn again at the new size.
    if (!this.destroyed && slot.near && !slot.stopped && !slot.failed && slot.drawnAt !== this.scale) void this.render(slot);
  }

  /** Stops drawing a page for good (its drawing is cancelled in pdf.js's worker too). */
  private stop(slot: PageSlot): void {
    slot.stopped = true;
    slot.task?.cancel();
    this.setNote(slot, this.options.pageTexts.stopped(slot.number));
  }

  /** The note on a page (null: none), with a button to stop drawing it when `stop` is given. */
  private setNote(slot: PageSlot, text: string | null, stop?: string): void {
    if (this.destroyed) return;
    if (text === null) {
      slot.note?.remove();
      slot.note = null;
      return;
    }
    if (!slot.note) {
      slot.note = document.createElement('div');
      slot.note.className = 'rd-page-note';
      slot.section.append(slot.note);
    }
    const words = document.createElement('p');
    words.textContent = text;
    const parts: HTMLElement[] = [words];
    if (stop) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'rd-button';
      button.textContent = stop;
      button.addEventListener('click', () => this.stop(slot), { once: true });
      parts.push(button);
    }
    slot.note.replaceChildren(...parts);
  }

  private async draw(slot: PageSlot): Promise<void> {
    const scale = this.scale;
    slot.proxy ??= await this.doc.getPage(slot.number);
    if (this.destroyed) return;
    if (slot.stopped) throw new RenderingCancelledException('stopped');
    if (!slot.size) {
      const natural = slot.proxy.getViewport({ scale: 1 });
      slot.size = { width: natural.width, height: natural.height };
      this.sizeSlot(slot);
    }
    const viewport = slot.proxy.getViewport({ scale: scale * CSS_PER_POINT });
    const output = new OutputScale();
    const canvas = document.createElement('canvas');
    canvas.className = 'rd-canvas';
    canvas.width = Math.floor(viewport.width * output.sx);
    canvas.height = Math.floor(viewport.height * output.sy);
    // Decorative: the page's words are in the text layer, which screen readers read.
    canvas.setAttribute('aria-hidden', 'true');
    const task = slot.proxy.render({
      canvas,
      viewport,
      transform: output.scaled ? [output.sx, 0, 0, output.sy, 0, 0] : undefined,
    });
    slot.task = task;
    await task.promise;
    slot.task = null;
    if (this.destroyed) return;
    // Swap in the new canvas only when it is complete, so a zoom never shows a blank page.
    if (slot.canvas) slot.canvas.replaceWith(canvas);
    else slot.section.prepend(canvas);
    slot.canvas = canvas;
    slot.drawnAt = scale;
    if (!slot.textRoot) await this.addTextLayer(slot);
  }

  private async addTextLayer(slot: PageSlot): Promise<void> {
    const root = document.createElement('div');
    root.className = 'textLayer';
    // The whole page's text at once (not streamed), so its fonts can be judged before layout.
    const content = await slot.proxy!.getTextContent();
    if (this.destroyed) return;
    await this.fonts.fit(content);
    if (this.destroyed) return;
    const layer = new TextLayer({ textContentSource: content, container: root, viewport: this.viewportOf(slot) });
    slot.textLayer = layer;
    await layer.render();
    if (this.destroyed) return;
    slot.section.append(root);
    slot.textRoot = root;
    // The text layer is in: the glossary paints it in slices of its own, after a yield so the
    // drawn page shows first, while the next page is drawn.
    slot.painted = yieldToPage().then(() => this.options.onTextLayer(slot.number, root));
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
