import { storage } from 'wxt/utils/storage';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';
import { repairVersionMeta } from './version-meta';
import { mergeForWrite, sanitizeSettings, type Settings } from './schema';

/**
 * Settings live in one versioned item in `storage.sync`, so they follow the
 * patient's browser account where the browser syncs; browsers without sync
 * keep `sync` data locally. Each new shape adds a migration in
 * migrations.ts and a test for it.
 */
const KEY = 'sync:settings';
const META_KEY = 'sync:settings$';

type Item = ReturnType<typeof storage.defineItem<unknown>>;
let itemReady: Promise<Item> | undefined;

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
  return storage.defineItem<unknown>(KEY, { version: SETTINGS_VERSION, migrations: SETTINGS_MIGRATIONS });
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
    console.warn(`DM Glossary: the stored setting "${key}" was unreadable; using its default.`);
  }
}

export async function loadSettings(): Promise<Settings> {
  const { settings, invalid } = sanitizeSettings(await (await settingsItem()).getValue());
  reportInvalid(invalid);
  return settings;
}

/** Changes some settings; everything else stored, even a key this version does not know, is kept. */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const item = await settingsItem();
  await item.setValue(mergeForWrite(await item.getValue(), change));
  return loadSettings();
}

/** Calls `onChange` with the new settings whenever they change, in any tab or page. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  // Watching the key itself needs no defined item, so this stays synchronous.
  return storage.watch<unknown>(KEY, (raw) => {
    const { settings, invalid } = sanitizeSettings(raw);
    reportInvalid(invalid);
    onChange(settings);
  });
}
