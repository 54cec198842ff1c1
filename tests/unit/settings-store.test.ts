import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../utils/settings/schema';
import { loadSettings, migrateSettings, updateSettings, watchSettings } from '../../utils/settings/store';

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads defaults when nothing is stored, and keeps settings in storage.sync', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings({ colour: 'green' });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ colour: 'green' });
  });

  it('falls back for a corrupt key only, logs it once, and does not wipe the rest when writing', async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabled: false, style: 12, futureKey: 'kept' } });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const first = await loadSettings();
    await loadSettings();
    expect(first).toEqual({ ...DEFAULT_SETTINGS, enabled: false });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toContain('"style"');
    await updateSettings({ density: 'every' });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false, density: 'every', futureKey: 'kept' });
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

  it('tells watchers about changes', async () => {
    const seen: boolean[] = [];
    const unwatch = watchSettings((s) => seen.push(s.enabled));
    await updateSettings({ enabled: false });
    await new Promise((resolve) => setTimeout(resolve, 0));
    unwatch();
    expect(seen).toEqual([false]);
  });
});
