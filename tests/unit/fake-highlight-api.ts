import type { HighlightApi, HighlightSet } from '../../utils/highlight/painter';

/** The CSS Highlight registry as the painter uses it, in memory: test DOMs (jsdom, happy-dom) have none. */
export class FakeHighlight extends Set<AbstractRange> implements HighlightSet {
  priority = 0;
}

/** A fresh fake registry and the HighlightApi that writes to it. */
export function fakeApi(): { api: HighlightApi; registry: Map<string, FakeHighlight> } {
  const registry = new Map<string, FakeHighlight>();
  const api: HighlightApi = {
    set: (name, h) => void registry.set(name, h as FakeHighlight),
    delete: (name) => void registry.delete(name),
    create: () => new FakeHighlight(),
    sheet: () => undefined,
  };
  return { api, registry };
}
