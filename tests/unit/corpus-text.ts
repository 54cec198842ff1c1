import { readFileSync } from 'node:fs';

/**
 * The visible text of a saved page, one string per run of text between tags,
 * for running the matcher over real pages in Node. Tags are stripped rather
 * than parsed: a DOM (happy-dom) took about 6 s for one large Wikipedia page,
 * and this takes well under 100 ms, which keeps the corpus test far under a
 * minute. Text between two tags is what a text node holds, and the content
 * script matches one text node at a time, so nothing is lost that it would find.
 */

/** Elements whose text a reader never sees as prose (the content script skips them too). */
const HIDDEN_BLOCK = /<(script|style|noscript|template|textarea|title|svg|math|iframe|object|head)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;
const TAG = /<[^>]*>/;

const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '\u2013', mdash: '\u2014',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', hellip: '\u2026', shy: '\u00ad',
  middot: '\u00b7', deg: '\u00b0', micro: '\u00b5', reg: '\u00ae', trade: '\u2122', copy: '\u00a9',
};

/** Numeric references and the named ones that occur in prose; anything else is left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Bytes to text. Pages declare their charset but some lie (readability/qq.html
 * says gb2312 and is UTF-8), so strict UTF-8 is tried first and the declared
 * charset only when that fails.
 */
export function decodePage(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
    const declared = /charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
    try {
      return new TextDecoder(declared ?? 'windows-1252').decode(bytes);
    } catch {
      // An unknown label: Windows-1252 never fails and keeps ASCII words intact.
      return new TextDecoder('windows-1252').decode(bytes);
    }
  }
}

/** Each run of visible text between tags, entities decoded, in document order. */
export function visibleTextRuns(html: string): string[] {
  return html
    .replace(COMMENT, ' ')
    .replace(HIDDEN_BLOCK, ' ')
    .split(TAG)
    .map(decodeEntities)
    .filter((run) => run.trim() !== '');
}

export function readPageText(path: string): string[] {
  return visibleTextRuns(decodePage(readFileSync(path)));
}
