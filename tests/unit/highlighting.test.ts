// @vitest-environment jsdom
// jsdom, not happy-dom: happy-dom's NodeIterator skips whole subtrees on FILTER_REJECT,
// which breaks mark.js unmark (see shared notes).
import { afterEach, describe, expect, it } from 'vitest';
import { TermMatcher } from '../../glossary/matcher';
import { startLiveHighlighting } from '../../utils/highlight/live-highlighting';
import { PageHighlighter } from '../../utils/highlight/page-highlighter';
import { entry } from './entry-fixture';

const matcher = new TermMatcher([
  entry('prednisone', 'Prednisone'),
  entry('methotrexate', 'Methotrexate', [{ text: 'MTX', caseSensitive: true }]),
  entry('ivig', 'IVIG', ['intravenous immunoglobulin']),
]);

const marked = () => [...document.querySelectorAll('mark[data-dmg-term]')].map((m) => `${m.getAttribute('data-dmg-term')}:${m.textContent}`);
const immediately = () => Promise.resolve();

async function highlight(html: string): Promise<PageHighlighter> {
  document.body.innerHTML = html;
  const highlighter = new PageHighlighter(matcher, { yield: immediately });
  highlighter.add(document.body);
  await highlighter.idle();
  return highlighter;
}

afterEach(() => {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
});

describe('exclusions', () => {
  it('highlights prose but never form fields, editors, code, scripts, links, buttons, hidden or ARIA-hidden text', async () => {
    await highlight(`
      <p>Prednisone and MTX and mtx.</p>
      <input value="prednisone"><textarea>prednisone</textarea><select><option>prednisone</option></select>
      <div contenteditable="true"><p>prednisone in an editor</p></div>
      <div contenteditable="false">prednisone in a non-editable div</div>
      <div class="ProseMirror"><p>prednisone in ProseMirror</p></div>
      <pre>prednisone</pre><code>prednisone</code><kbd>prednisone</kbd><samp>prednisone</samp>
      <script>var x = "prednisone"</script><style>/* prednisone */</style><noscript>prednisone</noscript>
      <template><p>prednisone</p></template>
      <a href="#">prednisone link</a><button>prednisone</button><span role="button">prednisone</span>
      <div aria-hidden="true">prednisone</div><div hidden>prednisone</div>
      <svg><text>prednisone</text></svg>
      <mark>prednisone in the page's own mark</mark>`);
    expect(marked()).toEqual(['prednisone:Prednisone', 'methotrexate:MTX', 'prednisone:prednisone']);
  });

  it('leaves everything inside an editable root alone when a batch starts inside it', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p id="inner">prednisone</p></div>';
    const highlighter = new PageHighlighter(matcher, { yield: immediately });
    highlighter.add(document.getElementById('inner')!);
    await highlighter.idle();
    expect(marked()).toEqual([]);
  });

  it('gives each mark the documented attributes', async () => {
    await highlight('<p>IVIG</p>');
    const mark = document.querySelector('mark')!;
    expect(Object.fromEntries([...mark.attributes].map((a) => [a.name, a.value]))).toMatchObject({
      'data-dmg-term': 'ivig',
      tabindex: '0',
      role: 'button',
      'aria-haspopup': 'dialog',
      'aria-expanded': 'false',
    });
  });
});

describe('slicing', () => {
  it('yields between slices and still reaches every term', async () => {
    document.body.innerHTML = Array.from({ length: 1000 }, (_, i) => `<p>Paragraph ${i} mentions prednisone.</p>`).join('');
    let pauses = 0;
    const highlighter = new PageHighlighter(matcher, {
      sliceMs: 1,
      yield: () => {
        pauses++;
        return Promise.resolve();
      },
    });
    highlighter.add(document.body);
    await highlighter.idle();
    expect(pauses).toBeGreaterThan(0);
    expect(document.querySelectorAll('mark[data-dmg-term]').length).toBe(1000);
  });

  it('does not highlight a text node twice when its root is queued twice', async () => {
    document.body.innerHTML = '<p>prednisone</p>';
    const highlighter = new PageHighlighter(matcher, { yield: immediately });
    highlighter.add(document.body);
    highlighter.add(document.body);
    await highlighter.idle();
    expect(marked()).toEqual(['prednisone:prednisone']);
    expect(document.querySelectorAll('mark mark').length).toBe(0);
  });
});

describe('removing highlights', () => {
  it('restores the exact DOM, with split text nodes merged back', async () => {
    const html = '<p>Before prednisone, <b>MTX</b> and intravenous immunoglobulin after.</p><ul><li>IVIG</li></ul>';
    document.body.innerHTML = html;
    const before = document.body.innerHTML;
    const textBefore = document.body.textContent;
    const childCountBefore = document.querySelector('p')!.childNodes.length;
    const live = startLiveHighlighting(document, matcher);
    await live.idle();
    expect(document.querySelectorAll('mark').length).toBe(4);
    expect(document.body.textContent).toBe(textBefore);
    live.stop();
    expect(document.body.innerHTML).toBe(before);
    expect(document.querySelector('p')!.childNodes.length).toBe(childCountBefore);
    expect(document.head.querySelector('style[data-dmg-styles]')).toBeNull();
  });

  it('counts highlights per entry', async () => {
    const highlighter = await highlight('<p>prednisone, Prednisone and IVIG</p>');
    expect(Object.fromEntries(highlighter.counts(document))).toEqual({ prednisone: 2, ivig: 1 });
  });
});

describe('the two forms of the exclusion rules', () => {
  it('agree on every element of a page full of excluded and ordinary places', async () => {
    const { EXCLUDED_SELECTOR, isExcludedElement } = await import('../../utils/highlight/exclusions');
    document.body.innerHTML = `
      <p>x</p><div class="ProseMirror x">x</div><div contenteditable="">x</div><div contenteditable="false">x</div>
      <span role="slider">x</span><span role="note">x</span><a>x</a><mark>x</mark><code>x</code>
      <div aria-hidden="false">x</div><div aria-hidden="true">x</div><section hidden>x</section><var>x</var>`;
    for (const element of document.body.querySelectorAll('*')) {
      expect(isExcludedElement(element), element.outerHTML).toBe(element.matches(EXCLUDED_SELECTOR));
    }
  });
});

describe('visible text first', () => {
  it('widens the element in view to an ancestor with enough text, never the body', async () => {
    const { visibleRoot } = await import('../../utils/highlight/visible-root');
    document.body.innerHTML = `<main><article id="a"><p id="p">${'prednisone '.repeat(200)}</p></article></main>`;
    const p = document.getElementById('p')!;
    const original = document.elementFromPoint;
    document.elementFromPoint = () => p;
    try {
      expect(visibleRoot(document)).toBe(p);
      p.textContent = 'short';
      expect(visibleRoot(document)?.localName).toBe('main');
      document.elementFromPoint = () => document.body;
      expect(visibleRoot(document)).toBeUndefined();
    } finally {
      document.elementFromPoint = original;
    }
  });
});

describe('walking around a subtree already done', () => {
  it('leaves the skipped subtree out of the walk and still reaches everything else', async () => {
    document.body.innerHTML = '<p id="seen">prednisone</p><p>IVIG</p>';
    const highlighter = new PageHighlighter(matcher, { yield: immediately });
    const seen = document.getElementById('seen')!;
    highlighter.add(document.body, seen);
    await highlighter.idle();
    expect(marked()).toEqual(['ivig:IVIG']);
    highlighter.add(seen);
    await highlighter.idle();
    expect(marked()).toEqual(['prednisone:prednisone', 'ivig:IVIG']);
  });
});
