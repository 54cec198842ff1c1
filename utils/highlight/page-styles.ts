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
 * `line` the dotted underline. On amber and yellow call-out boxes a light fill
 * all but vanishes (1.3:1 against #ffc107, UX review m17), so the line is what
 * marks the term there: 2 px thick, and dark enough for 3:1 against the fill and
 * against an amber box (tests/unit/highlight-contrast.test.ts).
 */
export const PALETTE: Record<HighlightColour, { mark: string; strong: string; line: string }> = {
  amber: { mark: '#ffe58f', strong: '#ffc400', line: '#7a4f00' },
  blue: { mark: '#cfe5ff', strong: '#8cc4ff', line: '#1a5fb4' },
  green: { mark: '#c8f2d2', strong: '#7ddc95', line: '#17692e' },
  pink: { mark: '#ffd6ea', strong: '#ff9dcb', line: '#a8286a' },
};
/** The resting term's line: 2 px, so it still reads on a box as warm as the fill (m17). */
const THICK = 'text-decoration-thickness: 2px;';

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
 * own pairs are used: Mark for terms and the card's mention, Highlight for the
 * one under the pointer; "my medicines" are the one term left unfilled there,
 * with a double underline (inverting the page's pair was too close to Mark in
 * some themes). Chromium (156) paints every custom highlight with the
 * selection's pair in forced colours, whatever the rule names (measured: Mark
 * came out as Highlight, rgba(0, 230, 255, 0.8) in its dark theme), so there
 * the lines alone tell a term from a selected word (a 3 px dotted underline)
 * and the card's mention from both (a double underline) (m13).
 */
export function highlightCss({ style, colour }: HighlightLook, scope = ''): string {
  const { mark, strong, line } = PALETTE[colour];
  const quiet = style === 'hover';
  const plain = quiet
    ? ''
    : style === 'background'
      ? `background-color: ${mark}; color: ${INK}; text-decoration: underline dotted ${line}; ${THICK}`
      : `text-decoration: underline dotted ${line}; ${THICK}`;
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
  ::highlight(${PLAIN_HIGHLIGHT}) { text-decoration: underline dotted ${line}; ${THICK} }
  ::highlight(${CONTROL_HIGHLIGHT}) { text-decoration: underline double ${line}; }
}`
    : '';
  const emphasis = `background-color: ${strong}; color: ${INK}; text-decoration: underline solid ${INK};`;
  // In forced colours, the card's own mention has a double line, unlike a term's dots, the pointer's
  // single line and a selection's none (an overline is not drawn on a highlight in either browser) (m13).
  // Kept out of the CSS text below, where a comment would ship in the content script.
  return scoped(
    `
::highlight(${PLAIN_HIGHLIGHT}) { ${plain} }
::highlight(${CONTROL_HIGHLIGHT}) { ${control} }
::highlight(${HOVER_HIGHLIGHT}) { ${emphasis} }
::highlight(${CURRENT_HIGHLIGHT}) { ${emphasis} }
::highlight(${MINE_HIGHLIGHT}) { background-color: ${MINE_LOOK.mark}; color: ${MINE_LOOK.ink}; text-decoration: underline solid ${MINE_LOOK.ink}; }${touch}
@media (forced-colors: active) {
  ::highlight(${PLAIN_HIGHLIGHT}) { ${quiet ? '' : 'background-color: Mark; color: MarkText; text-decoration: underline dotted MarkText; text-decoration-thickness: 3px;'} }
  ::highlight(${CONTROL_HIGHLIGHT}) { ${quiet ? '' : 'text-decoration: underline dotted LinkText; text-decoration-thickness: 3px;'} }
  ::highlight(${HOVER_HIGHLIGHT}) { background-color: Highlight; color: HighlightText; text-decoration: underline solid HighlightText; ${THICK} }
  ::highlight(${CURRENT_HIGHLIGHT}) { background-color: Mark; color: MarkText; text-decoration: underline double MarkText; ${THICK} }
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

/**
 * The pointer shape over a clickable term: a rule for the element that holds the term's text, by
 * its id, else its tag, in a sheet the painter adopts while the pointer is on the term and drops
 * when it leaves. The rule is keyed so the browser restyles only what it can match: a universal
 * `:hover:not(:has(:hover))` rule, switched on and off in an adopted sheet, made both browsers
 * restyle every element at each hover (on the 2 MB bench page 258-305 ms in Chromium and
 * 221-392 ms in Firefox); adopting a keyed one costs 17-36 ms there, and dropping it 8-34 ms
 * (scripts/spikes/firefox-sheet-restyle.ts, medians of 3-5 rounds). While the pointer is on the term's
 * text, the element that holds it is the innermost one hovered, whose cursor is the one shown.
 */
export function pointerCss(holder: Pick<Element, 'id' | 'localName'>): string {
  const key = holder.id ? `#${CSS.escape(holder.id)}` : CSS.escape(holder.localName);
  return `${key}:hover { cursor: pointer !important; }`;
}
