/**
 * Whether a page is Spanish, so its frame paints the Spanish names
 * (glossary/es/page-names.ts): from the declared language of the document or
 * of its main content, or, where none is declared or the declared one is not
 * Spanish, from the text itself.
 *
 * The text check counts frequent function words that are each one language's
 * own (Spanish "los", "del", "que"; English "the", "and", "of"; and those of the
 * languages nearest Spanish, which share "de" and "la"), a method small enough
 * for the content script's budget, where a trigram detector such as franc
 * would weigh more than the whole script. It is conservative: only a clear
 * Spanish majority counts, so English pages keep their own names.
 */

/** Each language's frequent words that the others here do not use (accents folded). */
const FUNCTION_WORDS: Readonly<Record<string, readonly string[]>> = {
  es: ['el', 'los', 'las', 'del', 'y', 'que', 'por', 'para', 'con', 'una', 'es', 'esta', 'pero', 'como', 'muy', 'sus', 'tambien', 'cuando', 'puede', 'hay'],
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'with', 'for', 'are', 'this', 'it', 'be', 'was', 'have', 'from', 'which', 'you', 'not', 'or', 'by'],
  pt: ['os', 'do', 'da', 'dos', 'das', 'nao', 'com', 'uma', 'em', 'ao', 'mais', 'seu', 'sua', 'voce', 'sao', 'pelo', 'pela'],
  fr: ['le', 'les', 'des', 'et', 'est', 'une', 'pour', 'avec', 'dans', 'qui', 'pas', 'sur', 'au', 'aux', 'ce', 'sont', 'vous'],
  it: ['il', 'della', 'di', 'che', 'per', 'non', 'sono', 'gli', 'nel', 'alla', 'delle', 'anche', 'questo', 'ed'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'sich', 'auf', 'ein', 'eine', 'ich', 'zu', 'den', 'von'],
};
let wordLanguages: Map<string, string> | undefined;
/** Word to language, made on first use: the module is evaluated in every frame, most of which never ask. */
const languageOfWords = (): Map<string, string> =>
  (wordLanguages ??= new Map(Object.entries(FUNCTION_WORDS).flatMap(([lang, list]) => list.map((w) => [w, lang] as [string, string]))));

/** Fewer function words than this say nothing either way (a caption, a menu). */
const MIN_EVIDENCE = 8;
/** Spanish must outnumber the next language by this much. */
const MARGIN = 2;

/** "es" when the text is clearly Spanish, "other" when clearly not, undefined when too short to tell. */
export function textLanguage(text: string): 'es' | 'other' | undefined {
  const counts = new Map<string, number>();
  let total = 0;
  const languageOf = languageOfWords();
  const folded = text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  for (const word of folded.match(/\p{L}+/gu) ?? []) {
    const lang = languageOf.get(word);
    if (!lang) continue;
    counts.set(lang, (counts.get(lang) ?? 0) + 1);
    total++;
  }
  if (total < MIN_EVIDENCE) return undefined;
  const spanish = counts.get('es') ?? 0;
  const rival = Math.max(0, ...[...counts].filter(([lang]) => lang !== 'es').map(([, n]) => n));
  return spanish >= MARGIN * Math.max(rival, 1) ? 'es' : 'other';
}

/** Whether a BCP 47 tag is Spanish ("es", "es-MX", "ES-419"). */
export function isSpanishTag(tag: string | null | undefined): boolean {
  return /^es(?:-|$)/i.test((tag ?? '').trim());
}

/** How much of the page's text is read to tell its language: enough for a paragraph or two. */
export const SAMPLE_CHARS = 4000;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CODE', 'PRE', 'SVG', 'MATH', 'TEXTAREA']);

/** The first few thousand characters of visible-kind text under `root` (no layout is read). */
export function sampleText(root: Node, limit = SAMPLE_CHARS): string {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x5 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode: (node) => (node.nodeType === 1 && SKIPPED.has((node as Element).nodeName.toUpperCase()) ? 2 /* REJECT */ : 1),
  });
  let text = '';
  for (let node = walker.nextNode(); node && text.length < limit; node = walker.nextNode()) {
    if (node.nodeType === 3) text += ` ${node.nodeValue ?? ''}`;
  }
  return text.slice(0, limit);
}

/**
 * "es" when the page is Spanish: the document (html, then body) declares Spanish;
 * or its main content (main, article, [role=main]) does; or its text is clearly
 * Spanish whatever it declares, because many Spanish sites keep a template's lang="en".
 */
export function pageLanguage(doc: Document): 'es' | undefined {
  const body = doc.body;
  if (!body) return undefined;
  const declared = doc.documentElement.getAttribute('lang') || body.getAttribute('lang');
  if (isSpanishTag(declared)) return 'es';
  const main = body.querySelector('main[lang], article[lang], [role="main"][lang]');
  if (main && isSpanishTag(main.getAttribute('lang'))) return 'es';
  return textLanguage(sampleText(main ?? body)) === 'es' ? 'es' : undefined;
}

/**
 * The language declared nearest to `node` by an element below <html> and
 * <body> (a quotation or a section in another language); null where only the
 * document declares one, which `pageLanguage` weighs against the text. Within
 * a shadow root it reads that root's own elements. An empty lang ("unknown")
 * is returned as it is, and leaves the choice to the page.
 */
export function nearestLang(node: Node): string | null {
  const declared = node.parentElement?.closest('[lang]');
  return declared && !/^(html|body)$/i.test(declared.nodeName) ? declared.getAttribute('lang') : null;
}
