import type { HighlightColour, HighlightStyle } from '../settings/schema';
import { MINE_HIGHLIGHT } from './mine';

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

/**
 * Each colour is a pair: a background and the text colour drawn on it, both
 * set, like the browser's own find-in-page. A translucent tint over the
 * page's colours cannot promise contrast (over a page's own 5:1 yellow alert
 * box it drops to 4:1), but a pair chosen once keeps at least 4.5:1 on any
 * page, light, dark or coloured (tests/unit/highlight-contrast.test.ts).
 * `mark` is the resting term, `strong` the one under the pointer or the card's,
 * `line` the dotted underline (decoration, not text, so no contrast rule).
 */
export const PALETTE: Record<HighlightColour, { mark: string; strong: string; line: string }> = {
  // A dark line: on amber and yellow call-out boxes the fill vanishes and the line is what is left (m17).
  amber: { mark: '#ffe58f', strong: '#ffc400', line: '#7a4f00' },
  blue: { mark: '#cfe5ff', strong: '#8cc4ff', line: '#1a6fd1' },
  green: { mark: '#c8f2d2', strong: '#7ddc95', line: '#1e8a3c' },
  pink: { mark: '#ffd6ea', strong: '#ff9dcb', line: '#c2327a' },
};
/** The text colour on every background of the palette. */
export const INK = '#111111';
/** The text colour of a term in a link on the palette's fill: still link blue, at least 4.5:1 on every fill. */
export const LINK_INK = '#0b3d91';

/**
 * "My medicines" (mine.ts), when the reader asks for them: a dark pair, so
 * they stand apart from every light palette colour on any page.
 */
export const MINE_LOOK = { mark: '#3d1466', ink: '#ffffff' } as const;

/**
 * The only CSS we add to a page: `::highlight()` rules, which may set colours
 * and decorations only, so painting can never move a line or change a font.
 * It is adopted as a constructed sheet, so no element is inserted, and only
 * once a mention is painted in that document or shadow root. Terms in links
 * keep the page's own colours and get only a dotted underline: quiet, and
 * the link's contrast stays the page's. In forced-colours mode the system's
 * own Mark and Highlight pairs are used; "my medicines" are the one term left
 * unfilled there, with a double underline (inverting the page's pair was too
 * close to Mark in some themes).
 */
export function highlightCss({ style, colour }: HighlightLook, scope = ''): string {
  const { mark, strong, line } = PALETTE[colour];
  const quiet = style === 'hover';
  const plain = quiet
    ? ''
    : style === 'background'
      ? `background-color: ${mark}; color: ${INK}; text-decoration: underline dotted ${line};`
      : `text-decoration: underline dotted ${line};`;
  // Terms in links were marked by a hairline under the link's own underline, which readers did not
  // see (m2): they get the same fill as prose, with link-blue text and a solid underline so they
  // still read as links; with "underline only", a double line that differs from the link's own.
  const control = quiet
    ? ''
    : style === 'background'
      ? `background-color: ${mark}; color: ${LINK_INK}; text-decoration: underline solid ${LINK_INK};`
      : `text-decoration: underline double ${line};`;
  // "Only when the mouse is on the word" must not leave touch screens, which have no hover, with
  // nothing at all: there, words keep a dotted underline.
  const touch = quiet
    ? `
@media (hover: none) {
  ::highlight(${PLAIN_HIGHLIGHT}) { text-decoration: underline dotted ${line}; }
  ::highlight(${CONTROL_HIGHLIGHT}) { text-decoration: underline double ${line}; }
}`
    : '';
  const emphasis = `background-color: ${strong}; color: ${INK}; text-decoration: underline solid ${INK};`;
  return scoped(
    `
::highlight(${PLAIN_HIGHLIGHT}) { ${plain} }
::highlight(${CONTROL_HIGHLIGHT}) { ${control} }
::highlight(${HOVER_HIGHLIGHT}) { ${emphasis} }
::highlight(${CURRENT_HIGHLIGHT}) { ${emphasis} }
::highlight(${MINE_HIGHLIGHT}) { background-color: ${MINE_LOOK.mark}; color: ${MINE_LOOK.ink}; text-decoration: underline solid ${MINE_LOOK.ink}; }${touch}
@media (forced-colors: active) {
  ::highlight(${PLAIN_HIGHLIGHT}) { ${quiet ? '' : 'background-color: Mark; color: MarkText; text-decoration: underline dotted MarkText;'} }
  ::highlight(${CONTROL_HIGHLIGHT}) { ${quiet ? '' : 'text-decoration: underline dotted LinkText;'} }
  ::highlight(${HOVER_HIGHLIGHT}) { background-color: Highlight; color: HighlightText; text-decoration: underline solid HighlightText; }
  /* The card's own mention: lines above and below, the nearest to an outline a highlight may draw (m13). */
  ::highlight(${CURRENT_HIGHLIGHT}) { background-color: Highlight; color: HighlightText; text-decoration: underline overline solid HighlightText; }
  ::highlight(${MINE_HIGHLIGHT}) { background-color: Canvas; color: CanvasText; text-decoration: underline double CanvasText; }
}
`,
    scope,
  );
}

/** Every `::highlight()` rule of `css` on `scope` (a selector; '' for every element). */
function scoped(css: string, scope: string): string {
  return scope ? css.replaceAll('::highlight(', `${scope}::highlight(`) : css;
}

/**
 * The selector a document's `::highlight()` rules sit on. Adopted after the
 * page is styled, `::highlight()` (every element) makes the browser restyle
 * every element of the page, and adds about 25% to every later style
 * recalculation; `:root::highlight()` costs neither (measured in Chromium by
 * `npm run bench`: 2 MB page, +40 ms per full recalculation and none).
 * It needs highlight inheritance (CSS Highlight Pseudos: an element's
 * highlight style comes from its parent's), which Chromium has and Gecko
 * (ESR 153) has not: there `:root::highlight()` paints nothing (checked by
 * screenshot), so Gecko, recognised by a selector only it parses, keeps the
 * universal rule. Shadow roots have no `:root`: they always get the universal rule.
 */
export function documentHighlightScope(): string {
  const geckoOnly = typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('selector(::-moz-selection)');
  return geckoOnly ? '' : ':root';
}

/** The pointer shape over a clickable term; toggled in its own tiny sheet. */
export const POINTER_CSS = ':hover:not(:has(:hover)) { cursor: pointer !important; }';
