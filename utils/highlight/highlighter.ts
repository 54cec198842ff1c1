import Mark from 'mark.js';
import type { TermMatcher } from '../../glossary/matcher';
import { createExclusionCheck, EXCLUDED_PARENTS } from './exclusions';

export const MARK_CLASS = 'dmg-term';
export const TERM_ATTRIBUTE = 'data-dmg-term';
export const MARK_SELECTOR = `mark[${TERM_ATTRIBUTE}]`;

/** Makes a fresh mark an accessible, focusable trigger for its entry's popover (the documented contract). */
function decorate(mark: Element, entryId: string): void {
  mark.setAttribute(TERM_ATTRIBUTE, entryId);
  mark.setAttribute('tabindex', '0');
  mark.setAttribute('role', 'button');
  mark.setAttribute('aria-haspopup', 'dialog');
  mark.setAttribute('aria-expanded', 'false');
}

/**
 * Wraps every glossary term under `root` in a `mark`, in one walk with the
 * matcher's combined pattern. Returns how many marks were added.
 */
export function highlightTerms(root: HTMLElement, matcher: TermMatcher): number {
  const pattern = matcher.createPattern();
  const isAllowed = createExclusionCheck();
  let added = 0;
  let pendingId: string | undefined;
  new Mark(root).markRegExp(pattern, {
    element: 'mark',
    className: MARK_CLASS,
    exclude: EXCLUDED_PARENTS,
    filter: (textNode, matched) => {
      // mark.js hands over only the matched string; the pattern is ours and
      // global, so lastIndex tells where in the text node it ended.
      const text = textNode.textContent ?? '';
      const end = pattern.lastIndex;
      const start = end - matched.length;
      pendingId = isAllowed(textNode.parentElement) ? matcher.accept(text, start, end) : undefined;
      return pendingId !== undefined;
    },
    each: (mark) => {
      decorate(mark, pendingId!);
      added++;
    },
  });
  return added;
}

/** Removes every highlight under `root` and merges the split text back, leaving the DOM as it was. */
export function removeHighlights(root: HTMLElement): void {
  new Mark(root).unmark({ element: 'mark', className: MARK_CLASS });
}

/** How many times each entry is highlighted under `root`, for the popup's "On this page". */
export function countHighlights(root: ParentNode): Map<string, number> {
  const counts = new Map<string, number>();
  for (const mark of root.querySelectorAll(MARK_SELECTOR)) {
    const id = mark.getAttribute(TERM_ATTRIBUTE)!;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
