import { describe, expect, it } from 'vitest';
import { gridMove, PAGE_ROWS, toolbarMove, typeAhead } from '../../components/popup/keyboard-moves';

describe('arrow keys in a row of chips (APG toolbar)', () => {
  it('moves one chip with any arrow, stops at the ends, and jumps with Home and End', () => {
    expect(toolbarMove('ArrowRight', 0, 5)).toBe(1);
    expect(toolbarMove('ArrowDown', 3, 5)).toBe(4);
    expect(toolbarMove('ArrowRight', 4, 5)).toBe(4);
    expect(toolbarMove('ArrowLeft', 2, 5)).toBe(1);
    expect(toolbarMove('ArrowUp', 0, 5)).toBe(0);
    expect(toolbarMove('Home', 3, 5)).toBe(0);
    expect(toolbarMove('End', 0, 5)).toBe(4);
  });

  it('leaves every other key alone (Enter and Space press the chip, Tab leaves the row)', () => {
    for (const key of ['Enter', ' ', 'Tab', 'm', 'Escape']) expect(toolbarMove(key, 1, 5)).toBeUndefined();
    expect(toolbarMove('ArrowRight', 0, 0)).toBeUndefined();
  });
});

describe('type-ahead among chip names', () => {
  const names = ['Azathioprine', 'Methotrexate', 'Mycophenolate', 'Prednisone', 'Muscle biopsy'];

  it('goes to the next name starting with a letter, wrapping, in any case', () => {
    expect(typeAhead(names, 0, 'm')).toBe(1);
    expect(typeAhead(names, 1, 'M')).toBe(2);
    expect(typeAhead(names, 2, 'm')).toBe(4);
    expect(typeAhead(names, 4, 'm')).toBe(1);
  });

  it('narrows with letters typed in a row, staying on the current name while it still fits', () => {
    expect(typeAhead(names, 1, 'me')).toBe(1);
    expect(typeAhead(names, 1, 'my')).toBe(2);
    expect(typeAhead(names, 0, 'mus')).toBe(4);
  });

  it('steps through the names with one letter when that letter is typed again', () => {
    expect(typeAhead(names, 1, 'mm')).toBe(2);
    expect(typeAhead(names, 2, 'mmm')).toBe(4);
  });

  it('stays put when nothing matches', () => {
    expect(typeAhead(names, 0, 'z')).toBeUndefined();
    expect(typeAhead(names, 0, '')).toBeUndefined();
  });
});

describe('arrow keys in the result list (APG layout grid)', () => {
  // Rows of one cell, or two where the term has "Show on this page".
  const widths = [1, 2, 1, 2, 1, 1, 1, 1];

  it('moves between rows with Up and Down, keeping the column where the row has it', () => {
    expect(gridMove('ArrowDown', { row: 0, col: 0 }, widths)).toEqual({ row: 1, col: 0 });
    expect(gridMove('ArrowDown', { row: 1, col: 1 }, widths)).toEqual({ row: 2, col: 0 });
    expect(gridMove('ArrowUp', { row: 4, col: 0 }, widths)).toEqual({ row: 3, col: 0 });
    expect(gridMove('ArrowDown', { row: 7, col: 0 }, widths)).toEqual({ row: 7, col: 0 });
  });

  it('hands Arrow Up on the first row back to the search field', () => {
    expect(gridMove('ArrowUp', { row: 0, col: 0 }, widths)).toBe('above');
  });

  it('moves within a row with Left, Right, Home and End; Ctrl+Home and Ctrl+End go to the ends of the list', () => {
    expect(gridMove('ArrowRight', { row: 1, col: 0 }, widths)).toEqual({ row: 1, col: 1 });
    expect(gridMove('ArrowRight', { row: 2, col: 0 }, widths)).toEqual({ row: 2, col: 0 });
    expect(gridMove('ArrowLeft', { row: 1, col: 1 }, widths)).toEqual({ row: 1, col: 0 });
    expect(gridMove('End', { row: 3, col: 0 }, widths)).toEqual({ row: 3, col: 1 });
    expect(gridMove('Home', { row: 3, col: 1 }, widths)).toEqual({ row: 3, col: 0 });
    expect(gridMove('Home', { row: 5, col: 0 }, widths, true)).toEqual({ row: 0, col: 0 });
    expect(gridMove('End', { row: 0, col: 0 }, widths, true)).toEqual({ row: 7, col: 0 });
  });

  it('pages by a few rows', () => {
    expect(gridMove('PageDown', { row: 0, col: 0 }, widths)).toEqual({ row: PAGE_ROWS, col: 0 });
    expect(gridMove('PageDown', { row: 6, col: 0 }, widths)).toEqual({ row: 7, col: 0 });
    expect(gridMove('PageUp', { row: 3, col: 1 }, widths)).toEqual({ row: 0, col: 0 });
  });

  it('leaves other keys and empty lists alone', () => {
    expect(gridMove('Enter', { row: 0, col: 0 }, widths)).toBeUndefined();
    expect(gridMove('a', { row: 0, col: 0 }, widths)).toBeUndefined();
    expect(gridMove('ArrowDown', { row: 0, col: 0 }, [])).toBeUndefined();
  });
});
