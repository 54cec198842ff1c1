/**
 * A child frame's first script: it looks for a possible term, and only where it finds one does the
 * background load the painter (entrypoints/content) into the frame.
 *
 * Why: the content script runs in every frame of every page, and most frames (ads, embeds, widgets)
 * hold no term. Our whole painter evaluated in each of them cost 1.4 ms of script and 350 KB of heap
 * a frame (issue #22); no lazy import inside it helped, because the browser compiles the whole
 * bundle and our start reads the names, builds the matcher and its observers before knowing there
 * is anything to show. This script is a few KB: it reads only the page pattern (glossary/pattern-cache.ts
 * FRAME_GATE_KEY) and walks the text with the painter's own walker and exclusions, so it asks for
 * the painter exactly where the painter would find a candidate (a superset: the painter's context
 * rules and the reader's settings still decide what is painted). A Spanish frame, whose names are
 * another item, gets the painter without a look.
 *
 * Nothing here is visible to the page: no sheet, no node, no event listener on the page's objects
 * (the observers are invisible to it), and the request is a runtime message.
 */
import type { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { LateShadowRoots } from '../highlight/late-shadow-roots';
import { bodyReady, untilParsed } from '../highlight/loading-pass';
import { MutationWatcher } from '../highlight/mutation-watcher';
import { pageLanguage, SAMPLE_CHARS, sampleText } from '../highlight/page-language';
import { TextWalker, type Candidate } from '../highlight/text-walker';
import { paintFrameRequest } from '../messaging/page-messages';
import { readGateRegExp } from './stored-patterns';

/** One task of the look at most this long; a long frame is looked at over several tasks. */
const SLICE_MS = 8;

/**
 * Walks the document's body (and the open shadow roots found in it), then every later change,
 * until the pattern finds a possible term where the painter would look; then calls `found` once
 * and stops watching. Returns a function that stops it without calling `found`.
 */
export function watchForTerms(doc: Document, pattern: RegExp, found: () => void): () => void {
  const queue: Node[] = [];
  let walker: TextWalker | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let over = false;
  const late = new LateShadowRoots((shadow) => add(shadow, true));
  const watcher = new MutationWatcher({
    changed: () => undefined,
    removed: () => late.sweep(),
    added: (roots) => {
      late.recheck();
      for (const root of roots) add(root, false);
    },
  });
  const stop = (): void => {
    over = true;
    clearTimeout(timer);
    watcher.disconnect();
    late.stop();
    queue.length = 0;
    walker = undefined;
  };
  const add = (root: Node, observe: boolean): void => {
    if (over) return;
    // A shadow root's changes are not reported to the document's observer: each is observed itself.
    if (observe) watcher.observe(root);
    queue.push(root);
    if (timer === undefined) timer = setTimeout(look, 0);
  };
  const look = (): void => {
    timer = undefined;
    const deadline = performance.now() + SLICE_MS;
    const out: Candidate[] = [];
    while (!over && performance.now() < deadline) {
      if (!walker || walker.finished) {
        const root = queue.shift();
        if (!root) return;
        walker = new TextWalker(root, pattern, (shadow) => add(shadow, true), (host) => late.watch(host));
      }
      walker.step(deadline, out, 1);
      if (out.length > 0) {
        stop();
        found();
        return;
      }
    }
    if (!over) timer = setTimeout(look, 0);
  };
  watcher.observe(doc);
  // Without a body yet (or one a blank frame's creator writes in anew), the new body arrives
  // as an added node, which the observer above reports.
  if (doc.body) add(doc.body, false);
  return stop;
}

/**
 * The gate of one child frame: resolves to true once the frame should get the painter (a possible
 * term was found, the frame is Spanish, or there is no pattern to look with), to false if `signal`
 * stopped it first (the extension was updated or removed); never, while neither happens.
 */
export async function untilFrameNeedsPainter(doc: Document, pattern: RegExp | undefined, signal: AbortSignal): Promise<boolean> {
  // Without its pattern the gate cannot tell: the painter, which asks the background, decides.
  if (!pattern) return true;
  await bodyReady(doc);
  // As the painter does: the language is told from the first few thousand characters, or at DOMContentLoaded.
  await untilParsed(doc, () => !!doc.body && sampleText(doc.body).length >= SAMPLE_CHARS);
  if (signal.aborted) return false;
  if (pageLanguage(doc) === 'es') return true;
  return new Promise<boolean>((resolve) => {
    const stop = watchForTerms(doc, pattern, () => resolve(true));
    signal.addEventListener('abort', () => {
      stop();
      resolve(false);
    }, { once: true });
  });
}

/**
 * The gate of a page's child frame: asks the background for the painter once the frame needs it.
 * `api` is the browser's own namespace (utils/browser/native-api.ts): in a frame with nothing to
 * paint only its `storage` is touched, since the browser builds each namespace's binding in the
 * frame at its first touch.
 */
export async function gateFrame(ctx: Pick<ContentScriptContext, 'signal' | 'isInvalid'>, doc: Document, api: Pick<typeof browser, 'storage' | 'runtime'>): Promise<void> {
  // untilFrameNeedsPainter waits for the body and enough parsed text itself.
  if (!(await untilFrameNeedsPainter(doc, await readGateRegExp(api), ctx.signal))) return;
  // An orphaned copy (the extension was updated or removed) has no one to ask.
  if (ctx.isInvalid) return;
  void api.runtime.sendMessage(paintFrameRequest).catch(() => undefined);
}
