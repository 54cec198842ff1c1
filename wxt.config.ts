import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { allEntries } from './glossary/entries';
import { listNamesPlugin } from './glossary/list-names-plugin';
import { glossaryNamesPlugin } from './glossary/names-plugin';
import { assertValidGlossary } from './glossary/validate';
import { pdfjsAssets } from './scripts/pdfjs-assets';
import { polyfillAsEsm } from './scripts/polyfill-as-esm';

/** Where the content scripts run (entrypoints/*.content.ts), and so where the background may load the painter. */
const CONTENT_SITES = ['http://*/*', 'https://*/*', 'file:///*'];

// Firefox stays on Manifest V2 (WXT's default there): Firefox supports MV2 with no
// end date, and under MV2 the content script's host access is granted at install
// with no extra prompt, so highlighting works the moment the add-on is added.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep each module readable on its own and testable without WXT's globals.
  imports: false,
  vite: () => ({
    // Escaped, the characters outside ASCII leave every bundle ASCII, and the browser holds each
    // script's source one byte a character: one "’" in the pattern made Chromium hold the content
    // script's 100 KB as UTF-16 on every page (issue #22; checked in tests/e2e/bundle-safety.test.ts).
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
    plugins: [polyfillAsEsm(), preact(), glossaryNamesPlugin(() => allEntries), listNamesPlugin(() => allEntries)],
    resolve: {
      // WXT's content-script context announces the extension to every page it starts in;
      // ours keeps the API and stays silent (see utils/content/silent-context.ts).
      alias: [
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: fileURLToPath(new URL('./utils/content/silent-context.ts', import.meta.url)),
        },
      ],
    },
  }),
  // Firefox's sources zip (`wxt zip -b firefox`), for addons.mozilla.org's reviewers to rebuild from.
  // WXT already leaves out node_modules, .output, hidden files (.wxt, .git) and *.test.ts; these
  // are results the tests, the demo and the benchmark write (all gitignored), not sources.
  zip: {
    excludeSources: ['test-results/**', 'bench-results/**', 'demo-output/**', '**/*.log'],
  },
  hooks: {
    // A malformed entry must fail the build, naming the entry and the field.
    'build:before': () => {
      assertValidGlossary(allEntries);
    },
    // The PDF reader's fonts and image decoders, from the installed pdfjs-dist (never a CDN).
    'build:publicAssets': (_wxt, files) => {
      files.push(...pdfjsAssets());
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the settings; contextMenus: "Look up '…' in the DM glossary" on selected text;
    // scripting (MV3): the painter is loaded into a child frame only once the frame's small gate
    // has found a possible term there (utils/background/frame-painter.ts). Loading a script into a
    // frame needs host access to it, which the content scripts' matches do not give the background
    // (measured: "Cannot access contents of the page" in Chromium 156, nothing painted in Firefox
    // 153), so the same sites are asked for as host permissions. No new warning: the install
    // prompt already names every site, for the content scripts.
    permissions: manifestVersion === 3 ? ['storage', 'contextMenus', 'scripting'] : ['storage', 'contextMenus', ...CONTENT_SITES],
    ...(manifestVersion === 3 ? { host_permissions: CONTENT_SITES } : {}),
    // The PDF reader (reader.html?src=…) fetches the one PDF it was asked to open, and asks for
    // access to that PDF's site at that moment when it lacks it. With the host permissions above
    // it lacks it only where the reader has limited the extension's site access in the browser's
    // settings, or for a site outside them; the request is then optional, so nothing more is
    // granted at install.
    ...(manifestVersion === 3 ? { optional_host_permissions: ['<all_urls>'] } : { optional_permissions: ['<all_urls>'] }),
    // The PDF reader's image decoders are WebAssembly (JBIG2, used by scanned and faxed letters,
    // JPEG 2000 and colour profiles), which pdf.js uses first, falling back to plain JS where it has
    // a fallback. Chrome's
    // default MV3 policy refuses to compile any; 'wasm-unsafe-eval' allows compiling WebAssembly
    // only (no JS eval), and scripts still come only from the package. Firefox's MV2 default
    // already lets extension pages compile it.
    ...(manifestVersion === 3
      ? { content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" } }
      : {}),
    commands: {
      // Opens the toolbar popup: the keyboard way to the terms on a page ("On this page").
      [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: {
        suggested_key: { default: 'Alt+Shift+L' },
      },
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: '__MSG_commandToggleSite__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'dm-glossary@dm-glossary.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions came to Firefox for Android in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
