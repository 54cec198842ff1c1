/**
 * What the reader agrees to open. pdf.js holds the whole file in memory and
 * the glossary reads every page, so a limit keeps a huge file from freezing
 * the tab; the numbers are stated to the reader when they are hit.
 */
export const MAX_BYTES = 200 * 1024 * 1024;
export const MAX_PAGES = 2000;

export type InputProblem = 'empty' | 'too-big' | 'not-pdf';

/** "%PDF-": the PDF header. The format allows junk before it, within the first 1,024 bytes. */
const HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d];
const HEADER_WINDOW = 1024;

export function hasPdfHeader(bytes: Uint8Array): boolean {
  const last = Math.min(bytes.length, HEADER_WINDOW) - HEADER.length;
  for (let at = 0; at <= last; at++) {
    let same = true;
    for (let i = 0; i < HEADER.length && same; i++) same = bytes[at + i] === HEADER[i];
    if (same) return true;
  }
  return false;
}

/** Checks a file's size before reading it (a 2 GB file is refused without being read). */
export function checkSize(size: number): InputProblem | null {
  if (size <= 0) return 'empty';
  if (size > MAX_BYTES) return 'too-big';
  return null;
}

/** Checks the bytes themselves: the name and type a file claims prove nothing. */
export function checkBytes(bytes: Uint8Array): InputProblem | null {
  return checkSize(bytes.length) ?? (hasPdfHeader(bytes) ? null : 'not-pdf');
}

export function tooManyPages(count: number): boolean {
  return count > MAX_PAGES;
}

/** "200 MB", "0.4 MB" ("0,4 MB" in Spanish), for messages (a tenth below 10 MB, so a slow download is seen to move). */
export function describeBytes(bytes: number, locale = 'en-US'): string {
  const mb = bytes / (1024 * 1024);
  const rounded = mb < 10 ? Math.round(mb * 10) / 10 : Math.round(mb);
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(rounded)} MB`;
}
