import type { Plugin } from 'vite';

/** webextension-polyfill's one file (a UMD module), as its package's `main` names it. */
const POLYFILL_FILE = /[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill(?:\.min)?\.js$/;

/**
 * Hands webextension-polyfill to the bundler as an ES module, with its code unchanged.
 *
 * The package is UMD, so the bundler imports it as CommonJS through an interop helper that copies
 * every own property of its export onto a new object, asking each for its descriptor. Where the
 * browser has a native `browser` (Firefox, and Chromium 156 measured here), the polyfill's export
 * is that object, whose properties are the API namespaces, created on first touch: the copy made
 * every frame of every page build `dom`, `extension`, `i18n`, `runtime` and `storage` at the
 * content scripts' start (1.8 ms in a page's first frame, measured), whether it used them or not.
 * As an ES module its default export is the object itself, and a namespace is built when used.
 *
 * The UMD wrapper takes its CommonJS branch (`exports` defined, no AMD `define`), as under any
 * CommonJS loader; the polyfill's own code, and what it exports, are the package's.
 */
export function polyfillAsEsm(): Plugin {
  return {
    name: 'dmg-polyfill-as-esm',
    enforce: 'pre',
    transform: (code, id) => (POLYFILL_FILE.test(id.split('?')[0] ?? id) ? { code: wrapUmd(code), map: null } : undefined),
  };
}

/** `code`, a UMD or CommonJS module, as an ES module whose default export is its `module.exports`. */
export function wrapUmd(code: string): string {
  return [
    'const dmgModule = { exports: {} };',
    // `define` undefined and `exports` defined: the UMD wrapper's CommonJS branch.
    // Its source map comment goes: the lines moved, and the map would point at the wrong ones.
    `(function (define, exports, module) {\n${code.replace(/^\/\/# sourceMappingURL=.*$/m, '')}\n}).call(globalThis, undefined, dmgModule.exports, dmgModule);`,
    'export default dmgModule.exports;',
    '',
  ].join('\n');
}
