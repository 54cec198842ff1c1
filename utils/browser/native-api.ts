/**
 * The browser's own extension namespace, for the two scripts that run in every child frame of every
 * page (entrypoints/frame-gate.content.ts, entrypoints/card-frame.content.ts) and the context every
 * content script makes (utils/content/silent-context.ts).
 *
 * Why not webextension-polyfill there: on load it checks `chrome.runtime.id` and
 * `browser.runtime.id`, and the first touch of a namespace makes the browser build its binding in
 * that frame. A frame with nothing to paint needs only `storage`. Measured in Chromium 156 on the
 * 30-frames page (rounds of 5 paired runs): a script that only reads storage, 0.32 / 0.39 ms a
 * frame; one that reads `runtime.id` first, 0.48 / 0.43 ms. Our child frames' scripts without the
 * polyfill against the build before, 4 alternating rounds: 228.6-229.1 against 231.9-232.8 KB of
 * heap a frame, 1.09-1.42 against 1.35-1.56 ms of script; in Firefox 153, 280-283 against 355 KB
 * of explicit memory a frame.
 *
 * What these callers use needs no polyfill: Firefox's `browser` is promise-based, and so are
 * Chrome's `browser` (Chrome 144+) and, under Manifest V3, `chrome.storage` and
 * `chrome.runtime.sendMessage`. Everything else still goes through the polyfill (`wxt/browser`),
 * which returns this same native object where the browser has one.
 */
import type { browser } from 'wxt/browser';

type Api = typeof browser;

interface ExtensionGlobals {
  browser?: Api;
  chrome?: Api;
}

/** `browser` where the browser has it, else `chrome`; no namespace in it is touched here. */
export function nativeApi(): Api {
  const globals = globalThis as ExtensionGlobals;
  const api = globals.browser ?? globals.chrome;
  if (!api) throw new Error('DM Glossary: no extension API here; this script runs only as an extension content script.');
  return api;
}

/**
 * The extension's id, or undefined once this copy of the script is orphaned (the extension was
 * updated, reloaded or removed). Touches `runtime` only.
 */
export function extensionId(): string | undefined {
  const globals = globalThis as ExtensionGlobals;
  return (globals.browser ?? globals.chrome)?.runtime?.id;
}
