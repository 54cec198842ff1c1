import { CATEGORIES, type Category } from '../../glossary/types';

export const HIGHLIGHT_STYLES = ['underline', 'background', 'hover'] as const;
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

export const HIGHLIGHT_COLOURS = ['amber', 'blue', 'green', 'pink'] as const;
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];

export const OPEN_ON = ['click', 'hover'] as const;
export type OpenOn = (typeof OPEN_ON)[number];

/**
 * How often a term is highlighted: 'section', its first mention in each
 * section (heading to heading, a forum post); 'page', its first mention on
 * the page; 'every', every mention.
 */
export const DENSITIES = ['section', 'page', 'every'] as const;
export type Density = (typeof DENSITIES)[number];

export interface Settings {
  /** Highlighting anywhere at all. */
  enabled: boolean;
  /** Hostnames where highlighting is off ("example.org"). */
  disabledSites: string[];
  /** underline: dotted underline only; background: soft colour and underline; hover: nothing until the pointer is on it. */
  style: HighlightStyle;
  colour: HighlightColour;
  /** How often each term is highlighted (see `Density`). */
  density: Density;
  /** Kinds of term to highlight. */
  categories: Category[];
  /** Open the popover on click, or after resting the pointer on a term (about half a second). */
  openOn: OpenOn;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  style: 'background',
  colour: 'amber',
  density: 'section',
  categories: [...CATEGORIES],
  openOn: 'click',
});

const isOneOf =
  <T extends string>(options: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (options as readonly string[]).includes(value);

/** What a reader makes of one stored key: the usable value, and whether anything stored was dropped to get it. */
interface Read<T> {
  value: T;
  dropped: boolean;
}

const whole =
  <T>(test: (value: unknown) => value is T) =>
  (value: unknown): Read<T> | undefined =>
    test(value) ? { value, dropped: false } : undefined;

/** A stored site must already be in normal form: "" (local files) or a hostname, nothing else. */
export function isSite(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 253 && normalizeSite(value) === value && /^[a-z0-9.\-_[\]:]*$/.test(value);
}

/** Site lists are read entry by entry: one bad entry is dropped, the rest kept (F8). */
function readSiteList(value: unknown): Read<string[]> | undefined {
  if (!Array.isArray(value)) return undefined;
  const sites = [...new Set(value.filter(isSite))];
  return { value: sites, dropped: sites.length !== value.length };
}

const isCategory = isOneOf(CATEGORIES);

/**
 * Categories are read entry by entry too. A string this version does not
 * know is a category from a newer version: it is not used here, not counted
 * as damage, and kept in storage by `mergeForWrite`.
 */
function readCategories(value: unknown): Read<Category[]> | undefined {
  if (!Array.isArray(value)) return undefined;
  const known = [...new Set(value.filter(isCategory))];
  return { value: known, dropped: value.some((c) => typeof c !== 'string') || known.length !== value.filter(isCategory).length };
}

const READERS: { [K in keyof Settings]: (value: unknown) => Read<Settings[K]> | undefined } = {
  enabled: whole((v): v is boolean => typeof v === 'boolean'),
  disabledSites: readSiteList,
  style: whole(isOneOf(HIGHLIGHT_STYLES)),
  colour: whole(isOneOf(HIGHLIGHT_COLOURS)),
  density: whole(isOneOf(DENSITIES)),
  categories: readCategories,
  openOn: whole(isOneOf(OPEN_ON)),
};

const KEYS = Object.keys(READERS) as Array<keyof Settings>;

export interface SanitizedSettings {
  settings: Settings;
  /** Keys whose stored value was unusable, wholly (the default is used) or in part (bad entries dropped). */
  invalid: Array<keyof Settings>;
}

const asObject = (raw: unknown): Record<string, unknown> | undefined =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;

/**
 * Reads stored settings key by key: a missing key takes its default, and a
 * corrupt one takes its default too without touching the others; lists lose
 * only their bad entries. Unknown keys (from a newer version, say) are
 * ignored here and kept by `mergeForWrite`.
 */
export function sanitizeSettings(raw: unknown): SanitizedSettings {
  const stored = asObject(raw) ?? {};
  const settings = { ...DEFAULT_SETTINGS, categories: [...DEFAULT_SETTINGS.categories], disabledSites: [] } as Settings;
  const invalid: Array<keyof Settings> = [];
  if (raw !== null && raw !== undefined && !asObject(raw)) invalid.push(...KEYS);
  for (const key of KEYS) {
    if (!(key in stored)) continue;
    const read = READERS[key](stored[key]);
    if (read) (settings as unknown as Record<string, unknown>)[key] = read.value;
    if (!read || read.dropped) invalid.push(key);
  }
  return { settings, invalid };
}

/**
 * What to write back: only the changed keys on top of what is stored, so a
 * value this version cannot read (corrupt, or from a newer version) is never
 * replaced by a default the reader did not choose (F8). Stored categories
 * this version does not know ride along when the categories change.
 */
export function mergeForWrite(raw: unknown, change: Partial<Settings>): Record<string, unknown> {
  const stored = asObject(raw) ?? {};
  const merged: Record<string, unknown> = { ...stored, ...change };
  if (change.categories && Array.isArray(stored.categories)) {
    const unknown = stored.categories.filter((c): c is string => typeof c === 'string' && !isCategory(c));
    merged.categories = [...change.categories, ...unknown.filter((c) => !(change.categories as string[]).includes(c))];
  }
  return merged;
}

/** "WWW.Example.org." → "example.org": one spelling per site for the site list. */
export function normalizeSite(host: string): string {
  return host.trim().toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

/** A listed site also covers its subdomains: "nhs.uk" turns off "www.nhs.uk" and "digital.nhs.uk". */
function covers(listed: string, site: string): boolean {
  return site === listed || site.endsWith(`.${listed}`);
}

/** Whether highlighting should run on a page of `host` under `settings`. */
export function isActiveOn(settings: Settings, host: string): boolean {
  const site = normalizeSite(host);
  return settings.enabled && !settings.disabledSites.some((listed) => covers(listed, site));
}

/**
 * The change that flips highlighting on `host`, as the popup's switch and the
 * keyboard command do: off adds the site to the list; on removes every entry
 * covering it, and turns highlighting on everywhere if it was off, since the
 * reader asked for it here.
 */
export function switchSite(settings: Settings, host: string): Partial<Settings> {
  const site = normalizeSite(host);
  if (isActiveOn(settings, host)) return { disabledSites: [...settings.disabledSites, site].sort() };
  return { enabled: true, disabledSites: settings.disabledSites.filter((listed) => !covers(listed, site)) };
}
