import { MARK_CLASS, TERM_ATTRIBUTE } from './highlighter';
import { FLASH_ATTRIBUTE } from './reveal';

/**
 * The only page-level CSS we add. `all: unset` makes the mark inherit the
 * page's font and colour and stay inline even against hostile rules such as
 * `mark { display: block }`; nothing here takes space (no padding, border or
 * margin), so highlighting never moves a line. The doubled attribute raises
 * specificity above page rules like `* { all: unset !important }`.
 */
const CSS = `
mark.${MARK_CLASS}[${TERM_ATTRIBUTE}][${TERM_ATTRIBUTE}] {
  all: unset !important;
  display: inline !important;
  background-color: rgba(255, 196, 0, 0.22) !important;
  text-decoration-line: underline !important;
  text-decoration-style: dotted !important;
  text-decoration-thickness: 0.09em !important;
  text-decoration-color: currentColor !important;
  text-underline-offset: 0.18em !important;
  border-radius: 0.15em !important;
  cursor: help !important;
}
mark.${MARK_CLASS}[${TERM_ATTRIBUTE}][${TERM_ATTRIBUTE}]:hover {
  background-color: rgba(255, 196, 0, 0.4) !important;
}
mark.${MARK_CLASS}[${TERM_ATTRIBUTE}][${TERM_ATTRIBUTE}]:focus-visible {
  outline: 2px solid #1a73e8 !important;
  outline-offset: 1px !important;
}
mark.${MARK_CLASS}[${TERM_ATTRIBUTE}][${TERM_ATTRIBUTE}][aria-expanded="true"] {
  background-color: rgba(255, 196, 0, 0.45) !important;
}
mark.${MARK_CLASS}[${TERM_ATTRIBUTE}][${TERM_ATTRIBUTE}][${FLASH_ATTRIBUTE}] {
  animation: dmg-flash 0.4s ease-in-out 4 alternate !important;
}
@keyframes dmg-flash {
  to { background-color: rgba(255, 160, 0, 0.85); }
}
@media (prefers-reduced-motion: reduce) {
  mark.${MARK_CLASS}[${TERM_ATTRIBUTE}][${TERM_ATTRIBUTE}][${FLASH_ATTRIBUTE}] {
    animation: none !important;
    outline: 3px solid rgb(255, 160, 0) !important;
  }
}
`;

/** Adds the highlight stylesheet to a document or a shadow root; returns a function that removes it. */
export function installHighlightStyles(target: Document | ShadowRoot): () => void {
  const doc = target.ownerDocument ?? (target as Document);
  const style = doc.createElement('style');
  style.setAttribute('data-dmg-styles', '');
  style.textContent = CSS;
  // A page rule like `* { all: unset }` would otherwise display this element's
  // CSS as text and push the page down. Set through CSSOM, so page CSPs allow it.
  style.style.setProperty('display', 'none', 'important');
  if (target.nodeType === Node.DOCUMENT_NODE) (doc.head ?? doc.documentElement).append(style);
  else target.append(style);
  return () => style.remove();
}
