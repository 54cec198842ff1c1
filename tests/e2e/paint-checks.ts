/**
 * Checks of painted terms shared by the Chromium and Firefox end-to-end tests.
 *
 * Functions marked "runs in the page" are serialised by the browser driver
 * (playwright's and puppeteer's `evaluate`), so they must be self-contained:
 * no imports, no helpers from this module, no closures. The others run in node.
 */
import { getMatcher } from '../../glossary';

/** Every highlight name the extension may register (see utils/highlight/page-styles.ts). */
export const HIGHLIGHT_NAMES = ['dmg-term', 'dmg-term-plain', 'dmg-term-link', 'dmg-hover', 'dmg-current'] as const;
export type HighlightName = (typeof HIGHLIGHT_NAMES)[number];

export type Density = 'section' | 'page' | 'every';

/** The stored-settings change that selects a density (one place, should the setting's shape change again). */
export function densitySettings(density: Density): Record<string, unknown> {
  return { density };
}

export interface PaintReport {
  /** The text of every `dmg-term` range, in the registry's order. */
  texts: string[];
  plain: string[];
  link: string[];
  /** `dmg-term` ranges found in neither subset, or in both. */
  unstyled: number;
  doubled: number;
  /** Ranges in a subset that are missing from `dmg-term`. */
  strays: number;
  /** Ranges whose text node has left the document. */
  detached: number;
  /** Ranges that start and end in different nodes, are empty, or end past their node's text. */
  malformed: number;
  /** Two `dmg-term` ranges over the same characters. */
  overlapping: number;
  /** Texts painted inside a place that must never be painted, with the selector that caught them. */
  forbidden: string[];
}

/**
 * Runs in the page: what is painted. `forbidden` lists selectors of places
 * that must hold no painted range (checked against the range's own element
 * and its ancestors, inside shadow roots too).
 */
export function inspectPaint({ forbidden }: { forbidden: readonly string[] }): PaintReport {
  const get = (name: string): AbstractRange[] => {
    const highlight = CSS.highlights.get(name);
    return highlight ? ([...highlight] as AbstractRange[]) : [];
  };
  const textOf = (r: AbstractRange) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset);
  const all = get('dmg-term');
  const plain = get('dmg-term-plain');
  const link = get('dmg-term-link');
  const inAll = new Set(all);
  const inPlain = new Set(plain);
  const inLink = new Set(link);
  const hits: string[] = [];
  let overlapping = 0;
  const seen = new Map<Node, Array<[number, number]>>();
  for (const r of all) {
    const spans = seen.get(r.startContainer) ?? [];
    if (spans.some(([s, e]) => r.startOffset < e && s < r.endOffset)) overlapping++;
    spans.push([r.startOffset, r.endOffset]);
    seen.set(r.startContainer, spans);
    const element = r.startContainer.parentElement;
    const selector = element ? forbidden.find((sel) => element.closest(sel)) : undefined;
    if (selector) hits.push(`${textOf(r)} in ${selector}`);
  }
  return {
    texts: all.map(textOf),
    plain: plain.map(textOf),
    link: link.map(textOf),
    unstyled: all.filter((r) => !inPlain.has(r) && !inLink.has(r)).length,
    doubled: all.filter((r) => inPlain.has(r) && inLink.has(r)).length,
    strays: [...plain, ...link].filter((r) => !inAll.has(r)).length,
    detached: all.filter((r) => !r.startContainer.isConnected).length,
    // A range past its node's end is stale: the page shortened the text under it.
    malformed: all.filter(
      (r) =>
        r.startContainer !== r.endContainer ||
        r.collapsed ||
        r.startContainer.nodeType !== Node.TEXT_NODE ||
        r.endOffset > (r.startContainer as Text).length,
    ).length,
    overlapping,
    forbidden: hits,
  };
}

/** Runs in the page: the texts of one highlight's ranges ([] when it is not registered). */
export function paintedTexts(name: string): string[] {
  const highlight = CSS.highlights.get(name);
  if (!highlight) return [];
  return ([...highlight] as AbstractRange[]).map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset));
}

/** Runs in the page: the texts of the `dmg-term` ranges inside elements matching `selector`. */
export function paintedWithin(selector: string): string[] {
  const highlight = CSS.highlights.get('dmg-term');
  if (!highlight) return [];
  return ([...highlight] as AbstractRange[])
    .filter((r) => r.startContainer.parentElement?.closest(selector))
    .map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset));
}

/** Runs in the page: the registered highlight names that are ours, and how many of our rule sheets are adopted by the document. */
export function paintTraces(): { names: string[]; sheets: number } {
  const names: string[] = [];
  CSS.highlights.forEach((_value, name) => {
    if (name.startsWith('dmg-')) names.push(name);
  });
  const sheets = [...document.adoptedStyleSheets].filter((sheet) =>
    [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(dmg-')),
  ).length;
  return { names: names.sort(), sheets };
}

/**
 * Runs in the page: the viewport point at the middle of the `nth` range of
 * highlight `name` whose text is `text` (case-insensitive; any text when
 * omitted), after scrolling it to the middle of the window; null when there
 * is no such range. For `page.mouse.click(x, y)` / `page.mouse.move(x, y)`.
 */
export function rangeCentre({ name, text, nth = 0 }: { name: string; text?: string; nth?: number }): { x: number; y: number } | null {
  const highlight = CSS.highlights.get(name);
  if (!highlight) return null;
  const wanted = text?.toLowerCase();
  const found = ([...highlight] as AbstractRange[]).filter(
    (r) => wanted === undefined || (r.startContainer as Text).data.slice(r.startOffset, r.endOffset).toLowerCase() === wanted,
  )[nth];
  if (!found) return null;
  found.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  const live = document.createRange();
  live.setStart(found.startContainer, found.startOffset);
  live.setEnd(found.endContainer, found.endOffset);
  // The first line box: a term broken over two lines has its middle between them.
  const box = live.getClientRects()[0] ?? live.getBoundingClientRect();
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

export interface CurrentMention {
  text: string;
  /** Its position among the `dmg-term` ranges (-1 when it is not painted there). */
  index: number;
  /** Where it starts in the document's text (characters before it in its root): tells mentions apart. */
  at: number;
  /** Its top edge in the viewport, and whether it is inside the viewport. */
  top: number;
  inView: boolean;
}

/** Runs in the page: the mention the open card points at (`dmg-current`), or null. */
export function currentMention(): CurrentMention | null {
  const current = CSS.highlights.get('dmg-current');
  const [range] = current ? ([...current] as AbstractRange[]) : [];
  if (!range) return null;
  const all = CSS.highlights.get('dmg-term');
  const index = all
    ? ([...all] as AbstractRange[]).findIndex(
        (r) => r === range || (r.startContainer === range.startContainer && r.startOffset === range.startOffset),
      )
    : -1;
  const live = document.createRange();
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  const box = live.getBoundingClientRect();
  let at = range.startOffset;
  const walker = document.createTreeWalker(range.startContainer.getRootNode(), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && node !== range.startContainer; node = walker.nextNode()) at += (node as Text).length;
  return {
    text: (range.startContainer as Text).data.slice(range.startOffset, range.endOffset),
    index,
    at,
    top: box.top,
    inView: box.bottom > 0 && box.top < innerHeight,
  };
}

export interface DialogState {
  /** The text of the element that labels the dialog (aria-labelledby). */
  name: string;
  text: string;
  /** Focus is on the dialog or inside it. */
  focusInside: boolean;
  buttons: string[];
  /** The dialog's box in the viewport. */
  box: { x: number; y: number; width: number; height: number };
}

/**
 * Runs in the page or in the card's frame: the open card. On a web page the
 * card lives in a sandboxed frame whose document is marked by
 * `meta[name="dmg-card"]`, so the document itself is searched only there (a
 * page's own dialogs are not ours); elsewhere (the PDF reader) the card is in
 * an open shadow root of a body child (e2e builds leave it open). Null when
 * no card is open here.
 */
export function dialogState(): DialogState | null {
  const own: Array<Document | ShadowRoot> = document.querySelector('meta[name="dmg-card"]') ? [document] : [];
  const roots = [...own, ...[...document.body.children].flatMap((child) => (child.shadowRoot ? [child.shadowRoot] : []))];
  for (const root of roots) {
    const dialog = root.querySelector('[role="dialog"]');
    if (!dialog) continue;
    const label = (dialog.getAttribute('aria-labelledby') ?? '')
      .split(/\s+/)
      .map((id) => root.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
    const active = root.activeElement;
    const { x, y, width, height } = dialog.getBoundingClientRect();
    return {
      box: { x, y, width, height },
      name: label,
      text: dialog.textContent ?? '',
      focusInside: active !== null && (active === dialog || dialog.contains(active)),
      buttons: [...dialog.querySelectorAll('button')].map((b) => b.textContent?.trim() ?? ''),
    };
  }
  return null;
}

/** Runs in the page or in the card's frame: clicks the card's enabled button whose text contains `label`; false when there is none. */
export function clickDialogButton(label: string): boolean {
  const own: Array<Document | ShadowRoot> = document.querySelector('meta[name="dmg-card"]') ? [document] : [];
  const roots = [...own, ...[...document.body.children].flatMap((child) => (child.shadowRoot ? [child.shadowRoot] : []))];
  for (const root of roots) {
    const button = [...root.querySelectorAll<HTMLButtonElement>('[role="dialog"] button')].find(
      (b) => !b.disabled && (b.textContent ?? '').includes(label),
    );
    if (button) {
      button.click();
      return true;
    }
  }
  return false;
}

/** Runs in the page: the children of body that carry a shadow root (our card's host while it is open). */
export function shadowHosts(): Array<{ tag: string; open: boolean }> {
  return [...document.body.children]
    .filter((child) => child.localName === 'div' && child.shadowRoot !== null)
    .map((child) => ({ tag: child.localName, open: child.shadowRoot !== null }));
}

/**
 * Runs in the page: our hosts showing a card. After a card closes its frame may stay, emptied and
 * hidden, for the next card (popover-controller.ts, SPARE_MS): that one is not a card.
 */
export function shownCardHosts(): number {
  return [...document.body.children].filter((child) => {
    const root = child.shadowRoot;
    if (!root) return false;
    const frame = root.querySelector('iframe');
    return frame ? frame.style.visibility !== 'hidden' : root.querySelector('[role="dialog"]') !== null;
  }).length;
}

export interface HostShape {
  /** What the shadow root holds, one tag name per child node (text nodes as "#text"). */
  children: string[];
  /** The frame's sandbox attribute (null: none), whether it has a src, and whether it has a srcdoc. */
  sandbox: string | null;
  src: boolean;
  srcdoc: boolean;
}

/**
 * Runs in the page: the shape of each body child's open shadow root, for the
 * card's host on a web page: exactly one iframe, sandboxed with no token (no
 * scripts, opaque origin), its document from srcdoc and never from a URL.
 */
export function hostShapes(): HostShape[] {
  return [...document.body.children].flatMap((child) => {
    const root = child.shadowRoot;
    if (!root) return [];
    const frame = root.querySelector('iframe');
    return [
      {
        children: [...root.childNodes].map((node) => (node.nodeType === Node.ELEMENT_NODE ? (node as Element).localName : node.nodeName)),
        sandbox: frame?.getAttribute('sandbox') ?? null,
        src: frame?.hasAttribute('src') ?? false,
        srcdoc: frame?.hasAttribute('srcdoc') ?? false,
      },
    ];
  });
}

/**
 * Runs in the page or in the card's frame: the text of the element that
 * really has focus, looking through shadow roots ("(dialog)" for the card's
 * dialog itself, whose text is the whole card; "(card frame)" when focus is
 * in the frame inside a body child's shadow root, which `focusIn` then asks).
 */
export function focusedText(): string {
  let active: Element | null = document.activeElement;
  const host = active;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (active?.localName === 'iframe' && host !== active && host?.parentElement === document.body) return '(card frame)';
  return active?.getAttribute('role') === 'dialog' ? '(dialog)' : (active?.textContent?.trim() ?? '');
}

/**
 * Runs in the page: the data of every text node outside `skipped` places, one
 * string each. A term never spans two text nodes for the engine, so matching
 * each string on its own (`mentionsIn`) counts what the engine can count.
 */
export function countableTexts({ skipped }: { skipped: string }): string[] {
  const texts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && !parent.closest(skipped)) texts.push((node as Text).data);
  }
  return texts;
}

/** Runs in the page: the page's body as text and HTML, to compare with the same page elsewhere. */
export function bodySnapshot(): { text: string; html: string } {
  return { text: document.body.innerText, html: document.body.innerHTML };
}

/**
 * Runs in the page: whether the body's text and HTML are still exactly what
 * the server sent; where the HTML differs, the first difference is added (with
 * some context each side) so a failure shows what changed.
 */
export async function asServed(): Promise<{ text: boolean; html: boolean; difference?: { served: string; now: string } }> {
  const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html').body;
  const before = served.innerHTML;
  const now = document.body.innerHTML;
  const result = { text: served.textContent === document.body.textContent, html: before === now };
  if (result.html) return result;
  let at = 0;
  while (at < before.length && before[at] === now[at]) at++;
  return { ...result, difference: { served: before.slice(Math.max(0, at - 60), at + 120), now: now.slice(Math.max(0, at - 60), at + 120) } };
}

/**
 * In node: the glossary entry a painted text names. Throws when the text is
 * not exactly one glossary term, since a painted range must be one.
 */
export function entryOf(text: string): string {
  const matches = getMatcher().findAll(text);
  const whole = matches.length === 1 && matches[0]!.start === 0 && matches[0]!.end === text.length;
  if (!whole) throw new Error(`Painted text "${text}" is not exactly one glossary term`);
  return matches[0]!.entryId;
}

/** In node: how many painted mentions each entry has. */
export function countByEntry(texts: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const text of texts) {
    const id = entryOf(text);
    counts[id] = (counts[id] ?? 0) + 1;
  }
  return counts;
}

/** In node: every mention of every entry in these texts, painted or not ("On this page" counts these). */
export function mentionsIn(texts: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const text of texts) for (const { entryId } of getMatcher().findAll(text)) counts[entryId] = (counts[entryId] ?? 0) + 1;
  return counts;
}

/** Runs in the page: how many ranges the extension's base highlight holds now. */
export function paintedCount(): number {
  return CSS.highlights.get('dmg-term')?.size ?? 0;
}

/**
 * Waits until painting has finished, in node: the page is painted in passes (what the
 * parser has delivered at start, then the rest in idle slices), so the first range
 * says nothing about the last. Finished means some ranges, and the same number over
 * `quietMs` of polling. Throws, naming the count, if that never happens.
 */
export async function waitForSteadyPaint(
  count: () => Promise<number>,
  { quietMs = 600, timeoutMs = 20_000, pollMs = 100 } = {},
): Promise<number> {
  const start = Date.now();
  let last = -1;
  let since = Date.now();
  for (;;) {
    const now = await count();
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (now > 0 && Date.now() - since >= quietMs) {
      return now;
    }
    if (Date.now() - start > timeoutMs) throw new Error(`painting did not settle in ${timeoutMs} ms (last count ${last})`);
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/*
 * In node: the card on a web page lives in a sandboxed frame (its document is
 * cross-origin to the page), so what reads or drives the card runs there.
 * These work with Playwright's and Puppeteer's pages alike; each driver's
 * `evaluate` has its own generic signature, so they are reached through one
 * cast in `evaluateIn`, and call sites stay typed by the overloads below.
 */

/** A page or frame of either driver. */
export interface Evaluates {
  evaluate(...args: never[]): Promise<unknown>;
}

/** A page of either driver: its frames and its main frame. */
export interface FramedPage<F extends Evaluates = Evaluates> extends Evaluates {
  frames(): F[];
  mainFrame(): F;
}

function evaluateIn<A, R>(target: Evaluates, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  return (target as unknown as { evaluate(fn: unknown, arg: unknown): Promise<R> }).evaluate(fn, arg);
}

/** In node: `page.evaluate` for either driver's page. */
export function inPage<R>(page: Evaluates, fn: () => R | Promise<R>): Promise<R>;
export function inPage<A, R>(page: Evaluates, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
export function inPage<A, R>(page: Evaluates, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  return evaluateIn(page, fn, arg);
}

/** Runs in any frame: whether this document is the card's (the frame's own mark). */
function isCardDocument(): boolean {
  return document.querySelector('meta[name="dmg-card"]') !== null;
}

/**
 * In node: the frame that holds the open card (its document has
 * meta[name="dmg-card"]); undefined when there is none. The main frame is
 * never it, even if a page forges the mark.
 */
export async function cardFrame<F extends Evaluates>(page: FramedPage<F>): Promise<F | undefined> {
  const main = page.mainFrame();
  for (const frame of page.frames()) {
    if (frame === main) continue;
    // A frame that is loading or going away answers late or throws: it is not the card then.
    const marked = await Promise.race([
      evaluateIn(frame, isCardDocument).catch(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 3_000)),
    ]);
    if (marked) return frame;
  }
  return undefined;
}

/**
 * In node: runs `fn` in the card's frame if a card frame is open, else in the
 * page (the PDF reader's card, or no card: the function then says so). A card
 * that closes between finding and asking is looked for once more.
 */
export async function inCard<R>(page: FramedPage, fn: () => R | Promise<R>): Promise<R>;
export async function inCard<A, R>(page: FramedPage, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
export async function inCard<A, R>(page: FramedPage, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  try {
    return await answerIn((await cardFrame(page)) ?? page, fn, arg);
  } catch {
    return answerIn((await cardFrame(page)) ?? page, fn, arg);
  }
}

/** `evaluateIn`, failing with a message that names the function if the frame never answers (a hung frame would otherwise hang the test without a word). */
function answerIn<A, R>(target: Evaluates, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([
    evaluateIn(target, fn, arg).finally(() => clearTimeout(timer)),
    new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`${fn.name || 'a function'} got no answer in 10 s from the card's frame or page`)), 10_000);
    }),
  ]);
}

/** Runs in the page: where the card frame's viewport starts in the page's viewport (past its border and padding); null when there is no card frame. */
export function cardFrameOrigin(): { x: number; y: number } | null {
  for (const child of document.body.children) {
    const frame = child.shadowRoot?.querySelector('iframe');
    if (!frame) continue;
    const box = frame.getBoundingClientRect();
    const style = getComputedStyle(frame);
    return { x: box.left + frame.clientLeft + parseFloat(style.paddingLeft), y: box.top + frame.clientTop + parseFloat(style.paddingTop) };
  }
  return null;
}

/** In node: a point in the card frame's viewport as a point in the page's (for `page.mouse`); unchanged when the card is not in a frame. */
export async function cardPoint(page: FramedPage, point: { x: number; y: number }): Promise<{ x: number; y: number }> {
  if (!(await cardFrame(page))) return point;
  const origin = await evaluateIn(page, cardFrameOrigin);
  if (!origin) throw new Error('The card frame is not inside a body child\'s shadow root');
  return { x: point.x + origin.x, y: point.y + origin.y };
}

/**
 * In node: the open card (`dialogState` where the card is), its box in the page's viewport;
 * null when no card is open. In a frame, focus is inside only if the page's focus is on the
 * card's frame too (the frame's document keeps its activeElement when the frame loses focus).
 */
export async function cardState(page: FramedPage): Promise<DialogState | null> {
  const frame = await cardFrame(page);
  const state = await inCard(page, dialogState);
  if (!state) return null;
  const { x, y } = await cardPoint(page, state.box);
  const frameFocused = !frame || (await evaluateIn(page, focusedText)) === '(card frame)';
  return { ...state, focusInside: state.focusInside && frameFocused, box: { ...state.box, x, y } };
}

/** In node: `focusedText` of what really has focus, following focus from the page into the card's frame. */
export async function focusIn(page: FramedPage): Promise<string> {
  const text = await evaluateIn(page, focusedText);
  return text === '(card frame)' ? inCard(page, focusedText) : text;
}

/** In node: waits for an open card in a frame and returns that frame (for selectors and clicks inside it). */
export async function waitForCardFrame<F extends Evaluates>(page: FramedPage<F>, timeoutMs = 10_000): Promise<F> {
  const start = Date.now();
  for (;;) {
    const frame = await cardFrame(page);
    if (frame && (await evaluateIn(frame, dialogState).catch(() => null))) return frame;
    if (Date.now() - start > timeoutMs) throw new Error(`No card frame with a dialog within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** For Playwright's `page.frameLocator`: the card's frame inside our host's (open, in e2e builds) shadow root. */
export const CARD_FRAME = 'body > div iframe[srcdoc]';
