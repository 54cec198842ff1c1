import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../utils/settings/schema';
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
    const stored = (await fakeBrowser.storage.sync.get('settings')).settings as Record<string, unknown>;
    expect(stored.disabledSites).toEqual(['nhs.uk', 'mayo.org', 'patient.info', ' BAD ']);
    expect(stored.categories).toEqual(['medicine', 'future-kind']);
    await updateSettings({ categories: ['medicine', 'test'] });
    expect(((await fakeBrowser.storage.sync.get('settings')).settings as Record<string, unknown>).categories).toEqual(['medicine', 'test', 'future-kind']);
    warn.mockRestore();
  });

  it('migrates version 1 settings: firstOnly true becomes "page", false becomes the new default "section"', async () => {
    await fakeBrowser.storage.sync.set({ settings: { firstOnly: true, colour: 'blue' }, settings$: { v: 1 } });
    await migrateSettings();
    const stored = await fakeBrowser.storage.sync.get(['settings', 'settings$']);
    expect(stored).toEqual({ settings: { density: 'page', colour: 'blue' }, settings$: { v: 2 } });
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
      expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: 2, other: 'kept' });
    }
  });

  it('leaves a newer version alone and still reads what it can', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await fakeBrowser.storage.sync.set({ settings: { colour: 'pink', density: 'every' }, settings$: { v: 7 } });
    expect(await loadSettings()).toMatchObject({ colour: 'pink', density: 'every' });
    expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: 7 });
    error.mockRestore();
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
