/**
 * A child frame's first script: it looks for a possible term, and only where it finds one does the
 * background load the painter (entrypoints/content) into the frame.
 *
 * Why: the content script runs in every frame of every page, and most frames (ads, embeds, widgets)
 * hold no term. Our whole painter evaluated in each of them cost 1.4 ms of script and 350 KB of heap
 * a frame (issue #22); no lazy import inside it helped, because the browser compiles the whole
 * bundle and our start reads the names, builds the matcher and its observers before knowing there
 * is anything to show. This script is a few KB: it reads only the names as words
 * (glossary/name-words.ts, FRAME_GATE_KEY in glossary/pattern-cache.ts), never the page pattern,
 * whose compiling alone took about 20 ms in each new renderer process, and walks the text with the
 * painter's exclusions. So it asks for the painter wherever the painter would find a candidate (a
 * superset: the pattern, the context rules and the reader's settings still decide what is
 * painted). The names are those of English and of Spanish pages, so the gate never tells the
 * frame's language, as the painter does.
 *
 * Nothing here is visible to the page: no sheet, no node, no event listener on the page's objects
 * (the observers are invisible to it), and the request is a runtime message.
 */
import type { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { NameWords } from '../../glossary/name-words';
import { isSkippedElement } from '../highlight/exclusions';
import { LateShadowRoots } from '../highlight/late-shadow-roots';
import { MutationWatcher } from '../highlight/mutation-watcher';
import { LONG_TEXT } from '../highlight/text-walker';
import { paintFrameRequest } from '../messaging/page-messages';
import { frameGateWords } from './stored-patterns';

/** One task of the look at most this long; a long frame is looked at over several tasks. */
const SLICE_MS = 8;
/** Nodes visited between two looks at the clock (as the painter's walker). */
const CLOCK_EVERY = 128;

/**
 * Whether `node` lies where the painter never looks (utils/highlight/exclusions.ts): in a skipped
 * element, or in a document in design mode. The ancestors are read one by one, as the walk reads
 * each element, rather than with the painter's `closest()` selector and `isContentEditable`, which
 * needs the frame's computed style.
 */
function inSkippedPlace(node: Node): boolean {
  if (node.ownerDocument?.designMode === 'on') return true;
  for (let element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement; element; element = element.parentElement) {
    if (isSkippedElement(element)) return true;
  }
  return false;
}

/**
 * Walks the document's body (and the open shadow roots found in it), then every later change,
 * until `words` finds a possible term where the painter would look; then calls `found` once
 * and stops watching. Returns a function that stops it without calling `found`.
 *
 * It looks where the painter's walker (utils/highlight/text-walker.ts) looks, or more: the same
 * per-element exclusions (`isSkippedElement`), the same open shadow roots, late ones included, the
 * same long texts taken untested. It keeps nothing else of that walker (sections, candidates), and
 * its first look runs at once, in the task that called it: a frame with nothing to paint is done
 * in that task, with no timer of ours left behind (issue #22: a timer task before the look was
 * the largest single piece of a frame's last millisecond).
 */
export function watchForTerms(doc: Document, words: NameWords, found: () => void): () => void {
  const queue: Node[] = [];
  let walker: TreeWalker | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let over = false;
  let visits = 0;
  let deadline = 0;
  let hit = false;
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
    timer = undefined;
    watcher.disconnect();
    late.stop();
    queue.length = 0;
    walker = undefined;
  };
  const holdsTerm = (text: string): boolean => {
    if (text.length > LONG_TEXT) return true;
    return text.length >= 2 && words.mayHold(text);
  };
  const lookForShadow = (element: Element): void => {
    if (element.shadowRoot) add(element.shadowRoot, true);
    // Only custom elements attach roots late (late-shadow-roots.ts), as in the painter's walker.
    else if (element.localName.includes('-')) late.watch(element);
  };
  // The walker returns a node only for a term, or when the clock says the slice is over.
  const accept = (node: Node): number => {
    if (node.nodeType === Node.TEXT_NODE) {
      if (holdsTerm((node as Text).data)) {
        hit = true;
        return NodeFilter.FILTER_ACCEPT;
      }
    } else {
      if (isSkippedElement(node as Element)) return NodeFilter.FILTER_REJECT;
      lookForShadow(node as Element);
    }
    return ++visits % CLOCK_EVERY === 0 && performance.now() >= deadline ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
  };
  /** Starts the walk of `root` (or tells at once, for a lone text node); true if it holds a term. */
  const begin = (root: Node): boolean => {
    // The body in an editor's frame, or a change inside a field or an editor (a shadow root has no
    // parent element: only design mode is asked of it).
    if (inSkippedPlace(root)) return false;
    if (root.nodeType === Node.TEXT_NODE) return holdsTerm((root as Text).data);
    // A walker never visits its own root: a component handed over as one is looked at here.
    if (root.nodeType === Node.ELEMENT_NODE) lookForShadow(root as Element);
    walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, { acceptNode: accept });
    return false;
  };
  let looking = false;
  const look = (): void => {
    timer = undefined;
    looking = true;
    deadline = performance.now() + SLICE_MS;
    while (!over) {
      if (!walker) {
        const root = queue.shift();
        if (!root) break;
        hit = begin(root);
      }
      if (walker && !hit && !walker.nextNode()) walker = undefined;
      if (hit) {
        stop();
        found();
        break;
      }
      if (performance.now() >= deadline) {
        timer = setTimeout(look, 0);
        break;
      }
    }
    looking = false;
  };
  const add = (root: Node, observe: boolean): void => {
    if (over) return;
    // A shadow root's changes are not reported to the document's observer: each is observed itself.
    if (observe) watcher.observe(root);
    queue.push(root);
    // A root found during a look joins it, and one found between slices waits for the next slice;
    // any other (a change, a late shadow root) is looked at now.
    if (!looking && timer === undefined) look();
  };
  watcher.observe(doc);
  // Without a body yet (or one a blank frame's creator writes in anew), the new body arrives
  // as an added node, which the observer above reports.
  if (doc.body) add(doc.body, false);
  return stop;
}

/**
 * The gate of one child frame: resolves to true once the frame should get the painter (a possible
 * term was found, or there are no names to look with), to false if `signal` stopped it first (the
 * extension was updated or removed); never, while neither happens.
 */
export function untilFrameNeedsPainter(doc: Document, words: NameWords | undefined, signal: AbortSignal): Promise<boolean> {
  // Without its names the gate cannot tell: the painter, which asks the background, decides.
  if (!words) return Promise.resolve(true);
  if (signal.aborted) return Promise.resolve(false);
  return new Promise<boolean>((resolve) => {
    const stop = watchForTerms(doc, words, () => resolve(true));
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
  if (!(await untilFrameNeedsPainter(doc, await frameGateWords(api), ctx.signal))) return;
  // An orphaned copy (the extension was updated or removed) has no one to ask.
  if (ctx.isInvalid) return;
  void api.runtime.sendMessage(paintFrameRequest).catch(() => undefined);
}
