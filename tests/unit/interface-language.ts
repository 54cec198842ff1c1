/**
 * The browser's i18n with a real catalogue, for unit tests that render a
 * surface as a reader with the browser in Spanish meets it. The fake browser
 * of WXT's test setup has no i18n (t() then shows each key), so this gives
 * browser.i18n.getMessage the behaviour of Chrome's: named placeholders
 * become their content, `$1`… take the substitutions, `$$` is a dollar sign.
 * Import it before the components: some of them pick their search language
 * when their module loads.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { browser } from 'wxt/browser';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Catalogue = Record<string, Message>;

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

/** Makes the fake browser's i18n answer from `lang`'s catalogue; returns the undo. */
export function useInterfaceLanguage(lang: 'en' | 'es'): () => void {
  const messages = catalogue(lang);
  const i18n = browser.i18n as { getMessage: (key: string, subs?: string | string[]) => string };
  const before = i18n.getMessage;
  i18n.getMessage = (key, subs) => formatMessage(messages, key, typeof subs === 'string' ? [subs] : (subs ?? []));
  return () => {
    i18n.getMessage = before;
  };
}

/**
 * The English interface text that must not show once the interface is
 * Spanish: every English message that differs from its Spanish one, cut at
 * its substitutions into the pieces a reader would see, kept when a piece is
 * at least two words (single words such as "PDF" or "CK" are the same in both).
 */
export function englishPieces(): string[] {
  const en = catalogue('en');
  const es = catalogue('es');
  const pieces = new Set<string>();
  for (const key of Object.keys(en)) {
    if (formatMessage(en, key) === formatMessage(es, key)) continue;
    for (const piece of formatMessage(en, key, ['\u0000', '\u0000', '\u0000', '\u0000']).split('\u0000')) {
      const trimmed = piece.trim().replace(/^[\s.,:;·()–-]+|[\s.,:;·()–-]+$/g, '');
      if (/\p{L}{2,}\s+\p{L}{2,}/u.test(trimmed) && !formatMessage(es, key).includes(trimmed)) pieces.add(trimmed);
    }
  }
  return [...pieces];
}

/**
 * What a reader meets of a rendered surface outside the glossary's own
 * English text: its text, and the accessible names, titles and placeholders
 * of its elements. Elements marked lang="en" (an English name, a card not in
 * Spanish yet, the reader's own switch to English) are left out: they say
 * they are English.
 */
export function interfaceText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element) {
      if (node.getAttribute('lang')?.startsWith('en')) return;
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
  return [...englishPieces(), ...extra].filter((piece) => text.includes(piece));
}
