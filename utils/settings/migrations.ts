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

/** The current schema version; the store's WXT item is defined with it. */
export const SETTINGS_VERSION = 2;

export const SETTINGS_MIGRATIONS: Record<number, (raw: unknown) => unknown> = {
  2: migrateV1ToV2,
};
