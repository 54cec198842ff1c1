import type { HighlightColour, HighlightStyle } from '../settings/schema';
import { MARK_CLASS, TERM_ATTRIBUTE } from './highlighter';
import { FLASH_ATTRIBUTE } from './reveal';

export interface HighlightLook {
  style: HighlightStyle;
  colour: HighlightColour;
}

/** Translucent tints read on light and dark pages alike, since the page's own colours show through. */
const TINTS: Record<HighlightColour, { rgb: string; flash: string }> = {
  amber: { rgb: '255, 196, 0', flash: 'rgba(255, 160, 0, 0.85)' },
  blue: { rgb: '64, 156, 255', flash: 'rgba(64, 156, 255, 0.8)' },
  green: { rgb: '52, 199, 89', flash: 'rgba(52, 199, 89, 0.8)' },
  pink: { rgb: '255, 105, 180', flash: 'rgba(255, 105, 180, 0.8)' },
};

const MARK = `mark.${MARK_CLASS}[${TERM_ATTRIBUTE}][${TERM_ATTRIBUTE}]`;

/**
 * The only page-level CSS we add. `all: unset` makes the mark inherit the
 * page's font and colour and stay inline even against hostile rules such as
 * `mark { display: block }`; nothing here takes space (no padding, border or
 * margin), so highlighting never moves a line. The doubled attribute raises
 * specificity above page rules like `* { all: unset !important }`.
 */
export function highlightCss({ style, colour }: HighlightLook): string {
  const { rgb, flash } = TINTS[colour];
  const rest = style === 'background' ? `rgba(${rgb}, 0.22)` : 'transparent';
  const underline = style === 'hover' ? 'none' : 'underline';
  return `
${MARK} {
  all: unset !important;
  display: inline !important;
  background-color: ${rest} !important;
  text-decoration-line: ${underline} !important;
  text-decoration-style: dotted !important;
  text-decoration-thickness: 0.09em !important;
  text-decoration-color: ${style === 'underline' ? `rgb(${rgb})` : 'currentColor'} !important;
  text-underline-offset: 0.18em !important;
  border-radius: 0.15em !important;
  cursor: help !important;
}
${MARK}:hover, ${MARK}:focus-visible {
  background-color: rgba(${rgb}, 0.4) !important;
  text-decoration-line: underline !important;
}
${MARK}:focus-visible {
  outline: 2px solid #1a73e8 !important;
  outline-offset: 1px !important;
}
${MARK}[aria-expanded="true"] {
  background-color: rgba(${rgb}, 0.45) !important;
}
${MARK}[${FLASH_ATTRIBUTE}] {
  animation: dmg-flash 0.4s ease-in-out 4 alternate !important;
}
@keyframes dmg-flash {
  to { background-color: ${flash}; }
}
@media (prefers-reduced-motion: reduce) {
  ${MARK}[${FLASH_ATTRIBUTE}] {
    animation: none !important;
    outline: 3px solid ${flash} !important;
  }
}
`;
}

export interface InstalledStyles {
  setLook(look: HighlightLook): void;
  remove(): void;
}

/** Adds the highlight stylesheet to a document or a shadow root. */
export function installHighlightStyles(target: Document | ShadowRoot, look: HighlightLook): InstalledStyles {
  const doc = target.ownerDocument ?? (target as Document);
  const style = doc.createElement('style');
  style.setAttribute('data-dmg-styles', '');
  style.textContent = highlightCss(look);
  // A page rule like `* { all: unset }` would otherwise display this element's
  // CSS as text and push the page down. Set through CSSOM, so page CSPs allow it.
  style.style.setProperty('display', 'none', 'important');
  if (target.nodeType === Node.DOCUMENT_NODE) (doc.head ?? doc.documentElement).append(style);
  else target.append(style);
  return {
    setLook: (next) => {
      style.textContent = highlightCss(next);
    },
    remove: () => style.remove(),
  };
}
