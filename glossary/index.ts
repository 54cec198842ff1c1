import { allEntries } from './entries';
import { TermMatcher } from './matcher';
import type { GlossaryEntry } from './types';

export type { GlossaryEntry } from './types';

/** Every entry. The build validates them (wxt.config.ts), so runtime code trusts the shape. */
export const glossary: readonly GlossaryEntry[] = allEntries;

const byId = new Map(glossary.map((entry) => [entry.id, entry]));

export function getEntry(id: string): GlossaryEntry | undefined {
  return byId.get(id);
}

let matcher: TermMatcher | undefined;

/** The one compiled pattern for all names, shared by the highlighter and the search. */
export function getMatcher(): TermMatcher {
  matcher ??= new TermMatcher(glossary);
  return matcher;
}
