/**
 * Which glossary terms each page of a PDF names, from its text content
 * (pdf.js's text items), before the page is drawn: the side panel's "In this
 * document" and Previous / Next across pages need every page, while only the
 * pages scrolled to are rendered. Each item is matched on its own, exactly
 * as its span is in the text layer, so the counts here and the painted
 * mentions there always agree.
 */
export interface TermHit {
  entryId: string;
}

export type FindTerms = (text: string) => readonly TermHit[];

/** One page's mentions, in reading order: the entry ids, repeated as often as named. */
export function pageMentions(items: readonly string[], find: FindTerms): string[] {
  const found: string[] = [];
  for (const item of items) if (item.length >= 2) for (const hit of find(item)) found.push(hit.entryId);
  return found;
}

export interface TermPlace {
  /** 1-based page number. */
  page: number;
  /** Which mention of the term on that page, from 0. */
  ordinal: number;
}

/** Every page's mentions, indexed by term. */
export class DocumentTerms {
  private readonly pages = new Map<number, string[]>();

  setPage(page: number, mentions: readonly string[]): void {
    this.pages.set(page, [...mentions]);
  }

  get pagesRead(): number {
    return this.pages.size;
  }

  /** Each term on `page` with its count, most named first, then by id for a stable order. */
  onPage(page: number): Array<{ entryId: string; count: number }> {
    return sortCounts(countOf(this.pages.get(page) ?? []));
  }

  /** Each term in the document with its count, most named first. */
  inDocument(): Array<{ entryId: string; count: number }> {
    const all: string[] = [];
    for (const page of [...this.pages.keys()].sort((a, b) => a - b)) all.push(...this.pages.get(page)!);
    return sortCounts(countOf(all));
  }

  /** Where a term is named, in document order (Previous / Next across pages). */
  placesOf(entryId: string): TermPlace[] {
    const places: TermPlace[] = [];
    for (const page of [...this.pages.keys()].sort((a, b) => a - b)) {
      let ordinal = 0;
      for (const id of this.pages.get(page)!) if (id === entryId) places.push({ page, ordinal: ordinal++ });
    }
    return places;
  }
}

function countOf(ids: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

function sortCounts(counts: Map<string, number>): Array<{ entryId: string; count: number }> {
  return [...counts]
    .map(([entryId, count]) => ({ entryId, count }))
    .sort((a, b) => b.count - a.count || (a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0));
}
