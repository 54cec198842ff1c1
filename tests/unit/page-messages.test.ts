import { describe, expect, it } from 'vitest';
import { pageMessageHandler, type PageMessageDeps } from '../../utils/content/page-messages';
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
