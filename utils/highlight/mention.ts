/** One place on the page where a glossary term is named. */
export interface Mention {
  readonly id: number;
  readonly node: Text;
  readonly start: number;
  readonly end: number;
  readonly entryId: string;
  /** Inside a link or another page control: painted quieter, and a click belongs to the page. */
  readonly control: boolean;
  /** What it competes with for painting (see density.ts). */
  readonly slot: string;
  /** Static, not live: a live Range costs the page on every DOM change, and changed nodes are re-scanned anyway. */
  readonly range: StaticRange;
  painted: boolean;
}

/** Whether `a` comes before `b` in document order. */
export function precedes(a: Mention, b: Mention): boolean {
  if (a.node === b.node) return a.start < b.start;
  return (a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

export function inDocumentOrder(mentions: Mention[]): Mention[] {
  return mentions.sort((a, b) => (a === b ? 0 : precedes(a, b) ? -1 : 1));
}
