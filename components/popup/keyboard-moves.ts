/**
 * Where a key moves focus inside the popup's lists, as pure functions (the DOM side is in
 * useRoving.ts). Each list is one Tab stop (UX review m5: 19 to 23 Tab presses to reach a chip
 * on a long page), with arrow keys inside it, as the ARIA Authoring Practices describe for a
 * toolbar (the chips) and a layout grid (the result list, whose rows may carry a second button).
 */

/** A chip row (role="toolbar"): the index to move to, or undefined when the key is not ours. */
export function toolbarMove(key: string, index: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    // The chips wrap over several lines, so Up and Down move too: to a reader they are one list.
    case 'ArrowRight':
    case 'ArrowDown':
      return Math.min(index + 1, count - 1);
    case 'ArrowLeft':
    case 'ArrowUp':
      return Math.max(index - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

export interface Cell {
  row: number;
  col: number;
}

/** Rows skipped by Page Up and Page Down (APG's layout grid leaves the number to the author). */
export const PAGE_ROWS = 5;

/**
 * A layout grid (role="grid"): `widths[r]` is how many cells row r has (a result, and its "Show
 * on this page" button where the term is on the page). 'above' means Arrow Up on the first row:
 * the popup gives focus back to the search field there, as it did before.
 */
export function gridMove(key: string, at: Cell, widths: readonly number[], ctrl = false): Cell | 'above' | undefined {
  const rows = widths.length;
  if (rows === 0) return undefined;
  const inRow = (row: number, col: number): Cell => ({ row, col: Math.max(0, Math.min(col, widths[row]! - 1)) });
  switch (key) {
    case 'ArrowDown':
      return inRow(Math.min(at.row + 1, rows - 1), at.col);
    case 'ArrowUp':
      return at.row === 0 ? 'above' : inRow(at.row - 1, at.col);
    case 'ArrowRight':
      return inRow(at.row, at.col + 1);
    case 'ArrowLeft':
      return inRow(at.row, at.col - 1);
    case 'PageDown':
      return inRow(Math.min(at.row + PAGE_ROWS, rows - 1), at.col);
    case 'PageUp':
      return inRow(Math.max(at.row - PAGE_ROWS, 0), at.col);
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row: at.row, col: 0 };
    case 'End':
      return ctrl ? inRow(rows - 1, Infinity) : inRow(at.row, Infinity);
    default:
      return undefined;
  }
}

/**
 * Type-ahead among chip names (APG recommends it for long lists): the next name after `from`
 * that starts with `typed`, wrapping; a longer `typed` (letters typed in quick succession) may
 * stay on the current name. The same letter again ("mm") steps on to the next name with that
 * letter, as in the APG listbox examples. Undefined when none matches.
 */
export function typeAhead(names: readonly string[], from: number, typed: string): number | undefined {
  const letters = [...typed.toLocaleLowerCase()];
  if (letters.length === 0) return undefined;
  const repeated = letters.every((letter) => letter === letters[0]);
  const wanted = repeated ? letters[0]! : letters.join('');
  const start = wanted.length > 1 ? from : from + 1;
  for (let step = 0; step < names.length; step++) {
    const index = (start + step) % names.length;
    if (names[index]!.toLocaleLowerCase().startsWith(wanted)) return index;
  }
  return undefined;
}
