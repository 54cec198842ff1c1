/**
 * The site lists live in their own `storage.sync` items, one per list, not
 * inside the settings item: `storage.sync` allows 8,192 bytes per item
 * (QUOTA_BYTES_PER_ITEM in both browsers), and about 275 sites used to fill
 * the shared item, after which every settings change failed (review F9).
 */
import type { Settings } from './schema';

/** The settings keys that are site lists, each stored as its own item under the same name. */
export const SITE_LIST_KEYS = ['disabledSites', 'allowedSites'] as const satisfies ReadonlyArray<keyof Settings>;
export type SiteListKey = (typeof SITE_LIST_KEYS)[number];

/** Most sites one list holds: a number a reader can be told; 250 names of up to 28 characters fit the byte limit. */
export const MAX_SITES = 250;

/**
 * Most bytes a list may take as stored: the browser counts the key and the
 * JSON value against 8,192; this leaves room for the longest key.
 */
export const MAX_LIST_BYTES = 8_000;

const byteLength = (text: string): number => new TextEncoder().encode(text).length;

/** Whether a list can be stored: at most MAX_SITES entries and MAX_LIST_BYTES as JSON. */
export function siteListFits(sites: readonly string[]): boolean {
  return sites.length <= MAX_SITES && byteLength(JSON.stringify(sites)) <= MAX_LIST_BYTES;
}

export function isSiteListKey(key: string): key is SiteListKey {
  return (SITE_LIST_KEYS as readonly string[]).includes(key);
}
