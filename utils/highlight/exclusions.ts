/**
 * Where highlights must never appear. Editing a form, reading code, using a
 * page's own controls or an assistive-tech-hidden region must behave exactly
 * as without the extension; links and buttons are excluded so a term never
 * nests one interactive element inside another or hijacks a click. Every
 * `mark` is skipped, not only ours: a page's own marks are part of its UI.
 */
const EXCLUDED_TAGS = [
  'input', 'textarea', 'select', 'option', 'button', 'a', 'label',
  'script', 'style', 'noscript', 'template', 'code', 'pre', 'kbd', 'samp', 'var',
  'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'head', 'title',
  'mark', 'dmg-popover',
];
const EXCLUDED_ROLES = ['textbox', 'button', 'link', 'menu', 'menuitem', 'tab', 'combobox', 'listbox', 'option', 'switch', 'slider'];
/** Editors that mark their root rather than their text. */
const EDITOR_CLASSES = ['ProseMirror', 'CodeMirror', 'cm-editor', 'monaco-editor', 'ace_editor'];

/** The rules as one selector, for `closest()` checks on an element's ancestors. */
export const EXCLUDED_SELECTOR = [
  ...EXCLUDED_TAGS,
  '[contenteditable]:not([contenteditable="false"])',
  ...EXCLUDED_ROLES.map((role) => `[role="${role}"]`),
  '[aria-hidden="true"]',
  '[hidden]',
  ...EDITOR_CLASSES.map((name) => `.${name}`),
].join(',');

const TAG_SET = new Set(EXCLUDED_TAGS);
const ROLE_SET = new Set(EXCLUDED_ROLES);

/**
 * The same rules for one element on its own (not its ancestors), without
 * selector matching: the walker asks this of every element of the page, so it
 * must cost next to nothing for a plain `div`.
 */
export function isExcludedElement(element: Element): boolean {
  if (TAG_SET.has(element.localName)) return true;
  if (!element.hasAttributes()) return false;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = element.getAttribute('role');
  if (role !== null && ROLE_SET.has(role)) return true;
  if (element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden')) return true;
  const classes = element.classList;
  return classes.length > 0 && EDITOR_CLASSES.some((name) => classes.contains(name));
}
