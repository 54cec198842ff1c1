/**
 * pdf.js, set up for an extension page: its worker is a file of our own
 * bundle (Vite emits it; no CDN, nothing web-accessible), strings are never
 * evaluated as code, and fonts and image decoders come from the files the
 * build copies next to it (scripts/pdfjs-assets.ts). Only the reader page
 * imports this module; the content script never loads pdf.js.
 */
import { getDocument, GlobalWorkerOptions, PDFWorker, type PDFDocumentLoadingTask } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { browser } from 'wxt/browser';

GlobalWorkerOptions.workerSrc = workerUrl;

function assetUrl(folder: string): string {
  // Trailing slash: pdf.js appends file names.
  return browser.runtime.getURL(`/pdfjs/${folder}/` as '/');
}

let worker: PDFWorker | undefined;

/**
 * Starts pdf.js's worker (a 1 MB script to parse) while the reader page is idle, before any file
 * is chosen, and keeps it for every document opened here; destroying a document leaves it running.
 */
export function warmWorker(): PDFWorker {
  worker ??= new PDFWorker();
  return worker;
}

export interface OpenOptions {
  /** Asked when the file is encrypted: resolves with a password, or null when the reader gives up. */
  onPassword: (retry: boolean) => Promise<string | null>;
}

/** Starts loading a PDF from its bytes (pdf.js takes them over; pass a copy if you need them later). */
export function openPdf(data: Uint8Array, { onPassword }: OpenOptions): PDFDocumentLoadingTask {
  const task = getDocument({
    data,
    worker: warmWorker(),
    isEvalSupported: false,
    // Our page renders no forms or scripts of the document.
    enableXfa: false,
    standardFontDataUrl: assetUrl('standard_fonts'),
    wasmUrl: assetUrl('wasm'),
    iccUrl: assetUrl('iccs'),
    // Fonts missing from the file are drawn from the bundled standard fonts, the same on every machine.
    useSystemFonts: false,
  });
  task.onPassword = (update: (password: string) => void, reason: number) => {
    // pdf.js: 1 = a password is needed, 2 = the one given was wrong.
    void onPassword(reason === 2).then((password) => {
      if (password === null) void task.destroy();
      else update(password);
    });
  };
  return task;
}
