import { describe, expect, it } from 'vitest';
import { highlightCss, INK, LINK_INK, MINE_LOOK, PALETTE } from '../../utils/highlight/page-styles';
import { HIGHLIGHT_COLOURS } from '../../utils/settings/schema';

/** WCAG 2.x relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('highlight colours', () => {
  it('keep text at 4.5:1 or more on every palette background, whatever the page behind them', () => {
    for (const colour of HIGHLIGHT_COLOURS) {
      const { mark, strong } = PALETTE[colour];
      expect(contrast(INK, mark), `${colour} resting`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(INK, strong), `${colour} hover/current`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('draw a resting line at 3:1 or more against its own fill and against amber and yellow call-out boxes, 2 px thick (m17)', () => {
    for (const colour of HIGHLIGHT_COLOURS) {
      const { mark, line } = PALETTE[colour];
      for (const [name, behind] of [['fill', mark], ['amber box', '#ffc107'], ['yellow box', '#fff3b0']] as const) {
        expect(contrast(line, behind), `${colour} line on the ${name}`).toBeGreaterThanOrEqual(3);
      }
      const plain = highlightCss({ style: 'background', colour }).split('\n').find((l) => l.startsWith('::highlight(dmg-term-plain)'))!;
      expect(plain).toContain(`underline dotted ${line}`);
      expect(plain).toContain('text-decoration-thickness: 2px');
    }
  });

  it('in forced colours, give a term, the card\'s mention and the pointer\'s word each a line of its own shape (m13)', () => {
    const css = highlightCss({ style: 'background', colour: 'amber' });
    const forced = css.slice(css.indexOf('@media (forced-colors: active)')).split('\n');
    const rule = (name: string) => forced.find((l) => l.includes(`::highlight(${name})`))!;
    expect(rule('dmg-term-plain')).toContain('underline dotted');
    expect(rule('dmg-current')).toContain('underline double');
    expect(rule('dmg-hover')).toContain('underline solid');
  });

  it('always set the text colour wherever they set a background', () => {
    for (const colour of HIGHLIGHT_COLOURS) {
      for (const style of ['background', 'underline', 'hover'] as const) {
        for (const rule of highlightCss({ style, colour }).split('\n').filter((line) => line.includes('background-color'))) {
          expect(rule, `${colour}/${style}`).toMatch(/[^-]color: /);
        }
      }
    }
  });

  it('mark terms in links visibly, in link blue on the fill at 4.5:1 or more, still underlined like a link', () => {
    for (const colour of HIGHLIGHT_COLOURS) {
      expect(contrast(LINK_INK, PALETTE[colour].mark), colour).toBeGreaterThanOrEqual(4.5);
      const css = highlightCss({ style: 'background', colour });
      const link = css.split('\n').find((line) => line.startsWith('::highlight(dmg-term-link)'))!;
      expect(link).toContain(`background-color: ${PALETTE[colour].mark}`);
      expect(link).toContain(`color: ${LINK_INK}`);
      expect(link).toContain('underline solid');
    }
  });

  it('leaves touch screens a dotted underline in the "only when the mouse is on the word" style', () => {
    const css = highlightCss({ style: 'hover', colour: 'amber' });
    const touch = css.slice(css.indexOf('@media (hover: none)'));
    expect(css).toContain('@media (hover: none)');
    expect(touch.split('\n').find((line) => line.includes('::highlight(dmg-term-plain)'))).toContain('underline dotted');
  });

  it('paint "my medicines" at 4.5:1 or more, clearly apart (3:1 or more) from every palette colour', () => {
    expect(contrast(MINE_LOOK.ink, MINE_LOOK.mark)).toBeGreaterThanOrEqual(4.5);
    for (const colour of HIGHLIGHT_COLOURS) {
      const { mark, strong } = PALETTE[colour];
      expect(contrast(MINE_LOOK.mark, mark), `${colour} resting`).toBeGreaterThanOrEqual(3);
      expect(contrast(MINE_LOOK.mark, strong), `${colour} hover/current`).toBeGreaterThanOrEqual(3);
    }
    const rule = highlightCss({ style: 'background', colour: 'amber' }).split('\n').find((line) => line.startsWith('::highlight(dmg-mine)'))!;
    expect(rule).toContain(`background-color: ${MINE_LOOK.mark}; color: ${MINE_LOOK.ink};`);
  });
});
