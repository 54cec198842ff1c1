// @vitest-environment jsdom
// jsdom: StaticRange and a faithful TreeWalker; the Highlight registry is faked (as in highlighting.test.ts).
import { afterEach, describe, expect, it } from 'vitest';
import { TermMatcher } from '../../glossary/matcher';
import { readerHighlightCss } from '../../utils/reader/highlight-css';
import { ReaderHighlighting } from '../../utils/reader/text-layer-highlighting';
import { entry } from './entry-fixture';
import { fakeApi } from './fake-highlight-api';

const matcher = new TermMatcher([entry('prednisone', 'Prednisone'), entry('methotrexate', 'Methotrexate'), entry('dermatomyositis', 'Dermatomyositis')]);


const textOf = (r: AbstractRange) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset);

/** A page as PdfView builds it: a section holding a canvas and pdf.js's text layer of spans. */
function page(number: number, lines: string[]): HTMLElement {
  const section = document.createElement('section');
  section.className = 'rd-page';
  section.dataset.page = String(number);
  section.append(document.createElement('canvas'));
  const layer = document.createElement('div');
  layer.className = 'textLayer';
  for (const line of lines) {
    const span = document.createElement('span');
    span.setAttribute('role', 'presentation');
    span.textContent = line;
    layer.append(span, document.createElement('br'));
  }
  section.append(layer);
  document.body.append(section);
  return layer;
}

let highlighting: ReaderHighlighting | undefined;
afterEach(() => {
  highlighting?.stop();
  document.body.replaceChildren();
});

function start(density: 'section' | 'page' | 'every', title = 'Clinic letter') {
  const fake = fakeApi();
  highlighting = new ReaderHighlighting(matcher, { look: { style: 'background', colour: 'amber' }, density, title, api: fake.api, yield: () => Promise.resolve() });
  return { highlighting, painted: () => [...(fake.registry.get('dmg-term') ?? [])].map(textOf), fake };
}

describe('terms in PDF text layers', () => {
  it('paints the first mention of each term per page in the default density, whatever order pages render in', async () => {
    const { highlighting, painted } = start('section');
    const two = page(2, ['prednisone and methotrexate', 'prednisone again']);
    await highlighting.addTextLayer(two);
    expect(painted().sort()).toEqual(['methotrexate', 'prednisone']);
    // Page 1 renders later (the reader jumped ahead): its own first mentions are painted too.
    const one = page(1, ['methotrexate weekly']);
    two.parentElement!.before(one.parentElement!);
    await highlighting.addTextLayer(one);
    expect(painted().sort()).toEqual(['methotrexate', 'methotrexate', 'prednisone']);
    expect(highlighting.mentionsIn(two, 'prednisone').map((m) => m.start)).toEqual([0, 0]);
    expect(highlighting.mentionsIn(one, 'prednisone')).toEqual([]);
  });

  it('names the document topic once per document, and "page" density once per document', async () => {
    const about = start('section', 'Dermatomyositis: a guide');
    await about.highlighting.addTextLayer(page(1, ['Dermatomyositis is rare.']));
    await about.highlighting.addTextLayer(page(2, ['Dermatomyositis can flare.']));
    expect(about.painted()).toEqual(['Dermatomyositis']);
    about.highlighting.stop();
    document.body.replaceChildren();

    const once = start('page');
    const first = page(1, ['prednisone']);
    const second = page(2, ['prednisone']);
    await once.highlighting.addTextLayer(second);
    await once.highlighting.addTextLayer(first);
    // The earlier page takes the paint over when it arrives.
    expect(once.painted()).toHaveLength(1);
    expect([...once.fake.registry.get('dmg-term')!][0]!.startContainer.parentElement!.closest('section')!.dataset.page).toBe('1');
  });

  it('paints every mention in the "every" density, and removes every highlight on stop', async () => {
    const { highlighting, painted, fake } = start('every');
    const layer = page(1, ['prednisone, prednisone']);
    await highlighting.addTextLayer(layer);
    expect(painted()).toHaveLength(2);
    highlighting.stop();
    expect(fake.registry.size).toBe(0);
  });

  it('keeps the printed text: the rules colour the paper and never the transparent text', () => {
    const css = readerHighlightCss({ style: 'background', colour: 'amber' });
    // Every highlight's base rule (forced colours only adds to them).
    const rules = css.split('@media')[0]!.match(/::highlight\([^)]+\) \{[^}]*\}/g)!;
    expect(rules).toHaveLength(6);
    for (const rule of rules) expect(rule).toMatch(/ color: transparent;/);
    expect(css).toContain('#ffe58f');
    expect(readerHighlightCss({ style: 'hover', colour: 'amber' })).not.toContain('#ffe58f');
  });
});
