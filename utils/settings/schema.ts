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

/**
 * Where the extension may look at pages: 'everywhere' (except the sites in
 * `disabledSites`); 'listed', only on the sites in `allowedSites`; 'ask',
 * only in a tab the reader has turned on from the popup or the shortcut,
 * until that tab goes to another site or closes.
 */
export const PRIVACY_MODES = ['everywhere', 'listed', 'ask'] as const;
export type PrivacyMode = (typeof PRIVACY_MODES)[number];

export interface Settings {
  /** Highlighting anywhere at all: the master switch, in every privacy mode. */
  enabled: boolean;
  privacyMode: PrivacyMode;
  /** Hostnames where highlighting is off ("example.org"), in 'everywhere' mode. */
  disabledSites: string[];
  /** Hostnames where highlighting is on, in 'listed' mode. */
  allowedSites: string[];
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
  privacyMode: 'everywhere',
  disabledSites: [],
  allowedSites: [],
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

/**
 * An unreadable privacy mode (corrupt, or a newer version's mode) is read as
 * the most private one, 'ask', not as the default: falling back must never
 * let the extension look at more pages than the reader allowed.
 */
function readPrivacyMode(value: unknown): Read<PrivacyMode> {
  return isOneOf(PRIVACY_MODES)(value) ? { value, dropped: false } : { value: 'ask', dropped: true };
}

const READERS: { [K in keyof Settings]: (value: unknown) => Read<Settings[K]> | undefined } = {
  enabled: whole((v): v is boolean => typeof v === 'boolean'),
  privacyMode: readPrivacyMode,
  disabledSites: readSiteList,
  allowedSites: readSiteList,
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
  const settings = { ...DEFAULT_SETTINGS, categories: [...DEFAULT_SETTINGS.categories], disabledSites: [], allowedSites: [] } as Settings;
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

/** A listed site also covers its subdomains: "nhs.uk" covers "www.nhs.uk" and "digital.nhs.uk". */
function covers(listed: string, site: string): boolean {
  return site === listed || site.endsWith(`.${listed}`);
}

// "" (a local file) is never covered: no list entry may match "no host".
const listed = (sites: readonly string[], site: string): boolean => site !== '' && sites.some((entry) => entry !== '' && covers(entry, site));

/**
 * Whether the content script on a page of `host` may highlight (or do
 * anything visible to the page). `host` is the frame's site from its real
 * origin (utils/settings/frame-site.ts); `null`, a frame whose site cannot be
 * known, is never active. `tabGranted`: the reader turned this tab on, which
 * only 'ask' mode looks at. Off everywhere is off in every mode.
 */
export function decideActivation(settings: Settings, host: string | null, tabGranted: boolean): boolean {
  if (!settings.enabled || host === null) return false;
  const site = normalizeSite(host);
  switch (settings.privacyMode) {
    case 'everywhere':
      return !listed(settings.disabledSites, site);
    case 'listed':
      return listed(settings.allowedSites, site);
    case 'ask':
      return tabGranted;
  }
}

/** Whether highlighting runs on a page of `host` without a tab grant (every mode but 'ask' needs none). */
export function isActiveOn(settings: Settings, host: string): boolean {
  return decideActivation(settings, host, false);
}

/**
 * The settings change that flips highlighting on `host`, as the popup's
 * switch and the keyboard command do. 'everywhere': off adds the site to the
 * off list; on removes every entry covering it. 'listed': on adds the site
 * to the allow list; off removes every entry covering it. Turning a site on
 * also turns highlighting on everywhere if it was off, since the reader asked
 * for it here. 'ask' changes no setting (the tab grant is the background's;
 * see utils/background/tab-grants.ts), so it returns no change.
 */
export function switchSite(settings: Settings, host: string): Partial<Settings> {
  const site = normalizeSite(host);
  const on = isActiveOn(settings, host);
  switch (settings.privacyMode) {
    case 'everywhere':
      if (on) return { disabledSites: [...settings.disabledSites, site].sort() };
      return { enabled: true, disabledSites: settings.disabledSites.filter((entry) => !covers(entry, site)) };
    case 'listed':
      if (on) return { allowedSites: settings.allowedSites.filter((entry) => !covers(entry, site)) };
      return { enabled: true, allowedSites: listed(settings.allowedSites, site) ? settings.allowedSites : [...settings.allowedSites, site].sort() };
    case 'ask':
      return {};
  }
}
