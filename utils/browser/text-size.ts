/**
 * The card's text size, as a factor of the reader's own default size. Pure: the
 * storage item is in text-size-store.ts.
 */

/** The steps A- and A+ move through. 1 is the browser's default size. */
export const TEXT_SIZES = [0.875, 1, 1.125, 1.25, 1.5, 1.75, 2] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const DEFAULT_TEXT_SIZE: TextSize = 1;

/** A stored value if it is one of the steps, else the default (with `valid: false`, so it can be reported). */
export function parseTextSize(raw: unknown): { size: TextSize; valid: boolean } {
  const found = TEXT_SIZES.find((s) => s === raw);
  if (found !== undefined) return { size: found, valid: true };
  return { size: DEFAULT_TEXT_SIZE, valid: raw === undefined || raw === null };
}

/** The next step up (+1) or down (-1), staying at the ends. */
export function stepTextSize(current: TextSize, direction: 1 | -1): TextSize {
  const index = TEXT_SIZES.indexOf(current);
  return TEXT_SIZES[Math.min(TEXT_SIZES.length - 1, Math.max(0, index + direction))]!;
}

export const isSmallest = (size: TextSize) => size === TEXT_SIZES[0];
export const isLargest = (size: TextSize) => size === TEXT_SIZES[TEXT_SIZES.length - 1];
