/**
 * Stored-settings migrations, one per schema version, for WXT's versioned
 * storage item. Each takes the raw stored object of the previous version and
 * must be safe to run twice (every frame's content script may race to run it).
 */

type Stored = Record<string, unknown>;

const asObject = (raw: unknown): Stored | undefined =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Stored) : undefined;

/**
 * Version 1 → 2: `firstOnly: boolean` becomes `density`. `true` (a choice the
 * reader made) becomes 'page'. `false` was the default, so it cannot be told
 * apart from "never touched"; it becomes the new default, 'section', as
 * issue #9 decided for everyone. A `density` already there wins.
 */
export function migrateV1ToV2(raw: unknown): unknown {
  const stored = asObject(raw);
  if (!stored) return raw;
  const { firstOnly, ...rest } = stored;
  if ('density' in rest) return rest;
  return { ...rest, density: firstOnly === true ? 'page' : 'section' };
}

/**
 * Version 2 → 3 (pure part): the site lists leave the settings item for
 * items of their own (site-lists.ts). Returns the settings without them and
 * the lists as stored, unchecked: reading checks them entry by entry.
 */
export function splitSiteLists(raw: unknown, keys: readonly string[]): { settings: unknown; lists: Record<string, unknown> } {
  const stored = asObject(raw);
  if (!stored) return { settings: raw, lists: {} };
  const settings: Stored = {};
  const lists: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(stored)) {
    if (keys.includes(key)) lists[key] = value;
    else settings[key] = value;
  }
  return { settings, lists };
}

/** The current schema version; the store's WXT item is defined with it, and its migrations in store.ts. */
export const SETTINGS_VERSION = 3;
