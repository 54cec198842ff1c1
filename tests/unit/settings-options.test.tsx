import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp, siteFromInput } from '../../components/settings/OptionsApp';
import { resetSettingsItemForTests } from '../../utils/settings/store';

/** Lets storage promises and Preact's re-render settle. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

describe('the options page when a change cannot be saved (F9)', () => {
  let root: HTMLElement;
  beforeEach(async () => {
    fakeBrowser.reset();
    resetSettingsItemForTests();
    // The page shows the shortcut; the fake browser has no commands API.
    fakeBrowser.commands.getAll = () => Promise.resolve([]);
    root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<OptionsApp />, root));
    await settle();
  });
  afterEach(() => {
    render(null, root);
    root.remove();
    vi.restoreAllMocks();
  });

  const radio = (value: string) => root.querySelector<HTMLInputElement>(`input[type="radio"][value="${value}"]`)!;
  const alertText = () => root.querySelector<HTMLElement>('.op-error:not([hidden])')?.textContent;

  it('shows the error and puts the control back to what is stored, then clears it after a save that works', async () => {
    expect(radio('amber').checked).toBe(true);
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValueOnce(new Error('Resource::kQuotaBytesPerItem quota exceeded'));
    await act(() => radio('pink').click());
    await settle();
    expect(alertText()).toBe('saveErrorQuota');
    expect(radio('amber').checked).toBe(true);
    expect(radio('pink').checked).toBe(false);

    set.mockRestore();
    await act(() => radio('pink').click());
    await settle();
    expect(alertText()).toBeUndefined();
    expect(radio('pink').checked).toBe(true);
  });

  it('says the list is full, keeps the typed site in the box, and lists nothing that was not saved', async () => {
    await fakeBrowser.storage.sync.set({ disabledSites: Array.from({ length: 250 }, (_, i) => `s${i}.org`) });
    await settle();
    const input = root.querySelector<HTMLInputElement>('#op-sites-add')!;
    input.value = 'one-more.org';
    await act(() => {
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => root.querySelector<HTMLFormElement>('.op-add')!.requestSubmit());
    await settle();
    expect(alertText()).toBe('saveErrorListFull');
    expect(input.value).toBe('one-more.org');
    expect(root.querySelectorAll('.op-sites li')).toHaveLength(250);
    expect((await fakeBrowser.storage.sync.get('disabledSites')).disabledSites).toHaveLength(250);
  });

  it('refuses text that is no site address, saying so next to the field', async () => {
    const input = root.querySelector<HTMLInputElement>('#op-sites-add')!;
    input.value = 'not a site!!';
    await act(() => {
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => root.querySelector<HTMLFormElement>('.op-add')!.requestSubmit());
    await settle();
    expect(root.querySelector('#op-sites-problem')?.textContent).toBe('optionsNotASite');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect((await fakeBrowser.storage.sync.get('disabledSites')).disabledSites).toBeUndefined();
  });
});

describe('the privacy mode on the options page', () => {
  it('saves the mode at once and shows the list that mode uses', async () => {
    fakeBrowser.reset();
    resetSettingsItemForTests();
    fakeBrowser.commands.getAll = () => Promise.resolve([]);
    const root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<OptionsApp />, root));
    await settle();
    expect(root.querySelector('[data-site-list="op-sites"]')).not.toBeNull();
    await act(() => root.querySelector<HTMLInputElement>('input[name="privacyMode"][value="listed"]')!.click());
    await settle();
    expect(((await fakeBrowser.storage.sync.get('settings')).settings as { privacyMode: string }).privacyMode).toBe('listed');
    expect(root.querySelector('[data-site-list="op-sites"]')).toBeNull();
    expect(root.querySelector('[data-site-list="op-allowed"]')).not.toBeNull();
    await act(() => root.querySelector<HTMLInputElement>('input[name="privacyMode"][value="ask"]')!.click());
    await settle();
    expect(root.querySelector('[data-site-list]')).toBeNull();
    render(null, root);
    root.remove();
  });
});

describe('siteFromInput', () => {
  it('takes a hostname out of what a reader pastes or types', () => {
    expect(siteFromInput(' https://www.NHS.uk/conditions/x ')).toBe('nhs.uk');
    expect(siteFromInput('mayoclinic.org')).toBe('mayoclinic.org');
    expect(siteFromInput('localhost')).toBe('localhost');
    expect(siteFromInput('http://[::1]:8080/')).toBe('[::1]');
  });

  it('refuses what is no site', () => {
    for (const text of ['', '   ', 'not a site!!', 'hello', 'javascript:alert(1)', 'https://']) expect(siteFromInput(text), text).toBeUndefined();
  });
});
