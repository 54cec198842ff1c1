// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TermMatcher } from '../../glossary/matcher';
import { startLiveHighlighting } from '../../utils/highlight/live-highlighting';
import { BATCH_MS, MutationWatcher, outermostConnected } from '../../utils/highlight/mutation-watcher';
import { entry } from './entry-fixture';

const matcher = new TermMatcher([entry('prednisone', 'Prednisone'), entry('ivig', 'IVIG')]);
const flushObserver = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('outermostConnected', () => {
  it('keeps only connected nodes that are not inside another given node', () => {
    document.body.innerHTML = '<div id="a"><p id="b"><span id="c"></span></p></div><div id="d"></div>';
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((id) => document.getElementById(id)!);
    const detached = document.createElement('p');
    expect(outermostConnected([c!, b!, a!, d!, detached])).toEqual([a, d]);
  });
});

const handlers = (added: (roots: Node[]) => unknown, log: string[] = []) => ({
  changed: (node: Text) => void log.push(`changed:${node.data}`),
  removed: () => void log.push('removed'),
  added: (roots: Node[]) => void added(roots),
});

describe('MutationWatcher', () => {
  it('hands over added subtrees and text nodes, never their parent, in one batch per interval', async () => {
    const batches: Node[][] = [];
    const watcher = new MutationWatcher(handlers((roots) => batches.push(roots)), 50);
    watcher.observe(document.body);
    const section = document.createElement('section');
    section.innerHTML = '<p>one</p><p>two</p>';
    document.body.append(section);
    section.querySelector('p')!.append(' more');
    const text = document.createTextNode('loose text');
    document.body.append(text);
    await flushObserver();
    expect(batches).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(batches).toEqual([[section, text]]);
    watcher.disconnect();
  });

  it('throttles rather than debounces, so a page that never stops changing is still served', async () => {
    vi.useFakeTimers();
    const batches: number[] = [];
    const watcher = new MutationWatcher(handlers((roots) => batches.push(roots.length)), 100);
    watcher.observe(document.body);
    for (let i = 0; i < 10; i++) {
      document.body.append(document.createElement('p'));
      await vi.advanceTimersByTimeAsync(50);
    }
    // 500 ms of changes every 50 ms: about one batch per 100 ms, never zero, never one per change.
    expect(batches.length).toBeGreaterThanOrEqual(4);
    expect(batches.length).toBeLessThanOrEqual(5);
    watcher.disconnect();
  });

  it('reports changed text and removals at once, before the batch', async () => {
    document.body.innerHTML = '<p>one</p><p>two</p>';
    const log: string[] = [];
    const watcher = new MutationWatcher(handlers(() => log.push('added'), log), 1000);
    watcher.observe(document.body);
    (document.body.firstChild!.firstChild as Text).data = 'uno';
    document.body.lastChild!.remove();
    await Promise.resolve();
    expect(log).toEqual(['changed:uno', 'removed']);
    watcher.disconnect();
  });
});

describe('live highlighting', () => {
  it('paints content added later and changed text, without rescanning the page', async () => {
    document.body.innerHTML = '<p>plain</p><p id="first">prednisone</p>';
    const live = startLiveHighlighting(document, matcher, { look: { style: 'background', colour: 'amber' }, density: 'every', api: countingApi() });
    await live.idle();
    const spy = vi.spyOn(document, 'createTreeWalker');
    const loose = document.createTextNode(' IVIG ');
    document.body.append(loose);
    (document.querySelector('p')!.firstChild as Text).data = 'now prednisone';
    await new Promise((resolve) => setTimeout(resolve, BATCH_MS + 50));
    await live.idle();
    expect(Object.fromEntries(live.counts())).toEqual({ prednisone: 2, ivig: 1 });
    // Text is walked from the two small roots (the text nodes), never from the body. (An
    // element-only walk back from a root, to find its section's heading, is bounded and allowed.)
    const textWalks = spy.mock.calls.filter(([, show]) => ((show ?? 0) & NodeFilter.SHOW_TEXT) !== 0);
    for (const [root] of textWalks) expect(root).not.toBe(document.body);
    live.stop();
  });
});

/** A stand-in for CSS.highlights, which jsdom lacks. */
function countingApi() {
  class H extends Set<AbstractRange> {
    priority = 0;
  }
  return { set: () => undefined, delete: () => undefined, create: () => new H(), sheet: () => undefined };
}
