/**
 * The PDF reader on the files issue #24 found it failing on, in Chromium and Firefox, each made at
 * run time (tests/support/make-hard-pdfs.ts) so each shows one problem: a page whose drawing never
 * ends, a page pdf.js cannot load, Japanese in a font that is not embedded, a form whose words are
 * field values, an XFA form, an AES-256 (R6) file with a non-ASCII password typed in another
 * Unicode form, a page slow to draw; and `?src=` answers that never end, stall, or redirect to
 * another site (review S9). After each bad file the reader opens the next one.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/browsers';
import {
  brokenPagePdf,
  encryptR6,
  formFieldsPdf,
  formTreePdf,
  hasQpdf,
  JAPANESE_WORDS,
  japanesePdf,
  letterPdf,
  R6_PASSWORD,
  R6_PASSWORD_TYPED,
  xfaPdf,
} from '../support/make-hard-pdfs';
import { alertMatches, chromiumReader, firefoxReader, paintedAtLeast, readerState, type ReaderPage } from './reader-driver';

const SHOTS = join(ROOT, 'test-results/screenshots');
const dir = mkdtempSync(join(tmpdir(), 'dmg-hard-pdfs-'));
const file = (name: string, bytes: Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};
const FILES = {
  // 2^40 squares: never finishes.
  endless: file('endless.pdf', formTreePdf(40)),
  // 2^14 squares: about 6 s on the project's 2-core machine.
  slow: file('slow.pdf', formTreePdf(14)),
  brokenPage: file('broken-page.pdf', brokenPagePdf()),
  japanese: file('japanese.pdf', japanesePdf()),
  form: file('form.pdf', formFieldsPdf()),
  xfa: file('xfa.pdf', xfaPdf()),
  letter: file('letter.pdf', letterPdf()),
};
const encrypted = hasQpdf() ? join(dir, 'r6.pdf') : undefined;
if (encrypted) encryptR6(FILES.letter, encrypted, R6_PASSWORD);
else console.warn('R6 password case SKIPPED: qpdf is not installed (`sudo apt-get install -y qpdf`).');

/**
 * The `?src=` server: /letter.pdf; /endless, a body with no length that never ends (it counts
 * what it sent until the reader hangs up); /stalled, headers and 1 KB, then nothing; /moved, a
 * redirect to the same file on another origin (localhost instead of 127.0.0.1).
 */
let server: Server;
let port = 0;
const endless = { sentMB: 0, closedAtMB: -1 };
beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/letter.pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end(letterPdf());
    } else if (path === '/endless') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      chunk.write('%PDF-1.7\n');
      endless.sentMB = 0;
      endless.closedAtMB = -1;
      const more = () => {
        while (!res.destroyed && res.write(chunk)) endless.sentMB++;
        if (!res.destroyed) endless.sentMB++;
      };
      res.on('drain', more);
      res.on('close', () => (endless.closedAtMB = endless.sentMB));
      more();
    } else if (path === '/stalled') {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.write(Buffer.from('%PDF-1.7\n' + ' '.repeat(1024)));
    } else if (path === '/moved') {
      res.writeHead(302, { location: `http://localhost:${port}/letter.pdf` });
      res.end();
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((done) => server?.close(done));
});

const BROWSERS: Array<[string, () => Promise<ReaderPage>]> = [
  ['Chromium', () => chromiumReader()],
  // Would grant an optional host permission without Firefox's prompt, should the reader ask for
  // one (it asks only where the reader limited the extension's site access).
  ['Firefox', () => firefoxReader({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } })],
];

/** What the reader shows besides the pages: notices, page notes, the message, the panel. */
function shown() {
  const texts = (selector: string) => [...document.querySelectorAll(selector)].map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
  return {
    notices: texts('.rd-notice'),
    notes: [...document.querySelectorAll<HTMLElement>('.rd-page-note')].map((el) => ({ page: Number(el.closest<HTMLElement>('.rd-page')?.dataset.page), text: (el.textContent ?? '').trim() })),
    message: texts('.rd-message').join(' '),
    panel: texts('.rd-panel').join(' '),
    drawn: [...document.querySelectorAll<HTMLElement>('.rd-page')].filter((p) => p.querySelector('canvas')).map((p) => Number(p.dataset.page)),
    layers: texts('.textLayer'),
  };
}

function noteMatches({ page, pattern }: { page: number; pattern: string }): boolean {
  const note = document.querySelector(`.rd-page[data-page="${page}"] .rd-page-note`);
  return !!note && new RegExp(pattern, 'i').test(note.textContent ?? '');
}

function textLayerHas(text: string): boolean {
  return [...document.querySelectorAll('.textLayer')].some((layer) => (layer.textContent ?? '').replace(/\s+/g, '').includes(text));
}

describe.each(BROWSERS)('the reader on hard PDFs, in %s', (name, launch) => {
  let reader: ReaderPage;
  const shot = (what: string) => join(SHOTS, `reader-hard-${what}-${name.toLowerCase()}.png`);
  beforeAll(async () => {
    reader = await launch();
    await reader.open();
  });
  afterAll(async () => {
    await reader?.close();
  });

  /** Opens `?src=`, giving Firefox the one-site permission when the reader asks for it. */
  // Both browsers open it at once: the extension has host access to the sites its content
  // scripts run on (wxt.config.ts), so the reader asks for no permission on a web address.
  const openSrc = (url: string) => reader.open(`?src=${encodeURIComponent(url)}`);
  const openTermsPanel = async () => {
    if (!(await reader.evaluate(() => document.querySelector('.rd-panel') !== null, undefined))) await reader.clickSelector('button[aria-controls="rd-panel"], button[aria-label="Glossary terms"]');
  };

  it('says a page that never finishes drawing is slow, draws the others, stops it on request, and opens the next file at once', async () => {
    await reader.chooseFile(FILES.endless);
    await reader.waitUntil(noteMatches, { page: 1, pattern: 'Drawing page 1' }, 10_000);
    await reader.waitUntil(noteMatches, { page: 1, pattern: 'slow to draw' }, 15_000);
    // Pages 2 and 3 are drawn and painted meanwhile.
    await reader.waitUntil(paintedAtLeast, { min: 2, word: 'methotrexate' }, 40_000);
    await reader.screenshot(shot('endless'));
    // The next file opens while the endless page is still being drawn (its worker is ended).
    await reader.chooseFile(FILES.letter);
    await reader.waitUntil(() => /Page 1 of the clinic letter/.test(document.querySelector('.textLayer')?.textContent ?? ''), undefined, 20_000);
    expect((await reader.evaluate(shown, undefined)).notes).toEqual([]);

    await reader.chooseFile(FILES.endless);
    await reader.waitUntil(noteMatches, { page: 1, pattern: 'slow to draw' }, 15_000);
    await reader.clickSelector('.rd-page[data-page="1"] .rd-page-note button');
    await reader.waitUntil(noteMatches, { page: 1, pattern: 'was not drawn' }, 10_000);
    await openTermsPanel();
    await reader.waitUntil(() => /Methotrexate\s*2/.test(document.querySelector('.rd-panel')?.textContent ?? '') && !/Still reading/.test(document.querySelector('.rd-panel')?.textContent ?? ''), undefined, 30_000);
  });

  it('shows a page slow to draw as drawing, then draws it', async () => {
    await reader.chooseFile(FILES.slow);
    await reader.waitUntil(noteMatches, { page: 1, pattern: 'Drawing page 1' }, 10_000);
    // Drawn, and its note gone: the canvas goes in before the page's text layer, and the note
    // comes down after both, so wait for the two together.
    await reader.waitUntil(
      () => document.querySelector('.rd-page[data-page="1"] canvas') !== null && document.querySelector('.rd-page[data-page="1"] .rd-page-note') === null,
      undefined,
      110_000,
    );
    const state = await reader.evaluate(shown, undefined);
    expect(state.notes).toEqual([]);
    expect(state.drawn).toContain(1);
  }, 130_000);

  it('names a page pdf.js cannot load, and reads, paints and finds the pages after it', async () => {
    await reader.chooseFile(FILES.brokenPage);
    await reader.waitUntil(noteMatches, { page: 2, pattern: 'could not be shown' }, 20_000);
    await openTermsPanel();
    await reader.waitUntil(() => !/Still reading/.test(document.querySelector('.rd-panel')?.textContent ?? ''), undefined, 20_000);
    const state = await reader.evaluate(shown, undefined);
    expect(state.notices.join(' ')).toMatch(/could not be read.*page 2\b/);
    expect(state.panel).toMatch(/Prednisone\s*2/);
    await reader.type('#rd-find', 'charlie');
    await reader.waitUntil(() => document.querySelector('.rd-find-status')?.textContent === '1 of 1', undefined, 10_000);
    await reader.waitUntil(textLayerHas, 'Markercharlieforfind', 10_000);
    await reader.screenshot(shot('broken-page'));
  });

  it('reads Japanese in a font that is not embedded, and does not call it a picture of text', async () => {
    await reader.chooseFile(FILES.japanese);
    await reader.waitUntil(textLayerHas, JAPANESE_WORDS[0], 20_000);
    expect(await reader.evaluate(textLayerHas, JAPANESE_WORDS[1])).toBe(true);
    await reader.type('#rd-find', JAPANESE_WORDS[1]);
    await reader.waitUntil(() => document.querySelector('.rd-find-status')?.textContent === '1 of 1', undefined, 10_000);
    await new Promise((r) => setTimeout(r, 1000));
    expect((await reader.evaluate(shown, undefined)).notices.join(' ')).not.toMatch(/picture of text/);
    await reader.screenshot(shot('japanese'));
  });

  it('says the words of a filled-in form are in its fields, not that it is a picture of text', async () => {
    await reader.chooseFile(FILES.form);
    await reader.waitUntil(() => /form fields/.test(document.querySelector('.rd-notice')?.textContent ?? ''), undefined, 20_000);
    expect((await reader.evaluate(shown, undefined)).notices.join(' ')).not.toMatch(/picture of text/);
  });

  it('says an XFA form cannot be shown, rather than showing only its "Please wait" page', async () => {
    await reader.chooseFile(FILES.xfa);
    await reader.waitUntil(() => /XFA form/.test(document.querySelector('.rd-notice')?.textContent ?? ''), undefined, 20_000);
  });

  it('opens an AES-256 (R6) file with a non-ASCII password typed in another Unicode form', async (context) => {
    if (!encrypted) return context.skip();
    await reader.chooseFile(encrypted);
    await reader.waitUntil(() => document.querySelector('#rd-password') !== null, undefined, 20_000);
    await reader.type('#rd-password', R6_PASSWORD_TYPED);
    await reader.press('Enter');
    await reader.waitUntil(paintedAtLeast, { min: 2, word: 'methotrexate' }, 20_000);
    expect((await reader.evaluate(readerState, undefined)).password).toBe('');
  });

  it('?src=: stops a body with no length at 200 MB, and says so', async () => {
    await openSrc(`http://127.0.0.1:${port}/endless`);
    // While it downloads, the reader shows how much has come.
    await reader.waitUntil(() => /\d MB downloaded so far/.test(document.querySelector('.rd-message')?.textContent ?? ''), undefined, 30_000);
    await reader.waitUntil(alertMatches, 'larger than 200 MB', 60_000);
    await expect.poll(() => endless.closedAtMB, { timeout: 10_000 }).toBeGreaterThanOrEqual(0);
    // Hung up after 200 MB, not at the end (there is none; the old reader read on without
    // limit). What the server could write ahead into the sockets' and the browser's own buffers
    // on loopback comes on top, and varies with the machine: 291 and 439 MB sent in Firefox.
    expect(endless.closedAtMB).toBeLessThan(700);
  }, 90_000);

  it('?src=: gives up on a download that stops arriving, and says so', async () => {
    await openSrc(`http://127.0.0.1:${port}/stalled`);
    await reader.waitUntil(alertMatches, 'download stopped', 45_000);
    // Then the next file opens as usual.
    await openSrc(`http://127.0.0.1:${port}/letter.pdf`);
    await reader.waitUntil(paintedAtLeast, { min: 2, word: 'methotrexate' }, 20_000);
  }, 90_000);

  it('?src=: does not read a file a redirect brought from another site, names the site, and opens it when asked', async () => {
    await openSrc(`http://127.0.0.1:${port}/moved`);
    await reader.waitUntil(alertMatches, `another site, http://localhost:${port}`, 20_000);
    expect((await reader.evaluate(shown, undefined)).layers).toEqual([]);
    await reader.clickSelector('[role="alert"] button');
    await reader.waitUntil(paintedAtLeast, { min: 2, word: 'methotrexate' }, 20_000);
  });
});
