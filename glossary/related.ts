import { getEntry, type GlossaryEntry } from './index.ts';

/** The related entries of `entry` that exist, with their display names. */
export function relatedNames(entry: GlossaryEntry): Array<{ id: string; name: string }> {
  return entry.related.flatMap((id) => {
    const related = getEntry(id);
    return related ? [{ id, name: related.name }] : [];
  });
}
