import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { publishedPatterns } from '../../glossary/page-matcher';
import { NameWords } from '../../glossary/name-words';
import { CATEGORIES } from '../../glossary/types';
import { untilFrameNeedsPainter, watchForTerms } from '../../utils/content/frame-gate';
import { BATCH_MS } from '../../utils/highlight/mutation-watcher';

// The names the background publishes for the gate: every kind of term.
const words = new NameWords(publishedPatterns([CATEGORIES, CATEGORIES]).gate.words);

let stops: Array<() => void> = [];
const watch = (found: () => void) => {
  const stop = watchForTerms(document, words, found);
  stops.push(stop);
  return stop;
};
const tick = (ms: number) => vi.advanceTimersByTimeAsync(ms);

beforeEach(() => {
  vi.useFakeTimers();
  document.documentElement.removeAttribute('lang');
});
afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('a child frame’s gate', () => {
  it('asks once for a frame whose text names a term, and stops looking', async () => {
    document.body.innerHTML = '<p>Ads and weather.</p><p>Her doctor started methotrexate.</p><p>Also rituximab.</p>';
    const found = vi.fn();
    watch(found);
    await tick(0);
    expect(found).toHaveBeenCalledTimes(1);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'prednisone' }));
    await tick(BATCH_MS * 2);
    expect(found).toHaveBeenCalledTimes(1);
  });

  it('does not ask for a frame of everyday text, and asks once a term arrives in it', async () => {
    document.body.innerHTML = '<div><p>Sale: two for one on garden chairs.</p><a href="/x">Read more</a></div>';
    const found = vi.fn();
    watch(found);
    await tick(BATCH_MS * 2);
    expect(found).not.toHaveBeenCalled();
    const p = document.body.querySelector('p')!;
    p.firstChild!.textContent = 'Now on IVIG every four weeks.';
    await tick(BATCH_MS * 2);
    expect(found).toHaveBeenCalledTimes(1);
  });

  it('skips what the painter skips: form fields, editors, code, hidden and headings', async () => {
    document.body.innerHTML = [
      '<textarea>methotrexate</textarea>',
      '<input value="rituximab">',
      '<div contenteditable="true"><p>azathioprine</p></div>',
      '<pre><code>prednisone</code></pre>',
      '<p hidden>hydroxychloroquine</p>',
      '<h2>Dermatomyositis</h2>',
      '<p>Nothing to see.</p>',
    ].join('');
    const found = vi.fn();
    watch(found);
    await tick(BATCH_MS * 2);
    expect(found).not.toHaveBeenCalled();
  });

  it('looks inside open shadow roots, and at text added in them later', async () => {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Plain words.</p>';
    document.body.append(host);
    const found = vi.fn();
    watch(found);
    await tick(BATCH_MS * 2);
    expect(found).not.toHaveBeenCalled();
    shadow.append(Object.assign(document.createElement('p'), { textContent: 'Calcinosis can be painful.' }));
    await tick(BATCH_MS * 2);
    expect(found).toHaveBeenCalledTimes(1);
  });

  it('asks nothing once stopped', async () => {
    document.body.innerHTML = '<p>Nothing yet.</p>';
    const found = vi.fn();
    const stop = watch(found);
    await tick(0);
    stop();
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'methotrexate' }));
    await tick(BATCH_MS * 2);
    expect(found).not.toHaveBeenCalled();
  });

  it('looks at a long frame over several tasks, never one long one', async () => {
    document.body.innerHTML = `${'<p>Plain words about the weather and the news of the day.</p>'.repeat(20_000)}<p>rituximab</p>`;
    const found = vi.fn();
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    // The fake clock stands still while code runs: here each reading moves it on by 0.1 ms.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 0.1));
    watch(found);
    await vi.runAllTimersAsync();
    expect(found).toHaveBeenCalledTimes(1);
    // The first slice runs at once; at least two more tasks go on.
    expect(setTimeoutSpy.mock.calls.filter(([, ms]) => ms === 0).length).toBeGreaterThan(1);
  });
});

describe('whether a frame needs the painter', () => {
  it('says yes without a look where there are no names to look with', async () => {
    await expect(untilFrameNeedsPainter(document, undefined, new AbortController().signal)).resolves.toBe(true);
  });

  it('finds the names of Spanish pages too, without telling the frame\'s language', async () => {
    document.documentElement.setAttribute('lang', 'es');
    document.body.innerHTML = '<p>Nada que ver.</p>';
    const quiet = vi.fn();
    watch(quiet);
    await tick(BATCH_MS * 2);
    expect(quiet).not.toHaveBeenCalled();
    document.body.innerHTML = '<p>Me recetaron acido folico.</p>';
    await tick(BATCH_MS * 2);
    expect(quiet).toHaveBeenCalledTimes(1);
  });

  it('says yes once a term is found, and no once stopped', async () => {
    document.body.innerHTML = '<p>Plain words.</p>';
    const stopped = new AbortController();
    const never = untilFrameNeedsPainter(document, words, stopped.signal);
    await tick(BATCH_MS * 2);
    stopped.abort();
    await expect(never).resolves.toBe(false);

    const found = untilFrameNeedsPainter(document, words, new AbortController().signal);
    await tick(0);
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'She takes prednisone.' }));
    await tick(BATCH_MS * 2);
    await expect(found).resolves.toBe(true);
  });
});
