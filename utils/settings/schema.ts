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

const isHostList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((site) => typeof site === 'string' && normalizeSite(site) === site);

const isCategoryList = (value: unknown): value is Category[] =>
  Array.isArray(value) && value.every(isOneOf(CATEGORIES)) && new Set(value).size === value.length;

const VALIDATORS: { [K in keyof Settings]: (value: unknown) => value is Settings[K] } = {
  enabled: (v): v is boolean => typeof v === 'boolean',
  disabledSites: isHostList,
  style: isOneOf(HIGHLIGHT_STYLES),
  colour: isOneOf(HIGHLIGHT_COLOURS),
  density: isOneOf(DENSITIES),
  categories: isCategoryList,
  openOn: isOneOf(OPEN_ON),
};

export interface SanitizedSettings {
  settings: Settings;
  /** Keys whose stored value was unusable and fell back to the default. */
  invalid: Array<keyof Settings>;
}

/**
 * Reads stored settings key by key: a missing key takes its default, and a
 * corrupt one takes its default too without touching the others. Unknown keys
 * (from a newer version, say) are ignored here and kept by `mergeForWrite`.
 */
export function sanitizeSettings(raw: unknown): SanitizedSettings {
  const stored = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const settings = { ...DEFAULT_SETTINGS, categories: [...DEFAULT_SETTINGS.categories], disabledSites: [] } as Settings;
  const invalid: Array<keyof Settings> = [];
  if (raw !== null && raw !== undefined && stored !== raw) invalid.push(...(Object.keys(VALIDATORS) as Array<keyof Settings>));
  for (const key of Object.keys(VALIDATORS) as Array<keyof Settings>) {
    if (!(key in stored)) continue;
    const value = stored[key];
    if (VALIDATORS[key](value)) (settings as unknown as Record<string, unknown>)[key] = value;
    else invalid.push(key);
  }
  return { settings, invalid };
}

/** What to write back: the change on top of everything stored, so no other setting, known or not, is lost. */
export function mergeForWrite(raw: unknown, change: Partial<Settings>): Record<string, unknown> {
  const stored = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  return { ...stored, ...sanitizeSettings(stored).settings, ...change };
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
