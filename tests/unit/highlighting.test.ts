// @vitest-environment jsdom
// jsdom: it has StaticRange and a faithful TreeWalker; the Highlight registry is faked below
// (neither jsdom nor happy-dom has CSS.highlights), which is all the painter talks to.
import { afterEach, describe, expect, it } from 'vitest';
import { TermMatcher } from '../../glossary/matcher';
import { startLiveHighlighting, type LiveHighlighting } from '../../utils/highlight/live-highlighting';
import { isSkippedElement, SKIPPED_SELECTOR } from '../../utils/highlight/exclusions';
import type { Density } from '../../utils/highlight/density';
import { entry } from './entry-fixture';
import { fakeApi, type FakeHighlight } from './fake-highlight-api';

const matcher = new TermMatcher([
  entry('prednisone', 'Prednisone'),
  entry('methotrexate', 'Methotrexate', [{ text: 'MTX', caseSensitive: true }]),
  entry('ivig', 'IVIG', ['intravenous immunoglobulin']),
  entry('dermatomyositis', 'Dermatomyositis'),
]);


const textOf = (r: AbstractRange) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset);
const immediately = () => Promise.resolve();

let live: LiveHighlighting | undefined;
let registry: Map<string, FakeHighlight>;

async function paint(html: string, density: Density = 'every', batchMs = 0): Promise<LiveHighlighting> {
  document.body.innerHTML = html;
  const fake = fakeApi();
  registry = fake.registry;
  live = startLiveHighlighting(document, matcher, { look: { style: 'background', colour: 'amber' }, density, api: fake.api, yield: immediately, batchMs });
  await live.idle();
  return live;
}

const painted = (name = 'dmg-term') => [...(registry.get(name) ?? [])].map(textOf);
/** Lets the mutation observer deliver and the batch timer fire, then the scan finish. */
const settle = async () => {
  // A few rounds: the observer's batch timer, then the scan it starts, even on a loaded machine.
  for (let round = 0; round < 4; round++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await live?.idle();
  }
};

afterEach(() => {
  live?.stop();
  live = undefined;
  document.body.innerHTML = '';
  document.head.innerHTML = '';
  document.title = '';
});

describe('painting', () => {
  it('paints prose, paints links and controls apart, and never form fields, editors, code, headings, navigation or hidden text', async () => {
    const html = `
      <h2>Prednisone in a heading</h2>
      <p>Prednisone and MTX and mtx.</p>
      <input value="prednisone"><textarea>prednisone</textarea><select><option>prednisone</option></select>
      <div contenteditable="true"><p>prednisone in an editor</p></div>
      <div contenteditable="false">IVIG in a non-editable div</div>
      <div class="ProseMirror"><p>prednisone in ProseMirror</p></div>
      <pre>prednisone</pre><code>prednisone</code><kbd>prednisone</kbd><samp>prednisone</samp>
      <script>var x = "prednisone"</script><style>/* prednisone */</style><noscript>prednisone</noscript>
      <template><p>prednisone</p></template>
      <nav><a href="#">prednisone in nav</a></nav><div class="toc">IVIG in a table of contents</div>
      <ol class="references"><li>IVIG in a reference</li></ol>
      <p><a href="/m">Methotrexate link</a> and <button>IVIG</button></p>
      <div aria-hidden="true">prednisone</div><div hidden>prednisone</div>
      <svg><text>prednisone</text></svg>
      <mark>prednisone in the page's own mark</mark>`;
    await paint(html);
    expect(painted()).toEqual(['Prednisone', 'MTX', 'IVIG', 'Methotrexate', 'IVIG']);
    expect(painted('dmg-term-link')).toEqual(['Methotrexate', 'IVIG']);
    expect(painted('dmg-term-plain')).toEqual(['Prednisone', 'MTX', 'IVIG']);
  });

  it('changes nothing in the DOM: no element, no attribute, no split text node', async () => {
    const html = '<p>Before prednisone, <b>MTX</b> and intravenous immunoglobulin after.</p><ul><li>IVIG</li></ul>';
    document.body.innerHTML = html;
    const before = document.documentElement.outerHTML;
    const nodes = document.querySelector('p')!.childNodes.length;
    await paint(html);
    expect(painted()).toHaveLength(4);
    expect(document.querySelector('p')!.childNodes.length).toBe(nodes);
    expect(document.documentElement.outerHTML).toBe(before);
    live!.stop();
    expect(registry.size).toBe(0);
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('registers nothing at all on a page without terms', async () => {
    await paint('<p>Nothing medical here.</p>');
    expect(registry.size).toBe(0);
  });

  it('counts every mention per entry, painted or not', async () => {
    await paint('<p>prednisone, Prednisone and IVIG</p>', 'section');
    expect(Object.fromEntries(live!.counts())).toEqual({ prednisone: 2, ivig: 1 });
    expect(painted()).toEqual(['prednisone', 'IVIG']);
  });

  it('leaves everything inside an editable root alone when a batch starts inside it', async () => {
    await paint('<div contenteditable="true"><p id="inner">x</p></div>');
    document.getElementById('inner')!.textContent = 'prednisone';
    await settle();
    expect(painted()).toEqual([]);
  });
});

describe('how often', () => {
  const article = `
    <h1>Living with it</h1>
    <p>Prednisone helps. Prednisone again.</p><p>More prednisone.</p>
    <h2>Next part</h2><p>prednisone once more, then IVIG.</p>
    <article><p>A forum post: prednisone.</p></article>`;

  it('paints the first mention of each term per section by default', async () => {
    await paint(article, 'section');
    expect(painted()).toEqual(['Prednisone', 'prednisone', 'IVIG', 'prednisone']);
  });

  it('paints the page\'s own topic once per page', async () => {
    document.title = 'Dermatomyositis - an overview';
    await paint('<h2>A</h2><p>Dermatomyositis is rare. IVIG.</p><h2>B</h2><p>dermatomyositis again, IVIG again.</p>', 'section');
    expect(painted()).toEqual(['Dermatomyositis', 'IVIG', 'IVIG']);
  });

  it('paints the first on the page, or every mention, when asked', async () => {
    await paint(article, 'page');
    expect(painted()).toEqual(['Prednisone', 'IVIG']);
    live!.stop();
    await paint(article, 'every');
    expect(painted()).toHaveLength(6);
  });

  it('moves the paint to the next mention when the painted one goes', async () => {
    await paint('<p id="a">prednisone first</p><p id="b">prednisone second</p>', 'page');
    expect(painted()).toEqual(['prednisone']);
    const [range] = registry.get('dmg-term')!;
    expect((range!.startContainer as Text).parentElement!.id).toBe('a');
    document.getElementById('a')!.remove();
    await settle();
    const [next] = registry.get('dmg-term')!;
    expect((next!.startContainer as Text).parentElement!.id).toBe('b');
  });
});

describe('live pages', () => {
  it('drops a changed text node\'s paint at once and paints its new terms after the batch', async () => {
    await paint('<p id="p">Current medicine: prednisone</p>');
    const text = document.getElementById('p')!.firstChild as Text;
    text.data = 'Current medicine: rituximab or IVIG';
    // The observer runs at the microtask checkpoint, before any paint: nothing stale survives it.
    await Promise.resolve();
    expect(painted()).toEqual([]);
    await settle();
    expect(painted()).toEqual(['IVIG']);
  });

  it('releases the ranges of removed nodes and paints added ones', async () => {
    await paint('<ul id="feed"></ul>');
    const feed = document.getElementById('feed')!;
    for (let round = 0; round < 20; round++) {
      const li = document.createElement('li');
      li.textContent = `post ${round} about IVIG`;
      feed.append(li);
      if (feed.children.length > 5) feed.firstElementChild!.remove();
      await settle();
    }
    expect(painted()).toHaveLength(5);
    expect(live!.counts().get('ivig')).toBe(5);
  });

  it('re-scans a node the page rewrote and a subtree it re-added, never painting one range twice', async () => {
    await paint('<div id="root"><p>prednisone</p></div>');
    const root = document.getElementById('root')!;
    const p = root.firstElementChild!;
    p.remove();
    root.append(p);
    await settle();
    expect(painted()).toEqual(['prednisone']);
  });

  it('finds terms in open shadow roots', async () => {
    document.body.innerHTML = '<div id="host"></div>';
    document.getElementById('host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>IVIG in a component</p>';
    const fake = fakeApi();
    registry = fake.registry;
    live = startLiveHighlighting(document, matcher, { look: { style: 'background', colour: 'amber' }, density: 'every', api: fake.api, yield: immediately });
    await live.idle();
    expect(painted()).toEqual(['IVIG']);
  });
});

describe('slicing', () => {
  it('yields between slices and still reaches every term', async () => {
    document.body.innerHTML = Array.from({ length: 2000 }, (_, i) => `<p>Paragraph ${i} mentions prednisone.</p>`).join('');
    let pauses = 0;
    const fake = fakeApi();
    registry = fake.registry;
    const { PageScanner } = await import('../../utils/highlight/page-scanner');
    const { MentionStore } = await import('../../utils/highlight/mention-store');
    const { Painter } = await import('../../utils/highlight/painter');
    const store = new MentionStore(new Painter({ style: 'background', colour: 'amber' }, fake.api));
    const scanner = new PageScanner(matcher, store, {
      density: 'every',
      topics: new Set(),
      sliceMs: 0.2,
      yield: () => {
        pauses++;
        return Promise.resolve();
      },
    });
    scanner.add(document.body);
    await scanner.idle();
    expect(pauses).toBeGreaterThan(0);
    expect(painted()).toHaveLength(2000);
    // 2,000 paragraphs in happy-dom: seconds on a loaded 2-core machine. Nothing here is timed.
  }, 30_000);
});

describe('the two forms of the exclusion rules', () => {
  it('agree on every element of a page full of excluded and ordinary places', () => {
    document.body.innerHTML = `
      <p>x</p><div class="ProseMirror x">x</div><div contenteditable="">x</div><div contenteditable="false">x</div>
      <span role="slider">x</span><span role="note">x</span><a>x</a><mark>x</mark><code>x</code><h3>x</h3><nav>x</nav>
      <div aria-hidden="false">x</div><div aria-hidden="true">x</div><section hidden>x</section><var>x</var><div class="toc">x</div>
      <div class="mytoc toc-x references_list">x</div><div class="	toc
other">x</div><div class="a  reflist">x</div><div class="">x</div>
      <div class="tocreferences navbox-">x</div><div class="x CodeMirror">x</div><div class="codemirror">x</div>`;
    for (const element of document.body.querySelectorAll('*')) {
      expect(isSkippedElement(element), element.outerHTML).toBe(element.matches(SKIPPED_SELECTOR));
    }
  });
});

describe('one huge text node', () => {
  it('is scanned window by window across slices, with every term found once, also across window edges', async () => {
    const { LONG_TEXT } = await import('../../utils/highlight/text-walker');
    // Terms every ~1,000 characters, so some straddle the 50,000-character window edges.
    const unit = `${'x'.repeat(990)} prednisone `;
    const copies = Math.ceil((LONG_TEXT * 2) / unit.length);
    document.body.innerHTML = '<p id="big"></p>';
    document.getElementById('big')!.textContent = unit.repeat(copies);
    let pauses = 0;
    const fake = fakeApi();
    registry = fake.registry;
    live = startLiveHighlighting(document, matcher, {
      look: { style: 'background', colour: 'amber' },
      density: 'every',
      api: fake.api,
      // Every step its own slice: each 50,000-character window must then be one step.
      sliceMs: 0,
      yield: () => {
        pauses++;
        return Promise.resolve();
      },
    });
    await live.idle();
    expect(live.counts().get('prednisone')).toBe(copies);
    expect(painted()).toHaveLength(copies);
    expect(pauses).toBeGreaterThanOrEqual(Math.floor((unit.length * copies) / 50_000) - 1);
    const starts = [...registry.get('dmg-term')!].map((r) => r.startOffset);
    expect(new Set(starts).size).toBe(copies);
  });
});
