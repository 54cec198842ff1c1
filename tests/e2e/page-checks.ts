import type { HIGHLIGHT_CONTRACT } from './demo-expectations';

/**
 * Runs in the page (serialised by the browser driver, so it must be
 * self-contained): a summary of what the content script did.
 */
export function inspectHighlights({ contract, untouched }: { contract: typeof HIGHLIGHT_CONTRACT; untouched: readonly string[] }) {
  const marks = [...document.querySelectorAll('mark[data-dmg-term]')];
  const badContract = marks.filter((m) => Object.entries(contract).some(([k, v]) => k !== 'aria-expanded' && m.getAttribute(k) !== v));
  const forbidden = untouched.flatMap((sel) => [...document.querySelectorAll(`${sel} mark[data-dmg-term]`)]).length;
  const nested = document.querySelectorAll('mark[data-dmg-term] mark[data-dmg-term]').length;
  return {
    ids: [...new Set(marks.map((m) => m.getAttribute('data-dmg-term')))].sort(),
    count: marks.length,
    badContract: badContract.length,
    forbidden,
    nested,
    inputValue: (document.querySelector('#med') as HTMLInputElement | null)?.value ?? null,
  };
}


/**
 * Runs in the page: the text of the element that really has focus, looking
 * through shadow roots ("(dialog)" for the popover's dialog itself, whose text
 * is the whole card).
 */
export function focusedText(): string {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active?.getAttribute('role') === 'dialog' ? '(dialog)' : (active?.textContent?.trim() ?? '');
}
