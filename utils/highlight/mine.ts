/**
 * "My medicines" on pages (issue 13): the entries the reader marked "I take
 * this" get a `dmg-mine` highlight of their own, a subset of `dmg-term`.
 * The registry is readable by the page, so this is opt-in
 * (`prefs.paintMine`, off by default): while it is off the notebook's list
 * is never read and no `dmg-mine` entry exists. The two storage items are
 * read here directly (they are tiny) so the content script does not bundle
 * the notebook store.
 */
export const MINE_HIGHLIGHT = 'dmg-mine';
export const NOTEBOOK_MINE_KEY = 'dmg-notebook-mine';
export const NOTEBOOK_PREFS_KEY = 'dmg-notebook-prefs';

/** Whether a stored prefs item asks for "my medicines" to be painted (anything unreadable: no). */
export function paintMineOn(prefs: unknown): boolean {
  return typeof prefs === 'object' && prefs !== null && (prefs as { paintMine?: unknown }).paintMine === true;
}

/** The entry ids of a stored mine item; an unreadable item is an empty list. */
export function mineIds(stored: unknown): ReadonlySet<string> {
  const ids = typeof stored === 'object' && stored !== null ? (stored as { ids?: unknown }).ids : undefined;
  return new Set(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : []);
}

type Changes = Record<string, { newValue?: unknown }>;
type ChangeListener = (changes: Changes, areaName: string) => void;

/** The parts of browser.storage the follower needs (injectable for unit tests). */
export interface MineStorage {
  local: { get(key: string): Promise<Record<string, unknown>> };
  onChanged: { addListener(cb: ChangeListener): void; removeListener(cb: ChangeListener): void };
}

/**
 * Calls `apply` with the ids to paint (undefined: paint none, and leave no
 * trace) now and whenever either item changes. The list is read only while
 * the prefs say yes. Returns a stop function.
 */
export function followMine(storage: MineStorage, apply: (ids: ReadonlySet<string> | undefined) => void): () => void {
  let stopped = false;
  // Each sync is numbered so a slow earlier read cannot undo a later change.
  let syncs = 0;
  const get = (key: string): Promise<unknown> => storage.local.get(key).then((items) => items[key], () => undefined);
  const sync = async (): Promise<void> => {
    const at = ++syncs;
    const ids = paintMineOn(await get(NOTEBOOK_PREFS_KEY)) ? mineIds(await get(NOTEBOOK_MINE_KEY)) : undefined;
    if (!stopped && at === syncs) apply(ids);
  };
  const onChanged: ChangeListener = (changes, areaName) => {
    if (areaName === 'local' && (NOTEBOOK_PREFS_KEY in changes || NOTEBOOK_MINE_KEY in changes)) void sync();
  };
  storage.onChanged.addListener(onChanged);
  void sync();
  return () => {
    stopped = true;
    storage.onChanged.removeListener(onChanged);
  };
}
