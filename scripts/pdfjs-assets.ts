import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Where the reader page finds pdf.js's data files in the built extension (see utils/reader/pdfjs.ts). */
export const PDFJS_ASSET_DIR = 'pdfjs';

/**
 * pdf.js's data files, copied from the installed package into the build so
 * the reader works offline and fetches nothing from elsewhere:
 * - standard_fonts: the 14 standard PDF fonts that many labels and letters
 *   name without embedding (Helvetica, Times); without them Latin text is
 *   drawn in a substitute with the wrong widths.
 * - wasm: the JPEG 2000, JBIG2 and colour-profile decoders (scanned pages use
 *   JBIG2 and JPX images), and openjpeg's plain-JS fallback.
 * - iccs: the colour profiles the decoder reads for CMYK images.
 * - cmaps (1.7 MB): Chinese, Japanese and Korean text in fonts a file does
 *   not embed is unreadable without them (drawn blank, no text layer); pdf.js
 *   reads only the one or two a file names, from the package, when it names them.
 * Not quickjs-eval: pdf.js 6's sandbox for a PDF's own JavaScript, which the
 * reader never runs.
 */
const FOLDERS = ['standard_fonts', 'wasm', 'iccs', 'cmaps'] as const;
/** Licence texts travel with the files they cover. */
const KEEP = /\.(?:pfb|ttf|wasm|js|icc|bcmap)$|^LICENSE/;
const LEAVE_OUT = /quickjs/i;

export function pdfjsAssets(): Array<{ absoluteSrc: string; relativeDest: string }> {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const files: Array<{ absoluteSrc: string; relativeDest: string }> = [];
  for (const folder of FOLDERS) {
    for (const name of readdirSync(join(root, folder)).sort()) {
      if (KEEP.test(name) && !LEAVE_OUT.test(name)) files.push({ absoluteSrc: join(root, folder, name), relativeDest: `${PDFJS_ASSET_DIR}/${folder}/${name}` });
    }
  }
  return files;
}
