/**
 * Sections for the "first mention per section" density: a heading starts one,
 * and so does a post-like container (an article, a section, a comment). A
 * section is named by the element that started it, so the first walk of a
 * page and a later mutation agree on where a text node belongs.
 */
const CONTAINER_TAGS = new Set(['article', 'section', 'main', 'aside', 'blockquote']);
const CONTAINER_ROLES = new Set(['article', 'comment', 'region', 'main', 'feed']);
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** How far back a late-added node looks for its heading before settling for its container. */
const LOOK_BACK = 400;

export function isHeading(element: Element): boolean {
  return HEADING_TAGS.has(element.localName) || element.getAttribute('role') === 'heading';
}

export function isSectionContainer(element: Element): boolean {
  if (CONTAINER_TAGS.has(element.localName)) return true;
  const role = element.getAttribute('role');
  return role !== null && CONTAINER_ROLES.has(role);
}

export function startsSection(element: Element): boolean {
  return isHeading(element) || isSectionContainer(element);
}

/**
 * The element that started the section `node` is in: the nearest heading
 * before it, unless a post-like container that holds `node` starts later, or
 * the root of its tree (document body or shadow root) when there is neither.
 * Walks back at most LOOK_BACK nodes, so a late addition to a long page with
 * no headings stays cheap.
 */
export function sectionOf(node: Node): Node {
  const root = node.getRootNode();
  const doc = node.ownerDocument;
  const top: Node = root.nodeType === Node.DOCUMENT_NODE ? ((root as Document).body ?? root) : root;
  if (!doc) return top;
  const walker = doc.createTreeWalker(top, NodeFilter.SHOW_ELEMENT);
  walker.currentNode = node;
  for (let steps = 0; steps < LOOK_BACK; steps++) {
    const previous = walker.previousNode() as Element | null;
    if (!previous) return top;
    // previousNode visits ancestors too: a container that holds the node starts its section.
    if (isHeading(previous)) return previous;
    if (isSectionContainer(previous) && previous.contains(node)) return previous;
  }
  const parent = node.parentElement;
  return parent?.closest('article,section,main,aside,blockquote,[role="article"],[role="comment"],[role="region"]') ?? top;
}
