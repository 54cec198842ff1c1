import type { HighlightColour, HighlightStyle } from '../settings/schema';

export interface HighlightLook {
  style: HighlightStyle;
  colour: HighlightColour;
}

/** Every painted mention (the contract); it carries no style of its own, the disjoint subsets below do. */
export const TERM_HIGHLIGHT = 'dmg-term';
/** Painted mentions in prose: a click opens the card. */
export const PLAIN_HIGHLIGHT = 'dmg-term-plain';
/** Painted mentions inside links and page controls: quieter, and a click belongs to the page. */
export const CONTROL_HIGHLIGHT = 'dmg-term-link';
/** The term under the pointer. */
export const HOVER_HIGHLIGHT = 'dmg-hover';
/** The mention the open card points at (Previous / Next, "On this page"). */
export const CURRENT_HIGHLIGHT = 'dmg-current';

/** Translucent tints read on light and dark pages alike, since the page's own colours show through. */
const TINTS: Record<HighlightColour, string> = {
  amber: '255, 196, 0',
  blue: '64, 156, 255',
  green: '52, 199, 89',
  pink: '255, 105, 180',
};

/**
 * The only CSS we add to a page: `::highlight()` rules, which may set colours
 * and decorations only, so painting can never move a line or change a font.
 * It is adopted as a constructed sheet, so no element is inserted, and only
 * once a mention is painted in that document or shadow root.
 */
export function highlightCss({ style, colour }: HighlightLook): string {
  const rgb = TINTS[colour];
  const quiet = style === 'hover';
  const plain = quiet
    ? ''
    : style === 'background'
      ? `background-color: rgba(${rgb}, 0.24); text-decoration: underline dotted rgb(${rgb});`
      : `text-decoration: underline dotted rgb(${rgb});`;
  const control = quiet ? '' : `background-color: rgba(${rgb}, 0.12);`;
  return `
::highlight(${PLAIN_HIGHLIGHT}) { ${plain} }
::highlight(${CONTROL_HIGHLIGHT}) { ${control} }
::highlight(${HOVER_HIGHLIGHT}) { background-color: rgba(${rgb}, 0.42); text-decoration: underline solid rgb(${rgb}); }
::highlight(${CURRENT_HIGHLIGHT}) { background-color: rgba(${rgb}, 0.6); text-decoration: underline solid currentColor; }
@media (forced-colors: active) {
  ::highlight(${PLAIN_HIGHLIGHT}) { ${quiet ? '' : 'background-color: Mark; color: MarkText; text-decoration: underline dotted MarkText;'} }
  ::highlight(${CONTROL_HIGHLIGHT}) { ${quiet ? '' : 'text-decoration: underline dotted LinkText;'} }
  ::highlight(${HOVER_HIGHLIGHT}) { background-color: Highlight; color: HighlightText; text-decoration: underline solid HighlightText; }
  ::highlight(${CURRENT_HIGHLIGHT}) { background-color: Highlight; color: HighlightText; text-decoration: underline solid HighlightText; }
}
`;
}

/** The pointer shape over a clickable term; toggled in its own tiny sheet. */
export const POINTER_CSS = ':hover:not(:has(:hover)) { cursor: pointer !important; }';
