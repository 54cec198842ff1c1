import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenForOpenGlossary, openGlossarySender } from '../../utils/background/open-glossary';
import { OPEN_GLOSSARY_RULES, RateLimiter } from '../../utils/background/rate-limit';

describe('RateLimiter', () => {
  it('allows one per 2 s and five per minute, per key', () => {
    const limiter = new RateLimiter(OPEN_GLOSSARY_RULES);
    expect(limiter.allow('a', 0)).toBe(true);
    expect(limiter.allow('a', 1_999)).toBe(false);
    expect(limiter.allow('b', 1_999)).toBe(true);
    const times = [2_000, 4_000, 6_000, 8_000];
    for (const t of times) expect(limiter.allow('a', t), `t=${t}`).toBe(true);
    expect(limiter.allow('a', 10_000)).toBe(false);
    expect(limiter.allow('a', 59_999)).toBe(false);
    expect(limiter.allow('a', 60_000)).toBe(true);
  });

  it('does not count refused attempts, so a flood does not lock the reader out for long', () => {
    const limiter = new RateLimiter([{ windowMs: 2_000, max: 1 }]);
    expect(limiter.allow('a', 0)).toBe(true);
    for (let t = 1; t < 2_000; t += 10) limiter.allow('a', t);
    expect(limiter.allow('a', 2_000)).toBe(true);
  });

  it('refuses rules that would allow everything or nothing', () => {
    expect(() => new RateLimiter([])).toThrow();
    expect(() => new RateLimiter([{ windowMs: 0, max: 1 }])).toThrow();
    expect(() => new RateLimiter([{ windowMs: 1_000, max: 0 }])).toThrow();
  });
});

describe('openGlossarySender', () => {
  const self = { id: 'our-id', origin: 'moz-extension://uuid/' };
  it('keys our content scripts by tab and our pages apart; refuses everyone else', () => {
    expect(openGlossarySender({ id: 'our-id', url: 'https://a.org/', tab: { id: 3 } }, self)).toBe('tab:3');
    expect(openGlossarySender({ id: 'our-id', url: 'moz-extension://uuid/popup.html' }, self)).toBe('page:none');
    expect(openGlossarySender({ id: 'our-id', url: 'https://a.org/' }, self)).toBeUndefined();
    expect(openGlossarySender({ id: 'someone-else', url: 'https://a.org/', tab: { id: 3 } }, self)).toBeUndefined();
    expect(openGlossarySender({ url: 'https://a.org/', tab: { id: 3 } }, self)).toBeUndefined();
  });
});

describe('listenForOpenGlossary', () => {
  let clock = 0;
  let created: string[];
  const send = async (message: unknown, sender: unknown) =>
    (await fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => undefined)).find((r) => r !== undefined);
  const content = (tabId: number) => ({ id: fakeBrowser.runtime.id, url: 'https://ads.example/frame', tab: { id: tabId }, frameId: 4 });

  beforeEach(() => {
    fakeBrowser.reset();
    clock = 100_000;
    created = [];
    vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation(async (props) => {
      created.push(props.url ?? '');
      return {} as never;
    });
    listenForOpenGlossary(fakeBrowser as unknown as typeof browser, () => clock);
  });

  it('opens the entry for our content script, then refuses a flood from the same tab (F3)', async () => {
    expect(await send({ type: 'dmg:open-glossary', id: 'methotrexate' }, content(1))).toBe(true);
    for (let i = 0; i < 25; i++) await send({ type: 'dmg:open-glossary', id: 'rituximab' }, content(1));
    expect(created).toEqual([fakeBrowser.runtime.getURL('/glossary.html#methotrexate')]);
    for (let i = 0; i < 10; i++) {
      clock += 2_000;
      await send({ type: 'dmg:open-glossary', id: 'rituximab' }, content(1));
    }
    expect(created).toHaveLength(5);
  });

  it('refuses senders that are not ours, and ids that are no entry', async () => {
    expect(await send({ type: 'dmg:open-glossary', id: 'methotrexate' }, { id: 'other', url: 'https://a.org/', tab: { id: 1 } })).toBe(false);
    expect(await send({ type: 'dmg:open-glossary', id: 'methotrexate' }, { id: fakeBrowser.runtime.id, url: 'https://a.org/' })).toBe(false);
    for (const id of ['__proto__', 'constructor', 'no-such-entry', '../../popup.html', 'x'.repeat(100_000)]) {
      expect(await send({ type: 'dmg:open-glossary', id }, content(2)), id).toBe(false);
    }
    expect(created).toEqual([]);
  });
});
