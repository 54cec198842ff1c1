/**
 * What the stores' reviewers look for, checked on the built extension (`npm run build` first):
 * no code from strings (eval, new Function), no document.write, nothing loaded from the
 * network, every http(s) URL in the code accounted for as data, HTML injection only inside
 * a named dependency and never in our own source, and no loosened Content Security Policy.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossary } from '../../glossary';
import { SPANISH_CARDS } from '../../glossary/es/cards';
import { SPANISH_NAMES } from '../../glossary/es/names';
import { requireBuild, ROOT } from '../support/browsers';

// The release builds, what the stores receive (browsers.ts's CHROME_BUILD is the e2e build the other tests drive).
const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');
const BUILDS = [
  { name: 'chrome-mv3', dir: CHROME_BUILD },
  { name: 'firefox-mv2', dir: FIREFOX_BUILD },
] as const;

/** Our own code: nothing here may write HTML from strings. Tests are elsewhere. */
const OUR_SOURCE = ['entrypoints', 'components', 'utils', 'glossary'];

function filesUnder(dir: string, extensions: readonly string[]): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && extensions.includes(extname(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

interface BuiltFile {
  /** e.g. `chrome-mv3/content-scripts/content.js` */
  name: string;
  text: string;
}

function builtFiles(extensions: readonly string[]): BuiltFile[] {
  return BUILDS.flatMap(({ name, dir }) => {
    requireBuild(dir, 'npm run build');
    return filesUnder(dir, extensions).map((file) => ({
      name: `${name}/${relative(dir, file)}`,
      text: readFileSync(file, 'utf8'),
    }));
  });
}

const context = (text: string, index: number, length: number, around = 30) =>
  text.slice(Math.max(0, index - around), index + length + around).replace(/\s+/g, ' ');

/** Every match of `pattern` in every file, as `file: …context…`. */
function findAll(files: readonly BuiltFile[], pattern: RegExp): string[] {
  const hits: string[] = [];
  for (const { name, text } of files) {
    for (const match of text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))) {
      hits.push(`${name}: …${context(text, match.index, match[0].length)}…`);
    }
  }
  return hits;
}

/** Fails listing every hit, one a line (vitest would shorten an array). */
function expectNone(hits: readonly string[], what?: string): void {
  expect(hits.join('\n'), what).toBe('');
}

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

// ---------------------------------------------------------------------------------------------
// URLs. Every http:// or https:// in the built code must be one of these strings, each data that
// is shown or compared and never requested. `foundIn` names the file that puts it in the bundle,
// and the test checks that file really contains it, so a stale claim fails too.

interface AllowedUrl {
  url: string;
  why: string;
  foundIn: string;
  /** The string is a scheme prefix the code joins to a value (`https://${…}`), so what follows it varies. */
  prefix?: true;
}

/** The glossary's sources: shown on each card as links the reader may follow; never fetched. */
function glossaryUrls(): AllowedUrl[] {
  const urls = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      for (const match of value.matchAll(/https?:\/\/[^\s"'<>`]+/g)) urls.add(match[0]);
    } else if (Array.isArray(value)) {
      value.forEach(visit);
    } else if (typeof value === 'object' && value !== null) {
      Object.values(value).forEach(visit);
    }
  };
  visit(glossary);
  const fromEntries = [...urls].map((url) => ({ url, why: 'a source link of a glossary entry', foundIn: 'glossary/entries' }));
  // The Spanish layer: where each Spanish name and card was read (glossary/es/); data, never fetched.
  urls.clear();
  visit(SPANISH_NAMES);
  visit(SPANISH_CARDS);
  return [...fromEntries, ...[...urls].map((url) => ({ url, why: 'a source of a Spanish name or card', foundIn: 'glossary/es' }))];
}

const LIBRARY_URLS: readonly AllowedUrl[] = [
  // Preact compares an element's namespace URI with these to create SVG and MathML children.
  { url: 'http://www.w3.org/2000/svg', why: 'SVG namespace URI', foundIn: 'node_modules/preact/dist/preact.mjs' },
  { url: 'http://www.w3.org/1998/Math/MathML', why: 'MathML namespace URI', foundIn: 'node_modules/preact/dist/preact.mjs' },
  { url: 'http://www.w3.org/1999/xhtml', why: 'XHTML namespace URI', foundIn: 'node_modules/preact/dist/preact.mjs' },
  // defineContentScript keeps its options in the bundle: these are the content script's match
  // patterns (the same as in the manifest), not addresses.
  { url: 'http://*/*', why: 'content script match pattern', foundIn: 'entrypoints/content/index.ts' },
  { url: 'https://*/*', why: 'content script match pattern', foundIn: 'entrypoints/content/index.ts' },
  // WXT's storage (the settings) throws this message when loaded outside an extension. Text in an Error.
  { url: 'https://github.com/wxt-dev/wxt/issues/371', why: 'link in an error message', foundIn: 'node_modules/@wxt-dev/storage/dist/index.mjs' },
  { url: 'https://wxt.dev/guide/go-further/testing.html', why: 'link in an error message', foundIn: 'node_modules/@wxt-dev/storage/dist/index.mjs' },
  // The options page turns a site the reader types ("nhs.uk/page") into a hostname with
  // new URL(`https://${site}`).hostname: parsed, never requested.
  { url: 'https://${', why: 'scheme added to parse a typed site name', foundIn: 'components/settings/OptionsApp.tsx', prefix: true },
  // pdf.js, in the reader page only (its worker and its display layer). XML namespace URIs it
  // compares a PDF's XFA forms and metadata with: names, never addresses.
  ...[
    'http://ns.adobe.com/xdp/',
    'http://ns.adobe.com/xdp/pdf/',
    'http://ns.adobe.com/xfdf/',
    'http://ns.adobe.com/xmpmeta/',
    'http://www.w3.org/1999/XSL/Transform',
    'http://www.w3.org/2000/09/xmldsig#',
    'http://www.xfa.org/schema/xci/',
    'http://www.xfa.org/schema/xdc/',
    'http://www.xfa.org/schema/xfa-connection-set/',
    'http://www.xfa.org/schema/xfa-data/',
    'http://www.xfa.org/schema/xfa-data/1.0/',
    'http://www.xfa.org/schema/xfa-form/',
    'http://www.xfa.org/schema/xfa-locale-set/',
    'http://www.xfa.org/schema/xfa-source-set/',
    'http://www.xfa.org/schema/xfa-template/',
  ].map((url) => ({ url, why: 'XML namespace URI (pdf.js, XFA and metadata)', foundIn: 'node_modules/pdfjs-dist/build/pdf.worker.min.mjs' })),
  { url: 'http://www.apache.org/licenses/LICENSE-2.0', why: "pdf.js's licence comment", foundIn: 'node_modules/pdfjs-dist/build/pdf.worker.min.mjs' },
  // pdf.js turns a link annotation written "www.example.org" into an absolute URL the reader
  // may follow by clicking; parsed, never requested.
  { url: 'http://${', why: 'scheme pdf.js adds to a www. link in a PDF', foundIn: 'node_modules/pdfjs-dist/build/pdf.min.mjs', prefix: true },
  // Base URLs pdf.js parses relative addresses against (new URL(x, base)) to test them.
  { url: 'http://example.com', why: 'base URL pdf.js parses a link against', foundIn: 'node_modules/pdfjs-dist/build/pdf.min.mjs' },
  { url: 'https://foo.bar', why: 'base URL pdf.js parses a link against', foundIn: 'node_modules/pdfjs-dist/build/pdf.min.mjs' },
];

/** A character that may continue a URL: an allowed URL followed by one of these is a different URL. */
const URL_CHAR = /[A-Za-z0-9\-._~:/?#[\]@!$&()*+,;=%]/;

// ---------------------------------------------------------------------------------------------
// HTML from strings. Each allowed assignment is recognised by its shape in the minified bundle;
// `foundIn` must show the same shape, so the hit is proven to come from that dependency.

interface AllowedHtmlSink {
  pattern: RegExp;
  why: string;
  foundIn: string;
}

const ALLOWED_HTML_SINKS: readonly AllowedHtmlSink[] = [
  {
    // Preact's support for the `dangerouslySetInnerHTML` prop: `dom.innerHTML = newHtml.__html`.
    // Our source never passes that prop (checked below), so this line never runs with our data.
    pattern: /[\w$]+\.innerHTML=[\w$]+\.__html\b/,
    why: "Preact's dangerouslySetInnerHTML support",
    foundIn: 'node_modules/preact/dist/preact.mjs',
  },
];

/**
 * Code from strings that exists in a dependency and never runs in ours. None today: pdf.js 6 has
 * no eval path (pdf.js 5 compiled a PDF's PostScript functions with `new Function` when allowed).
 * A dependency that brings one back must be listed here with its reason.
 */
interface AllowedCodeFromString {
  /** Its shape in the built bundle (Vite minifies pdf.js's display layer again, renaming it). */
  built: RegExp;
  /** The same code in the package, which proves where the built one comes from. */
  source: RegExp;
  why: string;
  foundIn: string;
}

const ALLOWED_CODE_FROM_STRINGS: readonly AllowedCodeFromString[] = [];

/** Every match of `pattern` that lies outside the allowed shapes. */
function findAllOutside(files: readonly BuiltFile[], pattern: RegExp, allowed: readonly AllowedCodeFromString[]): string[] {
  const hits: string[] = [];
  for (const { name, text } of files) {
    const ranges = allowed.flatMap(({ built: shape }) => [...text.matchAll(new RegExp(shape.source, 'g'))].map((m) => [m.index, m.index + m[0].length] as const));
    for (const match of text.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))) {
      if (!ranges.some(([start, end]) => match.index >= start && match.index < end)) hits.push(`${name}: …${context(text, match.index, match[0].length)}…`);
    }
  }
  return hits;
}

describe('built extension: code safety', () => {
  const js = builtFiles(['.js', '.mjs']);
  const html = builtFiles(['.html']);

  it('has JavaScript to check in both builds', () => {
    for (const { name } of BUILDS) {
      expect(js.filter((file) => file.name.startsWith(`${name}/`)).length, name).toBeGreaterThan(2);
    }
  });

  it('never runs strings as code', () => {
    expectNone(findAll(js, /\beval\s*\(/));
    expectNone(findAll(js, /\(\s*0\s*,\s*eval\s*\)/));
    for (const { source, why, foundIn } of ALLOWED_CODE_FROM_STRINGS) expect(read(foundIn), `${why} should be in ${foundIn}`).toMatch(source);
    for (const file of ['build/pdf.min.mjs', 'build/pdf.worker.min.mjs']) {
      expect(read(`node_modules/pdfjs-dist/${file}`), `pdf.js (${file}) compiles no strings`).not.toMatch(/\bnew Function\(|\beval\(/);
    }
    expectNone(findAllOutside(js, /\bnew\s+Function\s*\(/, ALLOWED_CODE_FROM_STRINGS));
    expectNone(findAllOutside(js, /(?<![\w$.])Function\s*\(\s*[`'"]/, ALLOWED_CODE_FROM_STRINGS));
    expectNone(findAll(js, /\bset(?:Timeout|Interval)\s*\(\s*[`'"]/));
  });

  it('never uses document.write', () => {
    expectNone(findAll([...js, ...html], /\bdocument\.write(?:ln)?\s*\(/));
  });

  it('loads no script from the network', () => {
    expectNone(findAll(js, /\bimportScripts\s*\(\s*[`'"]?\s*(?:https?:)?\/\//));
    expectNone(findAll(js, /\bimport\s*\(\s*[`'"]\s*(?:https?:)?\/\//));
    expectNone(findAll([...js, ...html], /<script[^>]*\bsrc\s*=\s*[`'"]?\s*(?:https?:)?\/\//i));
  });

  it('has no inline scripts in its pages (the CSP would refuse them)', () => {
    expectNone(findAll(html, /<script(?![^>]*\bsrc\s*=)[^>]*>/i));
    expectNone(findAll(html, /\son[a-z]+\s*=/i));
  });

  it('has no http(s) URL in its pages or styles', () => {
    const pagesAndStyles = [...html, ...builtFiles(['.css'])];
    expectNone(findAll(pagesAndStyles, /https?:\/\//i));
  });

  it('contains only allow-listed URLs, all of them data', () => {
    const allowed = [...glossaryUrls(), ...LIBRARY_URLS];
    expect(glossaryUrls().length).toBeGreaterThan(20);

    // Each claim about where a URL comes from is true.
    for (const { url, foundIn } of LIBRARY_URLS) {
      expect(read(foundIn), `${url} should come from ${foundIn}`).toContain(url);
    }

    // Longest first, so a URL is never accepted as a prefix of a longer one.
    const byLength = [...allowed].sort((a, b) => b.url.length - a.url.length);
    const unexpected: string[] = [];
    const seen = new Set<string>();
    // The bundles are ASCII (below): a URL's other characters are written there as \u escapes.
    const escaped = (url: string) => url.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
    for (const { name, text } of js) {
      for (const match of text.matchAll(/https?:\/\//gi)) {
        const hit = byLength.find(({ url, prefix }) =>
          [url, escaped(url)].some((written) => text.startsWith(written, match.index) && (prefix || !URL_CHAR.test(text.charAt(match.index + written.length)))),
        );
        if (hit) seen.add(hit.url);
        else unexpected.push(`${name}: …${context(text, match.index, 60, 20)}…`);
      }
    }
    expectNone(unexpected, 'URLs not on the allow-list');

    // And the library part of the list stays as short as it can be.
    const unused = LIBRARY_URLS.filter(({ url }) => !seen.has(url)).map(({ url, foundIn }) => `${url} (${foundIn})`);
    expectNone(unused, 'allow-listed URLs no longer in the bundle: remove them from LIBRARY_URLS');
  });

  it('writes HTML from strings only inside allow-listed dependency code', () => {
    const sinks = /\b(?:innerHTML|outerHTML)\b/g;
    const report: string[] = [];
    const unexplained: string[] = [];

    for (const sink of ALLOWED_HTML_SINKS) {
      expect(read(sink.foundIn), `${sink.why} should be in ${sink.foundIn}`).toMatch(sink.pattern);
    }

    for (const { name, text } of js) {
      const allowedRanges = ALLOWED_HTML_SINKS.flatMap((sink) =>
        [...text.matchAll(new RegExp(sink.pattern.source, 'g'))].map((m) => ({
          start: m.index,
          end: m.index + m[0].length,
          why: sink.why,
        })),
      );
      for (const match of text.matchAll(sinks)) {
        const after = text.slice(match.index + match[0].length);
        const isAssignment = /^\s*(?:\+?=)(?!=)/.test(after);
        const where = `${name}: …${context(text, match.index, match[0].length)}…`;
        const range = allowedRanges.find(({ start, end }) => match.index >= start && match.index < end);
        report.push(`${isAssignment ? 'write' : 'read '} ${where}${range ? `  [allowed: ${range.why}]` : ''}`);
        if (isAssignment && !range) unexplained.push(where);
      }
    }
    // Every hit, for the reviewer reading the test log.
    console.info(`innerHTML/outerHTML in the built code (${report.length}):\n${report.join('\n')}`);

    expectNone(unexplained, 'innerHTML/outerHTML writes outside allow-listed dependency code');
    expectNone(findAll(js, /\binsertAdjacentHTML\s*\(|\bcreateContextualFragment\s*\(/));
  });

  it('has no HTML-from-string or eval in our own source', () => {
    const ours = OUR_SOURCE.flatMap((dir) =>
      filesUnder(join(ROOT, dir), ['.ts', '.tsx', '.js', '.html']).map((file) => ({
        name: relative(ROOT, file),
        text: readFileSync(file, 'utf8'),
      })),
    );
    expect(ours.length).toBeGreaterThan(20);
    expectNone(
      findAll(ours, /innerHTML|outerHTML|dangerouslySetInnerHTML|insertAdjacentHTML|createContextualFragment|document\.write/),
    );
    expectNone(findAll(ours, /\beval\s*\(|\bnew\s+Function\s*\(/));
  });
});

describe('built extension: Content Security Policy', () => {
  /** Sources that would let a page run code it did not ship with. */
  function looseSources(policy: string): string[] {
    const problems: string[] = [];
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name) continue;
      for (const source of sources) {
        const lower = source.toLowerCase();
        if (lower === "'unsafe-eval'" || lower === "'unsafe-inline'") problems.push(`${name} ${source}`);
        // Anything but the extension itself, `'none'`, hashes/nonces and wasm is a remote or broad source.
        else if (!/^'(?:self|none|wasm-unsafe-eval|strict-dynamic|(?:sha256|sha384|sha512|nonce)-[^']+)'$/.test(lower)) {
          problems.push(`${name} ${source}`);
        }
      }
    }
    return problems;
  }

  const manifest = (dir: string) => JSON.parse(readFileSync(join(requireBuild(dir, 'npm run build'), 'manifest.json'), 'utf8')) as Record<string, unknown>;

  it('Chrome MV3 keeps the default CSP or a stricter one', () => {
    const chrome = manifest(CHROME_BUILD);
    expect(chrome.manifest_version).toBe(3);
    const csp = chrome.content_security_policy as { extension_pages?: string; sandbox?: string } | undefined;
    // Absent: Chrome applies "script-src 'self'; object-src 'self'" (plus wasm) to extension pages.
    if (csp === undefined) return;
    expect(typeof csp, 'MV3 takes an object here').toBe('object');
    expectNone(looseSources(csp.extension_pages ?? ''), 'loose CSP sources');
    expect(csp.sandbox, 'no sandboxed pages are expected').toBeUndefined();
  });

  it('Firefox MV2 keeps the default CSP or a stricter one', () => {
    const firefox = manifest(FIREFOX_BUILD);
    expect(firefox.manifest_version).toBe(2);
    const csp = firefox.content_security_policy as string | undefined;
    // Absent: Firefox applies "script-src 'self'; object-src 'self';" to extension pages.
    if (csp === undefined) return;
    expect(typeof csp, 'MV2 takes a string here').toBe('string');
    expectNone(looseSources(csp), 'loose CSP sources');
  });

  it('declares no sandbox pages or web-accessible resources that would widen exposure', () => {
    for (const dir of [CHROME_BUILD, FIREFOX_BUILD]) {
      const m = manifest(dir);
      expect(m.sandbox, dir).toBeUndefined();
      expect(m.web_accessible_resources, dir).toBeUndefined();
    }
  });
});

describe('built extension: pdf.js stays in the reader', () => {
  /**
   * Strings pdf.js keeps through minification (messages and ids, not names), each checked to be
   * in the package so the list cannot go stale: the display layer's and the worker's.
   */
  const PDFJS_MARKERS = [
    { text: 'Setting up fake worker', foundIn: 'node_modules/pdfjs-dist/build/pdf.min.mjs' },
    { text: 'pdfjs_internal_id_', foundIn: 'node_modules/pdfjs-dist/build/pdf.min.mjs' },
    { text: 'Invalid PDF structure', foundIn: 'node_modules/pdfjs-dist/build/pdf.worker.min.mjs' },
  ] as const;
  const js = builtFiles(['.js', '.mjs']);
  const contentScripts = js.filter(({ name }) => /\/content-scripts\//.test(name));
  const hits = (files: readonly BuiltFile[]) => PDFJS_MARKERS.flatMap(({ text }) => findAll(files, new RegExp(text)));

  it('recognises pdf.js by strings the package really contains', () => {
    for (const { text, foundIn } of PDFJS_MARKERS) expect(read(foundIn), `${text} should be in ${foundIn}`).toContain(text);
  });

  it('never puts pdf.js in the content script, which runs in every page', () => {
    // The page's script (the painter), the card frame's (utils/card-frame/) and the child frames'
    // gate (utils/content/frame-gate.ts): all run in every page.
    expect(contentScripts.map(({ name }) => name).sort()).toEqual([
      'chrome-mv3/content-scripts/card-frame.js',
      'chrome-mv3/content-scripts/content.js',
      'chrome-mv3/content-scripts/frame-gate.js',
      'firefox-mv2/content-scripts/card-frame.js',
      'firefox-mv2/content-scripts/content.js',
      'firefox-mv2/content-scripts/frame-gate.js',
    ]);
    expectNone(hits(contentScripts), 'pdf.js in a content script');
    expectNone(findAll(contentScripts, /pdf\.worker|reader\.html/), 'the content script names the worker or the reader page');
  });

  it('does have pdf.js in the reader page, so the check above can fail', () => {
    for (const { name } of BUILDS) {
      const ours = js.filter((file) => file.name.startsWith(`${name}/`) && !/\/content-scripts\//.test(file.name));
      for (const { text } of PDFJS_MARKERS) expect(findAll(ours, new RegExp(text)).length, `${name}: ${text}`).toBeGreaterThan(0);
    }
  });
});

describe('built extension: scripts a browser holds one byte a character', () => {
  // The browser keeps a script's source for as long as its functions live. One character outside
  // ASCII (a "’" in the painter's pattern) made Chromium hold the content script's 100 KB as UTF-16
  // on every page: 201 KB of external strings in a heap snapshot, 101 KB once escaped (issue #22,
  // scripts/spikes/heap-diff.ts). wxt.config.ts asks the bundler to escape them (`charset`).
  const js = builtFiles(['.js', '.mjs']);
  const outsideAscii = /[^\x00-\x7f]/;

  it('has no character outside ASCII in any script it builds', () => {
    // pdf.js's worker is copied as it is, not bundled: only the reader's page starts it.
    const built = js.filter(({ name }) => !/\/pdf\.worker[^/]*$/.test(name));
    expect(built.filter(({ name }) => /\/content-scripts\//.test(name))).toHaveLength(6);
    expectNone(findAll(built, outsideAscii), 'a character outside ASCII');
  });

  it('would notice one', () => {
    expect(findAll([{ name: 'x.js', text: 'const s = `A\u2212`;' }], outsideAscii)).toHaveLength(1);
  });
});

describe('built extension: permissions', () => {
  const manifest = (dir: string) => JSON.parse(readFileSync(join(requireBuild(dir, 'npm run build'), 'manifest.json'), 'utf8')) as Record<string, unknown>;

  it('asks at install for storage, contextMenus and, to load the painter into child frames, the sites the content scripts run on; more only as optional', () => {
    const sites = ['file:///*', 'http://*/*', 'https://*/*'];
    const chrome = manifest(CHROME_BUILD);
    expect([...(chrome.permissions as string[])].sort()).toEqual(['contextMenus', 'scripting', 'storage']);
    expect([...(chrome.host_permissions as string[])].sort()).toEqual(sites);
    expect(chrome.optional_host_permissions).toEqual(['<all_urls>']);
    expect(chrome.optional_permissions).toBeUndefined();

    const firefox = manifest(FIREFOX_BUILD);
    expect([...(firefox.permissions as string[])].sort()).toEqual(['contextMenus', ...sites, 'storage'].sort());
    expect(firefox.optional_permissions).toEqual(['<all_urls>']);

    // The host permissions are exactly where the content scripts already run: no site more.
    for (const built of [chrome, firefox]) {
      const scripts = built.content_scripts as Array<{ matches: string[]; js: string[]; all_frames?: boolean }>;
      for (const script of scripts) expect([...script.matches].sort()).toEqual(sites);
      // The painter runs in the top frame from the manifest; child frames get only the gate.
      const painter = scripts.find((script) => script.js.some((file) => file.endsWith('content.js')))!;
      expect(painter.all_frames ?? false).toBe(false);
      expect(scripts.find((script) => script.js.some((file) => file.endsWith('frame-gate.js')))!.all_frames).toBe(true);
    }
  });
});
