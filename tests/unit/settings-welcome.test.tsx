import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WelcomePage } from '../../components/settings/WelcomePage';
import { resetSettingsItemForTests } from '../../utils/settings/store';

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe('the first-run page', () => {
  let root: HTMLElement;
  beforeEach(async () => {
    fakeBrowser.reset();
    resetSettingsItemForTests();
    root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<WelcomePage />, root));
    await settle();
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    vi.restoreAllMocks();
  });

  const mode = (value: string) => root.querySelector<HTMLInputElement>(`input[name="privacyMode"][value="${value}"]`)!;
  const status = () => root.querySelector('[data-welcome-status]')!.textContent;

  it('offers the three modes with the current one chosen, and saves a choice at once', async () => {
    expect(root.querySelectorAll('input[name="privacyMode"]')).toHaveLength(3);
    expect(mode('everywhere').checked).toBe(true);
    await act(() => mode('ask').click());
    await settle();
    expect(((await fakeBrowser.storage.sync.get('settings')).settings as { privacyMode: string }).privacyMode).toBe('ask');
    expect(status()).toBe('welcomeSaved');
  });

  it('says so when the choice was not saved, and shows the stored mode', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QuotaExceededError'));
    await act(() => mode('listed').click());
    await settle();
    expect(status()).toBe('saveErrorQuota');
    expect(mode('everywhere').checked).toBe(true);
  });
});
