import { describe, expect, it } from 'vitest';
import { slotKey, topicEntries } from '../../utils/highlight/density';

const mention = (entryId: string, sectionId: number, mentionId: number) => ({ entryId, sectionId, mentionId });

describe('slotKey', () => {
  const none = new Set<string>();
  it('gives each term one slot per section by default', () => {
    expect(slotKey('section', mention('mtx', 1, 1), none)).toBe(slotKey('section', mention('mtx', 1, 2), none));
    expect(slotKey('section', mention('mtx', 1, 1), none)).not.toBe(slotKey('section', mention('mtx', 2, 3), none));
    expect(slotKey('section', mention('mtx', 1, 1), none)).not.toBe(slotKey('section', mention('ivig', 1, 2), none));
  });

  it('gives the page\'s topic one slot for the whole page', () => {
    const topics = new Set(['dermatomyositis']);
    expect(slotKey('section', mention('dermatomyositis', 1, 1), topics)).toBe(slotKey('section', mention('dermatomyositis', 9, 2), topics));
  });

  it('lets linked mentions compete only with linked ones, so a link never takes a plain mention\'s place', () => {
    const link = { ...mention('mtx', 1, 1), control: true };
    const topics = new Set(['mtx']);
    expect(slotKey('section', link, none)).not.toBe(slotKey('section', mention('mtx', 1, 2), none));
    expect(slotKey('section', link, none)).toBe(slotKey('section', { ...mention('mtx', 1, 3), control: true }, none));
    expect(slotKey('page', link, none)).not.toBe(slotKey('page', mention('mtx', 2, 2), none));
    expect(slotKey('section', link, topics)).not.toBe(slotKey('section', mention('mtx', 4, 2), topics));
  });

  it('gives one slot per term on the page, or one per mention', () => {
    expect(slotKey('page', mention('mtx', 1, 1), none)).toBe(slotKey('page', mention('mtx', 2, 2), none));
    expect(slotKey('every', mention('mtx', 1, 1), none)).not.toBe(slotKey('every', mention('mtx', 1, 2), none));
  });
});

describe('topicEntries', () => {
  it('collects the entries named in the title and first heading', () => {
    const find = (text: string) => (/dermatomyositis/i.test(text) ? [{ entryId: 'dermatomyositis' }] : []);
    expect([...topicEntries(['Dermatomyositis - Wikipedia', 'Dermatomyositis'], find)]).toEqual(['dermatomyositis']);
    expect(topicEntries(['News', ''], find).size).toBe(0);
  });
});
