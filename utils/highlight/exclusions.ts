/**
 * Where highlights must never appear. Editing a form, reading code, using a
 * page's own controls or an assistive-tech-hidden region must behave exactly
 * as without the extension; links and buttons are excluded so a term never
 * nests one interactive element inside another or hijacks a click.
 */
export const EXCLUDED_SELECTOR = [
  'input',
  'textarea',
  'select',
  'option',
  'button',
  'a',
  'label',
  '[contenteditable]:not([contenteditable="false"])',
  '[role="textbox"]',
  '[role="button"]',
  '[role="link"]',
  '[role="menu"]',
  '[role="menuitem"]',
  '[role="tab"]',
  '[role="combobox"]',
  '[role="listbox"]',
  '[role="option"]',
  '[role="switch"]',
  '[role="slider"]',
  'script',
  'style',
  'noscript',
  'template',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'head',
  'title',
  '[aria-hidden="true"]',
  '[hidden]',
  // Our own output: existing highlights and the popover.
  'mark[data-dmg-term]',
  'dmg-popover',
  // Editors that mark their root rather than their text.
  '.ProseMirror',
  '.CodeMirror',
  '.cm-editor',
  '.monaco-editor',
  '.ace_editor',
].join(',');

/** Cheap parent-only rejections mark.js can apply before running the pattern. */
export const EXCLUDED_PARENTS = ['script', 'style', 'noscript', 'template', 'textarea', 'code', 'pre', 'mark[data-dmg-term]'];

/**
 * Whether text directly inside `element` may be highlighted. Results are
 * cached per element for one pass, because a paragraph's text nodes share
 * ancestors and `closest` walks to the root each time.
 */
export function createExclusionCheck(): (element: Element | null) => boolean {
  const cache = new WeakMap<Element, boolean>();
  return (element) => {
    if (!element) return false;
    let allowed = cache.get(element);
    if (allowed === undefined) {
      allowed = !element.closest(EXCLUDED_SELECTOR) && !(element as HTMLElement).isContentEditable;
      cache.set(element, allowed);
    }
    return allowed;
  };
}
