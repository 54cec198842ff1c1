import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../utils/settings/schema';
import { MAX_SITES, siteListFits } from '../../utils/settings/site-lists';
import { SettingsWriteError } from '../../utils/settings/write-error';
import { loadSettings, migrateSettings, resetSettingsItemForTests, updateSettings, watchSettings } from '../../utils/settings/store';

describe('settings storage', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetSettingsItemForTests();
  });

  it('reads defaults when nothing is stored, and keeps settings in storage.sync', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings({ colour: 'green' });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ colour: 'green' });
  });

  it('reads current settings and both site lists in one storage read (issue #22)', async () => {
    await fakeBrowser.storage.sync.set({ settings: { colour: 'green' }, settings$: { v: 3 }, disabledSites: ['nhs.uk'], allowedSites: ['mayo.org'] });
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    const read = await loadSettings();
    expect(read).toMatchObject({ colour: 'green', disabledSites: ['nhs.uk'], allowedSites: ['mayo.org'] });
    expect(get).toHaveBeenCalledTimes(1);
    get.mockClear();
    expect(await loadSettings()).toEqual(read);
    expect(get).toHaveBeenCalledTimes(1);
    get.mockRestore();
  });

  it('reads a fresh install in one storage read, and after the first change still in one', async () => {
    const get = vi.spyOn(fakeBrowser.storage.sync, 'get');
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(get).toHaveBeenCalledTimes(1);
    await updateSettings({ colour: 'pink', disabledSites: ['example.org'] });
    resetSettingsItemForTests();
    get.mockClear();
    expect(await loadSettings()).toMatchObject({ colour: 'pink', disabledSites: ['example.org'] });
    expect(get).toHaveBeenCalledTimes(1);
    get.mockRestore();
  });

  it('falls back for a corrupt key only, logs it once, and writes back only the changed key', async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabled: false, style: 12, futureKey: 'kept' } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const first = await loadSettings();
    await loadSettings();
    expect(first).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain('"style"');
    await updateSettings({ density: 'every' });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({ enabled: false, style: 12, futureKey: 'kept', density: 'every' });
    warn.mockRestore();
  });

  it('keeps the good sites and unknown categories through a read and an unrelated write (F8)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.storage.sync.set({ settings: { disabledSites: ['nhs.uk', 'mayo.org', 'patient.info', ' BAD '], categories: ['medicine', 'future-kind'] } });
    const read = await loadSettings();
    expect(read.disabledSites).toEqual(['nhs.uk', 'mayo.org', 'patient.info']);
    expect(read.categories).toEqual(['medicine']);
    await updateSettings({ colour: 'green' });
    const stored = await fakeBrowser.storage.sync.get(['settings', 'disabledSites']);
    expect(stored.disabledSites).toEqual(['nhs.uk', 'mayo.org', 'patient.info', ' BAD ']);
    expect((stored.settings as Record<string, unknown>).categories).toEqual(['medicine', 'future-kind']);
    await updateSettings({ categories: ['medicine', 'test'] });
    expect(((await fakeBrowser.storage.sync.get('settings')).settings as Record<string, unknown>).categories).toEqual(['medicine', 'test', 'future-kind']);
    warn.mockRestore();
  });

  it('migrates version 1 settings: firstOnly true becomes "page", false becomes the new default "section"', async () => {
    await fakeBrowser.storage.sync.set({ settings: { firstOnly: true, colour: 'blue' }, settings$: { v: 1 } });
    await migrateSettings();
    const stored = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(stored).toEqual({ settings: { density: 'page', colour: 'blue' }, settings$: { v: 3 } });
    expect((await loadSettings()).density).toBe('page');

    await fakeBrowser.storage.sync.set({ settings: { firstOnly: false }, settings$: { v: 1 } });
    await migrateSettings();
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({ density: 'section' });
  });

  it('repairs an absurd version meta before WXT migrates, so loading stays instant (F5)', async () => {
    for (const v of [-50_000_000, 0, 1.5, 'abc', 1e9]) {
      fakeBrowser.reset();
      resetSettingsItemForTests();
      await fakeBrowser.storage.sync.set({ settings: { firstOnly: true }, settings$: { v, other: 'kept' } });
      const started = Date.now();
      expect((await loadSettings()).density, `v = ${v}`).toBe('page');
      expect(Date.now() - started).toBeLessThan(1000);
      expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: 3, other: 'kept' });
    }
  });

  it('leaves a newer version alone and still reads what it can', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fakeBrowser.storage.sync.set({ settings: { colour: 'pink', density: 'every' }, settings$: { v: 7 } });
    expect(await loadSettings()).toMatchObject({ colour: 'pink', density: 'every' });
    expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: 7 });
    error.mockRestore();
  });

  it('moves version 2 site lists to their own item, keeping a list a newer copy already wrote', async () => {
    await fakeBrowser.storage.sync.set({ settings: { colour: 'blue', disabledSites: ['nhs.uk'] }, settings$: { v: 2 } });
    await migrateSettings();
    expect(await fakeBrowser.storage.sync.get(['settings', 'disabledSites', 'settings$'])).toEqual({ settings: { colour: 'blue' }, disabledSites: ['nhs.uk'], settings$: { v: 3 } });
    expect((await loadSettings()).disabledSites).toEqual(['nhs.uk']);

    await fakeBrowser.storage.sync.set({ settings: { disabledSites: ['old.org'] }, settings$: { v: 2 }, disabledSites: ['new.org'] });
    await migrateSettings();
    expect((await loadSettings()).disabledSites).toEqual(['new.org']);
  });

  it('tells watchers about changes', async () => {
    const seen: boolean[] = [];
    const unwatch = watchSettings((s) => seen.push(s.enabled));
    await updateSettings({ enabled: false });
    await new Promise((resolve) => setTimeout(resolve, 0));
    unwatch();
    expect(seen).toEqual([false]);
  });
});

/** storage.sync as the browsers enforce it: 8,192 bytes per item (key plus JSON value), else the write is refused. */
function enforceSyncQuota(): void {
  const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
  vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(items)) {
      if (key.length + JSON.stringify(value).length > 8192) throw new Error('Resource::kQuotaBytesPerItem quota exceeded');
    }
    return set(items);
  });
}

describe('settings storage at the sync quota (F9)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetSettingsItemForTests();
    enforceSyncQuota();
  });
  afterEach(() => vi.restoreAllMocks());

  const sites = (n: number) => Array.from({ length: n }, (_, i) => `site-number-${String(i).padStart(3, '0')}.example.org`);

  it('stores 250 sites of 29 characters in their own item, and other changes still save', async () => {
    await updateSettings({ disabledSites: sites(250) });
    expect((await loadSettings()).disabledSites).toHaveLength(250);
    await updateSettings({ colour: 'pink' });
    expect(await loadSettings()).toMatchObject({ colour: 'pink' });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({ colour: 'pink' });
  });

  it('refuses a 251st site with a clear error and leaves everything stored as it was', async () => {
    await updateSettings({ disabledSites: sites(250) });
    const error = await updateSettings({ disabledSites: sites(251), colour: 'green' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsWriteError);
    expect((error as SettingsWriteError).failure).toBe('list-full');
    expect((error as SettingsWriteError).messageKey).toBe('saveErrorListFull');
    expect((error as SettingsWriteError).messageSubs).toEqual([String(MAX_SITES)]);
    expect(await loadSettings()).toMatchObject({ colour: DEFAULT_SETTINGS.colour, disabledSites: sites(250) });
  });

  it('refuses a list of fewer but very long names by its size in bytes', async () => {
    const long = Array.from({ length: 45 }, (_, i) => `${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.s${i}.org`);
    expect(siteListFits(long)).toBe(false);
    await expect(updateSettings({ disabledSites: long })).rejects.toMatchObject({ failure: 'list-full' });
  });

  it('reports a refusal by the browser as a quota error instead of pretending it saved', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QuotaExceededError: storage.sync API call exceeded its quota limitations.'));
    await expect(updateSettings({ colour: 'blue' })).rejects.toMatchObject({ failure: 'quota', messageKey: 'saveErrorQuota' });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('something else'));
    await expect(updateSettings({ colour: 'blue' })).rejects.toMatchObject({ failure: 'failed' });
  });
});
