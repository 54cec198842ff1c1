/**
 * Real PDFs for the reader's tests and bench, made at run time: headless Chromium prints
 * third-party pages of the corpus (`../shared/corpus`, or `DMG_CORPUS`; read in place, never
 * copied into the project) with `page.pdf()`, into a fresh temp dir. Plus the bad inputs the
 * reader must explain: a truncated PDF, a file that is not a PDF, and an encrypted one
 * (made with Debian's `qpdf`; left out, with the reason, when qpdf is not installed).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromePath, KEEP_NAMES_SHIM, ROOT } from './browsers';

export const CORPUS = resolve(ROOT, process.env.DMG_CORPUS ?? '../shared/corpus');
/** Why the corpus PDFs cannot be made here, or undefined when they can. */
export const corpusMissing = existsSync(join(CORPUS, 'openfda/humira-spl-label.xml'))
  ? undefined
  : `no corpus at ${CORPUS} (set DMG_CORPUS to its folder)`;

/** The corpus pages printed, and what each shows. */
export const SOURCES = {
  /** The FDA's Humira label (openFDA's SPL test file), with its 18 tables. */
  label: 'openfda/humira-spl-label.xml',
  /** A Wikipedia article, printed as it is. */
  wikipedia: 'wikipedia-medical/Systemic_lupus_erythematosus.html',
  /** Another Wikipedia article printed in two CSS columns. */
  columns: 'wikipedia-medical/Scleroderma.html',
} as const;

/** The user password of `encrypted.pdf`. */
export const PDF_PASSWORD = 'dm-reader';

export interface PdfFixtures {
  dir: string;
  /** The label: tables, prednisone, azathioprine, methotrexate, rituximab. */
  label: string;
  wikipedia: string;
  /** Two columns on every printed page. */
  columns: string;
  /** The label's first 40%: a download cut short (no cross-reference table, no trailer). */
  truncated: string;
  /** Plain text with a .pdf name. */
  notPdf: string;
  /** The label encrypted with PDF_PASSWORD (AES-256), or undefined: see encryptedMissing. */
  encrypted?: string;
  /** Why there is no encrypted PDF here (qpdf missing), when there is none. */
  encryptedMissing?: string;
  /** The label repeated to at least 100 pages (only with `bench: true`). */
  bench?: string;
  /** Pages in each printed PDF. */
  pages: Record<string, number>;
}

const ORIGIN = 'http://corpus.invalid';

/**
 * Serves the corpus under ORIGIN to one page and refuses every other request: the saved
 * pages link to stylesheets, scripts and images on the live web, which never load here.
 * Their scripts are kept from running by a CSP, so a page prints as saved.
 */
async function corpusPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  // tsx (the bench) compiles with keepNames, which wraps inner functions in a `__name` helper
  // that exists only in Node; functions sent to the page need it too.
  await page.addInitScript(KEEP_NAMES_SHIM);
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== ORIGIN) return route.abort();
    const path = join(CORPUS, decodeURIComponent(url.pathname));
    if (!path.startsWith(CORPUS) || !existsSync(path)) return route.fulfill({ status: 404, body: 'not found' });
    return route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" },
      body: readFileSync(path),
    });
  });
  return page;
}

/**
 * Runs in the page: the SPL label (HL7 XML) as plain HTML, built with DOM calls. Sections keep
 * their titles, paragraphs, lists and tables; product data and codes are left out, as the
 * FDA's own stylesheet does. `copies` repeats the label (the bench's long document).
 */
function renderLabel({ xml, copies }: { xml: string; copies: number }): void {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const MAP: Record<string, string> = {
    paragraph: 'p', list: 'ul', item: 'li', table: 'table', thead: 'thead', tbody: 'tbody', tfoot: 'tfoot',
    tr: 'tr', th: 'th', td: 'td', caption: 'caption', br: 'br', sup: 'sup', sub: 'sub', content: 'span',
    colgroup: 'colgroup', col: 'col', linkHtml: 'span', excerpt: 'div', highlight: 'div',
  };
  const convert = (from: Node, to: Node, depth: number): void => {
    for (const child of from.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        to.appendChild(document.createTextNode(child.textContent ?? ''));
        continue;
      }
      if (!(child instanceof Element)) continue;
      const name = child.localName;
      if (name === 'section') {
        const section = document.createElement('section');
        to.appendChild(section);
        convert(child, section, depth + 1);
      } else if (name === 'title') {
        const heading = document.createElement(`h${Math.min(depth + 1, 6)}`);
        convert(child, heading, depth);
        to.appendChild(heading);
      } else if (name === 'component' || name === 'text' || name === 'structuredBody') {
        convert(child, to, depth);
      } else if (MAP[name]) {
        const el = document.createElement(MAP[name]);
        const style = child.getAttribute('styleCode') ?? '';
        if (/bold/i.test(style)) el.style.fontWeight = 'bold';
        if (/italics/i.test(style)) el.style.fontStyle = 'italic';
        for (const attr of ['colspan', 'rowspan']) if (child.hasAttribute(attr)) el.setAttribute(attr, child.getAttribute(attr)!);
        convert(child, el, depth);
        to.appendChild(el);
      }
      // Anything else (codes, ids, product data, media) is metadata, not label text.
    }
  };
  const body = doc.getElementsByTagNameNS('urn:hl7-org:v3', 'structuredBody')[0];
  const title = doc.getElementsByTagNameNS('urn:hl7-org:v3', 'title')[0];
  for (let copy = 0; copy < copies; copy++) {
    const h1 = document.createElement('h1');
    if (title) convert(title, h1, 0);
    document.body.appendChild(h1);
    if (body) convert(body, document.body, 1);
  }
}

const LABEL_STYLE = `
  body { font: 11pt/1.35 'DejaVu Serif', serif; }
  h1 { font-size: 14pt; } h2 { font-size: 13pt; } h3, h4, h5, h6 { font-size: 11.5pt; }
  table { border-collapse: collapse; margin: 0.6em 0; } td, th { border: 1px solid #555; padding: 2px 4px; vertical-align: top; }
  caption { font-weight: bold; text-align: left; }`;

/** Pages in a PDF Chromium printed (each page object names its /Type). */
export function countPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

async function printLabel(browser: Browser, copies: number): Promise<Buffer> {
  const page = await corpusPage(browser);
  try {
    await page.route(`${ORIGIN}/label-shell.html`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html><html lang="en"><title>HUMIRA label</title><style>${LABEL_STYLE}</style><body></body></html>` }),
    );
    await page.goto(`${ORIGIN}/label-shell.html`);
    await page.evaluate(renderLabel, { xml: readFileSync(join(CORPUS, SOURCES.label), 'utf8'), copies });
    return await page.pdf({ format: 'Letter', margin: { top: '0.6in', bottom: '0.6in', left: '0.6in', right: '0.6in' } });
  } finally {
    await page.close();
  }
}

async function printArticle(browser: Browser, path: string, columns: boolean): Promise<Buffer> {
  const page = await corpusPage(browser);
  try {
    await page.goto(`${ORIGIN}/${path}`, { waitUntil: 'domcontentloaded' });
    // The saved page has no stylesheet: leave out the wiki's menus so the article is what prints.
    await page.addStyleTag({
      content: `#mw-navigation, #mw-panel, #footer, #jump-to-nav, .mw-editsection, #siteSub, #contentSub { display: none !important; }
        body { font: 11pt/1.4 'DejaVu Sans', sans-serif; }
        ${columns ? '#mw-content-text { column-count: 2; column-gap: 2em; }' : ''}`,
    });
    return await page.pdf({ format: 'A4', margin: { top: '1.5cm', bottom: '1.5cm', left: '1.5cm', right: '1.5cm' } });
  } finally {
    await page.close();
  }
}

function hasQpdf(): boolean {
  try {
    execFileSync('qpdf', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Makes every fixture in a new temp dir (never in the repository). Throws when the corpus is absent. */
export async function makePdfs({ bench = false }: { bench?: boolean } = {}): Promise<PdfFixtures> {
  if (corpusMissing) throw new Error(`Cannot make the PDF fixtures: ${corpusMissing}.`);
  const dir = mkdtempSync(join(tmpdir(), 'dmg-pdfs-'));
  const browser = await chromium.launch({ executablePath: chromePath(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  const pages: Record<string, number> = {};
  const write = (name: string, bytes: Buffer): string => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') pages[name] = countPages(bytes);
    return path;
  };
  try {
    const labelBytes = await printLabel(browser, 1);
    const fixtures: PdfFixtures = {
      dir,
      pages,
      label: write('label.pdf', labelBytes),
      wikipedia: write('wikipedia.pdf', await printArticle(browser, SOURCES.wikipedia, false)),
      columns: write('columns.pdf', await printArticle(browser, SOURCES.columns, true)),
      truncated: write('truncated.pdf', labelBytes.subarray(0, Math.floor(labelBytes.length * 0.4))),
      notPdf: write('not-a-pdf.pdf', Buffer.from('This is a plain text file with a .pdf name, not a PDF.\n')),
    };
    if (hasQpdf()) {
      fixtures.encrypted = join(dir, 'encrypted.pdf');
      execFileSync('qpdf', ['--encrypt', PDF_PASSWORD, `${PDF_PASSWORD}-owner`, '256', '--', fixtures.label, fixtures.encrypted]);
    } else {
      fixtures.encryptedMissing = 'qpdf is not installed (`sudo apt-get install -y qpdf`), so there is no encrypted PDF to open';
    }
    if (bench) {
      const copies = Math.ceil(100 / Math.max(1, countPages(labelBytes)));
      fixtures.bench = write('label-100.pdf', copies > 1 ? await printLabel(browser, copies) : labelBytes);
    }
    return fixtures;
  } finally {
    await browser.close();
  }
}
