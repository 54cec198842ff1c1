import { describe, expect, it } from 'vitest';
import published from 'virtual:dmg-list-names';
import { glossary } from '../../glossary';
import { hasSpanishCard } from '../../glossary/es/card-text';
import { listNamesModule } from '../../glossary/list-names-plugin';
import { listName, listNames, listShownName } from '../../utils/card-data/list-names';
import { shownName } from '../../utils/card-data/shown-name';

describe("the popup's names-only list (virtual:dmg-list-names)", () => {
  it('lists every entry once, in the glossary, with its name and category', () => {
    expect(listNames.map((e) => e.id)).toEqual(glossary.map((e) => e.id));
    for (const entry of glossary) {
      expect(listName(entry.id)).toMatchObject({ id: entry.id, name: entry.name, category: entry.category });
    }
    expect(listName('no-such-entry')).toBeUndefined();
  });

  it.each(['es', 'es-MX', 'en', 'en-US', 'fr'])('shows every entry under the name shownName gives it in a %s interface', (ui) => {
    const mismatched = glossary.filter((entry) => {
      const fromList = listShownName(listName(entry.id)!, ui);
      const fromCards = shownName(entry, ui);
      return fromList.name !== fromCards.name || fromList.lang !== fromCards.lang;
    });
    expect(mismatched.map((e) => e.id)).toEqual([]);
  });

  it('carries a Spanish name only for entries with a Spanish card, and none of their texts', () => {
    const withSpanish = listNames.filter((e) => e.es !== undefined).map((e) => e.id);
    expect(withSpanish.length).toBeGreaterThan(0);
    expect(withSpanish.filter((id) => !hasSpanishCard(id))).toEqual([]);
    for (const entry of listNames) expect(Object.keys(entry).sort()).toEqual(entry.es === undefined ? ['category', 'id', 'name'] : ['category', 'es', 'id', 'name']);
  });

  it('is the module the build serves, made from the entries as they are', () => {
    const json = /JSON\.parse\((".*")\)/.exec(listNamesModule(glossary))![1]!;
    expect(JSON.parse(JSON.parse(json) as string)).toEqual(published);
  });
});
