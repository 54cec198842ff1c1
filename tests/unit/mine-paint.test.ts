// @vitest-environment jsdom
// jsdom for StaticRange and TreeWalker; the Highlight registry is faked, as in highlighting.test.ts.
import { afterEach, describe, expect, it } from 'vitest';
import { TermMatcher } from '../../glossary/matcher';
import { startLiveHighlighting, type LiveHighlighting } from '../../utils/highlight/live-highlighting';
import { followMine, mineIds, paintMineOn, type MineStorage } from '../../utils/highlight/mine';
import { highlightCss } from '../../utils/highlight/page-styles';
import type { HighlightApi } from '../../utils/highlight/painter';
import { entry } from './entry-fixture';
import { FakeHighlight } from './fake-highlight-api';

const matcher = new TermMatcher([entry('prednisone', 'Prednisone'), entry('methotrexate', 'Methotrexate'), entry('ivig', 'IVIG')]);


let live: LiveHighlighting | undefined;
let registry: Map<string, FakeHighlight>;
const textOf = (r: AbstractRange) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset);
const mine = () => (registry.has('dmg-mine') ? [...registry.get('dmg-mine')!].map(textOf) : undefined);

async function paint(html: string): Promise<LiveHighlighting> {
  document.body.innerHTML = html;
  registry = new Map();
  const api: HighlightApi = {
    set: (name, h) => void registry.set(name, h as FakeHighlight),
    delete: (name) => void registry.delete(name),
    create: () => new FakeHighlight(),
    sheet: () => undefined,
  };
  live = startLiveHighlighting(document, matcher, { look: { style: 'background', colour: 'amber' }, density: 'every', api, yield: () => Promise.resolve() });
  await live.idle();
  return live;
}

/** An in-memory storage.local with the onChanged event, recording every key read. */
function fakeStorage(initial: Record<string, unknown>) {
  const data = { ...initial };
  const reads: string[] = [];
  const listeners = new Set<(changes: Record<string, { newValue?: unknown }>, area: string) => void>();
  const storage: MineStorage = {
    local: {
      get: async (key) => {
        reads.push(key);
        return key in data ? { [key]: data[key] } : {};
      },
    },
    onChanged: { addListener: (cb) => void listeners.add(cb), removeListener: (cb) => void listeners.delete(cb) },
  };
  const write = (key: string, value: unknown) => {
    data[key] = value;
    for (const cb of listeners) cb({ [key]: { newValue: value } }, 'local');
  };
  return { storage, reads, write, listeners };
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  live?.stop();
  live = undefined;
  document.body.innerHTML = '';
});

describe('dmg-mine on pages', () => {
  it('paints only the painted mentions of the reader\'s medicines, and follows the list', async () => {
    const page = await paint('<p>Prednisone, methotrexate and IVIG.</p><p>Prednisone again.</p>');
    expect(mine()).toBeUndefined();
    page.setMine(new Set(['prednisone']));
    expect(mine()).toEqual(['Prednisone', 'Prednisone']);
    page.setMine(new Set(['prednisone', 'ivig']));
    expect(mine()?.sort()).toEqual(['IVIG', 'Prednisone', 'Prednisone']);
    // A subset of dmg-term, always.
    for (const range of registry.get('dmg-mine')!) expect(registry.get('dmg-term')!.has(range)).toBe(true);
  });

  it('leaves no dmg-mine entry at all when turned off, when nothing of mine is on the page, or after stop', async () => {
    const page = await paint('<p>Methotrexate only.</p>');
    page.setMine(new Set(['prednisone']));
    expect(mine()).toBeUndefined();
    page.setMine(new Set(['methotrexate']));
    expect(mine()).toEqual(['Methotrexate']);
    page.setMine(undefined);
    expect(registry.has('dmg-mine')).toBe(false);
    page.setMine(new Set(['methotrexate']));
    page.stop();
    expect(registry.size).toBe(0);
  });

  it('paints mentions added later when they are mine', async () => {
    const page = await paint('<p>Nothing yet.</p>');
    page.setMine(new Set(['ivig']));
    document.body.insertAdjacentHTML('beforeend', '<p>IVIG arrives.</p>');
    for (let round = 0; round < 4; round++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      await page.idle();
    }
    expect(mine()).toEqual(['IVIG']);
  });

  it('has its own rule, with the system colours in forced-colours mode', () => {
    const css = highlightCss({ style: 'hover', colour: 'blue' });
    expect(css).toMatch(/::highlight\(dmg-mine\) \{ background-color: #3d1466; color: #ffffff;/);
    expect(css).toMatch(/forced-colors[\s\S]*::highlight\(dmg-mine\) \{ background-color: Canvas; color: CanvasText; text-decoration: underline double CanvasText;/);
  });
});

describe('followMine', () => {
  it('reads only the prefs item while paintMine is off, and never paints', async () => {
    const { storage, reads, write } = fakeStorage({ 'dmg-notebook-mine': { ids: ['prednisone'] }, 'dmg-notebook-prefs': { recentOn: true, paintMine: false } });
    const seen: Array<string[] | undefined> = [];
    followMine(storage, (ids) => seen.push(ids && [...ids]));
    await tick();
    write('dmg-notebook-mine', { ids: ['prednisone', 'ivig'] });
    await tick();
    expect(reads).toEqual(['dmg-notebook-prefs', 'dmg-notebook-prefs']);
    expect(seen).toEqual([undefined, undefined]);
  });

  it('turns on and off live with the prefs item, and follows the list while on', async () => {
    const { storage, write } = fakeStorage({ 'dmg-notebook-mine': { ids: ['prednisone'] } });
    const seen: Array<string[] | undefined> = [];
    const stop = followMine(storage, (ids) => seen.push(ids && [...ids]));
    await tick();
    expect(seen).toEqual([undefined]);
    write('dmg-notebook-prefs', { recentOn: false, paintMine: true });
    await tick();
    expect(seen.at(-1)).toEqual(['prednisone']);
    write('dmg-notebook-mine', { ids: ['prednisone', 'ivig'] });
    await tick();
    expect(seen.at(-1)).toEqual(['prednisone', 'ivig']);
    write('dmg-notebook-prefs', { recentOn: false, paintMine: false });
    await tick();
    expect(seen.at(-1)).toBeUndefined();
    const before = seen.length;
    stop();
    write('dmg-notebook-prefs', { recentOn: false, paintMine: true });
    await tick();
    expect(seen).toHaveLength(before);
  });

  it('starts painting at once when paintMine was already on', async () => {
    const { storage } = fakeStorage({ 'dmg-notebook-mine': { ids: ['ivig'] }, 'dmg-notebook-prefs': { recentOn: false, paintMine: true } });
    const seen: Array<string[] | undefined> = [];
    followMine(storage, (ids) => seen.push(ids && [...ids]));
    await tick();
    expect(seen).toEqual([['ivig']]);
  });

  it('reads corrupt items as "off" and "none"', () => {
    expect(paintMineOn('yes')).toBe(false);
    expect(paintMineOn({ paintMine: 'true' })).toBe(false);
    expect(paintMineOn({ paintMine: true })).toBe(true);
    expect([...mineIds({ ids: ['a', 3, null, 'b'] })]).toEqual(['a', 'b']);
    expect([...mineIds(null)]).toEqual([]);
    expect([...mineIds({ ids: 'a' })]).toEqual([]);
  });
});
