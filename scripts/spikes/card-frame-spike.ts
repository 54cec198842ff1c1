/**
 * Feasibility spike for issue #19 item 1, "a card the page cannot reach" (review S1, S4).
 *
 * Builds a throw-away fixture extension (scripts/spikes/card-frame-fixture/) for Chromium (MV3) and
 * Firefox (MV2 like the product, and MV3), loads it in the real browsers, and lets a page probe three
 * kinds of card: text in a closed shadow root (today's card), a sandboxed srcdoc frame inside a closed
 * root that the content script renders into, and an extension page in a frame. The page's probes run
 * in its main world (window.find, selection, caret and hit-testing APIs, execCommand, frames,
 * performance entries, CSP violation events and reports, key events).
 *
 *   npx tsx scripts/spikes/card-frame-spike.ts [chromium|firefox|firefox-mv3 ...] [--json out.json]
 *
 * Not part of `npm test`: it prints a table, and the conclusions are in docs/privacy.md.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { launchChromium, launchFirefox, ROOT } from '../../tests/support/browsers';

const FIXTURE = join(ROOT, 'scripts/spikes/card-frame-fixture');
const SPIKE_GECKO_ID = 'card-frame-spike@dm-glossary.example';
const SPIKE_UUID = '0f1e2d3c-4b5a-4969-8877-665544332211';
const ALL_VARIANTS = ['closed', 'sandbox', 'sandbox-noscripts', 'ext', 'sandbox-leaky', 'ext-leaky'] as const;
type Variant = (typeof ALL_VARIANTS)[number];
/** SPIKE_VARIANTS=sandbox,ext runs only those. */
const VARIANTS = ALL_VARIANTS.filter((v) => !process.env.SPIKE_VARIANTS || process.env.SPIKE_VARIANTS.split(',').includes(v));
const TOKENS: Record<Variant, string[]> = {
  closed: ['ALPHA'],
  sandbox: ['BRAVO', 'CHARLIE'],
  'sandbox-noscripts': ['BRAVO', 'CHARLIE'],
  ext: ['DELTA'],
  // A closed root holding text beside the frame: what the page reaches from there.
  'sandbox-leaky': ['ECHO'],
  'ext-leaky': ['ECHO'],
};
/** default-src 'none' also forbids frames (frame-src) and connections; the page's own probes come from the driver. */
const STRICT_CSP = "default-src 'none'; style-src 'self'; report-uri /csp-report";

interface LogEntry {
  kind: string;
  data: Record<string, unknown>;
  href: string;
  origin: string;
  top: boolean;
  frameId?: number;
  senderUrl?: string;
  senderOrigin?: string | null;
}

// ---------------------------------------------------------------- the server: pages, logs, CSP reports

const logs: LogEntry[] = [];
const cspReports: string[] = [];
const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://x');
  if (req.method === 'POST') {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      if (url.pathname === '/log') logs.push(JSON.parse(body) as LogEntry);
      else cspReports.push(body);
      res.writeHead(204, { 'access-control-allow-origin': '*' });
      res.end();
    });
    return;
  }
  if (url.pathname !== '/page') {
    res.writeHead(404);
    res.end();
    return;
  }
  const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
  if (url.searchParams.get('csp') === 'strict') headers['content-security-policy'] = STRICT_CSP;
  res.writeHead(200, headers);
  res.end('<!doctype html><title>spike page</title><p id="before"><a href="#x">A page link</a> Some page text about the weather.</p>');
});
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

// ---------------------------------------------------------------- the fixture extension

function buildFixture(kind: 'chromium' | 'firefox' | 'firefox-mv3'): string {
  const dir = mkdtempSync(join(tmpdir(), `card-frame-${kind}-`));
  cpSync(FIXTURE, dir, { recursive: true });
  writeFileSync(join(dir, 'background.js'), readFileSync(join(FIXTURE, 'background.js'), 'utf8').replace('__SERVER__', origin));
  const contentScript = {
    matches: ['<all_urls>'],
    js: ['content.js'],
    all_frames: true,
    match_about_blank: true,
    // SPIKE_NO_FALLBACK=1: without it, to see which key lets the script into a sandboxed frame.
    ...(process.env.SPIKE_NO_FALLBACK ? {} : { match_origin_as_fallback: true }),
    run_at: 'document_start',
  };
  const base = { name: 'card frame spike', version: '1.0', content_scripts: [contentScript] };
  const manifest =
    kind === 'chromium'
      ? {
          ...base,
          manifest_version: 3,
          background: { service_worker: 'background.js' },
          host_permissions: ['<all_urls>'],
          web_accessible_resources: [{ resources: ['card.html', 'card.js'], matches: ['<all_urls>'], use_dynamic_url: true }],
        }
      : kind === 'firefox'
        ? {
            ...base,
            manifest_version: 2,
            browser_specific_settings: { gecko: { id: SPIKE_GECKO_ID } },
            background: { scripts: ['background.js'] },
            permissions: ['<all_urls>', 'tabs'],
            web_accessible_resources: ['card.html', 'card.js'],
          }
        : {
            ...base,
            manifest_version: 3,
            browser_specific_settings: { gecko: { id: SPIKE_GECKO_ID } },
            background: { scripts: ['background.js'] },
            host_permissions: ['<all_urls>'],
            permissions: ['tabs'],
            web_accessible_resources: [{ resources: ['card.html', 'card.js'], matches: ['<all_urls>'] }],
          };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

// ---------------------------------------------------------------- what the page runs (main world)

/** Installed before the page's own code: what a hostile page would listen to. */
function pageSpy(): void {
  if (window !== window.top) return;
  const spy = { csp: [] as string[], keys: [] as string[], errors: [] as string[], messages: [] as string[], focus: [] as string[] };
  (window as unknown as { __spy: typeof spy }).__spy = spy;
  addEventListener('securitypolicyviolation', (e) => spy.csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`), true);
  addEventListener('keydown', (e) => spy.keys.push(`${e.key}@${(e.target as Element | null)?.nodeName}`), true);
  addEventListener('error', (e) => spy.errors.push(String((e as ErrorEvent).message ?? e.type)), true);
  addEventListener('message', (e) => spy.messages.push(String(JSON.stringify(e.data)).slice(0, 80)), true);
  addEventListener('focusin', (e) => spy.focus.push(`${(e.target as Element | null)?.nodeName}`), true);
}

interface Probe {
  find: Record<string, { found: boolean | string; anchor: string | null; root: string | null; selection: string; frameInRoot?: string }>;
  caretPosition: string | null;
  caretRange: string | null;
  elementFromPoint: string | null;
  elementsFromPoint: string[];
  selectAll: string;
  insertText: string;
  framesLength: number;
  frameHref: string[];
  performance: string[];
  spy: { csp: string[]; keys: string[]; errors: string[]; messages: string[]; focus: string[] };
}

/** The hostile page's probes, once a card is open. */
function pageProbe(tokens: string[]): Probe {
  const describe = (node: Node | null | undefined): string | null => {
    if (!node) return null;
    const text = node.nodeType === Node.TEXT_NODE ? `:"${(node as Text).data.slice(0, 40)}"` : '';
    return `${node.nodeName}${text}`;
  };
  const rootOf = (node: Node | null): string | null => {
    if (!node) return null;
    const root = node.getRootNode();
    return root instanceof ShadowRoot ? `ShadowRoot mode=${root.mode}` : root.nodeName;
  };
  const find: Probe['find'] = {};
  const finder = window as unknown as { find: (s: string, c: boolean, b: boolean, w: boolean, ww: boolean, f: boolean, d: boolean) => boolean };
  for (const token of tokens) {
    for (const inFrames of [false, true]) {
      getSelection()?.removeAllRanges();
      let found: boolean | string;
      try {
        found = finder.find(token, false, false, true, false, inFrames, false);
      } catch (error) {
        found = `threw ${(error as Error).name}`;
      }
      const selection = getSelection();
      const root = selection?.anchorNode?.getRootNode();
      const frame = root instanceof ShadowRoot ? root.querySelector('iframe') : null;
      find[`${token}${inFrames ? ' (searchInFrames)' : ''}`] = {
        found,
        anchor: describe(selection?.anchorNode),
        root: rootOf(selection?.anchorNode ?? null),
        selection: String(selection ?? '').slice(0, 40),
        ...(frame ? { frameInRoot: `src=${frame.src} srcdoc=${frame.srcdoc.slice(0, 90)}` } : {}),
      };
    }
  }
  // The card's box is at (40, 200) 420×220; the frame (or text) starts at its top left.
  const x = 120;
  const y = 225;
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const caretPosition = doc.caretPositionFromPoint ? describe(doc.caretPositionFromPoint(x, y)?.offsetNode) : 'no API';
  const caretRange = doc.caretRangeFromPoint ? describe(doc.caretRangeFromPoint(x, y)?.startContainer) : 'no API';
  const elementFromPoint = describe(document.elementFromPoint(x, y));
  const elementsFromPoint = document.elementsFromPoint(x, y).map((e) => e.nodeName);
  getSelection()?.removeAllRanges();
  document.execCommand('selectAll');
  const selectAll = String(getSelection()).replace(/\s+/g, ' ').slice(0, 200);
  getSelection()?.removeAllRanges();
  const inserted = document.execCommand('insertText', false, 'INJECTED');
  const frameHref: string[] = [];
  for (let i = 0; i < window.frames.length; i++) {
    try {
      frameHref.push(String(window.frames[i]!.location.href));
    } catch (error) {
      frameHref.push(`threw ${(error as Error).name}`);
    }
  }
  return {
    find,
    caretPosition,
    caretRange,
    elementFromPoint,
    elementsFromPoint,
    selectAll,
    insertText: String(inserted),
    framesLength: window.frames.length,
    frameHref,
    performance: performance.getEntries().map((e) => {
      // Long-animation-frame entries name the scripts that ran: do ours show up, with an address?
      const scripts = (e as PerformanceEntry & { scripts?: { sourceURL: string; invoker: string }[] }).scripts;
      return `${e.entryType} ${e.name}${scripts?.length ? ` [${scripts.map((s) => `${s.invoker} ${s.sourceURL}`).join(', ')}]` : ''}`;
    }),
    spy: (window as unknown as { __spy: Probe['spy'] }).__spy,
  };
}

// ---------------------------------------------------------------- one run

interface Driver {
  goto(url: string): Promise<void>;
  evaluate<A, R>(fn: (arg: A) => R, arg: A): Promise<R>;
  click(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  type(text: string): Promise<void>;
  axSnapshot(): Promise<string>;
  close(): Promise<void>;
}

/**
 * tsx (esbuild, keepNames) wraps named inner functions in a `__name` helper the page does not have;
 * the function goes in as source with a stand-in.
 */
const inPage = <A, R>(fn: (arg: A) => R, arg: A): string => `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg)}); })()`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(test: () => boolean, ms: number): Promise<boolean> {
  for (let waited = 0; waited < ms; waited += 100) {
    if (test()) return true;
    await sleep(100);
  }
  return test();
}

interface Run {
  browser: string;
  variant: Variant;
  csp: 'none' | 'strict';
  probe: Probe | null;
  log: LogEntry[];
  cspReports: string[];
  keyboard: { cardFocused: boolean; tabs: number; cardKeys: string[]; pageKeys: string[] };
  ax: string;
  uuidSeenByPage: boolean;
}

async function runOne(browser: string, newDriver: () => Promise<Driver>, variant: Variant, csp: 'none' | 'strict'): Promise<Run> {
  logs.length = 0;
  cspReports.length = 0;
  const driver = await newDriver();
  await driver.goto(`${origin}/page?v=${variant}&csp=${csp}`);
  const ready = (): boolean =>
    logs.some((l) => l.kind === (variant === 'closed' ? 'card-ready' : variant === 'ext' ? 'ext-page-ready' : 'parent-port-message'));
  await waitFor(ready, 4000);
  await sleep(500);
  const probe = await driver.evaluate(pageProbe, TOKENS[variant]).catch((error: Error) => {
    console.error(browser, variant, csp, 'probe failed', error.message);
    return null;
  });
  // Keyboard: from the page's first link, Tab until the card's button has focus, then type.
  await driver.click(300, 30);
  let tabs = 0;
  let cardFocused = false;
  while (tabs < 8 && !cardFocused) {
    await driver.press('Tab');
    tabs++;
    cardFocused = await waitFor(() => logs.some((l) => l.kind === 'card-focus'), 400);
  }
  await driver.type('xyz');
  await sleep(600);
  const pageKeys = await driver.evaluate(() => (window as unknown as { __spy: Probe['spy'] }).__spy.keys, null);
  const ax = await driver.axSnapshot().catch((error: Error) => `not available: ${error.message.split('\n')[0]}`);
  await sleep(300);
  const probeText = JSON.stringify(probe) + JSON.stringify(pageKeys) + cspReports.join('');
  const run: Run = {
    browser,
    variant,
    csp,
    probe,
    log: [...logs],
    cspReports: [...cspReports],
    keyboard: {
      cardFocused,
      tabs,
      cardKeys: logs.filter((l) => l.kind === 'card-key').map((l) => String(l.data.key)),
      pageKeys,
    },
    ax,
    uuidSeenByPage: probeText.includes(SPIKE_UUID) || /chrome-extension:|moz-extension:/.test(probeText),
  };
  await driver.close();
  return run;
}

// ---------------------------------------------------------------- the browsers

async function chromiumRuns(): Promise<Run[]> {
  const session = await launchChromium(buildFixture('chromium'));
  const newDriver = async (): Promise<Driver> => {
    const page: Page = await session.context.newPage();
    await page.addInitScript(pageSpy);
    return {
      goto: async (url) => void (await page.goto(url)),
      evaluate: (fn, arg) => page.evaluate(inPage(fn, arg)),
      click: (x, y) => page.mouse.click(x, y),
      press: (key) => page.keyboard.press(key),
      type: (text) => page.keyboard.type(text),
      axSnapshot: async () => {
        const parts: string[] = [];
        for (const frame of page.frames()) {
          if (frame === page.mainFrame()) continue;
          parts.push(`[${frame.url().replace(/^chrome-extension:\/\/[^/]+/, 'chrome-extension://…')}] ${await frame.locator('body').ariaSnapshot({ timeout: 3000 })}`);
        }
        return parts.join(' | ').replace(/\n/g, ' ') || 'no child frame visible to Playwright';
      },
      close: () => page.close(),
    };
  };
  const runs: Run[] = [];
  try {
    for (const variant of VARIANTS) for (const csp of ['none', 'strict'] as const) runs.push(await runOne('chromium', newDriver, variant, csp));
    if (process.env.SPIKE_TIMING) await timing('chromium', newDriver);
    await pageMadeFrameRun('chromium', newDriver);
    // Does the dynamic URL open for a page that learns it, and does the static one?
    const page = await session.context.newPage();
    await page.goto(`${origin}/page`);
    const dynamicUrl = runs.flatMap((r) => r.log).find((l) => l.kind === 'ext-url')?.data.url as string | undefined;
    const staticUrl = `chrome-extension://${session.extensionId}/card.html`;
    const fetchFrom = (url: string) => page.evaluate((u) => fetch(u).then((r) => `status ${r.status}`, (e: Error) => `failed: ${e.message}`), url);
    console.log('chromium: getURL gave', dynamicUrl, '; extension id', session.extensionId);
    console.log('chromium: page fetch of the dynamic URL:', dynamicUrl ? await fetchFrom(dynamicUrl) : 'n/a', '; of the static URL:', await fetchFrom(staticUrl));
    await page.close();
  } finally {
    await session.close();
  }
  return runs;
}

async function firefoxRuns(kind: 'firefox' | 'firefox-mv3'): Promise<Run[]> {
  const browser = await launchFirefox(null, { prefs: { 'extensions.webextensions.uuids': JSON.stringify({ [SPIKE_GECKO_ID]: SPIKE_UUID }) } });
  await browser.installExtension(buildFixture(kind));
  const newDriver = async (): Promise<Driver> => {
    const page: PuppeteerPage = await browser.newPage();
    await page.evaluateOnNewDocument(pageSpy);
    return {
      goto: async (url) => void (await page.goto(url)),
      evaluate: (fn, arg) => page.evaluate(inPage(fn, arg)) as never,
      click: (x, y) => page.mouse.click(x, y),
      press: (key) => page.keyboard.press(key as 'Tab'),
      type: (text) => page.keyboard.type(text),
      axSnapshot: async () => JSON.stringify(await page.accessibility.snapshot({ interestingOnly: true })).slice(0, 300),
      close: () => page.close(),
    };
  };
  const runs: Run[] = [];
  try {
    for (const variant of VARIANTS) for (const csp of ['none', 'strict'] as const) runs.push(await runOne(kind, newDriver, variant, csp));
    if (process.env.SPIKE_TIMING) await timing(kind, newDriver);
    await pageMadeFrameRun(kind, newDriver);
    const page = await browser.newPage();
    await page.goto(`${origin}/page`);
    const url = `moz-extension://${SPIKE_UUID}/card.html`;
    console.log(kind, ': a page that knows the uuid fetches card.html:', await page.evaluate((u) => fetch(u).then((r) => `status ${r.status}`, (e: Error) => `failed: ${e.message}`), url));
    await page.close();
  } finally {
    await browser.close();
  }
  return runs;
}

/**
 * Runs in the page: it makes its own sandboxed srcdoc frame carrying a "secret" it chose, hands a
 * port in with that secret and waits for an answer. Our content script runs in such frames too
 * (match_origin_as_fallback), so any answer tells the page the extension is installed.
 */
function pageMadeFrame(): Promise<string> {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', '');
  frame.srcdoc = '<!doctype html><meta name="dmg-secret" content="chosen-by-the-page">';
  document.body.append(frame);
  return new Promise((resolve) => {
    frame.addEventListener('load', () => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (e) => resolve(`answered: ${JSON.stringify(e.data).slice(0, 80)}`);
      frame.contentWindow!.postMessage({ dmg: 'chosen-by-the-page' }, '*', [channel.port2]);
      channel.port1.postMessage({ render: 'PAGE asked' });
      setTimeout(() => resolve('no answer in 2 s'), 2000);
    });
  });
}

async function pageMadeFrameRun(browser: string, newDriver: () => Promise<Driver>): Promise<void> {
  logs.length = 0;
  const driver = await newDriver();
  await driver.goto(`${origin}/page`);
  const answer = await driver.evaluate(pageMadeFrame, null);
  console.log(`${browser}: a page-made sandboxed frame with a secret the page chose: ${answer}; our script ran there: ${logs.some((l) => l.kind === 'frame-started')}`);
  await driver.close();
}

/** Opens each frame card 15 times in one page: load time of the frame, and for srcdoc the render round trip. */
async function timing(browser: string, newDriver: () => Promise<Driver>): Promise<void> {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  for (const variant of ['sandbox-noscripts', 'ext'] as const) {
    logs.length = 0;
    const driver = await newDriver();
    await driver.goto(`${origin}/page?v=${variant}&csp=none&repeat=15`);
    await waitFor(() => logs.some((l) => l.kind === 'load-times'), 20_000);
    await sleep(500);
    const loads = (logs.find((l) => l.kind === 'load-times')?.data.loadTimes as number[] | undefined) ?? [];
    const trips = logs.filter((l) => l.kind === 'parent-port-message').map((l) => Number(l.data.msSinceFrameCreated));
    console.log(
      `${browser} timing ${variant}: frame load median ${median(loads).toFixed(0)} ms (first ${loads[0]?.toFixed(0)}, max ${Math.max(...loads).toFixed(0)}, n=${loads.length})` +
        (trips.length ? `; creation→rendered median ${median(trips).toFixed(0)} ms (first ${trips[0]?.toFixed(0)}, n=${trips.length})` : ''),
    );
    await driver.close();
  }
}

// ---------------------------------------------------------------- report

function summarise(run: Run): Record<string, string> {
  const p = run.probe;
  const kinds = (kind: string) => run.log.filter((l) => l.kind === kind);
  const findCells = p
    ? Object.entries(p.find).map(([token, f]) => `${token}: ${f.found}${f.anchor ? ` → ${f.anchor} (${f.root})` : ''}${f.frameInRoot ? ` → the page reads the frame: ${f.frameInRoot}` : ''}`)
    : ['probe failed'];
  const frameStarted = kinds('frame-started');
  const rendered = kinds('frame-rendered')[0]?.data as { ms?: number; styles?: Record<string, string> } | undefined;
  return {
    run: `${run.browser} ${run.variant} csp=${run.csp}`,
    find: findCells.join('; '),
    caret: p ? `caretPosition ${p.caretPosition}; caretRange ${p.caretRange}; elementFromPoint ${p.elementFromPoint}` : '',
    selectAll: p ? p.selectAll : '',
    insertText: p ? p.insertText : '',
    frames: p ? `frames.length ${p.framesLength} ${JSON.stringify(p.frameHref)}` : '',
    performance: p ? p.performance.filter((e) => !e.startsWith('navigation') && !e.startsWith('paint') && !e.includes('first-contentful')).join(', ') || 'nothing new' : '',
    pageCsp: p ? `${p.spy.csp.join(', ') || 'no event'}; reports to server: ${run.cspReports.length ? run.cspReports.map((r) => r.slice(0, 160)).join(' || ') : 'none'}` : '',
    contentScriptInFrame: frameStarted.length ? frameStarted.map((l) => `${l.href} origin=${l.origin} frameId=${l.frameId} senderOrigin=${l.senderOrigin}`).join('; ') : 'did not run',
    relay: kinds('frame-got-relay').length ? 'background reached the frame by frameId' : 'no',
    direct: JSON.stringify(kinds('parent-direct')[0]?.data ?? null),
    rendered: rendered ? `render ${rendered.ms?.toFixed(1)} ms; styles ${JSON.stringify(rendered.styles)}; srcdoc markup ${JSON.stringify((rendered as { srcdocMarkup?: unknown }).srcdocMarkup)}; round trip ${Number((kinds('parent-port-message')[0]?.data as { msSinceFrameCreated?: number })?.msSinceFrameCreated).toFixed(0)} ms from frame creation` : 'no',
    frameCsp: kinds('frame-csp-violation').map((l) => JSON.stringify(l.data)).join(', ') || 'none',
    frameImage: JSON.stringify(kinds('frame-image')[0]?.data ?? null),
    rejected: kinds('frame-rejected-message').map((l) => JSON.stringify(l.data)).join(', ') || 'none',
    extPage: JSON.stringify(kinds('ext-page-ready')[0]?.data ?? kinds('ext-url')[0]?.data ?? null),
    keyboard: `card focused after ${run.keyboard.tabs} Tab: ${run.keyboard.cardFocused}; card heard ${JSON.stringify(run.keyboard.cardKeys)}; page heard ${JSON.stringify(run.keyboard.pageKeys)}`,
    ax: run.ax.slice(0, 200),
    uuidOrExtensionUrlSeenByPage: String(run.uuidSeenByPage),
  };
}

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('--') && !a.endsWith('.json'));
const jsonOut = process.argv.includes('--json') ? process.argv[process.argv.indexOf('--json') + 1] : undefined;
const which = wanted.length ? wanted : ['chromium', 'firefox'];
const all: Run[] = [];
try {
  for (const name of which) {
    if (name === 'chromium') all.push(...(await chromiumRuns()));
    else if (name === 'firefox' || name === 'firefox-mv3') all.push(...(await firefoxRuns(name)));
  }
} finally {
  server.close();
}
for (const run of all) {
  console.log('\n=== ' + summarise(run).run);
  for (const [key, value] of Object.entries(summarise(run))) if (key !== 'run') console.log(`  ${key.padEnd(28)} ${value}`);
}
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(all, null, 2));
process.exit(0);
