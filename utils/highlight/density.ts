/**
 * How often a term is painted. Pure: the store asks it which mentions share a
 * slot, and the first mention of a slot in document order is the one painted.
 */
import type { Density } from '../settings/schema';

// One list of densities: the settings schema's, which the options page and the migration use too.
export type { Density };

export interface SlotInput {
  entryId: string;
  /** Numeric id of the element that started the mention's section. */
  sectionId: number;
  /** Unique per mention, for "every mention". */
  mentionId: number;
  /** Inside a link or another page control. */
  control?: boolean;
}

/**
 * The slot a mention competes for. "section": first of each term per
 * section, except the page's own topic (a page about dermatomyositis), whose
 * name would otherwise be painted in every section: it gets one slot for the
 * whole page. "page": first on the page. "every": each mention its own slot.
 * Mentions in links compete only with each other: a tap on a link follows it,
 * so a linked first mention must not keep the plain mention after it (the one
 * a touch reader can tap) from being painted.
 */
export function slotKey(density: Density, mention: SlotInput, topics: ReadonlySet<string>): string {
  if (density === 'every') return `m${mention.mentionId}`;
  const kind = mention.control ? 'link:' : '';
  if (density === 'page' || topics.has(mention.entryId)) return `${kind}${mention.entryId}`;
  return `${kind}${mention.entryId}@${mention.sectionId}`;
}

/** Entries named in the page's title or its first main heading: what the page is about. */
export function topicEntries(texts: readonly string[], find: (text: string) => readonly { entryId: string }[]): Set<string> {
  const topics = new Set<string>();
  for (const text of texts) for (const match of find(text)) topics.add(match.entryId);
  return topics;
}
