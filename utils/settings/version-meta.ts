/**
 * WXT keeps an item's schema version in a sibling key (`settings$`, `{ v }`)
 * and, for a stored `v` below the item's version, builds an array of
 * `version - v` steps synchronously before migrating. A negative or absurd
 * `v` (sync from a buggy device, any extension context) would freeze every
 * tab that loads the settings (security review F5). This checks the meta
 * before WXT sees it.
 */

/** Versions above this are no real future schema; a tiny bound keeps WXT's step array tiny too. */
export const MAX_PLAUSIBLE_VERSION = 1000;

/**
 * The meta to write back before WXT reads it, or undefined when it is fine as
 * it is. A usable `v` is an integer from 1 to MAX_PLAUSIBLE_VERSION (above the
 * current version is a newer build's data: WXT leaves it alone). Anything
 * else becomes `v: 1`: every migration then runs, and each is written to be
 * safe on data that is already migrated. Other meta fields are kept.
 */
export function repairVersionMeta(meta: unknown): Record<string, unknown> | undefined {
  if (meta === null || meta === undefined) return undefined;
  if (typeof meta !== 'object' || Array.isArray(meta)) return { v: 1 };
  const fields = meta as Record<string, unknown>;
  if (!('v' in fields)) return undefined;
  const v = fields.v;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= MAX_PLAUSIBLE_VERSION) return undefined;
  return { ...fields, v: 1 };
}
