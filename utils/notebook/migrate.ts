/**
 * Version-to-version steps for the stored notebook (pure). The store reads
 * a snapshot of the raw items, asks `planMigration` what to write, writes
 * it, and only then the meta's new version, so a step cut short is simply
 * run again. Old items are never removed: the version-0 item stays where it
 * was, so a downgrade or a fault loses nothing.
 */
import { isEntryId, LEGACY_NOTEBOOK_KEY, NOTEBOOK_KEYS, NOTEBOOK_LIMITS, NOTEBOOK_PARTS, NOTEBOOK_VERSION, type Question } from './schema';
import { readVersion } from './parse';

/** Raw stored values by key (missing keys absent). */
export type StoredSnapshot = Record<string, unknown>;

export interface MigrationPlan {
  /** Items to write before the meta (the parts a step produced). */
  writes: Record<string, unknown>;
  /** The meta to write last, or undefined when it is current (or newer: left alone). */
  meta?: { version: number };
  /** What could not be carried over, in plain words. */
  problems: string[];
  /** Nothing is stored yet: the first write must also write the meta. */
  fresh?: true;
}

export interface MigrationContext {
  now: () => Date;
  newId: () => string;
}

const asObject = (raw: unknown): Record<string, unknown> | undefined =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;

const plural = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

function legacyIds(raw: unknown): { ids: string[]; skipped: number } {
  if (!Array.isArray(raw)) return { ids: [], skipped: raw === undefined ? 0 : 1 };
  const valid = raw.filter(isEntryId);
  // A repeated id carries nothing, so it is not counted as left behind.
  const ids = [...new Set(valid)];
  const kept = ids.slice(0, NOTEBOOK_LIMITS.ids);
  return { ids: kept, skipped: raw.length - valid.length + (ids.length - kept.length) };
}

/**
 * Version 0 → 1: the single `dmg-notebook` item `{ medicines, saved,
 * questions: [{ term, text, done }] }` becomes the per-part items. Entries
 * that cannot be read (or would pass a limit) are left in the old item,
 * which is kept, and counted in a problem.
 */
export function migrateV0ToV1(legacy: unknown, context: MigrationContext): { writes: Record<string, unknown>; problems: string[] } {
  const old = asObject(legacy);
  if (!old) return { writes: {}, problems: legacy === undefined ? [] : ['The notebook from an earlier version could not be read; it is still stored, unchanged.'] };
  const mine = legacyIds(old.medicines);
  const saved = legacyIds(old.saved);
  const created = context.now().toISOString();
  const questions: Question[] = [];
  let skipped = 0;
  for (const raw of Array.isArray(old.questions) ? old.questions : []) {
    const q = asObject(raw);
    const text = typeof q?.text === 'string' ? q.text.trim() : '';
    const term = q?.term ?? null;
    if (!q || text === '' || text.length > NOTEBOOK_LIMITS.questionChars || (term !== null && !isEntryId(term)) || questions.length >= NOTEBOOK_LIMITS.questions) {
      skipped++;
      continue;
    }
    questions.push({ id: context.newId(), termId: term as string | null, text, asked: q.done === true, created });
  }
  if (old.questions !== undefined && !Array.isArray(old.questions)) skipped++;
  const lost = mine.skipped + saved.skipped + skipped;
  return {
    writes: {
      [NOTEBOOK_KEYS.mine]: { ids: mine.ids },
      [NOTEBOOK_KEYS.saved]: { ids: saved.ids },
      [NOTEBOOK_KEYS.questions]: { items: questions },
    },
    problems: lost > 0 ? [`${plural(lost, 'entry', 'entries')} from the notebook of an earlier version could not be moved; the old copy is still stored, unchanged.`] : [],
  };
}

/** Each step takes the snapshot at version N - 1 and returns the items to write for version N. */
const STEPS: Record<number, (snapshot: StoredSnapshot, context: MigrationContext) => { writes: Record<string, unknown>; problems: string[] }> = {
  1: (snapshot, context) => migrateV0ToV1(snapshot[LEGACY_NOTEBOOK_KEY], context),
};

/**
 * What to write to bring a stored notebook to NOTEBOOK_VERSION. With no
 * meta: parts already there mean version 1 whose meta was lost (only the
 * meta is written); else the legacy item means version 0; else it is a new
 * notebook, and nothing is written yet. A newer version is left alone and read as well as it can be.
 */
export function planMigration(snapshot: StoredSnapshot, context: MigrationContext): MigrationPlan {
  let version = readVersion(snapshot[NOTEBOOK_KEYS.meta]);
  if (version === undefined) {
    const hasParts = NOTEBOOK_PARTS.some((part) => snapshot[NOTEBOOK_KEYS[part]] !== undefined);
    // A new (or cleared) notebook writes nothing until it holds something: the store adds the meta to its first write.
    if (!hasParts && snapshot[LEGACY_NOTEBOOK_KEY] === undefined) return { writes: {}, problems: [], fresh: true };
    version = hasParts ? NOTEBOOK_VERSION : 0;
    if (version === NOTEBOOK_VERSION) return { writes: {}, meta: { version }, problems: [] };
  }
  if (version >= NOTEBOOK_VERSION) return { writes: {}, problems: [] };
  let current: StoredSnapshot = { ...snapshot };
  const writes: Record<string, unknown> = {};
  const problems: string[] = [];
  for (let next = version + 1; next <= NOTEBOOK_VERSION; next++) {
    const step = STEPS[next]!(current, context);
    Object.assign(writes, step.writes);
    current = { ...current, ...step.writes };
    problems.push(...step.problems);
  }
  return { writes, meta: { version: NOTEBOOK_VERSION }, problems };
}
