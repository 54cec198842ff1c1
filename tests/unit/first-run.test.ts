import { describe, expect, it, vi } from 'vitest';
import type { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openWelcomeOnInstall, shouldOpenWelcome } from '../../utils/background/first-run';

describe('the first-run page', () => {
  it('opens on install only, and never in e2e test builds', () => {
    expect(shouldOpenWelcome('install', 'production')).toBe(true);
    expect(shouldOpenWelcome('update', 'production')).toBe(false);
    expect(shouldOpenWelcome('browser_update', 'production')).toBe(false);
    expect(shouldOpenWelcome('install', 'e2e')).toBe(false);
  });

  it('opens welcome.html in a tab when the browser reports an install', async () => {
    fakeBrowser.reset();
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    openWelcomeOnInstall(fakeBrowser as unknown as typeof browser, 'production');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false } as never);
    expect(create).not.toHaveBeenCalled();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false } as never);
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/welcome.html') });
  });
});
