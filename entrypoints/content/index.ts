import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { matcherFromCache } from '../../glossary/stored-matcher';
import { bodyReady, untilParsed } from '../../utils/highlight/loading-pass';
import { followMine } from '../../utils/highlight/mine';
import { pageLanguage, SAMPLE_CHARS, sampleText } from '../../utils/highlight/page-language';
import { PageSession } from '../../utils/highlight/page-session';
import { tabGrantQuery } from '../../utils/messaging/page-messages';
import { answerOnceStarted, pageMessageHandler, type PageMessageHandler } from '../../utils/content/page-messages';
import { pagePatterns, readStoredPatterns, spanishPagePatterns } from '../../utils/content/stored-patterns';
import type { PopoverController } from '../../utils/popover/popover-controller';
import { frameSite } from '../../utils/settings/frame-site';
import { decideActivation, switchSite, type Settings } from '../../utils/settings/schema';
import { loadSettings, updateSettings, watchSettings } from '../../utils/settings/store';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*', 'file:///*'],
  // At the start, so the top of a loading page is painted while it is parsed (utils/highlight/loading-pass.ts).
  runAt: 'document_start',
  // The top frame only. A child frame gets the small gate (entrypoints/frame-gate.content.ts), and
  // this script from the background only once the gate has found a possible term there
  // (utils/background/frame-painter.ts): most frames of most pages hold none (issue #22).
  allFrames: false,
  matchAboutBlank: true,
  // The card's styles are adopted into its own shadow root; nothing is fetched or exposed to pages.
  cssInjectionMode: 'manual',
  // No start-up message to the page (see utils/content/silent-context.ts for the rest).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // Once per frame, whichever way it came (the manifest, or the background at a gate's request).
    if (!claimFrame()) return;
    const isTop = window === window.top;
    const started = start(ctx, isTop);
    // The top frame, which answers the popup, listens from its first moment: a popup opened while
    // the page still loads gets its answer once the frame has started, instead of nothing
    // (utils/content/page-messages.ts). Child frames answer no question and only follow grant
    // changes, which their start reads anyway: they listen once started.
    const onMessage = isTop ? answerOnceStarted(started.catch(() => undefined)) : await started;
    if (!onMessage) return;
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    if (isTop && !(await started)) browser.runtime.onMessage.removeListener(onMessage);
  },
});

const PAINTER_RUNNING = Symbol.for('dmg-painter');

/** Whether this is the frame's first painter. The mark lives in our isolated world's global, which the page cannot see. */
function claimFrame(): boolean {
  const global = globalThis as { [PAINTER_RUNNING]?: true };
  if (global[PAINTER_RUNNING]) return false;
  global[PAINTER_RUNNING] = true;
  return true;
}

/** Reads what the frame needs and starts painting; resolves to the frame's answers to the extension's messages, or undefined where nothing can be painted. */
async function start(ctx: ContentScriptContext, isTop: boolean): Promise<PageMessageHandler | undefined> {
  // The frame's real site: a blank, srcdoc or javascript: frame is its creator's (review S3).
  const site = frameSite(location.href, self.origin);
  const host = site ?? '';
  // The glossary's names and the page pattern, published by the background (glossary/pattern-cache.ts),
  // read alongside the settings; asked of the background where storage has none yet (first run).
  const reads = Promise.all([loadSettings(), readStoredPatterns(browser)]);
  if (!(await bodyReady(document))) return undefined;
  const [loaded, stored] = await reads;
  const patterns = await pagePatterns(browser, stored);
  if (!patterns || ctx.isInvalid) {
    if (!patterns) console.warn('DM Glossary: the glossary names could not be read; nothing is highlighted on this page.');
    return undefined;
  }
  let settings = loaded;
  if (ctx.isInvalid) return undefined;
  // "Only when I ask": the background knows which tabs the reader turned on. Asking is a
  // runtime message, which the page cannot see; in the other modes nothing is asked.
  let granted = false;
  const askGrant = async (next: Settings): Promise<void> => {
    if (next.privacyMode !== 'ask') return;
    granted = (await browser.runtime.sendMessage(tabGrantQuery).catch(() => false)) === true;
  };
  await askGrant(settings);
  if (ctx.isInvalid) return undefined;
  const isActive = () => decideActivation(settings, site, granted);

  // A Spanish page (declared, or its text) also gets the Spanish names, without the English ones that are Spanish words.
  // Started with the document, it waits until enough of the text is parsed to tell (or DOMContentLoaded).
  await untilParsed(document, () => sampleText(document.body).length >= SAMPLE_CHARS);
  if (ctx.isInvalid) return undefined;
  const language = pageLanguage(document);
  const spanish = language === 'es' ? await spanishPagePatterns(browser, patterns) : undefined;
  if (ctx.isInvalid) return undefined;
  // A child frame has this script only because its gate found a possible term: no first test with the words.
  const session = new PageSession(document, (categories) => matcherFromCache(patterns, categories, spanish), { wordsFirst: isTop });
  // The ways to a card (utils/popover/card-routes.ts) start with the frame's first painted term,
  // or when the popup asks for a card: evaluated and listening only where there is a term.
  let popover: PopoverController | undefined;
  let routes: Promise<PopoverController> | undefined;
  const cardRoutes = (): Promise<PopoverController> =>
    (routes ??= import('../../utils/popover/card-routes').then(({ startCardRoutes }) =>
      (popover = startCardRoutes(ctx, () => session.highlighting, () => language, () => settings.openOn))));
  session.onFirstPaint = () => void cardRoutes();
  session.apply(settings, isActive());
  session.onRestart = () => popover?.close(false);
  // "My medicines" in their own look, only if the reader chose it (utils/highlight/mine.ts).
  const stopMine = followMine(browser.storage, (ids) => session.setMine(ids));

  const reapply = () => {
    const restarted = session.apply(settings, isActive());
    // Close what no longer makes sense: a card whose mention was just repainted or removed, or one
    // opened by hovering once hovering is switched off. A card the reader opened otherwise stays.
    if (restarted || !session.active || (settings.openOn === 'click' && popover?.hoverMention && !popover.hoverMention.control)) {
      popover?.close(false);
    }
  };
  // Changes made in the popup, the options page or another tab apply here at once.
  const unwatch = watchSettings((next) => {
    const modeChanged = next.privacyMode !== settings.privacyMode;
    settings = next;
    if (modeChanged) void askGrant(next).then(reapply);
    else reapply();
  });

  // The answers to the extension's own messages (utils/content/page-messages.ts). A "yes" from "only when I
  // ask" is checked again: the background answers for this frame's own site, and a frame of
  // another site inside a granted tab (an ad) stays inert.
  const answers = pageMessageHandler({
    isInvalid: () => ctx.isInvalid,
    isTop,
    host,
    document,
    idle: () => session.idle(),
    counts: () => session.counts(),
    isActive: () => session.active,
    openFirst: (id) => cardRoutes().then((card) => card.openFirst(id)),
    onGrantChanged: (yes) => {
      if (yes) void askGrant(settings).then(reapply);
      else {
        granted = false;
        reapply();
      }
    },
    toggleSite: () => updateSettings(switchSite(settings, host)).then((next) => decideActivation(next, site, granted)),
  });

  ctx.onInvalidated(() => {
    unwatch();
    stopMine();
    popover?.close(false);
    session.stop();
  });
  return answers;
}
