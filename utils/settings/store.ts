import { storage } from 'wxt/utils/storage';
import { migrateV1ToV2, SETTINGS_VERSION, splitSiteLists } from './migrations';
import { mergeForWrite, sanitizeSettings, type Settings } from './schema';
import { SITE_LIST_KEYS, isSiteListKey, siteListFits, type SiteListKey } from './site-lists';
import { repairVersionMeta } from './version-meta';
import { SettingsWriteError, toWriteError } from './write-error';

/**
 * Settings live in `storage.sync`, so they follow the patient's browser
 * account where the browser syncs; browsers without sync keep `sync` data
 * locally. One versioned item holds the small settings; each site list has
 * an item of its own (site-lists.ts). Each new shape adds a migration and a
 * test for it.
 */
const KEY = 'sync:settings';
const META_KEY = 'sync:settings$';
const listKey = (key: SiteListKey) => `sync:${key}` as const;

type Item = ReturnType<typeof storage.defineItem<unknown>>;
let itemReady: Promise<Item> | undefined;

/** Version 2 → 3: moves the site lists to their items; a list already there (written by a newer copy) wins. */
async function moveSiteLists(raw: unknown): Promise<unknown> {
  const { settings, lists } = splitSiteLists(raw, SITE_LIST_KEYS);
  for (const [key, list] of Object.entries(lists)) {
    if (!isSiteListKey(key)) continue;
    if ((await storage.getItem<unknown>(listKey(key))) === null) await storage.setItem(listKey(key), list);
  }
  return settings;
}

const MIGRATIONS: Record<number, (raw: unknown) => unknown> = { 2: migrateV1ToV2, 3: moveSiteLists };

/**
 * The item is defined on first use, not at import: WXT starts migrating the
 * moment it is defined, so the version meta is checked first (F5). If the
 * repair cannot be written, the item is defined without migrations, which WXT
 * then skips: unmigrated fields read as their defaults, and nothing freezes.
 */
async function defineSettingsItem(): Promise<Item> {
  const repaired = repairVersionMeta(await storage.getItem<unknown>(META_KEY));
  if (repaired) {
    try {
      await storage.setItem(META_KEY, repaired);
    } catch {
      return storage.defineItem<unknown>(KEY);
    }
  }
  return storage.defineItem<unknown>(KEY, { version: SETTINGS_VERSION, migrations: MIGRATIONS });
}

function settingsItem(): Promise<Item> {
  itemReady ??= defineSettingsItem();
  return itemReady;
}

/** Runs the migrations now (WXT also starts them when the item is defined); for tests and the background. */
export async function migrateSettings(): Promise<void> {
  await (await settingsItem()).migrate();
}

/** Forgets the defined item, so the next use checks the meta again, as a fresh page would. For tests. */
export function resetSettingsItemForTests(): void {
  itemReady = undefined;
}

const reported = new Set<string>();

/** Logs an unusable stored value once per key and page, so a corrupt value is visible without flooding the console. */
function reportInvalid(keys: readonly string[]): void {
  for (const key of keys) {
    if (reported.has(key)) continue;
    reported.add(key);
    console.warn(`DM Glossary: the stored setting "${key}" was unreadable in part or whole; using what could be read.`);
  }
}

/** The settings item and the site lists (null where absent), as one object in the old single-item shape, for the schema's per-key reader. */
function combine(raw: unknown, lists: readonly unknown[]): Record<string, unknown> {
  const combined: Record<string, unknown> = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? { ...raw } : {};
  SITE_LIST_KEYS.forEach((key, i) => {
    const list = lists[i] ?? null;
    if (list !== null) combined[key] = list;
    else delete combined[key];
  });
  return combined;
}

/**
 * Everything stored, in one read of storage, where nothing needs migrating: the stored version is
 * this build's, or no settings item is stored (WXT migrates nothing then either). Undefined
 * otherwise, for the full path. Every frame of every page reads the settings while the page parses,
 * when each round trip to storage waits for the parser to yield. The full path makes five in a row
 * (the version meta, WXT's migration check, the item, each site list). On the 2 MB bench page that
 * put the first term 420-550 ms into the parse, and every element styled by then was styled
 * again when our sheet came (issue #22).
 */
async function readCurrent(): Promise<Record<string, unknown> | undefined> {
  const [raw, meta, ...lists] = (await storage.getItems([KEY, META_KEY, ...SITE_LIST_KEYS.map(listKey)])).map((item) => item.value as unknown);
  const version = typeof meta === 'object' && meta !== null ? (meta as { v?: unknown }).v : undefined;
  if (raw !== null && raw !== undefined && version !== SETTINGS_VERSION) return undefined;
  return combine(raw, lists);
}

/** Everything stored, the versioned item migrated first where it needs it. */
async function readStored(): Promise<Record<string, unknown>> {
  const current = await readCurrent();
  if (current) return current;
  const raw = await (await settingsItem()).getValue();
  // Read again after the migration: moving the lists to their own items (version 3) writes them.
  const lists = (await storage.getItems(SITE_LIST_KEYS.map(listKey))).map((item) => item.value as unknown);
  return combine(raw, lists);
}

export async function loadSettings(): Promise<Settings> {
  const { settings, invalid } = sanitizeSettings(await readStored());
  reportInvalid(invalid);
  return settings;
}

/**
 * Changes some settings; everything else stored, even a key this version
 * does not know, is kept. Rejects with a SettingsWriteError, and changes
 * nothing, when a site list would pass its limit; rejects too when the
 * browser refuses the write. Callers must show that, not the change.
 */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const lists: Array<[SiteListKey, string[]]> = [];
  const rest: Partial<Settings> = { ...change };
  for (const key of SITE_LIST_KEYS) {
    const list = change[key];
    if (list === undefined) continue;
    if (!siteListFits(list)) throw new SettingsWriteError('list-full');
    lists.push([key, list]);
    delete rest[key];
  }
  try {
    for (const [key, list] of lists) await storage.setItem(listKey(key), list);
    if (Object.keys(rest).length > 0) {
      const item = await settingsItem();
      await item.setValue(mergeForWrite(await item.getValue(), rest));
    }
  } catch (error) {
    throw toWriteError(error);
  }
  return loadSettings();
}

/** Calls `onChange` with the new settings whenever any of their items changes, in any tab or page. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  // Watching the keys needs no defined item, so this stays synchronous. A change to one item
  // is read together with the others, so `onChange` always sees whole settings.
  const reload = () => void loadSettings().then(onChange, () => undefined);
  const keys: Array<`sync:${string}`> = [KEY, ...SITE_LIST_KEYS.map(listKey)];
  const unwatchers = keys.map((key) => storage.watch<unknown>(key, reload));
  return () => unwatchers.forEach((unwatch) => unwatch());
}
