import { describe, expect, it } from 'vitest';
import { isFreshSecret, isFromFrame, isPortOffer, isToFrame, newSecret, SECRET_TTL_MS, secretKey } from '../../utils/card-frame/protocol';

describe('card-frame secrets', () => {
  it('are 128 random bits in hex, made without crypto.randomUUID (missing on plain http pages)', () => {
    const secret = newSecret();
    expect(secret).toMatch(/^[0-9a-f]{32}$/);
    expect(newSecret()).not.toBe(secret);
    expect(newSecret((bytes) => bytes.fill(255))).toBe('f'.repeat(32));
    expect(secretKey(secret)).toBe(`dmg-card-frame:${secret}`);
  });

  it('may be claimed only while fresh, and only with the time the parent stored', () => {
    expect(isFreshSecret(1000, 1000 + SECRET_TTL_MS)).toBe(true);
    expect(isFreshSecret(1000, 1001 + SECRET_TTL_MS)).toBe(false);
    expect(isFreshSecret(undefined, 1000)).toBe(false);
    expect(isFreshSecret('1000', 1000)).toBe(false);
    expect(isFreshSecret(Number.NaN, 1000)).toBe(false);
    // A time far in the future (a stored value nobody made now) is not a secret of this moment.
    expect(isFreshSecret(1_000_000, 1000)).toBe(false);
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
