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

const EXCLUDED_TAGS = new Set([
  'input', 'textarea', 'select', 'option', 'button', 'a', 'label', 'script', 'style', 'noscript',
  'template', 'code', 'pre', 'kbd', 'samp', 'var', 'svg', 'math', 'iframe', 'object', 'embed',
  'canvas', 'head', 'title', 'dmg-popover', 'mark',
]);
const EXCLUDED_ROLES = new Set(['textbox', 'button', 'link', 'menu', 'menuitem', 'tab', 'combobox', 'listbox', 'option', 'switch', 'slider']);
const EDITOR_CLASSES = ['ProseMirror', 'CodeMirror', 'cm-editor', 'monaco-editor', 'ace_editor'];

/**
 * The same rules as EXCLUDED_SELECTOR for one element on its own (not its
 * ancestors), without selector matching: the walker asks this of every
 * element of the page, so it must cost next to nothing for a plain `div`.
 * (Every `mark` is skipped, not only ours: a page's own marks are its UI.)
 */
export function isExcludedElement(element: Element): boolean {
  if (EXCLUDED_TAGS.has(element.localName)) return true;
  if (!element.hasAttributes()) return false;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = element.getAttribute('role');
  if (role !== null && EXCLUDED_ROLES.has(role)) return true;
  if (element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden')) return true;
  const classes = element.classList;
  return classes.length > 0 && EDITOR_CLASSES.some((name) => classes.contains(name));
}
