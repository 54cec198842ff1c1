import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { allEntries } from './glossary/entries';
import { listNamesPlugin } from './glossary/list-names-plugin';
import { glossaryNamesPlugin } from './glossary/names-plugin';
import { assertValidGlossary } from './glossary/validate';
import { pdfjsAssets } from './scripts/pdfjs-assets';
import { polyfillAsEsm } from './scripts/polyfill-as-esm';

// Firefox stays on Manifest V2 (WXT's default there): Firefox supports MV2 with no
// end date, and under MV2 the content script's host access is granted at install
// with no extra prompt, so highlighting works the moment the add-on is added.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep each module readable on its own and testable without WXT's globals.
  imports: false,
  vite: () => ({
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
    // storage: the settings; contextMenus: "Look up '…' in the DM glossary" on selected text.
    permissions: ['storage', 'contextMenus'],
    // The PDF reader (reader.html?src=…) fetches the one PDF it was asked to open, and asks for
    // access to that PDF's site at that moment when it lacks it: optional, so nothing more is
    // granted at install. Measured: Firefox (MV2) refuses our pages' fetch of a PDF on another
    // site (NetworkError) until the host is granted. Chromium (MV3) already lets them fetch with
    // the content script's matches (the fetch succeeds; permissions.getAll lists the matches,
    // though permissions.contains does not count them), so there the optional grant is needed
    // only where the user has limited the extension's site access in Chrome's settings.
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
