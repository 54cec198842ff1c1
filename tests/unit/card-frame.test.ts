import { describe, expect, it } from 'vitest';
import { answerCardFrame } from '../../utils/background/card-frame-server';
import { isFromFrame, isPortOffer, isToFrame, SECRET_TTL_MS } from '../../utils/card-frame/protocol';
import { CardFrameSecrets } from '../../utils/card-frame/secrets';

const self = { id: 'ext', origin: 'chrome-extension://ext/' };
const page = (tab: number) => ({ id: 'ext', url: 'https://example.org/a', origin: 'https://example.org', tab: { id: tab }, frameId: 0 });
const frame = (tab: number) => ({ id: 'ext', url: 'about:srcdoc', origin: 'null', tab: { id: tab }, frameId: 3 });
let n = 0;
const counter = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

describe('card-frame secrets', () => {
  it('confirm a secret once, for the tab it was issued to, while it is fresh', () => {
    const secrets = new CardFrameSecrets(counter);
    const a = secrets.issue(1, 0);
    expect(secrets.claim(2, a, 10)).toBe(false);
    expect(secrets.claim(1, a, 10)).toBe(true);
    expect(secrets.claim(1, a, 20)).toBe(false);
    const b = secrets.issue(1, 100);
    expect(secrets.claim(1, b, 100 + SECRET_TTL_MS + 1)).toBe(false);
    expect(secrets.claim(1, 'made-up', 0)).toBe(false);
  });

  it('keep only the newest few per tab, so a page flooding opens cannot pile them up', () => {
    const secrets = new CardFrameSecrets(counter, 2);
    const first = secrets.issue(7, 0);
    const second = secrets.issue(7, 1);
    const third = secrets.issue(7, 2);
    expect(secrets.claim(7, first, 3)).toBe(false);
    expect(secrets.claim(7, second, 3)).toBe(true);
    expect(secrets.claim(7, third, 3)).toBe(true);
  });
});

describe('the background answers card frames', () => {
  it('issues to our content scripts and confirms a claim from the same tab only', async () => {
    const secrets = new CardFrameSecrets(counter);
    const secret = await answerCardFrame(secrets, { type: 'dmg:card-frame-secret' }, page(4), self, 0);
    expect(typeof secret).toBe('string');
    expect(await answerCardFrame(secrets, { type: 'dmg:card-frame-claim', secret }, frame(5), self, 1)).toBe(false);
    expect(await answerCardFrame(secrets, { type: 'dmg:card-frame-claim', secret }, frame(4), self, 1)).toBe(true);
    expect(await answerCardFrame(secrets, { type: 'dmg:card-frame-claim', secret }, frame(4), self, 2)).toBe(false);
  });

  it('answers nobody else, and leaves other messages to other listeners', async () => {
    const secrets = new CardFrameSecrets(counter);
    const stranger = { ...page(4), id: 'other-extension' };
    expect(await answerCardFrame(secrets, { type: 'dmg:card-frame-secret' }, stranger, self, 0)).toBeNull();
    const ownPage = { id: 'ext', url: 'chrome-extension://ext/popup.html', tab: { id: 4 } };
    expect(await answerCardFrame(secrets, { type: 'dmg:card-frame-secret' }, ownPage, self, 0)).toBeNull();
    expect(answerCardFrame(secrets, { type: 'notebook-status', termId: 'x' }, page(4), self, 0)).toBeUndefined();
    expect(answerCardFrame(secrets, { type: 'dmg:card-frame-claim', secret: 3 }, frame(4), self, 0)).toBeUndefined();
  });
});

describe('the port protocol', () => {
  it('accepts the messages the two sides send', () => {
    const layout = { viewport: 1200, sheet: false, maxHeight: 400 };
    expect(isToFrame({ type: 'render', entryId: 'methotrexate', place: undefined, takeFocus: true, position: { index: 0, total: 3 }, layout })).toBe(true);
    expect(isToFrame({ type: 'layout', layout })).toBe(true);
    expect(isToFrame({ type: 'drawn', id: 1, yes: false })).toBe(true);
    expect(isFromFrame({ type: 'size', width: 360, natural: 700, essential: 180 })).toBe(true);
    expect(isFromFrame({ type: 'tab-out', direction: -1 })).toBe(true);
    expect(isPortOffer({ dmgCard: 'abc' })).toBe(true);
  });

  it('refuses malformed ones', () => {
    expect(isToFrame({ type: 'render', entryId: 'x', takeFocus: true, position: { index: -1, total: 3 }, layout: { viewport: 1, sheet: false, maxHeight: 0 } })).toBe(false);
    expect(isToFrame({ type: 'layout', layout: { viewport: Number.NaN, sheet: false, maxHeight: 0 } })).toBe(false);
    expect(isToFrame({ type: 'eval', code: '1' })).toBe(false);
    expect(isFromFrame({ type: 'step', direction: 2 })).toBe(false);
    expect(isFromFrame({ type: 'size', width: '360', natural: 1, essential: 1 })).toBe(false);
    expect(isFromFrame(null)).toBe(false);
    expect(isPortOffer({ dmgCard: '' })).toBe(false);
  });
});
