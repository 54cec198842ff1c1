/**
 * The interface catalogues (public/_locales) read the way the browser reads
 * them, for tests that check a surface shows no English with the interface in
 * Spanish: unit tests (tests/unit/interface-language.ts) and end-to-end ones.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
export type Catalogue = Record<string, Message>;

export const catalogue = (lang: 'en' | 'es'): Catalogue =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), 'utf8')) as Catalogue;

/** A message as the browser gives it: placeholders resolved, substitutions in, '' for an unknown key. */
export function formatMessage(messages: Catalogue, key: string, subs: readonly string[] = []): string {
  const entry = Object.hasOwn(messages, key) ? messages[key]! : undefined;
  if (!entry) return '';
  const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const found = Object.entries(entry.placeholders ?? {}).find(([k]) => k.toLowerCase() === name.toLowerCase());
    return found ? found[1].content : whole;
  });
  return named.replace(/\$(\$|\d)/g, (_, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

/**
 * The English interface text that must not show once the interface is
 * Spanish: every English message that differs from its Spanish one, cut at
 * its substitutions into the pieces a reader would see. A piece of two words
 * or more ("Add a question") is looked for as it is; a single word ("Save",
 * "Next") as a whole word, when it has four letters or more and no Spanish
 * message uses it (short words and shared ones, "PDF", "Zoom", say nothing).
 */
export function englishPieces(): string[] {
  const en = catalogue('en');
  const es = catalogue('es');
  const spanishWords = new Set(Object.keys(es).flatMap((key) => formatMessage(es, key).match(/\p{L}+/gu) ?? []));
  const pieces = new Set<string>();
  for (const key of Object.keys(en)) {
    if (formatMessage(en, key) === formatMessage(es, key)) continue;
    for (const piece of formatMessage(en, key, ['\u0000', '\u0000', '\u0000', '\u0000']).split('\u0000')) {
      const trimmed = piece.trim().replace(/^[\s.,:;·()…“”"–-]+|[\s.,:;·()…“”"–-]+$/g, '');
      if (formatMessage(es, key).includes(trimmed)) continue;
      const several = /\p{L}+\s+\p{L}+/u.test(trimmed);
      if (several || (/^\p{L}{4,}$/u.test(trimmed) && !spanishWords.has(trimmed))) pieces.add(trimmed);
    }
  }
  return [...pieces];
}

/**
 * What a reader meets of a rendered surface outside the glossary's own
 * English text: its text, and the accessible names, titles and placeholders
 * of its elements. Elements marked lang="en" (an English name, a card not in
 * Spanish yet, the reader's own switch to English) are left out: they say
 * they are English; so are a card's cited sources, titled in their own language. It uses nothing from outside, so end-to-end tests run it
 * in the page.
 */
export function interfaceText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element) {
      if (node.getAttribute('lang')?.startsWith('en')) return;
      // A card's sources are cited in their own language: many Spanish cards cite English pages.
      if (node.tagName === 'UL' && node.parentElement?.classList.contains('tc-sources')) return;
      if (node.tagName === 'STYLE' || node.tagName === 'SCRIPT') return;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description', 'aria-roledescription', 'value']) {
        const value = node.getAttribute(name);
        if (value && !(name === 'value' && node.tagName === 'INPUT' && (node as HTMLInputElement).type !== 'button' && (node as HTMLInputElement).type !== 'submit')) parts.push(value);
      }
    } else if (node.nodeType === Node.TEXT_NODE) {
      parts.push(node.textContent ?? '');
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return parts.join('\n');
}

/** The English pieces found in `text` (none, when everything the reader meets is Spanish). */
export function englishIn(text: string, extra: readonly string[] = []): string[] {
  const wholeWord = (word: string) => new RegExp(`(?<![\\p{L}\\p{N}])${word}(?![\\p{L}\\p{N}])`, 'u').test(text);
  return [...englishPieces(), ...extra].filter((piece) => (/\s/.test(piece) ? text.includes(piece) : wholeWord(piece)));
}
