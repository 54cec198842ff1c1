import type { TermMatcher } from '../../glossary/matcher';
import { topicEntries, type Density } from '../highlight/density';
import { inDocumentOrder, type Mention } from '../highlight/mention';
import { MentionStore } from '../highlight/mention-store';
import { PageScanner, type Yield } from '../highlight/page-scanner';
import type { HighlightLook } from '../highlight/page-styles';
import { Painter, type HighlightApi } from '../highlight/painter';
import { readerHighlightCss } from './highlight-css';

export interface ReaderHighlightingOptions {
  look: HighlightLook;
  density: Density;
  /** The document's title (and file name): what it is about, named once per document in the "section" density. */
  title: string;
  api?: HighlightApi;
  /** How to give the thread back between slices (tests: at once). */
  yield?: Yield;
}

/**
 * Paints glossary terms in the PDF's text layers with the same engine as on
 * web pages: the page scanner (8 ms slices that yield), the mention store
 * with its density slots, and the CSS Highlight painter. Each page is a
 * `<section>`, so "first mention per section" means first per page, and a
 * page painted late (the reader jumped ahead) hands its term's paint back
 * to an earlier page when that one renders, as on a web page.
 */
export class ReaderHighlighting {
  readonly painter: Painter;
  private readonly store: MentionStore;
  private readonly scanner: PageScanner;

  constructor(
    private readonly matcher: TermMatcher,
    options: ReaderHighlightingOptions,
  ) {
    this.painter = new Painter(options.look, options.api, readerHighlightCss);
    this.store = new MentionStore(this.painter);
    this.scanner = new PageScanner(matcher, this.store, {
      density: options.density,
      topics: () => topicEntries([options.title], (text) => matcher.findAll(text)),
      yield: options.yield,
    });
  }

  /** Paints a page's text layer, once it is in the document; resolves when it is done. */
  addTextLayer(root: HTMLElement): Promise<void> {
    this.scanner.add(root);
    return this.scanner.idle();
  }

  idle(): Promise<void> {
    return this.scanner.idle();
  }

  paintedIn(node: Text): Mention[] {
    return this.store.paintedIn(node);
  }

  /** The mentions of an entry inside one page's text layer, in order. */
  mentionsIn(root: HTMLElement, entryId: string): Mention[] {
    return inDocumentOrder(this.store.mentionsOf(entryId).filter((m) => root.contains(m.node)));
  }

  setLook(look: HighlightLook): void {
    this.painter.setLook(look);
  }

  stop(): void {
    this.scanner.stop();
    this.store.clear();
    this.painter.stop();
  }
}
