/**
 * PDFs that real files break the reader with (issue #24), written object by object at run time so
 * each shows exactly one problem and no binary fixture is kept: a page whose content never ends
 * (form XObjects that each draw the next twice: 2^depth drawings), a page pdf.js cannot load, text
 * in a Japanese font that is not embedded, a form whose words are only field values, an XFA form,
 * and an AES-256 (R6) file whose password is not ASCII (encrypted by Debian's qpdf).
 * Plain Node, no pdf.js: the reader is what reads them.
 */
import { execFileSync } from 'node:child_process';
import { deflateSync } from 'node:zlib';

/** One indirect object: a dictionary's text, and a stream's bytes when it is a stream. */
interface PdfObject {
  dict: string;
  stream?: Buffer;
}

/**
 * Writes a PDF: objects numbered from 1 in order, object 1 the catalog. Streams are deflated and
 * given their /Length; the cross-reference table holds each object's byte offset.
 */
export function writePdf(objects: readonly PdfObject[], trailerExtra = ''): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  const push = (part: Buffer) => {
    parts.push(part);
    length += part.length;
  };
  objects.forEach((object, index) => {
    offsets.push(length);
    if (object.stream) {
      const packed = deflateSync(object.stream);
      const dict = object.dict.replace(/>>\s*$/, ` /Filter /FlateDecode /Length ${packed.length} >>`);
      push(Buffer.from(`${index + 1} 0 obj\n${dict}\nstream\n`, 'latin1'));
      push(packed);
      push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
    } else {
      push(Buffer.from(`${index + 1} 0 obj\n${object.dict}\nendobj\n`, 'latin1'));
    }
  });
  const xref = length;
  const rows = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  push(Buffer.from(`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** A PDF string literal, escaped. */
const literal = (text: string) => `(${text.replace(/[\\()]/g, (c) => `\\${c}`)})`;

/** Content drawing lines of text in Helvetica (font resource /F1), top down from y. */
function textLines(lines: readonly string[], y = 720): string {
  return `BT /F1 14 Tf 72 ${y} Td 18 TL ${lines.map((line) => `${literal(line)} '`).join(' ')} ET`;
}

const HELVETICA = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
const PAGE_BOX = '/MediaBox [0 0 612 792]';

/** Words on the pages around the bad one, so painting, the term panel and find have work there. */
const PAGE_TEXT = (page: number) => [
  `Page ${page} of the clinic letter.`,
  `Keep taking prednisone as agreed, and methotrexate once a week.`,
  `Marker ${['alpha', 'bravo', 'charlie', 'delta'][page - 1] ?? page} for find.`,
];

/**
 * A catalog, a page tree and one page per content (null: the page object itself is broken).
 * Objects: 1 catalog, 2 pages, 3 Helvetica, then per page its page object and content stream.
 */
function simpleDocument(pages: ReadonlyArray<{ content: string; resources?: string; fonts?: string; annots?: string } | null>, extra: PdfObject[] = [], catalogExtra = ''): Buffer {
  const objects: PdfObject[] = [{ dict: '' }, { dict: '' }, { dict: HELVETICA }];
  const kids: number[] = [];
  const firstExtra = 4 + pages.length * 2;
  for (const page of pages) {
    const pageNumber = objects.length + 1;
    kids.push(pageNumber);
    if (page === null) {
      // A page-tree node whose one kid is a number where a page dictionary belongs: pdf.js rejects
      // getPage for it. The node's /Count lets pdf.js step over it to the pages after it.
      objects.push({ dict: `<< /Type /Pages /Parent 2 0 R /Kids [${pageNumber + 1} 0 R] /Count 1 >>` }, { dict: '42' });
    } else {
      const resources = page.resources ?? '';
      objects.push(
        { dict: `<< /Type /Page /Parent 2 0 R ${PAGE_BOX} ${page.annots ?? ''} /Resources << /Font << /F1 3 0 R ${page.fonts ?? ''} >> ${resources} >> /Contents ${pageNumber + 1} 0 R >>` },
        { dict: '<< >>', stream: Buffer.from(page.content, 'latin1') },
      );
    }
  }
  objects[0] = { dict: `<< /Type /Catalog /Pages 2 0 R ${catalogExtra.replaceAll('@', String(firstExtra))} >>` };
  objects[1] = { dict: `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>` };
  return writePdf([...objects, ...extra]);
}

/**
 * Form XObjects /X0 … /X{depth}: each draws the next twice, the last draws a small square, so the
 * page holds 2^depth squares. pdf.js refuses a form that draws itself, but reads this tree of
 * shared forms afresh at each use: at depth 40 it never ends, as the looping PDF of issue #24 did;
 * at a depth of about 16 it is merely slow. Objects start at number `first`.
 */
function formTree(depth: number, first: number): { objects: PdfObject[]; resources: string; draw: string } {
  const objects: PdfObject[] = [];
  for (let level = 0; level <= depth; level++) {
    const last = level === depth;
    const content = last ? '0 0 1 rg 0 0 1 1 re f' : `q 0.5 0 0 0.5 0 0 cm /X${level + 1} Do Q q 0.5 0 0 0.5 0.5 0.5 cm /X${level + 1} Do Q`;
    const resources = last ? '' : `/Resources << /XObject << /X${level + 1} ${first + level + 1} 0 R >> >>`;
    objects.push({ dict: `<< /Type /XObject /Subtype /Form /BBox [0 0 1 1] ${resources} >>`, stream: Buffer.from(content, 'latin1') });
  }
  return { objects, resources: `/XObject << /X0 ${first} 0 R >>`, draw: 'q 400 0 0 400 100 200 cm /X0 Do Q' };
}

/** Page 1 a form tree of `depth` under a line of text, then two ordinary pages. */
export function formTreePdf(depth: number): Buffer {
  // The tree's objects follow the three pages' six objects and the first three.
  const tree = formTree(depth, 10);
  return simpleDocument(
    [
      { content: `${textLines(['A page with a very detailed drawing.'])} ${tree.draw}`, resources: tree.resources },
      { content: textLines(PAGE_TEXT(2)) },
      { content: textLines(PAGE_TEXT(3)) },
    ],
    tree.objects,
  );
}

/** A plain two-page letter naming prednisone and methotrexate: the good file after a bad one. */
export function letterPdf(): Buffer {
  return simpleDocument([{ content: textLines(PAGE_TEXT(1)) }, { content: textLines(PAGE_TEXT(2)) }]);
}

/** Three pages, the second of which pdf.js cannot load; the first and third have text and terms. */
export function brokenPagePdf(): Buffer {
  return simpleDocument([{ content: textLines(PAGE_TEXT(1)) }, null, { content: textLines(PAGE_TEXT(3)) }]);
}

/** The Japanese words the CJK PDF holds: "methotrexate" in katakana, and "Japanese". */
export const JAPANESE_WORDS = ['メトトレキサート', '日本語'] as const;

/**
 * Japanese in a font that is not embedded (KozMinPr6N, Adobe-Japan1, UniJIS-UCS2-H: each code is
 * the character's UTF-16), as Japanese and Chinese letters often are. pdf.js needs its CMaps to
 * read it, and draws it in the system's font. A line of English in Helvetica sits above it.
 */
export function japanesePdf(): Buffer {
  const utf16 = (text: string) => [...text].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  const content = `${textLines(['A leaflet in Japanese about methotrexate.'])} BT /F2 24 Tf 72 640 Td <${utf16(JAPANESE_WORDS[0])}> Tj 0 -40 Td <${utf16(JAPANESE_WORDS[1])}> Tj ET`;
  // Objects 4, 5: the page and its content; 6-8: the Type0 font, its CID font, its descriptor.
  return simpleDocument(
    [{ content, fonts: '/F2 6 0 R' }],
    [
      { dict: '<< /Type /Font /Subtype /Type0 /BaseFont /KozMinPr6N-Regular /Encoding /UniJIS-UCS2-H /DescendantFonts [7 0 R] >>' },
      { dict: '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /KozMinPr6N-Regular /CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 6 >> /FontDescriptor 8 0 R /DW 1000 >>' },
      { dict: '<< /Type /FontDescriptor /FontName /KozMinPr6N-Regular /Flags 4 /FontBBox [-437 -340 1147 1317] /ItalicAngle 0 /Ascent 1317 /Descent -349 /CapHeight 742 /StemV 80 >>' },
    ],
  );
}

/**
 * A filled-in form: its only words are two text fields' values (drawn by their appearance
 * streams), so the page's own content has no text at all.
 */
export function formFieldsPdf(): Buffer {
  const field = (n: number, name: string, value: string, y: number) => [
    { dict: `<< /Type /Annot /Subtype /Widget /FT /Tx /T ${literal(name)} /V ${literal(value)} /Rect [72 ${y} 540 ${y + 24}] /P 4 0 R /F 4 /DA (/Helv 12 Tf 0 g) /AP << /N ${n + 1} 0 R >> >>` },
    {
      dict: `<< /Type /XObject /Subtype /Form /BBox [0 0 468 24] /Resources << /Font << /Helv 3 0 R >> >> >>`,
      stream: Buffer.from(`/Tx BMC BT /Helv 12 Tf 2 7 Td ${literal(value)} Tj ET EMC`, 'latin1'),
    },
  ];
  // Objects 4, 5: the page and its (empty) content; 6-9: two fields with their appearances.
  return simpleDocument(
    [{ content: '', annots: '/Annots [6 0 R 8 0 R]' }],
    [...field(6, 'medicine', 'Methotrexate 15 mg weekly', 700), ...field(8, 'other', 'Prednisone, tapering', 660)],
    '/AcroForm << /Fields [6 0 R 8 0 R] /DA (/Helv 12 Tf 0 g) /DR << /Font << /Helv 3 0 R >> >> >>',
  );
}

/**
 * An XFA form as LiveCycle writes them: the XFA packet is the form, and the page a PDF viewer
 * without XFA shows only says to wait for it to load.
 */
export function xfaPdf(): Buffer {
  const xdp = `<?xml version="1.0" encoding="UTF-8"?><xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"><template xmlns="http://www.xfa.org/schema/xfa-template/3.3/"><subform name="form1"><field name="medicine"/></subform></template></xdp:xdp>`;
  return simpleDocument(
    [{ content: textLines(['Please wait...', 'If this message is not eventually replaced by the proper contents of the document,', 'your PDF viewer may not be able to display this type of document.']) }],
    [{ dict: '<< >>', stream: Buffer.from(xdp, 'utf8') }],
    '/AcroForm << /Fields [] /XFA @ 0 R /NeedsRendering true >>',
  );
}

/** The R6 file's password as it is stored: composed, NFC ("Passwört 2026" with ö as one character). */
export const R6_PASSWORD = 'Passw\u00f6rt 2026';
/** The same password as a keyboard may type it: o and a combining diaeresis, which SASLprep composes. */
export const R6_PASSWORD_TYPED = 'Passwo\u0308rt 2026';

/** Whether Debian's qpdf is there to encrypt with. */
export function hasQpdf(): boolean {
  try {
    execFileSync('qpdf', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Encrypts `input` into `output` with AES-256, revision 6 (qpdf's default for 256-bit keys). */
export function encryptR6(input: string, output: string, password: string): void {
  execFileSync('qpdf', ['--encrypt', password, `${password}-owner`, '256', '--', input, output]);
}
