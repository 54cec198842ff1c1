/**
 * pdf.js, set up for an extension page: its worker is a file of our own
 * bundle (Vite emits it; no CDN, nothing web-accessible), strings are never
 * evaluated as code (pdf.js 6 has no eval path at all), and fonts, CMaps and
 * image decoders come from the files the build copies next to it
 * (scripts/pdfjs-assets.ts). Only the reader page imports this module; the
 * content script never loads pdf.js.
 */
import { getDocument, GlobalWorkerOptions, PDFWorker, type PDFDocumentLoadingTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { browser } from 'wxt/browser';

GlobalWorkerOptions.workerSrc = workerUrl;

function assetUrl(folder: string): string {
  // Trailing slash: pdf.js appends file names.
  return browser.runtime.getURL(`/pdfjs/${folder}/` as '/');
}

/** A worker started ahead of time for the next document (a 1 MB script to parse). */
let spare: PDFWorker | undefined;

/**
 * Starts a pdf.js worker while the reader page is idle (before any file is chosen, and once a
 * document is read), so the next file does not wait for one. Each document gets a worker of its
 * own, ended with it: one shared worker stayed busy with a page whose content never ends, and
 * every file opened after it waited forever (issue #24).
 */
export function warmWorker(): void {
  spare ??= new PDFWorker();
}

export interface OpenOptions {
  /** Asked when the file is encrypted: resolves with a password, or null when the reader gives up. */
  onPassword: (retry: boolean) => Promise<string | null>;
}

export interface OpenedPdf {
  task: PDFDocumentLoadingTask;
  /**
   * Ends the document and its worker at once. pdf.js's own destroy() first waits for the worker
   * to answer, which a worker busy with an endless page never does; terminating it does not wait.
   */
  close: () => void;
}

/** Starts loading a PDF from its bytes (pdf.js takes them over; pass a copy if you need them later). */
export function openPdf(data: Uint8Array, { onPassword }: OpenOptions): OpenedPdf {
  const worker = spare ?? new PDFWorker();
  spare = undefined;
  const task = getDocument({
    data,
    worker,
    // Our page renders no forms or scripts of the document; an XFA form is named as such instead.
    enableXfa: false,
    standardFontDataUrl: assetUrl('standard_fonts'),
    // Chinese, Japanese and Korean text in fonts the file does not embed is read through these.
    cMapUrl: assetUrl('cmaps'),
    cMapPacked: true,
    wasmUrl: assetUrl('wasm'),
    iccUrl: assetUrl('iccs'),
    // Fonts missing from the file are drawn from the bundled standard fonts, the same on every machine.
    useSystemFonts: false,
    // Pages are drawn on this page's canvas, as with pdf.js 5: pdf.js 6's renderer worker needs a
    // second worker script, and its costs have not been measured here.
    disableWorkerRendering: true,
  });
  task.onPassword = (update: (password: string) => void, reason: number) => {
    // pdf.js: 1 = a password is needed, 2 = the one given was wrong.
    void onPassword(reason === 2).then((password) => {
      if (password === null) void task.destroy().catch(() => undefined);
      else update(password);
    });
  };
  let closed = false;
  return {
    task,
    close: () => {
      if (closed) return;
      closed = true;
      // Cancels the page tasks on this side; its promise waits on the worker, so it is not awaited.
      void task.destroy().catch(() => undefined);
      worker.destroy();
    },
  };
}
