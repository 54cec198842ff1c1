import { MARK_SELECTOR, TERM_ATTRIBUTE } from './highlighter';

export const FLASH_ATTRIBUTE = 'data-dmg-flash';
const FLASH_MS = 1600;

/**
 * Scrolls the first highlight of `entryId` into view, flashes it and gives it
 * focus, for the popup's "On this page" list. Returns whether one was found.
 */
export function revealFirst(doc: Document, entryId: string): boolean {
  const mark = [...doc.querySelectorAll<HTMLElement>(MARK_SELECTOR)].find((m) => m.getAttribute(TERM_ATTRIBUTE) === entryId);
  if (!mark) return false;
  const smooth = !doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches;
  mark.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  mark.focus({ preventScroll: true });
  mark.setAttribute(FLASH_ATTRIBUTE, '');
  setTimeout(() => mark.removeAttribute(FLASH_ATTRIBUTE), FLASH_MS);
  return true;
}
