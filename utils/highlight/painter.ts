import type { Mention } from './mention';
import type { PaintTarget } from './mention-store';
import { MINE_HIGHLIGHT } from './mine';
import {
  CONTROL_HIGHLIGHT,
  CURRENT_HIGHLIGHT,
  documentHighlightScope,
  highlightCss,
  HOVER_HIGHLIGHT,
  PLAIN_HIGHLIGHT,
  pointerCss,
  TERM_HIGHLIGHT,
  type HighlightLook,
} from './page-styles';

/** The part of a `Highlight` we use. */
export interface HighlightSet {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): unknown;
  clear(): void;
  priority: number;
  readonly size: number;
}

/** The document's highlight registry and a way to make highlights (injectable: happy-dom and jsdom have neither). */
export interface HighlightApi {
  set(name: string, highlight: HighlightSet): void;
  delete(name: string): void;
  create(): HighlightSet;
  /** A constructed stylesheet; undefined where the environment has none. */
  sheet(css: string): CSSStyleSheet | undefined;
}

export function browserHighlightApi(): HighlightApi {
  return {
    set: (name, highlight) => void CSS.highlights.set(name, highlight as Highlight),
    delete: (name) => void CSS.highlights.delete(name),
    create: () => new Highlight(),
    sheet: (css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      return sheet;
    },
  };
}

type StyleRoot = Document | ShadowRoot;

function adopt(root: StyleRoot, sheet: CSSStyleSheet): void {
  // push, not assignment: assigning an array made in a Firefox content script to the page's
  // ObservableArray crosses compartments; push works in both browsers.
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets.push(sheet);
}

function unadopt(root: StyleRoot, sheet: CSSStyleSheet): void {
  const at = root.adoptedStyleSheets.indexOf(sheet);
  if (at >= 0) root.adoptedStyleSheets.splice(at, 1);
}

/**
 * Paints mentions with the CSS Custom Highlight API: a range goes into a
 * highlight and our `::highlight()` rules colour it. Nothing of the page
 * changes: no element, no attribute, no text. The registry entries and the
 * sheet appear only with the first painted mention, so a frame without terms
 * shows no trace of us.
 */
export class Painter implements PaintTarget {
  private readonly all: HighlightSet;
  private readonly plain: HighlightSet;
  private readonly control: HighlightSet;
  private readonly hover: HighlightSet;
  private readonly current: HighlightSet;
  /** "My medicines" (mine.ts): registered only while there is one to paint. */
  private readonly mine: HighlightSet;
  private mineIds: ReadonlySet<string> | undefined;
  private mineRegistered = false;
  private registered = false;
  /** Called once, when the first mention is painted (the content script then starts the ways to a card). */
  onFirstPaint: (() => void) | undefined;
  /** The rules for documents, on documentHighlightScope(); for shadow roots, on every element (shadowSheet; the same sheet where the scope is ''). */
  private sheet: CSSStyleSheet | undefined;
  private shadowSheet: CSSStyleSheet | undefined;
  private scopeSelector: string | undefined;
  private pointerSheet: CSSStyleSheet | undefined;
  /** The mention in `hover`. */
  private hovered: Mention | undefined;
  /** The element whose pointer rule is adopted (in its root), while the pointer is on a clickable term. */
  private pointerAt: { root: StyleRoot; holder: Element } | undefined;
  private readonly styled = new Set<StyleRoot>();

  constructor(
    private look: HighlightLook,
    private readonly api: HighlightApi = browserHighlightApi(),
    /** The rules for a look; the PDF reader's text layer needs its own (its text is transparent over the drawn page). */
    private readonly cssFor: (look: HighlightLook, scope: string) => string = highlightCss,
  ) {
    this.all = api.create();
    this.plain = api.create();
    this.control = api.create();
    this.hover = api.create();
    this.current = api.create();
    this.mine = api.create();
    // Later names paint over earlier ones where they overlap.
    this.hover.priority = 1;
    this.current.priority = 2;
  }

  paint(mention: Mention): void {
    this.ensureRegistered();
    this.ensureStyled(mention.node.getRootNode() as StyleRoot);
    this.all.add(mention.range);
    (mention.control ? this.control : this.plain).add(mention.range);
    if (this.mineIds?.has(mention.entryId)) this.addMine(mention.range);
  }

  unpaint(mention: Mention): void {
    this.all.delete(mention.range);
    this.plain.delete(mention.range);
    this.control.delete(mention.range);
    this.hover.delete(mention.range);
    if (this.hovered === mention) this.hovered = undefined;
    this.current.delete(mention.range);
    this.mine.delete(mention.range);
  }

  /** Paints the painted mentions of `ids` as the reader's own; undefined (or none) removes `dmg-mine` from the registry. */
  setMine(ids: ReadonlySet<string> | undefined, painted: Iterable<Mention>): void {
    this.mineIds = ids && ids.size > 0 ? ids : undefined;
    this.mine.clear();
    if (!this.mineIds) return this.dropMine();
    for (const mention of painted) if (this.mineIds.has(mention.entryId)) this.addMine(mention.range);
  }

  get paintedCount(): number {
    return this.all.size;
  }

  setLook(look: HighlightLook): void {
    this.look = look;
    this.sheet?.replaceSync(this.cssFor(look, this.scope));
    if (this.shadowSheet !== this.sheet) this.shadowSheet?.replaceSync(this.cssFor(look, ''));
  }

  /** Marks the term under the pointer (and shows the pointer shape when a click would open it). */
  setHover(mention: Mention | undefined, clickable: boolean): void {
    // Asked at every animation frame the mouse moves in: a highlight changed makes the browser repaint it.
    if (mention !== this.hovered) {
      this.hovered = mention;
      this.hover.clear();
      if (mention) {
        this.ensureRegistered();
        this.hover.add(mention.range);
      }
    }
    this.setPointer(!!mention && clickable, mention);
  }

  /** Marks the mention the open card points at; undefined clears it. */
  setCurrent(range: AbstractRange | undefined, root?: StyleRoot): void {
    this.current.clear();
    if (!range) return;
    this.ensureRegistered();
    if (root) this.ensureStyled(root);
    this.current.add(range);
  }

  /** Removes every trace: registry entries and adopted sheets. */
  stop(): void {
    for (const h of [this.all, this.plain, this.control, this.hover, this.current, this.mine]) h.clear();
    this.dropMine();
    if (this.registered) {
      for (const name of [TERM_HIGHLIGHT, PLAIN_HIGHLIGHT, CONTROL_HIGHLIGHT, HOVER_HIGHLIGHT, CURRENT_HIGHLIGHT]) this.api.delete(name);
    }
    this.registered = false;
    for (const root of this.styled) {
      for (const sheet of [this.sheet, this.shadowSheet]) if (sheet) unadopt(root, sheet);
    }
    this.styled.clear();
    this.hovered = undefined;
    this.setPointer(false, undefined);
  }

  /** The pointer shape on the element holding `mention`'s text (pointerCss), or nowhere. */
  private setPointer(on: boolean, mention: Mention | undefined): void {
    const holder = (on && mention?.node.parentElement) || undefined;
    if (this.pointerAt?.holder === holder) return;
    if (this.pointerAt && this.pointerSheet) unadopt(this.pointerAt.root, this.pointerSheet);
    this.pointerAt = undefined;
    const root = holder?.getRootNode() as StyleRoot | undefined;
    if (!holder || !root || !('adoptedStyleSheets' in root)) return;
    this.pointerSheet ??= this.api.sheet('');
    if (!this.pointerSheet) return;
    // Rewritten only while no document holds it: a change to an adopted sheet's rules
    // restyles every element of its document (pointerCss).
    this.pointerSheet.replaceSync(pointerCss(holder));
    this.ensureStyled(root);
    adopt(root, this.pointerSheet);
    this.pointerAt = { root, holder };
  }

  private addMine(range: AbstractRange): void {
    if (!this.mineRegistered) {
      // After the term highlights: at equal priority the later one paints over plain terms.
      this.ensureRegistered();
      this.api.set(MINE_HIGHLIGHT, this.mine);
      this.mineRegistered = true;
    }
    this.mine.add(range);
  }

  private dropMine(): void {
    if (this.mineRegistered) this.api.delete(MINE_HIGHLIGHT);
    this.mineRegistered = false;
  }

  private ensureRegistered(): void {
    if (this.registered) return;
    this.registered = true;
    this.api.set(TERM_HIGHLIGHT, this.all);
    this.api.set(PLAIN_HIGHLIGHT, this.plain);
    this.api.set(CONTROL_HIGHLIGHT, this.control);
    this.api.set(HOVER_HIGHLIGHT, this.hover);
    this.api.set(CURRENT_HIGHLIGHT, this.current);
    this.onFirstPaint?.();
  }

  /** Asked when the first sheet is made: a frame that never paints does not pay for CSS.supports. */
  private get scope(): string {
    return (this.scopeSelector ??= documentHighlightScope());
  }

  private documentSheet(): CSSStyleSheet | undefined {
    this.sheet ??= this.api.sheet(this.cssFor(this.look, this.scope));
    return this.sheet;
  }

  private shadowRootSheet(): CSSStyleSheet | undefined {
    this.shadowSheet ??= this.scope ? this.api.sheet(this.cssFor(this.look, '')) : this.documentSheet();
    return this.shadowSheet;
  }

  private ensureStyled(root: StyleRoot): void {
    if (this.styled.has(root) || !('adoptedStyleSheets' in root)) return;
    const sheet = root.nodeType === Node.DOCUMENT_NODE ? this.documentSheet() : this.shadowRootSheet();
    if (!sheet) return;
    this.styled.add(root);
    adopt(root, sheet);
  }
}
