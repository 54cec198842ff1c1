/**
 * The painter is loaded only into frames that hold a possible term (utils/content/frame-gate.ts,
 * utils/background/frame-painter.ts): counted in Chromium from the scripts each frame's isolated
 * world parsed, which the DevTools protocol reports with the frame they ran in. Painting in frames
 * itself is checked in both browsers by hostile.test.ts and firefox.test.ts.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD, launchChromium, requireBuild, ROOT, type ChromiumSession } from '../support/browsers';
import { serveDirectory, type StaticServer } from '../support/static-server';
import { paintedTexts } from './paint-checks';

interface ScriptParsed {
  url: string;
  executionContextAuxData?: { frameId?: string; type?: string };
}

interface FrameTree {
  frame: { id: string; parentId?: string; name?: string };
  childFrames?: FrameTree[];
}

/**
 * Records the scripts the page's frames parse from now on; `byFrame()` says which of the painter and the gate
 * each frame (by its name, which the fixture gives each frame; "top" for the page) parsed.
 * Recorded as they are parsed: a script whose work is done may be collected, and then a later
 * Debugger.enable would not list it.
 */
async function recordScripts(page: Page): Promise<{ byFrame(): Promise<Record<string, string[]>> }> {
  const cdp = await page.context().newCDPSession(page);
  const parsed: ScriptParsed[] = [];
  cdp.on('Debugger.scriptParsed', (event: ScriptParsed) => parsed.push(event));
  await cdp.send('Debugger.enable');
  return {
    async byFrame() {
      const names = new Map<string, string>();
      const walk = ({ frame, childFrames }: FrameTree): void => {
        names.set(frame.id, frame.parentId ? (frame.name ?? '?') : 'top');
        for (const child of childFrames ?? []) walk(child);
      };
      walk(((await cdp.send('Page.getFrameTree')) as { frameTree: FrameTree }).frameTree);
      const out: Record<string, string[]> = {};
      for (const { url, executionContextAuxData } of parsed) {
        // The card frame's script runs in every frame and leaves at once (entrypoints/card-frame.content.ts).
        const file = /\/content-scripts\/(content|frame-gate)\.js$/.exec(url)?.[1];
        const name = names.get(executionContextAuxData?.frameId ?? '');
        if (file && name) (out[name] ??= []).push(file);
      }
      for (const list of Object.values(out)) list.sort();
      return out;
    },
  };
}

describe('the painter in child frames (Chromium)', () => {
  let session: ChromiumSession;
  let fixtures: StaticServer;

  beforeAll(async () => {
    fixtures = await serveDirectory(join(ROOT, 'tests/fixtures/hostile'));
    session = await launchChromium(requireBuild(CHROME_BUILD, 'npm run build:e2e'));
  });
  afterAll(async () => {
    await session?.close();
    await fixtures?.close();
  });

  it('is loaded only into frames whose text holds a term, and into a quiet frame once one arrives', async () => {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const scripts = await recordScripts(page);
    await page.goto(fixtures.url('frames-gate.html'));
    const frame = async (id: string) => (await (await page.$(`#${id}`))!.contentFrame())!;
    for (const id of ['same-origin', 'srcdoc', 'late']) {
      const target = await frame(id);
      await expect.poll(() => target.evaluate(paintedTexts, 'dmg-term').then((t) => t.length), { timeout: 20_000 }).toBeGreaterThan(0);
    }
    const parsed = await scripts.byFrame();
    // The top frame: the painter from the manifest, and the gate, which leaves at once there.
    expect(parsed.top).toEqual(['content', 'frame-gate']);
    for (const id of ['same-origin', 'srcdoc', 'late']) expect(parsed[id], id).toEqual(['content', 'frame-gate']);
    // An advert, a form whose terms are all in its fields and code, a blank frame: the gate only.
    for (const id of ['advert', 'form', 'blank']) expect(parsed[id], id).toEqual(['frame-gate']);
    for (const id of ['advert', 'form', 'blank']) expect(await (await frame(id)).evaluate(paintedTexts, 'dmg-term'), id).toEqual([]);

    // Text arriving later in the quiet advert: the painter follows.
    await (await frame('advert')).evaluate(() => {
      document.body.append(Object.assign(document.createElement('p'), { textContent: 'Sponsored: living with dermatomyositis.' }));
    });
    const advert = await frame('advert');
    await expect.poll(() => advert.evaluate(paintedTexts, 'dmg-term'), { timeout: 20_000 }).toEqual(['dermatomyositis']);
    expect((await scripts.byFrame()).advert).toEqual(['content', 'frame-gate']);
    expect(errors).toEqual([]);
    await page.close();
  });
});
