/**
 * The PDF reader's only network request is the PDF it was asked to open, from where it already
 * is. Each browser runs behind the recording proxy (tests/support/recording-proxy.ts), which
 * records and refuses everything leaving the machine; the PDFs come from a local server that
 * logs every request it gets. Opening a file from "Open a PDF" must make no request at all;
 * opening `?src=` exactly one, a GET for that PDF.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusMissing, makePdfs, type PdfFixtures } from '../support/make-pdfs';
import { startRecordingProxy, type RecordedRequest, type RecordingProxy } from '../support/recording-proxy';
import { serveDirectory, type StaticServer } from '../support/static-server';
import { chromiumReader, firefoxReader, paintedAtLeast, type ReaderPage } from './reader-driver';

if (corpusMissing) console.warn(`\nPDF reader privacy e2e SKIPPED: ${corpusMissing}.\n`);

let pdfs: PdfFixtures;
let server: StaticServer;
let proxy: RecordingProxy;
const served: string[] = [];

beforeAll(async () => {
  if (corpusMissing) return;
  pdfs = await makePdfs();
  server = await serveDirectory(pdfs.dir, undefined, { onRequest: ({ method, path }) => served.push(`${method} ${path}`) });
  proxy = await startRecordingProxy();
}, 120_000);
afterAll(async () => {
  await server?.close();
  await proxy?.close();
});

/**
 * The browsers' own calls home, as in privacy.test.ts: a request is the browser's unless it
 * names an extension or the test server as its origin; HTTPS tunnels show only a host, so the
 * vendors' hosts are set aside by name and anything else fails the test.
 */
const browserOwn = (url: string) =>
  /(^|\.)(google\.com|googleapis\.com|gstatic\.com|mozilla\.(com|net|org)|firefox\.com|mozilla\.cloudflare-dns\.com)(:\d+)?(\/|$)/.test(url.replace(/^https?:\/\//, ''));
const fromExtension = (requests: readonly RecordedRequest[]) =>
  requests.filter((r) => !browserOwn(r.url) || /(chrome|moz)-extension:|127\.0\.0\.1/.test(`${r.origin ?? ''} ${r.referer ?? ''}`));

const BROWSERS: Array<[string, () => Promise<ReaderPage>]> = [
  ['Chromium', () => chromiumReader({ proxyPort: proxy.port })],
  ['Firefox', () => firefoxReader({ proxyPort: proxy.port, prefs: { 'extensions.webextOptionalPermissionPrompts': false } })],
];

describe.skipIf(corpusMissing)('the PDF reader sends nothing but the PDF it opens', () => {
  describe.each(BROWSERS)('in %s', (name, launch) => {
    let reader: ReaderPage;
    beforeAll(async () => {
      proxy.requests.length = 0;
      reader = await launch();
    });
    afterAll(async () => {
      await reader?.close();
    });

    it('opening a file from "Open a PDF" makes no request', async () => {
      served.length = 0;
      await reader.open();
      await reader.chooseFile(pdfs.label);
      await reader.waitUntil(paintedAtLeast, { min: 3, word: 'methotrexate' });
      // Page through it, so the pages drawn later (and their fonts and images) are included.
      await reader.evaluate(() => document.querySelector('section.rd-page:last-of-type')?.scrollIntoView({ behavior: 'instant' }), undefined);
      await new Promise((r) => setTimeout(r, 1500));
      expect(served).toEqual([]);
      expect(fromExtension(proxy.requests)).toEqual([]);
    });

    it('opening ?src= makes exactly one request: a GET for that PDF', async () => {
      served.length = 0;
      // No permission to ask for in either browser: the extension has host access to the sites
      // its content scripts run on (wxt.config.ts).
      await reader.open(`?src=${encodeURIComponent(server.url('label.pdf'))}`);
      await reader.waitUntil(paintedAtLeast, { min: 3, word: 'methotrexate' });
      await reader.evaluate(() => document.querySelector('section.rd-page:last-of-type')?.scrollIntoView({ behavior: 'instant' }), undefined);
      await new Promise((r) => setTimeout(r, 1500));
      expect(served).toEqual(['GET /label.pdf']);
      expect(fromExtension(proxy.requests)).toEqual([]);
    });
  });
});
