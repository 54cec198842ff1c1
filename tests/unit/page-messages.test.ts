import { describe, expect, it } from 'vitest';
import { answerOnceStarted, pageMessageHandler, type PageMessageDeps, type PageMessageHandler } from '../../utils/content/page-messages';
import { countsRequest } from '../../utils/messaging/page-messages';
import { pdfSourceRequest } from '../../utils/reader/pdf-links';

function deps(over: Partial<PageMessageDeps> = {}): PageMessageDeps & { log: string[] } {
  const log: string[] = [];
  return {
    log,
    isInvalid: () => false,
    isTop: true,
    host: 'example.org',
    document: { contentType: 'text/html', URL: 'https://example.org/a' },
    idle: async () => void log.push('idle'),
    counts: () => new Map([['methotrexate', 3]]),
    isActive: () => true,
    openFirst: (id) => (log.push(`open ${id}`), true),
    onGrantChanged: (yes) => void log.push(`grant ${yes}`),
    toggleSite: async () => (log.push('toggle'), false),
    ...over,
  };
}

describe("the content script's answers to the extension's messages", () => {
  it('gives the popup the counts once painting settled', async () => {
    const d = deps();
    await expect(pageMessageHandler(d)(countsRequest)).resolves.toEqual({ counts: { methotrexate: 3 }, host: 'example.org', active: true });
    expect(d.log).toEqual(['idle']);
  });

  it('opens the first mention after painting settled, and switches the site', async () => {
    const d = deps();
    const answer = pageMessageHandler(d);
    await expect(answer({ type: 'dmg:reveal', id: 'prednisone' })).resolves.toBe(true);
    await expect(answer({ type: 'dmg:toggle-site' })).resolves.toBe(false);
    expect(d.log).toEqual(['idle', 'open prednisone', 'toggle']);
  });

  it("offers the reader only for the browser's PDF viewer", async () => {
    await expect(pageMessageHandler(deps())(pdfSourceRequest)).resolves.toBeNull();
    const pdf = deps({ document: { contentType: 'application/pdf', URL: 'https://example.org/label.pdf' } });
    await expect(pageMessageHandler(pdf)(pdfSourceRequest)).resolves.toBe('https://example.org/label.pdf');
  });

  it('answers nothing from a child frame, which still follows grant changes', () => {
    const d = deps({ isTop: false });
    const answer = pageMessageHandler(d);
    expect(answer(countsRequest)).toBeUndefined();
    expect(answer({ type: 'dmg:toggle-site' })).toBeUndefined();
    expect(answer({ type: 'dmg:tab-grant-changed', granted: true })).toBeUndefined();
    expect(d.log).toEqual(['grant true']);
  });

  it('answers nothing once the extension was reloaded, and ignores what is not ours', () => {
    const stale = deps({ isInvalid: () => true });
    expect(pageMessageHandler(stale)(countsRequest)).toBeUndefined();
    expect(pageMessageHandler(stale)({ type: 'dmg:tab-grant-changed', granted: false })).toBeUndefined();
    expect(stale.log).toEqual([]);
    expect(pageMessageHandler(deps())({ type: 'dmg:counts-x' })).toBeUndefined();
    expect(pageMessageHandler(deps())('dmg:counts')).toBeUndefined();
  });
});

describe('the listener the top frame registers before it has started', () => {
  function later(): { started: Promise<PageMessageHandler | undefined>; finish: (answer: PageMessageHandler | undefined) => void } {
    let finish!: (answer: PageMessageHandler | undefined) => void;
    const started = new Promise<PageMessageHandler | undefined>((done) => (finish = done));
    return { started, finish };
  }

  it("holds the popup's questions until the frame has started, then answers them", async () => {
    const { started, finish } = later();
    const answer = answerOnceStarted(started);
    const counts = answer(countsRequest);
    const reveal = answer({ type: 'dmg:reveal', id: 'prednisone' });
    expect(counts).toBeInstanceOf(Promise);
    const d = deps();
    let settled = false;
    void counts?.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    finish(pageMessageHandler(d));
    await expect(counts).resolves.toEqual({ counts: { methotrexate: 3 }, host: 'example.org', active: true });
    await expect(reveal).resolves.toBe(true);
    expect(d.log).toEqual(['idle', 'idle', 'open prednisone']);
  });

  it('answers with nothing where the frame stopped before painting', async () => {
    const { started, finish } = later();
    const answer = answerOnceStarted(started);
    const counts = answer(countsRequest);
    const pdf = answer(pdfSourceRequest);
    finish(undefined);
    await expect(counts).resolves.toBeNull();
    await expect(pdf).resolves.toBeNull();
  });

  it('passes a grant change on once started', async () => {
    const { started, finish } = later();
    const answer = answerOnceStarted(started);
    expect(answer({ type: 'dmg:tab-grant-changed', granted: true })).toBeUndefined();
    const d = deps();
    finish(pageMessageHandler(d));
    await started;
    await Promise.resolve();
    expect(d.log).toEqual(['grant true']);
  });

  it('ignores what is not ours', () => {
    const answer = answerOnceStarted(later().started);
    expect(answer({ type: 'dmg:counts-x' })).toBeUndefined();
    expect(answer({ type: 'dmg:is-tab-granted' })).toBeUndefined();
    expect(answer(null)).toBeUndefined();
  });
});
