/**
 * "Only when I ask" mode: the tabs the reader turned on. A grant belongs to
 * one tab and one site (the top page's hostname). It ends when the tab
 * closes, when the reader turns it off, or when the tab's top page is found
 * on another site. Kept in storage.session where the browser has it (it
 * survives the background going to sleep, is never written to disk or
 * synced, and in Chrome content scripts cannot read it), else in memory.
 */
import type { browser } from 'wxt/browser';
import { isGetTabGrantRequest, isSetTabGrantRequest, isTabGrantQuery, type TabGrantChanged } from '../messaging/page-messages';
import { normalizeSite } from '../settings/schema';
import { contentScriptTab, isOwnExtensionPage, senderHost, type Self, type SenderLike } from './senders';

/** The browser API the background uses (the real one, or WXT's fake in tests). */
type Api = typeof browser;

export interface Grant {
  /** normalizeSite() of the top page's hostname when the reader turned the tab on. */
  host: string;
  /**
   * Whether the tab's top page is known to be on `host`. A navigation starts
   * unconfirmed: frames wait until the top frame's script has asked and
   * shown its page is still on the granted site.
   */
  confirmed: boolean;
}

type Grants = Record<string, Grant>;

export interface GrantStore {
  load(): Promise<Grants>;
  save(grants: Grants): Promise<void>;
}

export function memoryGrantStore(): GrantStore {
  let grants: Grants = {};
  return {
    load: () => Promise.resolve({ ...grants }),
    save: (next) => {
      grants = { ...next };
      return Promise.resolve();
    },
  };
}

const STORE_KEY = 'dmgTabGrants';

/** The parts of a storage area the store uses (browser.storage.session). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

function isGrant(value: unknown): value is Grant {
  return typeof value === 'object' && value !== null && typeof (value as Grant).host === 'string' && typeof (value as Grant).confirmed === 'boolean';
}

export function sessionGrantStore(area: SessionArea): GrantStore {
  return {
    async load() {
      const stored = (await area.get(STORE_KEY))[STORE_KEY];
      if (typeof stored !== 'object' || stored === null) return {};
      // Only well-formed grants count: a bad record means "not granted", the private answer.
      return Object.fromEntries(Object.entries(stored).filter(([, grant]) => isGrant(grant))) as Grants;
    },
    save: (grants) => area.set({ [STORE_KEY]: grants }),
  };
}

/** What a frame's question found: whether it may act, and whether this answer confirmed the grant after a navigation. */
export interface GrantCheck {
  granted: boolean;
  confirmedNow: boolean;
}

export class TabGrants {
  // One change at a time: each reads, changes and saves the whole record.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: GrantStore) {}

  private change<T>(edit: (grants: Grants) => T): Promise<T> {
    const run = this.queue.then(async () => {
      const grants = await this.store.load();
      const result = edit(grants);
      await this.store.save(grants);
      return result;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  grant(tabId: number, host: string): Promise<void> {
    return this.change((grants) => {
      grants[tabId] = { host: normalizeSite(host), confirmed: true };
    });
  }

  revoke(tabId: number): Promise<void> {
    return this.change((grants) => {
      delete grants[tabId];
    });
  }

  async isGranted(tabId: number): Promise<boolean> {
    await this.queue;
    return (await this.store.load())[tabId]?.confirmed === true;
  }

  /** The tab started loading a page: until its top frame asks, nothing in it counts as granted. */
  navigating(tabId: number): Promise<void> {
    return this.change((grants) => {
      const grant = grants[tabId];
      if (grant) grant.confirmed = false;
    });
  }

  /**
   * A content script of the tab asks whether it may act. The top frame's
   * host decides: the granted site confirms the grant, another site ends it.
   * Other frames act only while the grant is confirmed and only if they are
   * of the granted site (or its subdomains) or have no host of their own
   * (about:blank and srcdoc frames, which share their parent's origin): the
   * reader turned on this site, not the ad and tracker frames inside it.
   */
  check(tabId: number, frame: { top: boolean; host: string }): Promise<GrantCheck> {
    return this.change((grants) => {
      const grant = grants[tabId];
      if (!grant) return { granted: false, confirmedNow: false };
      if (!frame.top) {
        const site = normalizeSite(frame.host);
        const sameSite = site === '' || site === grant.host || site.endsWith(`.${grant.host}`);
        return { granted: grant.confirmed && sameSite, confirmedNow: false };
      }
      if (normalizeSite(frame.host) !== grant.host) {
        delete grants[tabId];
        return { granted: false, confirmedNow: false };
      }
      const confirmedNow = !grant.confirmed;
      grant.confirmed = true;
      return { granted: true, confirmedNow };
    });
  }
}

/** storage.session where the browser has it (Chrome 102+, Firefox 115+), else memory. */
export function defaultGrantStore(api: Api): GrantStore {
  const session = (api.storage as { session?: SessionArea }).session;
  return session ? sessionGrantStore(session) : memoryGrantStore();
}

/**
 * Answers the grant messages and follows the tabs. Content scripts learn
 * their tab from the runtime (`sender.tab.id`), never from the message; only
 * our own pages (the popup) may grant or revoke, naming the tab.
 */
export function listenForTabGrants(api: Api, grants = new TabGrants(defaultGrantStore(api))): TabGrants {
  const self: Self = { id: api.runtime.id, origin: api.runtime.getURL('/') };
  const tell = (tabId: number, granted: boolean) => {
    const message: TabGrantChanged = { type: 'dmg:tab-grant-changed', granted };
    // Every frame of the tab hears it; a tab with no content script has no one to hear.
    void api.tabs.sendMessage(tabId, message).catch(() => undefined);
  };

  api.runtime.onMessage.addListener((message: unknown, sender: SenderLike): Promise<boolean> | undefined => {
    if (isTabGrantQuery(message)) {
      const tabId = contentScriptTab(sender, self);
      const host = senderHost(sender);
      if (tabId === undefined || host === undefined) return Promise.resolve(false);
      return grants.check(tabId, { top: sender.frameId === 0, host }).then((result) => {
        // The other frames asked before the top frame confirmed: tell them now.
        if (result.confirmedNow) tell(tabId, true);
        return result.granted;
      });
    }
    if (isSetTabGrantRequest(message)) {
      if (!isOwnExtensionPage(sender, self)) return Promise.resolve(false);
      const { tabId, host, granted } = message;
      return (granted ? grants.grant(tabId, host) : grants.revoke(tabId)).then(() => {
        tell(tabId, granted);
        return granted;
      });
    }
    if (isGetTabGrantRequest(message)) {
      if (!isOwnExtensionPage(sender, self)) return Promise.resolve(false);
      return grants.isGranted(message.tabId);
    }
    return undefined;
  });
  api.tabs.onRemoved.addListener((tabId) => void grants.revoke(tabId));
  // `status` needs no "tabs" permission (the URL would); the next top-frame question settles the site.
  api.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void grants.navigating(tabId);
  });
  return grants;
}
