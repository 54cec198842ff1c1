import { describe, expect, it } from 'vitest';
import {
  autoZoom,
  clampPage,
  clampZoom,
  CSS_PER_POINT,
  fitWidth,
  MAX_AUTO_ZOOM,
  MAX_ZOOM,
  MIN_ZOOM,
  parsePageNumber,
  zoomIn,
  zoomLabel,
  zoomOut,
} from '../../utils/reader/zoom';

describe('reader zoom', () => {
  it('steps through the fixed levels from any scale, never past the ends', () => {
    expect(zoomIn(1)).toBe(1.1);
    expect(zoomOut(1)).toBe(0.9);
    // From a fitted, in-between scale: the next level in that direction, not a jump back.
    expect(zoomIn(1.37)).toBe(1.5);
    expect(zoomOut(1.37)).toBe(1.25);
    expect(zoomIn(MAX_ZOOM)).toBe(MAX_ZOOM);
    expect(zoomOut(MIN_ZOOM)).toBe(MIN_ZOOM);
  });

  it('fits a page to the width available, in CSS pixels per point, within the limits', () => {
    // A US Letter page is 612 pt wide: 816 CSS px at 100%.
    expect(fitWidth(816 + 32, 612)).toBeCloseTo(1, 5);
    expect(fitWidth(1632 + 32, 612)).toBeCloseTo(2, 5);
    expect(fitWidth(10, 612)).toBe(MIN_ZOOM);
    expect(fitWidth(1e6, 612)).toBe(MAX_ZOOM);
    expect(fitWidth(0, 612)).toBe(1);
    expect(fitWidth(800, 0)).toBe(1);
    expect(CSS_PER_POINT).toBeCloseTo(96 / 72);
  });

  it('opens at fit width, but not larger than 125%', () => {
    expect(autoZoom(4000, 612)).toBe(MAX_AUTO_ZOOM);
    expect(autoZoom(600, 612)).toBeCloseTo(fitWidth(600, 612));
  });

  it('clamps odd scales and labels them', () => {
    expect(clampZoom(Number.NaN)).toBe(1);
    expect(clampZoom(99)).toBe(MAX_ZOOM);
    expect(zoomLabel(1.254)).toBe('125%');
  });
});

describe('reader page numbers', () => {
  it('accepts only a whole page number that exists', () => {
    expect(parsePageNumber(' 3 ', 10)).toBe(3);
    expect(parsePageNumber('10', 10)).toBe(10);
    for (const bad of ['0', '11', '-1', '2.5', 'two', '', '1e2', '0x3']) expect(parsePageNumber(bad, 10), bad).toBeNull();
  });

  it('keeps a page in range', () => {
    expect(clampPage(0, 5)).toBe(1);
    expect(clampPage(9, 5)).toBe(5);
    expect(clampPage(3, 0)).toBe(1);
  });
});
