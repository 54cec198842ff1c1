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

describe('MutationWatcher', () => {
  it('hands over added subtrees and text nodes, never their parent, in one batch per interval', async () => {
    const batches: Node[][] = [];
    const watcher = new MutationWatcher((roots) => batches.push(roots), 50);
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
    const watcher = new MutationWatcher((roots) => batches.push(roots.length), 100);
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

  it('drops records that discardPending is told are ours', async () => {
    const batches: Node[][] = [];
    const watcher = new MutationWatcher((roots) => batches.push(roots), 10);
    watcher.observe(document.body);
    document.body.append(document.createElement('p'));
    watcher.discardPending();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(batches).toEqual([]);
    watcher.disconnect();
  });
});

describe('live highlighting', () => {
  it('highlights content added later, without touching what was already highlighted', async () => {
    document.body.innerHTML = '<p id="first">prednisone</p>';
    const live = startLiveHighlighting(document, matcher);
    await live.idle();
    const firstMark = document.querySelector('#first mark');
    expect(firstMark).not.toBeNull();

    const added = document.createElement('p');
    added.textContent = 'IVIG arrived later';
    document.body.append(added);
    await new Promise((resolve) => setTimeout(resolve, BATCH_MS + 50));
    await live.idle();

    expect(added.querySelector('mark[data-dmg-term="ivig"]')).not.toBeNull();
    expect(document.querySelector('#first mark')).toBe(firstMark);
    expect(document.querySelectorAll('mark mark').length).toBe(0);
    live.stop();
  });

  it('is not triggered again by its own marks', async () => {
    document.body.innerHTML = '<p>prednisone</p>';
    const live = startLiveHighlighting(document, matcher);
    await live.idle();
    const spy = vi.spyOn(document, 'createTreeWalker');
    await new Promise((resolve) => setTimeout(resolve, BATCH_MS + 50));
    expect(spy).not.toHaveBeenCalled();
    live.stop();
  });
});

describe('live highlighting of changed text', () => {
  it('highlights a text node added straight into the body, and edited text, without rescanning the page', async () => {
    document.body.innerHTML = '<p>plain</p>';
    const live = startLiveHighlighting(document, matcher);
    await live.idle();
    const loose = document.createTextNode(' IVIG ');
    document.body.append(loose);
    const p = document.querySelector('p')!;
    p.firstChild!.textContent = 'now prednisone';
    await new Promise((resolve) => setTimeout(resolve, BATCH_MS + 50));
    await live.idle();
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['prednisone', 'IVIG']);
    live.stop();
  });
});
