import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_TEXT_SIZE, parseTextSize, stepTextSize, TEXT_SIZES } from '../../utils/browser/text-size';
import { loadTextSize, saveTextSize, watchTextSize } from '../../utils/browser/text-size-store';

describe('text size', () => {
  it('accepts only its own steps and falls back to the default otherwise', () => {
    expect(parseTextSize(1.25)).toEqual({ size: 1.25, valid: true });
    expect(parseTextSize(undefined)).toEqual({ size: DEFAULT_TEXT_SIZE, valid: true });
    for (const bad of [3, '1.25', -1, Number.NaN, {}, 1.1]) expect(parseTextSize(bad)).toEqual({ size: DEFAULT_TEXT_SIZE, valid: false });
  });

  it('steps up and down and stops at the ends', () => {
    expect(stepTextSize(1, 1)).toBe(1.125);
    expect(stepTextSize(1, -1)).toBe(0.875);
    expect(stepTextSize(TEXT_SIZES[0], -1)).toBe(TEXT_SIZES[0]);
    expect(stepTextSize(2, 1)).toBe(2);
  });
});

describe('text size storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads nothing from storage on import, only when a card asks (the module runs in every frame)', async () => {
    vi.resetModules();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const fresh = await import('../../utils/browser/text-size-store');
    await new Promise((done) => setTimeout(done, 0));
    expect(get).not.toHaveBeenCalled();
    await fresh.loadTextSize();
    expect(get).toHaveBeenCalled();
    get.mockRestore();
  });

  it('persists in storage.local and tells other cards', async () => {
    const seen: number[] = [];
    const stop = watchTextSize((s) => seen.push(s));
    await saveTextSize(1.5);
    expect((await fakeBrowser.storage.local.get('textSize')).textSize).toBe(1.5);
    expect(await loadTextSize()).toBe(1.5);
    await vi.waitFor(() => expect(seen).toEqual([1.5]));
    stop();
  });

  it('reads a corrupt stored value as the default and warns', async () => {
    await fakeBrowser.storage.local.set({ textSize: 'huge' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await loadTextSize()).toBe(DEFAULT_TEXT_SIZE);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});
