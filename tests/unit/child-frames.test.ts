import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { publishedPatterns } from '../../glossary/page-matcher';
import { FRAME_GATE_KEY, FRAME_GATE_REQUEST } from '../../glossary/pattern-cache';
import { CATEGORIES } from '../../glossary/types';
import { extensionId, nativeApi } from '../../utils/browser/native-api';
import { childFrameRole } from '../../utils/content/child-frames';
import { gateFrame } from '../../utils/content/frame-gate';
import { ContentScriptContext } from '../../utils/content/silent-context';
import { paintFrameRequest } from '../../utils/messaging/page-messages';

describe('which of our scripts acts in a child frame', () => {
  it('leaves the top frame to the painter', () => {
    expect(childFrameRole(true, 'https://example.org/', 'https://example.org')).toBe('none');
  });

  it('draws the card only in a sandboxed srcdoc frame, and does nothing in other opaque frames', () => {
    expect(childFrameRole(false, 'about:srcdoc', 'null')).toBe('card');
    // Never painted (no site): a data: frame, a sandboxed blank or fetched frame.
    expect(childFrameRole(false, 'data:text/html,<p>methotrexate</p>', 'null')).toBe('none');
    expect(childFrameRole(false, 'about:blank', 'null')).toBe('none');
    expect(childFrameRole(false, 'https://ads.example/frame.html', 'null')).toBe('none');
  });

  it("looks at a page's frames, blank and srcdoc ones too, and at nothing else", () => {
    expect(childFrameRole(false, 'https://ads.example/frame.html', 'https://ads.example')).toBe('gate');
    expect(childFrameRole(false, 'http://example.org/a', 'http://example.org')).toBe('gate');
    expect(childFrameRole(false, 'file:///home/me/notes.html', 'file://')).toBe('gate');
    expect(childFrameRole(false, 'about:blank', 'https://example.org')).toBe('gate');
    expect(childFrameRole(false, 'about:srcdoc', 'https://example.org')).toBe('gate');
    // A blob: document keeps its creator's origin; it got no painter before, and gets none now.
    expect(childFrameRole(false, 'blob:https://example.org/0b7c', 'https://example.org')).toBe('none');
  });
});

type Api = ReturnType<typeof nativeApi>;
const globals = globalThis as { browser?: unknown; chrome?: unknown };
// The unit tests' set-up puts a fake `browser` (and maybe `chrome`) on the global: each test here
// sets its own, and puts theirs back.
const original = { browser: globals.browser, chrome: globals.chrome };
const restore = () => {
  globals.browser = original.browser;
  globals.chrome = original.chrome;
};

describe("the browser's own namespace", () => {
  beforeEach(() => {
    globals.browser = undefined;
    globals.chrome = undefined;
  });
  afterEach(restore);

  it('is `browser` where the browser has it, else `chrome`, and an error naming the cause elsewhere', () => {
    const chrome = { runtime: { id: 'c' } };
    const browser = { runtime: { id: 'b' } };
    globals.chrome = chrome;
    expect(nativeApi()).toBe(chrome);
    expect(extensionId()).toBe('c');
    globals.browser = browser;
    expect(nativeApi()).toBe(browser);
    expect(extensionId()).toBe('b');
    globals.browser = undefined;
    globals.chrome = undefined;
    expect(() => nativeApi()).toThrow(/no extension API/);
    expect(extensionId()).toBeUndefined();
  });

  it('tells an orphaned copy of the script by its missing id', () => {
    globals.browser = { runtime: {} };
    const ctx = new ContentScriptContext('child-frames');
    expect(ctx.isInvalid).toBe(true);
    expect(ctx.signal.aborted).toBe(true);
  });
});

describe("a page's child frame, gated", () => {
  const gate = publishedPatterns([CATEGORIES, CATEGORIES]).gate;
  let runtimeTouches = 0;
  let sendMessage: ReturnType<typeof vi.fn>;
  let stored: Record<string, unknown>;
  let ctx: ContentScriptContext;

  const fakeApi = () => {
    const runtime = { id: 'ours', sendMessage };
    const api = {
      storage: { local: { get: vi.fn(async (key: string) => ({ [key]: stored[key] })) } },
      get runtime() {
        runtimeTouches++;
        return runtime;
      },
    };
    globals.browser = api;
    return api as unknown as Api;
  };

  beforeEach(() => {
    runtimeTouches = 0;
    sendMessage = vi.fn(async () => undefined);
    stored = { [FRAME_GATE_KEY]: gate };
    ctx = new ContentScriptContext('child-frames');
    document.documentElement.removeAttribute('lang');
  });
  afterEach(() => {
    ctx.abort();
    restore();
    document.body.innerHTML = '';
  });

  it('asks the background for the painter once the frame names a term', async () => {
    document.body.innerHTML = '<p>Note: my rheumatologist talked about methotrexate today.</p>';
    await gateFrame(ctx, document, fakeApi());
    expect(sendMessage).toHaveBeenCalledTimes(1);
    expect(sendMessage).toHaveBeenCalledWith(paintFrameRequest);
  });

  it('touches nothing but storage in a frame with nothing to paint, and asks nothing', async () => {
    document.body.innerHTML = '<p>Note: the weather was mild and the walk to the shop took ten minutes.</p>';
    const api = fakeApi();
    void gateFrame(ctx, document, api);
    await vi.waitFor(() => expect(api.storage.local.get).toHaveBeenCalledWith(FRAME_GATE_KEY));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sendMessage).not.toHaveBeenCalled();
    expect(runtimeTouches).toBe(0);
  });

  it('asks nothing from an orphaned copy, whose context is invalid', async () => {
    document.body.innerHTML = '<p>Started on prednisone.</p>';
    const api = fakeApi();
    (api.runtime as { id?: string }).id = undefined;
    await gateFrame(ctx, document, api);
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('on the first run, before the names are published, asks the background for its item', async () => {
    stored = {};
    sendMessage.mockImplementation(async (message: unknown) => (message === FRAME_GATE_REQUEST ? gate : undefined));
    document.body.innerHTML = '<p>Weekly IVIG.</p>';
    await gateFrame(ctx, document, fakeApi());
    expect(sendMessage.mock.calls).toEqual([[FRAME_GATE_REQUEST], [paintFrameRequest]]);
  });
});
