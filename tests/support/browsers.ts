import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import puppeteer, { type Browser, type Page as PuppeteerPage } from 'puppeteer-core';

export const ROOT = resolve(import.meta.dirname, '../..');
/**
 * The test build (`npm run build:e2e`): the card's shadow root is open there, so
 * tests can look inside it. Release builds close it (see CHROME_RELEASE_BUILD).
 */
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3-e2e');
/** The release build (`npm run build`): what the store gets. */
export const CHROME_RELEASE_BUILD = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_E2E_BUILD = join(ROOT, '.output/firefox-mv2-e2e');
/** Must match browser_specific_settings.gecko.id in wxt.config.ts. */
export const GECKO_ID = 'dm-glossary@dm-glossary.example';
/** Fixed so tests can recognise the extension's own pages in Firefox. */
export const FIREFOX_UUID = '6a4c1f0e-5d3b-4f7a-9c2e-0b1d2e3f4a5b';

/**
 * tsx compiles scripts with esbuild's keepNames, which wraps named inner functions in a `__name`
 * helper that exists only in Node; a page that runs such a function (evaluate, an init script)
 * needs it too.
 */
export const KEEP_NAMES_SHIM = 'globalThis.__name ??= (fn) => fn;';

function findBrowser(envVar: string, candidates: string[], install: string): string {
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${envVar} is set to ${fromEnv}, but no file is there.`);
    return fromEnv;
  }
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(`No browser found at ${candidates.join(' or ')}. Install it with \`${install}\`, or set ${envVar} to its path.`);
  }
  return found;
}

export const chromePath = () =>
  findBrowser('CHROME_PATH', ['/usr/bin/chromium', '/usr/bin/chromium-browser'], 'sudo apt-get install -y chromium');
export const firefoxPath = () =>
  findBrowser('FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox'], 'sudo apt-get install -y firefox-esr');

export function requireBuild(dir: string, command: string): string {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No extension build in ${dir}. Run \`${command}\` first.`);
  return dir;
}

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  close: () => Promise<void>;
}

export interface ChromiumOptions {
  headless?: boolean;
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** The browser's interface language, which the extension's i18n follows (e.g. 'es'). */
  lang?: string;
  /** Send every non-loopback request through this local proxy (see recording-proxy.ts). */
  proxyPort?: number;
  /** A touch screen, as on a phone: taps instead of clicks. */
  touch?: boolean;
}

/** Chromium with the built extension loaded, as DEVELOPERS.md and shared/notes describe. */
export async function launchChromium(
  extensionDir = requireBuild(CHROME_BUILD, 'npm run build:e2e'),
  options: ChromiumOptions = {},
): Promise<ChromiumSession> {
  const context = await launchContext([`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`], options);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, close: () => context.close() };
}

/** The same Chromium without any extension: the reference a page must look identical to. */
export async function launchBareChromium(options: ChromiumOptions = {}): Promise<BrowserContext> {
  return launchContext([], options);
}

function launchContext(extensionArgs: string[], options: ChromiumOptions): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'dmg-chromium-')), {
    executablePath: chromePath(),
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1200, height: 900 },
    hasTouch: options.touch ?? false,
    args: [
      ...extensionArgs,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      ...(options.proxyPort ? [`--proxy-server=http://127.0.0.1:${options.proxyPort}`] : []),
    ],
  });
}

/**
 * Firefox ESR over WebDriver BiDi with the e2e build installed as a temporary
 * add-on; with `extensionDir` null, the same Firefox without it (the reference).
 */
export async function launchFirefox(
  extensionDir: string | null = requireBuild(FIREFOX_E2E_BUILD, 'npm run build:e2e'),
  { proxyPort, prefs = {} }: { proxyPort?: number; prefs?: Record<string, string | number | boolean> } = {},
): Promise<Browser> {
  // Loopback stays direct (Firefox never proxies it unless told to), so test pages still load.
  const proxy = proxyPort
    ? { 'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': proxyPort, 'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': proxyPort }
    : {};
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // No network: keep Firefox from trying to reach its services.
      'network.captive-portal-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'app.normandy.enabled': false,
      ...proxy,
      ...prefs,
    },
  });
  if (extensionDir) await browser.installExtension(extensionDir);
  return browser;
}

/**
 * An extension page the Firefox e2e build opened in a tab (`popup.html` at
 * start-up). BiDi reports extension tabs as about:blank, so each page is asked
 * where it is.
 */
export async function firefoxExtensionPage(browser: Browser, path: string): Promise<PuppeteerPage> {
  const wanted = `moz-extension://${FIREFOX_UUID}/${path}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(wanted)) return page;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The e2e build did not open ${wanted}`);
}
