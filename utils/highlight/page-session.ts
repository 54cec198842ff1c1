import { getMatcher } from '../../glossary';
import { isActiveOn, type Settings } from '../settings/schema';
import { startLiveHighlighting, type LiveHighlighting } from './live-highlighting';

/** What, of the settings, decides which marks exist (as opposed to how they look). */
function scopeKey(settings: Settings): string {
  return JSON.stringify([settings.categories, settings.density]);
}

/**
 * Keeps a page's highlighting in line with the settings as they change:
 * starts it, stops it (restoring the page exactly), restyles it in place, or
 * redoes it when the kinds of terms or first-mention-only change.
 */
export class PageSession {
  private live: LiveHighlighting | undefined;
  private scope = '';

  constructor(
    private readonly doc: Document,
    private readonly host: string,
  ) {}

  apply(settings: Settings): void {
    if (!isActiveOn(settings, this.host)) {
      this.stop();
      return;
    }
    const look = { style: settings.style, colour: settings.colour };
    const scope = scopeKey(settings);
    if (this.live && scope === this.scope) {
      this.live.setLook(look);
      return;
    }
    this.stop();
    this.scope = scope;
    this.live = startLiveHighlighting(this.doc, getMatcher(settings.categories), { look, firstOnly: settings.density === 'page' });
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
