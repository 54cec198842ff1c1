import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../utils/settings/schema';
import { loadSettings, updateSettings, watchSettings } from '../../utils/settings/store';

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
    await updateSettings({ firstOnly: true });
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false, firstOnly: true, futureKey: 'kept' });
    warn.mockRestore();
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
