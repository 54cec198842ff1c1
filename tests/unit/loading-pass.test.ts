// @vitest-environment jsdom
// jsdom: StaticRange and a faithful TreeWalker; the highlight registry is faked as in highlighting.test.ts.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TermMatcher } from '../../glossary/matcher';
import { bodyReady, whileLoading } from '../../utils/highlight/loading-pass';
import { MentionStore } from '../../utils/highlight/mention-store';
import { PageScanner, RELEASE_PATTERN_MS, WORDS_BUDGET } from '../../utils/highlight/page-scanner';
import { Painter } from '../../utils/highlight/painter';
import { entry } from './entry-fixture';
import { fakeApi } from './fake-highlight-api';

const matcher = new TermMatcher([entry('prednisone', 'Prednisone'), entry('ivig', 'IVIG')]);


const frame = () => new Promise((done) => setTimeout(done, 5));
let restore: (() => void) | undefined;

/** Makes the test document report `state` as its readyState. */
function pretend(state: DocumentReadyState): void {
  Object.defineProperty(document, 'readyState', { value: state, configurable: true });
  restore = () => delete (document as { readyState?: unknown }).readyState;
}

beforeEach(() => {
  // jsdom without pretendToBeVisual has no animation frames.
  window.requestAnimationFrame ??= (callback) => setTimeout(() => callback(performance.now()), 1) as unknown as number;
  window.cancelAnimationFrame ??= (id) => clearTimeout(id);
});

afterEach(() => {
  restore?.();
  restore = undefined;
  document.body.innerHTML = '';
});

describe('whileLoading', () => {
  it('on a loaded page starts the full work at once and looks at nothing', () => {
    let looks = 0;
    let loaded = 0;
    whileLoading(document, () => ({ painted: false, counts: !!++looks }), () => loaded++);
    expect(loaded).toBe(1);
    expect(looks).toBe(0);
  });

  it('while loading looks in frames until something is painted, then starts the full work at DOMContentLoaded, once', async () => {
    pretend('loading');
    let looks = 0;
    let loaded = 0;
    whileLoading(document, () => ({ painted: ++looks === 2, counts: true }), () => loaded++);
    for (let i = 0; i < 10; i++) await frame();
    expect(looks).toBe(2);
    expect(loaded).toBe(0);
    document.dispatchEvent(new Event('DOMContentLoaded'));
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(loaded).toBe(1);
  });

  it('stops looking after a few counted looks that found nothing, and cancel leaves nothing to run', async () => {
    pretend('loading');
    let looks = 0;
    let loaded = 0;
    const cancel = whileLoading(document, () => ({ painted: false, counts: !!++looks }), () => loaded++);
    for (let i = 0; i < 20; i++) await frame();
    expect(looks).toBeGreaterThan(0);
    expect(looks).toBeLessThanOrEqual(4);
    cancel();
    document.dispatchEvent(new Event('DOMContentLoaded'));
    expect(loaded).toBe(0);
  });
});

describe('bodyReady', () => {
  it('resolves with the body where there is one', async () => {
    expect(await bodyReady(document)).toBe(document.body);
  });
});

describe('PageScanner.scanStart', () => {
  it('paints the first terms now, and the full walk keeps them and paints the rest', async () => {
    document.body.innerHTML = `<p>Prednisone first.</p>${Array.from({ length: 50 }, (_, i) => `<p>Line ${i} about IVIG.</p>`).join('')}`;
    const { api, registry } = fakeApi();
    const store = new MentionStore(new Painter({ style: 'background', colour: 'amber' }, api));
    const scanner = new PageScanner(matcher, store, { density: 'every', topics: new Set(), yield: () => Promise.resolve() });
    expect(scanner.scanStart(document.body, performance.now() + 50)).toBe(true);
    const early = [...(registry.get('dmg-term') ?? [])];
    expect(early.length).toBeGreaterThan(0);
    scanner.add(document.body);
    await scanner.idle();
    const all = [...registry.get('dmg-term')!];
    expect(all).toHaveLength(51);
    // The same range objects: the full walk did not unpaint and repaint them.
    for (const range of early) expect(all).toContain(range);
  });

  it('reports a look that walked everything and found nothing as not counting', () => {
    document.body.innerHTML = '<p>Nothing here.</p>';
    const { api } = fakeApi();
    const scanner = new PageScanner(matcher, new MentionStore(new Painter({ style: 'background', colour: 'amber' }, api)), { density: 'every', topics: new Set() });
    expect(scanner.scanStart(document.body, performance.now() + 50)).toBe(false);
  });
});

describe('the scanner\'s compiled pattern', () => {
  it('is never made on a page whose text holds no name, nor for a change that brings none', async () => {
    const own = new TermMatcher([entry('prednisone', 'Prednisone'), entry('ivig', 'IVIG'), entry('ck', 'Creatine kinase', ['CK'])]);
    const created = vi.spyOn(own, 'createPattern');
    // Near misses: names inside longer words, and a name's first word alone.
    document.body.innerHTML = '<p>A quick check of the track: prednisolones? Creatine was fine, and so was the kinase test.</p><p>Nothing else.</p>';
    const { api, registry } = fakeApi();
    const scanner = new PageScanner(own, new MentionStore(new Painter({ style: 'background', colour: 'amber' }, api)), { density: 'every', topics: new Set(), yield: () => Promise.resolve() });
    expect(scanner.scanStart(document.body, performance.now() + 50)).toBe(false);
    scanner.add(document.body);
    await scanner.idle();
    const plain = document.body.appendChild(document.createElement('p'));
    plain.textContent = 'Still nothing, the tracks checked.';
    scanner.add(plain);
    await scanner.idle();
    expect(created).not.toHaveBeenCalled();
    expect(registry.get('dmg-term')?.size ?? 0).toBe(0);
    // The first text that may hold a name makes it, and the names are found wherever they are in that text.
    const named = document.body.appendChild(document.createElement('p'));
    named.textContent = 'After the check, a CK test and creatine kinase, then IVIGs.';
    scanner.add(named);
    await scanner.idle();
    expect(created).toHaveBeenCalledTimes(1);
    expect([...registry.get('dmg-term')!].map((range) => named.firstChild!.textContent!.slice(range.startOffset, range.endOffset))).toEqual(['CK', 'creatine kinase', 'IVIGs']);
    scanner.stop();
  });

  it('is made only for a text the words let through, and a text they let through that holds no name is painted nowhere', async () => {
    const own = new TermMatcher([entry('ck', 'Creatine kinase')]);
    const created = vi.spyOn(own, 'createPattern');
    // The words ignore what stands between runs; the pattern does not.
    document.body.innerHTML = '<p>creatine/kinase</p>';
    const { api, registry } = fakeApi();
    const scanner = new PageScanner(own, new MentionStore(new Painter({ style: 'background', colour: 'amber' }, api)), { density: 'every', topics: new Set(), yield: () => Promise.resolve() });
    scanner.add(document.body);
    await scanner.idle();
    expect(own.makeWords()?.mayHold('creatine/kinase')).toBe(true);
    expect(created).toHaveBeenCalledTimes(1);
    expect(registry.get('dmg-term')?.size ?? 0).toBe(0);
    scanner.stop();
  });

  it('is made at the first text, the words never made, for a child frame\'s painter (its gate read the words)', async () => {
    const own = new TermMatcher([entry('prednisone', 'Prednisone'), entry('ivig', 'IVIG')]);
    const created = vi.spyOn(own, 'createPattern');
    const words = vi.spyOn(own, 'makeWords');
    document.body.innerHTML = '<p>An ordinary line first.</p><p>Then prednisone.</p>';
    const { api, registry } = fakeApi();
    const scanner = new PageScanner(own, new MentionStore(new Painter({ style: 'background', colour: 'amber' }, api)), { density: 'every', topics: new Set(), yield: () => Promise.resolve(), wordsFirst: false });
    scanner.add(document.body);
    await scanner.idle();
    expect(words).not.toHaveBeenCalled();
    expect(created).toHaveBeenCalledTimes(1);
    expect(registry.get('dmg-term')?.size).toBe(1);
    scanner.stop();
    // The same page in a top frame: the words first.
    const top = new PageScanner(own, new MentionStore(new Painter({ style: 'background', colour: 'amber' }, fakeApi().api)), { density: 'every', topics: new Set(), yield: () => Promise.resolve() });
    top.add(document.body);
    await top.idle();
    expect(words).toHaveBeenCalledTimes(1);
    top.stop();
  });

  it('is made once the words have read their budget, in a task of its own, and then finds every name', async () => {
    const own = new TermMatcher([entry('prednisone', 'Prednisone'), entry('ivig', 'IVIG')]);
    const created = vi.spyOn(own, 'createPattern');
    const line = 'The weather was mild and the walk to the shop took ten minutes. ';
    const plain = Math.ceil(WORDS_BUDGET / line.length);
    document.body.innerHTML = `${`<p>${line}</p>`.repeat(plain)}<p>Then prednisone.</p>`;
    const { api, registry } = fakeApi();
    // What was painted at the first pause after the compile: nothing, if the compile had its task to itself.
    let paintedWhenCompiled = -1;
    const scanner = new PageScanner(own, new MentionStore(new Painter({ style: 'background', colour: 'amber' }, api)), {
      density: 'every',
      topics: new Set(),
      yield: () => {
        if (created.mock.calls.length > 0 && paintedWhenCompiled < 0) paintedWhenCompiled = registry.get('dmg-term')?.size ?? 0;
        return Promise.resolve();
      },
    });
    scanner.add(document.body);
    await scanner.idle();
    expect(created).toHaveBeenCalledTimes(1);
    expect(paintedWhenCompiled).toBe(0);
    expect(registry.get('dmg-term')?.size).toBe(1);
    scanner.stop();
  });

  it('is let go once the page has been quiet for a while, and a later change gets a fresh one that finds terms', async () => {
    const own = new TermMatcher([entry('prednisone', 'Prednisone'), entry('ivig', 'IVIG')]);
    const created = vi.spyOn(own, 'createPattern');
    document.body.innerHTML = '<p>Prednisone first.</p>';
    const { api, registry } = fakeApi();
    const scanner = new PageScanner(own, new MentionStore(new Painter({ style: 'background', colour: 'amber' }, api)), { density: 'every', topics: new Set(), yield: () => Promise.resolve() });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      scanner.add(document.body);
      await scanner.idle();
      expect(created).toHaveBeenCalledTimes(1);
      // A change soon after reuses it.
      const soon = document.body.appendChild(document.createElement('p'));
      soon.textContent = 'IVIG soon.';
      scanner.add(soon);
      await scanner.idle();
      expect(created).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(RELEASE_PATTERN_MS + 1);
      const later = document.body.appendChild(document.createElement('p'));
      later.textContent = 'IVIG later.';
      scanner.add(later);
      await scanner.idle();
      expect(created).toHaveBeenCalledTimes(2);
      expect(registry.get('dmg-term')?.size).toBe(3);
      // Stopped, it keeps nothing and schedules nothing.
      scanner.stop();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});
