// The pointer shape over a clickable term (painter.ts setPointer, page-styles.ts pointerCss): a
// keyed rule in a sheet adopted while the pointer is on the term, never a change to an adopted
// sheet's rules (which restyles every element of the page in both browsers).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Mention } from '../../utils/highlight/mention';
import { pointerCss } from '../../utils/highlight/page-styles';
import { Painter } from '../../utils/highlight/painter';
import { fakeApi } from './fake-highlight-api';

let nextId = 1;
function mentionIn(holder: Element, clickable = true): Mention {
  const node = holder.ownerDocument.createTextNode('methotrexate');
  holder.append(node);
  // happy-dom has no StaticRange; the fake registry only holds the range.
  const range = holder.ownerDocument.createRange();
  range.setStart(node, 0);
  range.setEnd(node, 12);
  return {
    id: nextId++,
    node,
    start: 0,
    end: 12,
    entryId: 'methotrexate',
    control: !clickable,
    slot: 's',
    range: range as unknown as StaticRange,
    painted: true,
  };
}

/** A painter with real constructed sheets, and a record of every rewrite of one and whether it was adopted then. */
function painterWithSheets() {
  const { api } = fakeApi();
  const rewrites: { css: string; adoptedSomewhere: boolean }[] = [];
  const roots: (Document | ShadowRoot)[] = [document];
  api.sheet = (css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    const replace = sheet.replaceSync.bind(sheet);
    sheet.replaceSync = (text: string) => {
      rewrites.push({ css: text, adoptedSomewhere: roots.some((r) => r.adoptedStyleSheets.includes(sheet)) });
      replace(text);
    };
    return sheet;
  };
  const painter = new Painter({ style: 'background', colour: 'amber' }, api);
  return { painter, rewrites, roots };
}

const rulesOf = (root: Document | ShadowRoot) => root.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText));
const pointerRules = (root: Document | ShadowRoot) => rulesOf(root).filter((r) => r.includes('cursor'));

let painter: Painter | undefined;
afterEach(() => {
  painter?.stop();
  painter = undefined;
  document.body.innerHTML = '';
});

describe('the pointer shape over a term', () => {
  it('keys the rule to the element holding the text: its id, else its tag, escaped', () => {
    expect(pointerCss({ id: 'dose', localName: 'p' })).toBe('#dose:hover { cursor: pointer !important; }');
    expect(pointerCss({ id: '', localName: 'li' })).toBe('li:hover { cursor: pointer !important; }');
    expect(pointerCss({ id: '1 a#b', localName: 'p' })).toBe(`#${CSS.escape('1 a#b')}:hover { cursor: pointer !important; }`);
    expect(pointerCss({ id: '', localName: 'my-card' })).toBe('my-card:hover { cursor: pointer !important; }');
  });

  it('adopts the keyed sheet while the pointer is on a clickable term, drops it when it leaves, and never rewrites it while adopted', () => {
    const made = painterWithSheets();
    painter = made.painter;
    const withId = document.createElement('p');
    withId.id = 'intro';
    const item = document.createElement('li');
    document.body.append(withId, item);
    const a = mentionIn(withId);
    const b = mentionIn(withId);
    const c = mentionIn(item);
    painter.paint(a);
    painter.paint(c);
    const highlightRules = rulesOf(document).length;
    expect(highlightRules).toBeGreaterThan(0);
    expect(pointerRules(document)).toEqual([]);

    painter.setHover(a, true);
    expect(pointerRules(document)).toEqual(['#intro:hover { cursor: pointer !important; }']);
    // Another term in the same element: nothing changes.
    const sheetsBefore = [...document.adoptedStyleSheets];
    painter.setHover(b, true);
    expect(document.adoptedStyleSheets).toEqual(sheetsBefore);

    painter.setHover(c, true);
    expect(pointerRules(document)).toEqual(['li:hover { cursor: pointer !important; }']);
    painter.setHover(undefined, false);
    expect(pointerRules(document)).toEqual([]);
    expect(rulesOf(document)).toHaveLength(highlightRules);

    expect(made.rewrites.map((r) => r.css)).toEqual(['#intro:hover { cursor: pointer !important; }', 'li:hover { cursor: pointer !important; }']);
    expect(made.rewrites.every((r) => !r.adoptedSomewhere)).toBe(true);
  });

  it('shows no pointer where a click belongs to the page (a term in a link)', () => {
    painter = painterWithSheets().painter;
    const link = document.createElement('a');
    link.href = '#';
    document.body.append(link);
    const m = mentionIn(link, false);
    painter.paint(m);
    painter.setHover(m, false);
    expect(pointerRules(document)).toEqual([]);
  });

  it('adopts it in the shadow root that holds the term, not the document, and stop() leaves no sheet anywhere', () => {
    const made = painterWithSheets();
    painter = made.painter;
    const host = document.createElement('div');
    document.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    made.roots.push(shadow);
    const span = document.createElement('span');
    shadow.append(span);
    const m = mentionIn(span);
    painter.paint(m);
    painter.setHover(m, true);
    expect(pointerRules(shadow)).toEqual(['span:hover { cursor: pointer !important; }']);
    expect(pointerRules(document)).toEqual([]);
    painter.stop();
    expect(shadow.adoptedStyleSheets).toEqual([]);
    expect(document.adoptedStyleSheets).toEqual([]);
  });

  it('makes no pointer sheet at all until a term is hovered', () => {
    const { api } = fakeApi();
    const sheet = vi.fn(() => undefined);
    api.sheet = sheet;
    painter = new Painter({ style: 'background', colour: 'amber' }, api);
    const p = document.createElement('p');
    document.body.append(p);
    painter.paint(mentionIn(p));
    const made = sheet.mock.calls.length;
    painter.setHover(undefined, false);
    expect(sheet.mock.calls.length).toBe(made);
  });
});

describe('the term under the pointer', () => {
  it('changes nothing while the pointer stays on one term, and marks the next one when it moves', () => {
    const { api, registry } = fakeApi();
    painter = new Painter({ style: 'background', colour: 'amber' }, api);
    const p = document.createElement('p');
    document.body.append(p);
    const a = mentionIn(p);
    const b = mentionIn(p);
    painter.paint(a);
    painter.paint(b);
    const hover = registry.get('dmg-hover')!;
    const add = vi.spyOn(hover, 'add');
    const clear = vi.spyOn(hover, 'clear');
    // The triggers ask at every animation frame the mouse moves in.
    for (let frame = 0; frame < 5; frame++) painter.setHover(a, true);
    expect([...hover]).toEqual([a.range]);
    expect(add).toHaveBeenCalledTimes(1);
    expect(clear).toHaveBeenCalledTimes(1);
    painter.setHover(b, true);
    expect([...hover]).toEqual([b.range]);
    painter.unpaint(b);
    expect([...hover]).toEqual([]);
    // Painted again (the page changed it back), it is marked again.
    painter.paint(b);
    painter.setHover(b, true);
    expect([...hover]).toEqual([b.range]);
    painter.setHover(undefined, false);
    expect([...hover]).toEqual([]);
  });
});
