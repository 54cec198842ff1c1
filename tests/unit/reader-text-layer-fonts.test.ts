import { describe, expect, it } from 'vitest';
import type { TextContent, TextItem } from 'pdfjs-dist/types/src/display/api';
import { CANDIDATES, chooseFamilies, misfit, type MeasureText } from '../../utils/reader/text-layer-fonts';

/** A run of text as pdf.js gives it: `size` pt high, `width` pt wide. */
function run(str: string, width: number, fontName = 'f1', size = 10): TextItem {
  return { str, dir: 'ltr', transform: [size, 0, 0, size, 72, 700], width, height: size, fontName, hasEOL: false };
}

/** Fonts by average advance per character (em): the generic serif is wide, Times-like fonts narrow. */
const ADVANCE: Record<string, number> = { serif: 0.56, 'sans-serif': 0.55, monospace: 0.6 };
const measure: MeasureText = (family, text) => {
  if (family.startsWith('"DMG Tinos"')) return text.length * 0.45 * 100;
  if (family.startsWith('"DMG Liberation Sans"')) return text.length * 0.5 * 100;
  const generic = family.split(',').pop()!.trim();
  return text.length * (ADVANCE[generic] ?? 0.5) * 100;
};

const styles = (family: string): TextContent['styles'] => ({ f1: { fontFamily: family, ascent: 0.9, descent: -0.2, vertical: false } });

describe('the text layer font of a PDF font', () => {
  it('picks the family whose widths need no stretching (a Times PDF over a wide generic serif)', () => {
    const items = ['Approach to Consider on', 'Dermatomyositis Treatment'].map((s) => run(s, s.length * 0.45 * 10));
    const chosen = chooseFamilies({ items, styles: styles('serif') }, measure);
    expect(chosen.get('f1')).toBe(CANDIDATES.serif![1]);
    expect(chosen.get('f1')).toMatch(/^"DMG Tinos"/);
    expect(misfit(items, CANDIDATES.serif![1]!, measure)).toBeCloseTo(0, 5);
  });

  it('keeps the generic family when it already fits (a PDF in the system font)', () => {
    const items = [run('Methotrexate once a week', 24 * 0.56 * 10)];
    expect(chooseFamilies({ items, styles: styles('serif') }, measure).get('f1')).toBeNull();
  });

  it('uses the bundled Liberation Sans for a Helvetica PDF', () => {
    const items = [run('prednisone for the rash', 23 * 0.5 * 10)];
    expect(chooseFamilies({ items, styles: styles('sans-serif') }, measure).get('f1')).toMatch(/^"DMG Liberation Sans"/);
  });

  it('skips fonts it already judged, rotated runs, single letters and families it does not know', () => {
    const rotated: TextItem = { ...run('prednisone for the rash', 100), transform: [0, 10, -10, 0, 72, 700] };
    expect(chooseFamilies({ items: [rotated, run('a', 5)], styles: styles('serif') }, measure).size).toBe(0);
    expect(chooseFamilies({ items: [run('prednisone', 45)], styles: styles('fantasy') }, measure).size).toBe(0);
    expect(chooseFamilies({ items: [run('prednisone', 45)], styles: styles('serif') }, measure, new Map([['f1', null]])).size).toBe(0);
  });
});
