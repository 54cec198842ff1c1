/**
 * The PDF reader paints a term over its printed word (UX review m12), in Chromium and Firefox, at
 * small (7 pt) and normal (12 pt) sizes, on a PDF naming the standard Helvetica and Times without
 * embedding them (pdf.js draws them with its bundled Liberation Sans and Foxit Serif). For each
 * painted term: the centre of the painted range against the centre of the word's ink on the page's
 * canvas, and the stretch pdf.js gave the text layer's run (--scale-x). A stretch far from 1 means
 * the text layer's font has other proportions than the page's, so words inside a long run drift
 * from their ink; before the reader chose a fitting family (utils/reader/text-layer-fonts.ts) the
 * Helvetica runs were stretched by 0.88 in both browsers and drifted, and Times runs (in DejaVu
 * Serif, on a machine with only DejaVu fonts) by about 0.8, so a term a line in sat a letter to the
 * left of its word. The reader now carries Liberation Sans (from pdf.js) and Tinos (Times' widths).
 * Screenshot: test-results/screenshots/ux-reader-alignment-*.png.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/browsers';
import { writePdf } from '../support/make-hard-pdfs';
import { chromiumReader, firefoxReader, paintedAtLeast, type ReaderPage } from './reader-driver';

const SHOTS = join(ROOT, 'test-results/screenshots');
const literal = (text: string) => `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;

/** Each line: font resource, size in pt, text with its term late in the run (not at its start). */
const LINES = [
  ['F1', 7, 'Home / Skin Disorders / Approach to Consider on Dermatomyositis Treatment'],
  ['F1', 12, 'Treatments and drugs for the rash and the weak muscles include methotrexate once a week'],
  ['F2', 7, 'Home / Clinic letters / Approach to the dose and timing of prednisone each morning'],
  ['F2', 12, 'Treatments for the skin and the weak muscles may include hydroxychloroquine each day'],
] as const;

function makePdf(): string {
  const content = LINES.map(([font, size, text], i) => `BT /${font} ${size} Tf 72 ${680 - 40 * i} Td ${literal(text)} Tj ET`).join('\n');
  const pdf = writePdf([
    { dict: '<< /Type /Catalog /Pages 2 0 R >>' },
    { dict: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    { dict: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>' },
    { dict: '<< >>', stream: Buffer.from(content, 'latin1') },
    { dict: '<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>' },
    { dict: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>' },
  ]);
  const file = join(mkdtempSync(join(tmpdir(), 'dmg-align-')), 'standard-fonts.pdf');
  writeFileSync(file, pdf);
  return file;
}

interface Alignment {
  word: string;
  /** The text layer's font size in CSS px, and its family. */
  size: number;
  family: string;
  scaleX: number;
  /** Centre of the painted range minus centre of the word's ink (CSS px). */
  offset: number;
  /** Width of the painted range over the width of the ink (a failed ink search shows here). */
  widthRatio: number;
}

/**
 * Runs in the reader: for every painted term, where its range lies against the ink of the page's
 * canvas in the same band. The word's ink is the run of inked columns, split at gaps of a quarter
 * of the font size (a space), that overlaps the range most. Self-contained.
 */
function alignments(): Alignment[] {
  const out: Alignment[] = [];
  for (const r of (CSS.highlights.get('dmg-term') ?? []) as Iterable<AbstractRange>) {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    const box = range.getBoundingClientRect();
    const span = r.startContainer.parentElement!;
    const canvas = span.closest('section')!.querySelector('canvas')!;
    const page = canvas.getBoundingClientRect();
    const k = canvas.width / page.width;
    const size = parseFloat(getComputedStyle(span).fontSize);
    const x0 = Math.max(0, Math.floor((box.left - 2 * size - page.left) * k));
    const x1 = Math.min(canvas.width, Math.ceil((box.right + 2 * size - page.left) * k));
    const y0 = Math.floor((box.top + box.height * 0.05 - page.top) * k);
    const y1 = Math.ceil((box.bottom - box.height * 0.05 - page.top) * k);
    const data = canvas.getContext('2d')!.getImageData(x0, y0, x1 - x0, y1 - y0).data;
    const inked: boolean[] = [];
    for (let x = 0; x < x1 - x0; x++) {
      let dark = false;
      for (let y = 0; y < y1 - y0 && !dark; y++) {
        const i = (y * (x1 - x0) + x) * 4;
        // Any ink, faint edges included: at 7 pt a thin "s" is only light grey.
        dark = data[i]! + data[i + 1]! + data[i + 2]! < 690;
      }
      inked.push(dark);
    }
    const gap = 0.25 * size * k;
    const words: Array<[number, number]> = [];
    let start = -1;
    let last = -1;
    for (let x = 0; x < inked.length; x++) {
      if (!inked[x]) continue;
      if (start < 0 || x - last > gap) {
        if (start >= 0) words.push([start, last + 1]);
        start = x;
      }
      last = x;
    }
    if (start >= 0) words.push([start, last + 1]);
    let best: [number, number] = [0, 0];
    let overlap = -Infinity;
    for (const [a, b] of words) {
      const left = (a + x0) / k + page.left;
      const right = (b + x0) / k + page.left;
      const shared = Math.min(right, box.right) - Math.max(left, box.left);
      if (shared > overlap) {
        overlap = shared;
        best = [left, right];
      }
    }
    out.push({
      word: (r.startContainer as Text).data.slice(r.startOffset, r.endOffset),
      size,
      family: span.style.fontFamily,
      scaleX: Number(getComputedStyle(span).getPropertyValue('--scale-x')) || 1,
      offset: (box.left + box.right) / 2 - (best[0] + best[1]) / 2,
      widthRatio: box.width / (best[1] - best[0]),
    });
  }
  return out;
}

const BROWSERS: Array<[string, () => Promise<ReaderPage>]> = [
  ['Chromium', () => chromiumReader()],
  ['Firefox', () => firefoxReader()],
];

describe('the PDF reader paints terms over their words', () => {
  let pdf: string;
  beforeAll(() => {
    mkdirSync(SHOTS, { recursive: true });
    pdf = makePdf();
  });

  describe.each(BROWSERS)('in %s', (name, launch) => {
    let reader: ReaderPage;
    beforeAll(async () => {
      reader = await launch();
    });
    afterAll(async () => {
      await reader?.close();
    });

    it('within 2 px at 7 pt and 12 pt, with Helvetica and Times runs unstretched', async () => {
      await reader.open();
      await reader.chooseFile(pdf);
      await reader.waitUntil(paintedAtLeast, { min: 4 });
      // The canvas is drawn before the text layer is painted; a moment for the last paint.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const found = await reader.evaluate(alignments, undefined);
      await reader.screenshot(join(SHOTS, `ux-reader-alignment-${name.toLowerCase()}.png`));
      console.info(`${name}: ${found.map((a) => `${a.word} ${a.size.toFixed(1)} px in ${a.family}: offset ${a.offset.toFixed(2)} px, width ratio ${a.widthRatio.toFixed(3)}, scale-x ${a.scaleX.toFixed(3)}`).join('; ')}`);
      expect(found.map((a) => a.word.toLowerCase()).sort()).toEqual(['dermatomyositis', 'hydroxychloroquine', 'methotrexate', 'prednisone']);
      for (const a of found) {
        // A run left in pdf.js's generic family keeps its drift (about 4 px at 7 pt in Times).
        expect(['serif', 'sans-serif', 'monospace'], `${a.word} is set in a fitting family`).not.toContain(a.family);
        expect(a.widthRatio, `${a.word}: the ink found is the word`).toBeGreaterThan(0.9);
        expect(a.widthRatio, `${a.word}: the ink found is the word`).toBeLessThan(1.1);
        expect(Math.abs(a.offset), `${a.word} at ${a.size} px`).toBeLessThanOrEqual(2);
        expect(Math.abs(a.scaleX - 1), `${a.word}: stretch`).toBeLessThanOrEqual(0.03);
      }
      const helvetica = found.filter((a) => ['prednisone', 'hydroxychloroquine'].includes(a.word.toLowerCase()));
      expect(helvetica.every((a) => a.family.includes('Liberation Sans')), 'Helvetica is set in Liberation Sans').toBe(true);
      const times = found.filter((a) => !helvetica.includes(a));
      expect(times.every((a) => a.family.includes('DMG Tinos')), 'Times is set in the bundled Tinos').toBe(true);
    });
  });
});
