import { describe, expect, it } from 'vitest';
import { migrateV0ToV1, planMigration } from '../../utils/notebook/migrate';
import { LEGACY_NOTEBOOK_KEY, NOTEBOOK_KEYS } from '../../utils/notebook/schema';

const context = () => {
  let n = 0;
  return { now: () => new Date('2026-12-01T09:00:00.000Z'), newId: () => `m${++n}` };
};

describe('notebook migration', () => {
  it('turns the version 0 item into the version 1 parts', () => {
    const { writes, problems } = migrateV0ToV1(
      { medicines: ['methotrexate', 'prednisone', 'methotrexate'], saved: ['ivig'], questions: [{ term: 'methotrexate', text: ' Eye test? ', done: true }, { text: 'General one', done: false }] },
      context(),
    );
    expect(problems).toEqual([]);
    expect(writes).toEqual({
      [NOTEBOOK_KEYS.mine]: { ids: ['methotrexate', 'prednisone'] },
      [NOTEBOOK_KEYS.saved]: { ids: ['ivig'] },
      [NOTEBOOK_KEYS.questions]: {
        items: [
          { id: 'm1', termId: 'methotrexate', text: 'Eye test?', asked: true, created: '2026-12-01T09:00:00.000Z' },
          { id: 'm2', termId: null, text: 'General one', asked: false, created: '2026-12-01T09:00:00.000Z' },
        ],
      },
    });
  });

  it('moves what it can of a damaged version 0 item and says what stayed behind', () => {
    const { writes, problems } = migrateV0ToV1({ medicines: ['ivig', 4], questions: [{ term: 'ivig', text: '' }, { term: 'ivig', text: 'x'.repeat(2001) }, { term: 'ivig', text: 'Fine' }] }, context());
    expect(writes[NOTEBOOK_KEYS.mine]).toEqual({ ids: ['ivig'] });
    expect((writes[NOTEBOOK_KEYS.questions] as { items: unknown[] }).items).toHaveLength(1);
    expect(problems).toEqual(['3 entries from the notebook of an earlier version could not be moved; the old copy is still stored, unchanged.']);
    expect(migrateV0ToV1('garbage', context()).problems[0]).toMatch(/could not be read; it is still stored/);
  });

  it('plans: legacy only → version 0 steps; parts without meta → meta only; current or newer → nothing', () => {
    const legacy = { [LEGACY_NOTEBOOK_KEY]: { medicines: ['ivig'], saved: [], questions: [] } };
    const fromV0 = planMigration(legacy, context());
    expect(fromV0.meta).toEqual({ version: 1 });
    expect(fromV0.writes[NOTEBOOK_KEYS.mine]).toEqual({ ids: ['ivig'] });
    expect(planMigration({ ...legacy, [NOTEBOOK_KEYS.meta]: { version: 0 } }, context()).writes[NOTEBOOK_KEYS.mine]).toEqual({ ids: ['ivig'] });

    const lostMeta = planMigration({ ...legacy, [NOTEBOOK_KEYS.saved]: { ids: ['a'] } }, context());
    expect(lostMeta).toEqual({ writes: {}, meta: { version: 1 }, problems: [] });
    expect(planMigration({}, context())).toEqual({ writes: {}, problems: [], fresh: true });
    expect(planMigration({ ...legacy, [NOTEBOOK_KEYS.meta]: { version: 1 } }, context())).toEqual({ writes: {}, problems: [] });
    // A newer version's notebook is read as it is and its meta left alone.
    expect(planMigration({ [NOTEBOOK_KEYS.meta]: { version: 7 } }, context())).toEqual({ writes: {}, problems: [] });
  });
});
