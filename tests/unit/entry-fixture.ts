import type { Alias, GlossaryEntry } from '../../glossary/types';

/** A minimal valid entry; tests override only what they are about. */
export function entry(id: string, name: string, aliases: Alias[] = [], extra: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return {
    id,
    name,
    category: 'medicine',
    aliases,
    summary: `${name} is a test entry.`,
    sections: {},
    related: [],
    sources: [{ publisher: 'Test', title: 'Test source', url: 'https://medlineplus.gov/' }],
    reviewed: '2026-01-01',
    ...extra,
  };
}
