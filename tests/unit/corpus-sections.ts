import { decodePage, visibleTextRuns } from './corpus-text';

/**
 * A saved page as the page engine sees it for medical context: sections (a
 * heading or a post-like container starts one, as utils/highlight/sections.ts
 * says), each a list of blocks of prose (a paragraph, a list item, a cell,
 * the text between two block tags), each block its text as textContent would
 * give it. Tags are split on, not parsed (see corpus-text.ts for why).
 */
export interface PageSections {
  /** The title and the first h1, which tell whether the whole page is about medicine. */
  readonly title: string;
  readonly sections: readonly (readonly string[])[];
}

const HIDDEN_BLOCK = /<(script|style|noscript|template|textarea|title|svg|math|iframe|object|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const SECTION_START = /<(?:h[1-6]|article|section|main|aside|blockquote)\b[^>]*>/gi;
const BLOCK_TAG = /<\/?(?:p|li|ul|ol|dl|td|th|tr|table|dd|dt|div|figcaption|caption|summary|label|br|hr|h[1-6]|article|section|main|aside|blockquote|header|footer|nav|form|pre)\b[^>]*>/gi;
const FIRST_H1 = /<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/i;
const TITLE = /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i;

const textOf = (html: string) => visibleTextRuns(html).join('');

export function pageSections(bytes: Uint8Array): PageSections {
  const html = decodePage(bytes);
  const title = [TITLE.exec(html)?.[1] ?? '', FIRST_H1.exec(html)?.[1] ?? ''].map((part) => textOf(part.replace(HIDDEN_BLOCK, ' '))).join('\n');
  const body = html.replace(/<!--[\s\S]*?-->/g, ' ').replace(HIDDEN_BLOCK, ' ');
  const sections = body
    .split(SECTION_START)
    .map((section) => section.split(BLOCK_TAG).map(textOf).filter((block) => block.trim() !== ''))
    .filter((blocks) => blocks.length > 0);
  return { title, sections };
}
