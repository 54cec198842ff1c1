/**
 * Where terms are never painted, and where a painted term belongs to a page
 * control. Painting changes nothing in the DOM, so the rules are about what a
 * reader expects: editing a form, reading code, or an assistive-tech-hidden
 * region shows nothing of ours; headings, navigation, tables of contents and
 * reference lists stay quiet because a term there is a label, not prose.
 */
const SKIPPED_TAGS = [
  'input', 'textarea', 'select', 'option', 'datalist',
  'script', 'style', 'noscript', 'template', 'code', 'pre', 'kbd', 'samp', 'var',
  'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'head', 'title',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'nav',
  // The page's own marks are part of its UI (search results, its own highlights).
  'mark',
];
const SKIPPED_ROLES = [
  'textbox', 'searchbox', 'combobox', 'listbox', 'option', 'slider', 'spinbutton',
  'heading', 'navigation', 'doc-toc', 'doc-bibliography', 'doc-endnotes', 'directory',
];
/** Editors that mark their root rather than their text, and common TOC/reference/navbox containers. */
const SKIPPED_CLASSES = [
  'ProseMirror', 'CodeMirror', 'cm-editor', 'monaco-editor', 'ace_editor',
  'toc', 'references', 'reflist', 'mw-references-wrap', 'navbox', 'catlinks', 'mw-editsection',
];

/** The rules as one selector, for `closest()` checks on a batch root's ancestors. */
export const SKIPPED_SELECTOR = [
  ...SKIPPED_TAGS,
  '[contenteditable]:not([contenteditable="false"])',
  ...SKIPPED_ROLES.map((role) => `[role="${role}"]`),
  '[aria-hidden="true"]',
  '[hidden]',
  ...SKIPPED_CLASSES.map((name) => `.${name}`),
].join(',');

const TAG_SET = new Set(SKIPPED_TAGS);
const ROLE_SET = new Set(SKIPPED_ROLES);

/**
 * The same rules for one element on its own (not its ancestors), without
 * selector matching: the walker asks this of every element of the page, so it
 * must cost next to nothing for a plain `div`.
 */
export function isSkippedElement(element: Element): boolean {
  if (TAG_SET.has(element.localName)) return true;
  if (!element.hasAttributes()) return false;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = element.getAttribute('role');
  if (role !== null && ROLE_SET.has(role)) return true;
  if (element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden')) return true;
  // The class attribute, not classList: reading classList gives the element a DOMTokenList (and
  // Blink's rare data) for as long as it lives, which for every element of a 2 MB page was 380 KB
  // of heap the page kept for nothing (issue #22, heap snapshot).
  const classes = element.getAttribute('class');
  return classes !== null && SKIPPED_CLASSES.some((name) => hasClass(classes, name));
}

/** Whether a class attribute's value holds `name` as one of its whitespace-separated tokens. */
export function hasClass(value: string, name: string): boolean {
  for (let at = value.indexOf(name); at !== -1; at = value.indexOf(name, at + 1)) {
    const end = at + name.length;
    if ((at === 0 || isSpace(value.charCodeAt(at - 1))) && (end === value.length || isSpace(value.charCodeAt(end)))) return true;
  }
  return false;
}

// ASCII whitespace, as the DOM splits class names: space, tab, line feed, form feed, carriage return.
const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 12 || code === 13;

/**
 * Page controls: a term inside one is painted in the quieter link style, and a
 * click on it does exactly what the page does (the link is followed).
 */
export const CONTROL_SELECTOR = [
  'a[href]', 'button', 'label', 'summary', 'area',
  '[role="button"]', '[role="link"]', '[role="tab"]', '[role="menuitem"]', '[role="switch"]',
  '[role="checkbox"]', '[role="radio"]', '[role="treeitem"]', '[onclick]',
].join(',');

/** The page control a text node sits in, if any. */
export function controlOf(node: Node): Element | null {
  const parent = node.parentElement;
  return parent ? parent.closest(CONTROL_SELECTOR) : null;
}
