/**
 * Which font the PDF reader's text layer sets its invisible words in. pdf.js names only a generic
 * family for each of the file's fonts (serif, sans-serif, monospace), and stretches each run of
 * text as a whole to the width the PDF gives it. Inside a run, every word then sits where the
 * generic font puts it, not where the page drew it: on Debian "serif" is DejaVu Serif, about a
 * quarter wider than Times, so a term 60 characters into a line of a Times PDF was painted a
 * character to the left of its word (UX review m12). The run widths the PDF gives tell which
 * family has the file's proportions: the one that needs the least stretching.
 */
import type { TextContent, TextItem, TextStyle } from 'pdfjs-dist/types/src/display/api';

/**
 * Families with the metrics of the fonts most PDFs use, tried in this order after the generic one.
 * Each names the metric-compatible free fonts first (Liberation, Croscore, Crosextra, URW), then
 * the commercial one, then the generic: a family that is not installed measures as the generic and
 * so never wins over it.
 */
export const CANDIDATES: Readonly<Record<string, readonly string[]>> = {
  serif: [
    'serif',
    // Times New Roman, Times: Tinos has their widths and comes with the extension (BUNDLED_SERIF), so
    // this family matches on a machine with only DejaVu fonts too.
    '"DMG Tinos", "Liberation Serif", Tinos, "Nimbus Roman", "Times New Roman", Times, serif',
    // Cambria.
    'Caladea, Cambria, serif',
    // Georgia.
    'Gelasio, Georgia, serif',
    '"DejaVu Serif", serif',
  ],
  'sans-serif': [
    'sans-serif',
    // Arial, Helvetica: Liberation Sans comes with pdf.js (it draws Helvetica with it), so the reader
    // loads it from the extension (BUNDLED_SANS) and this family matches on every machine.
    '"DMG Liberation Sans", "Liberation Sans", Arimo, "Nimbus Sans", Arial, Helvetica, sans-serif',
    // Calibri.
    'Carlito, Calibri, sans-serif',
    '"DejaVu Sans", Verdana, sans-serif',
  ],
  monospace: ['monospace', '"Liberation Mono", Cousine, "Nimbus Mono PS", "Courier New", Courier, monospace'],
};

/** The family name the reader gives the Liberation Sans that ships with pdf.js's standard fonts. */
export const BUNDLED_SANS = 'DMG Liberation Sans';
/** The family name the reader gives the Tinos it bundles (@fontsource/tinos, Latin subset). */
export const BUNDLED_SERIF = 'DMG Tinos';

/** A font the extension carries, loaded under its own family name so no page font can stand in. */
export interface BundledFace {
  readonly family: string;
  readonly url: string;
}

/** Width in CSS px of `text` set in `family` at 100 px. */
export type MeasureText = (family: string, text: string) => number;

/** Runs measured per font: enough to judge, few enough to cost a millisecond or two. */
const SAMPLE = 48;
/** A family must beat the generic one by this much (mean |ln stretch|) to be used instead. */
const MARGIN = 0.01;

function isTextItem(item: TextContent['items'][number]): item is TextItem {
  return 'str' in item;
}

/**
 * How far a family is from the file's font: the median of |ln(stretch)| over runs of that font,
 * where the stretch is the PDF's width of a run over the family's width of the same text.
 */
export function misfit(items: readonly TextItem[], family: string, measure: MeasureText): number {
  const misfits: number[] = [];
  for (const item of items) {
    const size = Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0);
    const measured = (measure(family, item.str) * size) / 100;
    if (measured > 0 && item.width > 0) misfits.push(Math.abs(Math.log(item.width / measured)));
  }
  if (misfits.length === 0) return Number.POSITIVE_INFINITY;
  misfits.sort((a, b) => a - b);
  return misfits[Math.floor(misfits.length / 2)]!;
}

/**
 * For each of the file's fonts that pdf.js gives a generic family, the candidate family whose
 * widths fit the PDF's best (font name → family); a font is left out when none fits clearly better
 * than the generic family, or when it has no horizontal run long enough to judge.
 */
export function chooseFamilies(content: Pick<TextContent, 'items' | 'styles'>, measure: MeasureText, known: ReadonlyMap<string, string | null> = new Map()): Map<string, string | null> {
  const runs = new Map<string, TextItem[]>();
  for (const item of content.items) {
    if (!isTextItem(item) || item.str.trim().length < 2 || known.has(item.fontName)) continue;
    const style: TextStyle | undefined = content.styles[item.fontName];
    // Only upright, horizontal runs: a rotated or vertical run's width is not along the text.
    if (!style || style.vertical || !CANDIDATES[style.fontFamily] || item.transform[1] !== 0 || item.transform[2] !== 0) continue;
    const list = runs.get(item.fontName) ?? [];
    if (list.length < SAMPLE) list.push(item);
    runs.set(item.fontName, list);
  }
  const chosen = new Map<string, string | null>();
  for (const [fontName, items] of runs) {
    const [generic, ...others] = CANDIDATES[content.styles[fontName]!.fontFamily]!;
    let best: string | null = null;
    let bestMisfit = misfit(items, generic!, measure) - MARGIN;
    for (const family of others) {
      const value = misfit(items, family, measure);
      if (value < bestMisfit) {
        best = family;
        bestMisfit = value;
      }
    }
    chosen.set(fontName, best);
  }
  return chosen;
}

/**
 * The text-layer families of one document. Its fonts keep their names from page to page, so each
 * is judged once, on the first page that uses it.
 */
export class TextLayerFonts {
  private readonly families = new Map<string, string | null>();
  private static bundled: Promise<void> | null = null;

  constructor(private readonly bundledFaces: readonly BundledFace[]) {}

  /** Sets the better family into the styles of a page's text content (before pdf.js lays it out). */
  async fit(content: TextContent): Promise<void> {
    await this.loadBundledFaces();
    const measure = canvasMeasure();
    for (const [fontName, family] of chooseFamilies(content, measure, this.families)) this.families.set(fontName, family);
    for (const [fontName, style] of Object.entries(content.styles)) {
      const family = this.families.get(fontName);
      if (family) style.fontFamily = family;
    }
  }

  /** Loads the bundled faces once per page; a face that is missing measures as the generic family. */
  private loadBundledFaces(): Promise<void> {
    TextLayerFonts.bundled ??= Promise.all(
      this.bundledFaces.map(async ({ family, url }) => {
        try {
          const face = new FontFace(family, `url("${url}")`);
          document.fonts.add(face);
          await face.load();
        } catch {
          // A font that cannot load leaves the generic family, as pdf.js has it.
        }
      }),
    ).then(() => undefined);
    return TextLayerFonts.bundled;
  }
}

function canvasMeasure(): MeasureText {
  const context = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  return (family, text) => {
    if (!context) return 0;
    const key = `${family}\u0000${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = `100px ${family}`;
      width = context.measureText(text).width;
      cache.set(key, width);
    }
    return width;
  };
}
