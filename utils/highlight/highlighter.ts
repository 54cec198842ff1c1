import Mark from 'mark.js';
import type { TermMatcher } from '../../glossary/matcher';

export const MARK_CLASS = 'dmg-term';
export const TERM_ATTRIBUTE = 'data-dmg-term';
export const MARK_SELECTOR = `mark[${TERM_ATTRIBUTE}]`;
const CONTEXTS_PER_CALL = 64;

/** Makes a fresh mark an accessible, focusable trigger for its entry's popover (the documented contract). */
function decorate(mark: Element, entryId: string): void {
  mark.setAttribute(TERM_ATTRIBUTE, entryId);
  mark.setAttribute('tabindex', '0');
  mark.setAttribute('role', 'button');
  mark.setAttribute('aria-haspopup', 'dialog');
  mark.setAttribute('aria-expanded', 'false');
}

/**
 * Wraps every glossary term in the given text nodes in a `mark`, with the
 * matcher's one combined pattern. The caller (TextWalker) has already ruled
 * out excluded places, so every node here may be highlighted. Returns how
 * many marks were added.
 */
export function highlightTerms(textNodes: readonly Text[], matcher: TermMatcher, pattern = matcher.createPattern()): number {
  let added = 0;
  let pendingId: string | undefined;
  const options: Mark.MarkRegExpOptions = {
    element: 'mark',
    className: MARK_CLASS,
    filter: (textNode, matched) => {
      // mark.js hands over only the matched string; the pattern is ours and
      // global, so lastIndex tells where in the text node it ended.
      const end = pattern.lastIndex;
      pendingId = matcher.accept(textNode.textContent ?? '', end - matched.length, end);
      return pendingId !== undefined;
    },
    each: (mark) => {
      decorate(mark, pendingId!);
      added++;
    },
  };
  // mark.js takes the nodes as its contexts, so it visits exactly these; it
  // compares every context with every other, hence small chunks.
  for (let i = 0; i < textNodes.length; i += CONTEXTS_PER_CALL) {
    const chunk = textNodes.slice(i, i + CONTEXTS_PER_CALL).filter((node) => node.isConnected);
    if (chunk.length === 0) continue;
    pattern.lastIndex = 0;
    new Mark(chunk as unknown as HTMLElement[]).markRegExp(pattern, options);
  }
  return added;
}

/** Removes every highlight under `root` and merges the split text back, leaving the DOM as it was. */
export function removeHighlights(root: ParentNode): void {
  new Mark(root as HTMLElement).unmark({ element: 'mark', className: MARK_CLASS });
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
