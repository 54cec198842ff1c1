import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../glossary/types';
import { migrateV1ToV2 } from '../../utils/settings/migrations';
import { MAX_LIST_BYTES, MAX_SITES, siteListFits } from '../../utils/settings/site-lists';
import { MAX_PLAUSIBLE_VERSION, repairVersionMeta } from '../../utils/settings/version-meta';
import { decideActivation, DEFAULT_SETTINGS, isActiveOn, PRIVACY_MODES, mergeForWrite, normalizeSite, sanitizeSettings, switchSite, type Settings } from '../../utils/settings/schema';

const settings = (change: Partial<Settings> = {}): Settings => ({ ...sanitizeSettings({}).settings, ...change });

describe('sanitizeSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(sanitizeSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, invalid: [] });
    expect(sanitizeSettings(null).settings).toEqual(DEFAULT_SETTINGS);
  });

  it('replaces only the corrupt keys with their defaults and keeps the rest', () => {
    const stored = { enabled: false, style: 'sparkly', colour: 'blue', categories: ['medicine', 'nonsense'], disabledSites: ['nhs.uk'], density: 'sometimes' };
    const { settings: read, invalid } = sanitizeSettings(stored);
    expect(read).toEqual({ ...DEFAULT_SETTINGS, enabled: false, colour: 'blue', categories: ['medicine'], disabledSites: ['nhs.uk'] });
    expect(invalid.sort()).toEqual(['density', 'style']);
  });

  it('drops only the bad entries of a list: unnormalised, non-string, duplicate (F8)', () => {
    const sites = sanitizeSettings({ disabledSites: ['nhs.uk', 'WWW.NHS.UK', 42, ' BAD ', 'a b', 'x/y', '', 'nhs.uk', 'mayo.org'] });
    expect(sites.settings.disabledSites).toEqual(['nhs.uk', '', 'mayo.org']);
    expect(sites.invalid).toEqual(['disabledSites']);
    const categories = sanitizeSettings({ categories: ['test', 'test', 7, 'medicine'] });
    expect(categories.settings.categories).toEqual(['test', 'medicine']);
    expect(categories.invalid).toEqual(['categories']);
    expect(sanitizeSettings({ disabledSites: 'nhs.uk' }).invalid).toEqual(['disabledSites']);
  });

  it('keeps out, without calling it damage, a category a newer version added', () => {
    expect(sanitizeSettings({ categories: ['medicine', 'future-kind'] })).toEqual({ settings: { ...DEFAULT_SETTINGS, categories: ['medicine'] }, invalid: [] });
  });

  it('falls back entirely, key by key, when the stored value is not an object', () => {
    const { settings: read, invalid } = sanitizeSettings('garbage');
    expect(read).toEqual(DEFAULT_SETTINGS);
    expect(invalid).toHaveLength(Object.keys(DEFAULT_SETTINGS).length);
  });

  it('never shares the default arrays with the result', () => {
    const read = sanitizeSettings({}).settings;
    read.categories.pop();
    expect(DEFAULT_SETTINGS.categories).toEqual([...CATEGORIES]);
  });
});

describe('density', () => {
  it('defaults to the first mention per section and accepts only the three known values', () => {
    expect(DEFAULT_SETTINGS.density).toBe('section');
    expect(sanitizeSettings({ density: 'page' }).settings.density).toBe('page');
    expect(sanitizeSettings({ density: 'every' }).settings.density).toBe('every');
    expect(sanitizeSettings({ density: true }).invalid).toEqual(['density']);
  });
});

describe('migrateV1ToV2', () => {
  it('maps firstOnly to density and drops it, keeping every other key', () => {
    expect(migrateV1ToV2({ firstOnly: true, colour: 'pink', future: 1 })).toEqual({ density: 'page', colour: 'pink', future: 1 });
    expect(migrateV1ToV2({ firstOnly: false })).toEqual({ density: 'section' });
    expect(migrateV1ToV2({ enabled: false })).toEqual({ enabled: false, density: 'section' });
  });

  it('is safe to run twice and leaves non-objects alone', () => {
    expect(migrateV1ToV2(migrateV1ToV2({ firstOnly: true }))).toEqual({ density: 'page' });
    expect(migrateV1ToV2({ density: 'every', firstOnly: true })).toEqual({ density: 'every' });
    expect(migrateV1ToV2('junk')).toBe('junk');
  });
});

describe('repairVersionMeta', () => {
  it('keeps a missing meta, a meta without v, and integer versions from 1 up to the bound', () => {
    expect(repairVersionMeta(undefined)).toBeUndefined();
    expect(repairVersionMeta(null)).toBeUndefined();
    expect(repairVersionMeta({ other: 1 })).toBeUndefined();
    for (const v of [1, 2, 7, MAX_PLAUSIBLE_VERSION]) expect(repairVersionMeta({ v })).toBeUndefined();
  });

  it('resets negative, zero, fractional, huge and non-number versions to 1, keeping other fields', () => {
    for (const v of [-1, -4e9, 0, 1.5, MAX_PLAUSIBLE_VERSION + 1, 1e308, Number.NaN, '2', null, [2], { v: 2 }]) {
      expect(repairVersionMeta({ v, note: 'x' }), String(v)).toEqual({ v: 1, note: 'x' });
    }
    expect(repairVersionMeta('junk')).toEqual({ v: 1 });
    expect(repairVersionMeta([1])).toEqual({ v: 1 });
  });
});

describe('mergeForWrite', () => {
  it('writes only the change over what is stored, so unreadable and unknown values survive (F8)', () => {
    const stored = { enabled: false, fromANewerVersion: 7, style: 'broken', disabledSites: ['nhs.uk', ' BAD '] };
    expect(mergeForWrite(stored, { colour: 'green' })).toEqual({ ...stored, colour: 'green' });
    expect(mergeForWrite('junk', { colour: 'green' })).toEqual({ colour: 'green' });
  });

  it('keeps stored categories this version does not know when the categories change', () => {
    expect(mergeForWrite({ categories: ['medicine', 'future-kind', 3] }, { categories: ['test'] })).toEqual({ categories: ['test', 'future-kind'] });
  });
});

describe('sites', () => {
  it('normalises hostnames', () => {
    expect(normalizeSite(' WWW.Example.ORG. ')).toBe('example.org');
  });

  it('is on unless off everywhere or the site (or a parent domain) is listed', () => {
    expect(isActiveOn(settings(), 'www.nhs.uk')).toBe(true);
    expect(isActiveOn(settings({ enabled: false }), 'www.nhs.uk')).toBe(false);
    expect(isActiveOn(settings({ disabledSites: ['nhs.uk'] }), 'digital.nhs.uk')).toBe(false);
    expect(isActiveOn(settings({ disabledSites: ['nhs.uk'] }), 'notnhs.uk')).toBe(true);
  });

  it('switches a site off and back on, including a site covered by a parent domain and when off everywhere', () => {
    const off = switchSite(settings(), 'www.mayoclinic.org');
    expect(off).toEqual({ disabledSites: ['mayoclinic.org'] });
    expect(switchSite(settings(off), 'mayoclinic.org')).toEqual({ enabled: true, disabledSites: [] });
    expect(switchSite(settings({ disabledSites: ['nhs.uk', 'x.org'] }), 'www.nhs.uk')).toEqual({ enabled: true, disabledSites: ['x.org'] });
    expect(switchSite(settings({ enabled: false }), 'a.org')).toEqual({ enabled: true, disabledSites: [] });
  });
});

describe('siteListFits', () => {
  const names = (n: number, length: number) => Array.from({ length: n }, (_, i) => `${String(i).padStart(3, '0')}${'x'.repeat(length - 7)}.org`);
  it('holds MAX_SITES names of 28 characters, and no more sites or bytes than the item can take', () => {
    expect(names(1, 28)[0]).toHaveLength(28);
    expect(siteListFits(names(MAX_SITES, 28))).toBe(true);
    expect(siteListFits(names(MAX_SITES + 1, 10))).toBe(false);
    expect(siteListFits(names(40, 253))).toBe(false);
    expect(JSON.stringify(names(MAX_SITES, 28)).length).toBeLessThanOrEqual(MAX_LIST_BYTES);
  });
});

describe('decideActivation', () => {
  it('"everywhere": on unless the site or a parent is on the off list; a tab grant changes nothing', () => {
    const s = settings({ disabledSites: ['nhs.uk'] });
    expect(decideActivation(s, 'www.mayoclinic.org', false)).toBe(true);
    expect(decideActivation(s, 'digital.nhs.uk', false)).toBe(false);
    expect(decideActivation(s, 'digital.nhs.uk', true)).toBe(false);
  });

  it('"listed": only on the allow list (subdomains included); the off list and tab grants do not matter', () => {
    const s = settings({ privacyMode: 'listed', allowedSites: ['nhs.uk'], disabledSites: ['nhs.uk'] });
    expect(decideActivation(s, 'www.nhs.uk', false)).toBe(true);
    expect(decideActivation(s, 'notnhs.uk', false)).toBe(false);
    expect(decideActivation(s, 'mayoclinic.org', true)).toBe(false);
    expect(decideActivation(settings({ privacyMode: 'listed' }), '', false)).toBe(false);
  });

  it('"ask": only in a granted tab, whatever the lists say', () => {
    const s = settings({ privacyMode: 'ask', allowedSites: ['nhs.uk'] });
    expect(decideActivation(s, 'nhs.uk', false)).toBe(false);
    expect(decideActivation(s, 'example.org', true)).toBe(true);
    expect(isActiveOn(s, 'nhs.uk')).toBe(false);
  });

  it('a frame with no known site is never active, and "" (a local file) matches no list entry', () => {
    for (const privacyMode of PRIVACY_MODES) {
      expect(decideActivation(settings({ privacyMode, allowedSites: ['a.org'] }), null, true)).toBe(false);
    }
    expect(decideActivation(settings(), '', false)).toBe(true);
    expect(decideActivation(settings({ privacyMode: 'listed', allowedSites: [''] }), '', false)).toBe(false);
  });

  it('is off in every mode when highlighting is off everywhere', () => {
    for (const privacyMode of PRIVACY_MODES) {
      expect(decideActivation(settings({ enabled: false, privacyMode, allowedSites: ['a.org'] }), 'a.org', true)).toBe(false);
    }
  });

  it('reads a missing mode as "everywhere" (as before modes existed), and an unreadable one as the most private, "ask"', () => {
    expect(sanitizeSettings({}).settings.privacyMode).toBe('everywhere');
    expect(sanitizeSettings({ privacyMode: 'only-at-night' })).toMatchObject({ settings: { privacyMode: 'ask' }, invalid: ['privacyMode'] });
    expect(sanitizeSettings({ privacyMode: 3 }).settings.privacyMode).toBe('ask');
  });
});

describe('switchSite in the other modes', () => {
  it('"listed": adds the site to the allow list to turn it on, and removes every covering entry to turn it off', () => {
    const s = settings({ privacyMode: 'listed', allowedSites: ['nhs.uk', 'x.org'] });
    expect(switchSite(s, 'www.nhs.uk')).toEqual({ allowedSites: ['x.org'] });
    expect(switchSite(s, 'www.mayoclinic.org')).toEqual({ enabled: true, allowedSites: ['mayoclinic.org', 'nhs.uk', 'x.org'] });
    expect(switchSite(settings({ privacyMode: 'listed', enabled: false, allowedSites: ['a.org'] }), 'a.org')).toEqual({ enabled: true, allowedSites: ['a.org'] });
  });

  it('"ask": changes no setting; the tab grant is the background\'s', () => {
    expect(switchSite(settings({ privacyMode: 'ask' }), 'nhs.uk')).toEqual({});
  });
});
