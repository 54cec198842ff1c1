import { describe, expect, it } from 'vitest';
import { chooseSide } from '../../utils/popover/card-placement';

describe('chooseSide', () => {
  it('chooses from the natural height: below where it fits, else above where it fits', () => {
    expect(chooseSide({ viewport: 900, termTop: 100, termBottom: 120, natural: 500, essential: 200 })).toEqual({ side: 'bottom', maxHeight: 766 });
    // The review's 28 px case: 530 px free above, the card opened below in 331 px.
    expect(chooseSide({ viewport: 900, termTop: 538, termBottom: 570, natural: 520, essential: 260 }).side).toBe('top');
  });

  it('takes the roomier side when neither holds the card, and never less than its summary needs', () => {
    // 200% zoom: 640 x 400, term in the middle.
    const zoom200 = chooseSide({ viewport: 400, termTop: 190, termBottom: 212, natural: 700, essential: 300 });
    expect(zoom200.maxHeight).toBe(300);
    // 400% zoom: 320 x 256; the summary needs more than the viewport: all of it.
    expect(chooseSide({ viewport: 256, termTop: 120, termBottom: 140, natural: 900, essential: 400 })).toEqual({ side: 'top', maxHeight: 240 });
  });
});
