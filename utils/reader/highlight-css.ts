import {
  CONTROL_HIGHLIGHT,
  CURRENT_HIGHLIGHT,
  HOVER_HIGHLIGHT,
  PALETTE,
  PLAIN_HIGHLIGHT,
  type HighlightLook,
} from '../highlight/page-styles';

/** The find box's hits (all) and the one it points at. */
export const FIND_HIGHLIGHT = 'dmg-reader-find';
export const FIND_CURRENT_HIGHLIGHT = 'dmg-reader-find-current';

/**
 * The same palette as on web pages, for a PDF's text layer. Its text is
 * transparent and lies over the page pdf.js drew, so a term cannot get an
 * ink colour of its own (it would double the printed letters). The layer
 * multiplies with the page below it (reader.css), as a highlighter pen does:
 * a colour over white paper shows as that colour and the printed ink stays
 * as dark as it was, so the palette's contrast holds. The layer opts out of
 * forced colours (pdf.js), so high-contrast themes get the system's Mark and
 * Highlight, plus a solid underline.
 */
export function readerHighlightCss({ style, colour }: HighlightLook): string {
  const { mark, strong, line } = PALETTE[colour];
  const quiet = style === 'hover';
  const plain = quiet
    ? ''
    : style === 'background'
      ? `background-color: ${mark}; text-decoration: underline dotted ${line};`
      : `text-decoration: underline dotted ${line}; text-decoration-thickness: 2px;`;
  const emphasis = `background-color: ${strong}; text-decoration: underline solid ${line}; text-decoration-thickness: 2px;`;
  const find = 'background-color: #c7dcff;';
  const findCurrent = 'background-color: #ffb070;';
  return `
::highlight(${PLAIN_HIGHLIGHT}) { color: transparent; ${plain} }
::highlight(${CONTROL_HIGHLIGHT}) { color: transparent; ${plain} }
::highlight(${HOVER_HIGHLIGHT}) { color: transparent; ${emphasis} }
::highlight(${CURRENT_HIGHLIGHT}) { color: transparent; ${emphasis} }
::highlight(${FIND_HIGHLIGHT}) { color: transparent; ${find} }
::highlight(${FIND_CURRENT_HIGHLIGHT}) { color: transparent; ${findCurrent} }
@media (forced-colors: active) {
  ::highlight(${PLAIN_HIGHLIGHT}), ::highlight(${CONTROL_HIGHLIGHT}) { ${quiet ? '' : `background-color: Mark; text-decoration: underline solid MarkText;`} }
  ::highlight(${HOVER_HIGHLIGHT}), ::highlight(${CURRENT_HIGHLIGHT}), ::highlight(${FIND_CURRENT_HIGHLIGHT}) { background-color: Highlight; text-decoration: underline solid Highlight; text-decoration-thickness: 3px; }
}
`;
}
