import type { TermMatcher } from '../../glossary/matcher';
import type { Category } from '../../glossary/types';
import type { Settings } from '../settings/schema';
import { startLiveHighlighting, type LiveHighlighting, type LiveOptions } from './live-highlighting';

/** What, of the settings, decides which mentions exist and are painted (as opposed to how they look). */
function scopeKey(settings: Settings): string {
  return JSON.stringify([settings.categories, settings.density]);
}

/**
 * Keeps a page's painting in line with the settings as they change: starts
 * it, stops it (the page never changed, so nothing needs restoring), restyles
 * it in place, or redoes it when the kinds of terms or the density change.
 */
export class PageSession {
  private live: LiveHighlighting | undefined;
  private scope = '';
  private mine: ReadonlySet<string> | undefined;
  private last: Settings | undefined;
  /** Watches for the page replacing its whole document (document.open(), review S12). */
  private rewrites: MutationObserver | undefined;
  private body: HTMLElement | null = null;

  /**
   * `matcherFor`: the matcher for a choice of kinds of terms (the content script's comes from
   * glossary/stored-matcher.ts); `frame`: what the frame's place decides (`wordsFirst`: see
   * LiveOptions).
   */
  constructor(
    private readonly doc: Document,
    private readonly matcherFor: (categories: readonly Category[]) => TermMatcher,
    private readonly frame: Pick<LiveOptions, 'wordsFirst'> = {},
  ) {}

  /** Whether this apply started a fresh painting (any open card points at old mentions). */
  /** `active`: whether this frame may paint at all (settings, site lists, privacy mode, tab grant). */
  apply(settings: Settings, active: boolean): boolean {
    if (!active) {
      this.stop();
      return false;
    }
    const look = { style: settings.style, colour: settings.colour };
    const scope = scopeKey(settings);
    if (this.live && scope === this.scope) {
      this.live.setLook(look);
      this.last = settings;
      return false;
    }
    this.stop();
    this.start(settings);
    return true;
  }

  private start(settings: Settings): void {
    this.scope = scopeKey(settings);
    this.last = settings;
    this.body = this.doc.body;
    this.live = startLiveHighlighting(this.doc, this.matcherFor(settings.categories), { look: { style: settings.style, colour: settings.colour }, density: settings.density, visibleOnly: true, onFirstPaint: () => this.onFirstPaint?.(), ...this.frame });
    if (this.mine) this.live.setMine(this.mine);
    this.watchRewrites();
  }

  /**
   * document.open() (then writing a page into it after load) empties the document
   * and parses a new one into the same Document: the painting watched the old
   * body, so it starts again on the new one.
   */
  private watchRewrites(): void {
    const view = this.doc.defaultView;
    if (this.rewrites || !view) return;
    this.rewrites = new view.MutationObserver(() => {
      if (this.doc.documentElement && this.rewrites) this.rewrites.observe(this.doc.documentElement, { childList: true });
      const body = this.doc.body;
      if (!this.live || !this.last || !body || body === this.body) return;
      const settings = this.last;
      this.live.stop();
      this.live = undefined;
      this.start(settings);
      this.onRestart?.();
    });
    this.rewrites.observe(this.doc, { childList: true });
    if (this.doc.documentElement) this.rewrites.observe(this.doc.documentElement, { childList: true });
  }

  /** Called when a painting first paints a mention (each start, once). */
  onFirstPaint: (() => void) | undefined;

  /** Called after the painting started again on a rewritten document (an open card points at old mentions). */
  onRestart: (() => void) | undefined;

  /** The reader's medicines to paint as theirs (only while they chose so, see mine.ts); undefined: none. */
  setMine(ids: ReadonlySet<string> | undefined): void {
    this.mine = ids;
    this.live?.setMine(ids);
  }

  get highlighting(): LiveHighlighting | undefined {
    return this.live;
  }

  get active(): boolean {
    return this.live !== undefined;
  }

  /** Painting settled, visibility included: the popup's counts and reveals wait for it. */
  idle(): Promise<void> {
    return this.live?.settled() ?? Promise.resolve();
  }

  counts(): Map<string, number> {
    return this.live?.counts() ?? new Map();
  }

  stop(): void {
    this.live?.stop();
    this.live = undefined;
    this.rewrites?.disconnect();
    this.rewrites = undefined;
  }
}
