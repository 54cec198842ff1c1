import { storage } from 'wxt/utils/storage';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';
import { mergeForWrite, sanitizeSettings, type Settings } from './schema';

/**
 * Settings live in one versioned item in `storage.sync`, so they follow the
 * patient's browser account where the browser syncs; browsers without sync
 * keep `sync` data locally. Each new shape adds a migration in
 * migrations.ts and a test for it.
 */
const item = storage.defineItem<unknown>('sync:settings', {
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

/** Runs the migrations now (WXT also starts them when the item is defined); for tests and the background. */
export function migrateSettings(): Promise<void> {
  return item.migrate();
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
  const { settings, invalid } = sanitizeSettings(await item.getValue());
  reportInvalid(invalid);
  return settings;
}

/** Changes some settings; everything else stored, even a key this version does not know, is kept. */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  await item.setValue(mergeForWrite(await item.getValue(), change));
  return loadSettings();
}

/** Calls `onChange` with the new settings whenever they change, in any tab or page. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return item.watch((raw) => {
    const { settings, invalid } = sanitizeSettings(raw);
    reportInvalid(invalid);
    onChange(settings);
  });
}
