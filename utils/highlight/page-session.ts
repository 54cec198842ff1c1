import type { TermMatcher } from '../../glossary/matcher';
import type { Category } from '../../glossary/types';
import type { Settings } from '../settings/schema';
import { startLiveHighlighting, type LiveHighlighting } from './live-highlighting';

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

  /** `matcherFor`: the matcher for a choice of kinds of terms (the content script's comes from glossary/stored-matcher.ts). */
  constructor(
    private readonly doc: Document,
    private readonly matcherFor: (categories: readonly Category[]) => TermMatcher,
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
      return false;
    }
    this.stop();
    this.scope = scope;
    this.live = startLiveHighlighting(this.doc, this.matcherFor(settings.categories), { look, density: settings.density, visibleOnly: true });
    if (this.mine) this.live.setMine(this.mine);
    return true;
  }

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

  idle(): Promise<void> {
    return this.live?.idle() ?? Promise.resolve();
  }

  counts(): Map<string, number> {
    return this.live?.counts() ?? new Map();
  }

  stop(): void {
    this.live?.stop();
    this.live = undefined;
  }
}
