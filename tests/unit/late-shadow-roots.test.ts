import { afterEach, describe, expect, it } from 'vitest';
import { LateShadowRoots } from '../../utils/highlight/late-shadow-roots';

describe('LateShadowRoots', () => {
  afterEach(() => document.body.replaceChildren());

  it('hands over a shadow root attached after the element was walked, once', () => {
    const found: ShadowRoot[] = [];
    const late = new LateShadowRoots((shadow) => found.push(shadow));
    const host = document.body.appendChild(document.createElement('todo-app'));
    late.watch(host);
    late.recheck();
    expect(found).toEqual([]);
    const shadow = host.attachShadow({ mode: 'open' });
    late.recheck();
    late.recheck();
    expect(found).toEqual([shadow]);
    expect(late.size).toBe(0);
    late.stop();
  });

  it('forgets elements that left the page, and watches at most its limit', () => {
    const late = new LateShadowRoots(() => {}, 2);
    const hosts = ['a-b', 'c-d', 'e-f'].map((name) => document.body.appendChild(document.createElement(name)));
    hosts.forEach((host) => late.watch(host));
    expect(late.size).toBe(2);
    hosts[0]!.remove();
    late.sweep();
    expect(late.size).toBe(1);
    late.stop();
    expect(late.size).toBe(0);
  });
});
