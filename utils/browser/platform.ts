/**
 * What this browser offers. Firefox for Android has no `contextMenus` and no
 * `commands`, and opens the toolbar popup as a tab of its own, so code that
 * uses those paths asks here first. Pure: callers pass in their `browser`.
 */

/** True when `api[name]` exists. Android Firefox leaves the namespaces out entirely (undefined). */
export function hasApi<T extends object>(api: T, name: keyof T | string): boolean {
  return (api as Record<string, unknown>)[name as string] != null;
}

/** The subset of `browser.tabs` the popup needs to find the tab it acts on. */
export interface TabsLike {
  query(query: { active?: boolean; currentWindow?: boolean }): Promise<ReadonlyArray<{ id?: number; lastAccessed?: number }>>;
  getCurrent?: () => Promise<{ id?: number; openerTabId?: number } | undefined>;
}

/**
 * `popup.html?tab=<id>`: the tab id to act on, if the address names one. A value that is not
 * a whole positive number is reported and ignored, so a bad link still opens a working popup.
 */
export function tabFromSearch(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null) return undefined;
  if (/^\d+$/.test(raw) && Number(raw) > 0 && Number.isSafeInteger(Number(raw))) return Number(raw);
  console.warn(`DM Glossary: ignoring popup address parameter tab=${JSON.stringify(raw)}; it must be a tab number.`);
  return undefined;
}

/**
 * The tab the popup acts on:
 * 1. the one named by `?tab=` (the documented contract; also how the popup is opened for a tab);
 * 2. as a real popup (not a tab itself): the active tab of its window;
 * 3. opened as a tab itself (Firefox for Android, or a popup.html tab on desktop): the active tab
 *    of its window if that is another tab (a popup.html tab left in the background), else the tab
 *    that opened it, else the most recently used other tab: where the reader came from.
 */
export async function targetTabId(tabs: TabsLike, search: string): Promise<number | undefined> {
  const named = tabFromSearch(search);
  if (named !== undefined) return named;
  const self = tabs.getCurrent ? await tabs.getCurrent() : undefined;
  if (!self) {
    const [active] = await tabs.query({ active: true, currentWindow: true });
    return active?.id;
  }
  const [active] = await tabs.query({ active: true, currentWindow: true });
  if (active?.id !== undefined && active.id !== self.id) return active.id;
  if (self.openerTabId !== undefined) return self.openerTabId;
  const others = (await tabs.query({ currentWindow: true })).filter((tab) => tab.id !== undefined && tab.id !== self.id);
  others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0));
  return others[0]?.id;
}
