// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { sectionOf } from '../../utils/highlight/sections';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('sectionOf', () => {
  it('names the nearest heading before a node, or the post that holds it, or the body', () => {
    document.body.innerHTML = `
      <p id="intro">intro</p>
      <h2 id="h">Treatment</h2><div><p id="under">text</p></div>
      <article id="post"><p id="in-post">a post</p><h3 id="h3">Reply</h3><p id="after-h3">x</p></article>`;
    const $ = (id: string) => document.getElementById(id)!;
    expect(sectionOf($('intro').firstChild!)).toBe(document.body);
    expect(sectionOf($('under').firstChild!)).toBe($('h'));
    expect(sectionOf($('in-post').firstChild!)).toBe($('post'));
    expect(sectionOf($('after-h3').firstChild!)).toBe($('h3'));
  });

  it('settles for the container when no heading is within reach on a long page', () => {
    document.body.innerHTML = `<main id="m">${'<p>filler</p>'.repeat(2000)}<p id="last">last</p></main>`;
    expect(sectionOf(document.getElementById('last')!.firstChild!)).toBe(document.getElementById('m'));
  });

  it('treats a shadow root as its own top', () => {
    document.body.innerHTML = '<h2>Page heading</h2><div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>inside</p>';
    expect(sectionOf(shadow.querySelector('p')!.firstChild!)).toBe(shadow);
  });
});
