import { describe, expect, it } from 'vitest';
import { highlightCss, INK, PALETTE } from '../../utils/highlight/page-styles';
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

  it('always set the text colour wherever they set a background', () => {
    for (const colour of HIGHLIGHT_COLOURS) {
      for (const style of ['background', 'underline', 'hover'] as const) {
        for (const rule of highlightCss({ style, colour }).split('\n').filter((line) => line.includes('background-color'))) {
          expect(rule, `${colour}/${style}`).toMatch(/[^-]color: /);
        }
      }
    }
  });

  it('leave terms in links in the page\'s own colours', () => {
    const css = highlightCss({ style: 'background', colour: 'amber' });
    const link = css.split('\n').find((line) => line.startsWith('::highlight(dmg-term-link)'))!;
    expect(link).not.toMatch(/color:\s*#/);
    expect(link).toContain('underline dotted');
  });
});
