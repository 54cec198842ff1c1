import { SECRET_TTL_MS } from './protocol';

/**
 * The background's ledger of card-frame secrets (docs/privacy.md, "the card"). Our frame script
 * runs in every sandboxed srcdoc frame of every page (that is how it gets into ours), so a page can
 * make such a frame too; the script stays silent unless the background confirms the frame's secret
 * is one it issued to a content script of the same tab, unused and fresh. Pure: time is passed in.
 */
export class CardFrameSecrets {
  private readonly issued = new Map<string, { tabId: number; at: number }>();

  constructor(
    private readonly random: () => string,
    /** A tab opening cards faster than this has a page trying something: older secrets are dropped. */
    private readonly perTab = 4,
  ) {}

  issue(tabId: number, now: number): string {
    this.forgetOld(now);
    const mine = [...this.issued].filter(([, value]) => value.tabId === tabId);
    for (const [secret] of mine.slice(0, Math.max(0, mine.length - this.perTab + 1))) this.issued.delete(secret);
    const secret = this.random();
    this.issued.set(secret, { tabId, at: now });
    return secret;
  }

  /** True once per issued secret, for the tab it was issued to, within SECRET_TTL_MS. */
  claim(tabId: number, secret: string, now: number): boolean {
    this.forgetOld(now);
    const found = this.issued.get(secret);
    if (!found || found.tabId !== tabId) return false;
    this.issued.delete(secret);
    return true;
  }

  private forgetOld(now: number): void {
    for (const [secret, { at }] of this.issued) if (now - at > SECRET_TTL_MS) this.issued.delete(secret);
  }
}
