import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import puppeteer, { type Browser } from 'puppeteer-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_E2E_BUILD = join(ROOT, '.output/firefox-mv2-e2e');
/** Must match browser_specific_settings.gecko.id in wxt.config.ts. */
export const GECKO_ID = 'dm-glossary@dm-glossary.example';
/** Fixed so tests can recognise the extension's own pages in Firefox. */
export const FIREFOX_UUID = '6a4c1f0e-5d3b-4f7a-9c2e-0b1d2e3f4a5b';

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

/** Chromium with the built extension loaded, as DEVELOPERS.md and shared/notes describe. */
export async function launchChromium(
  extensionDir = requireBuild(CHROME_BUILD, 'npm run build'),
  options: {
    headless?: boolean;
    colorScheme?: 'light' | 'dark';
    viewport?: { width: number; height: number };
    /** The browser's interface language, which the extension's i18n follows (e.g. 'es'). */
    lang?: string;
    /** Send every non-loopback request through this local proxy (see recording-proxy.ts). */
    proxyPort?: number;
    /** A touch screen, as on a phone: taps instead of clicks. */
    touch?: boolean;
  } = {},
): Promise<ChromiumSession> {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'dmg-chromium-')), {
    executablePath: chromePath(),
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1200, height: 900 },
    hasTouch: options.touch ?? false,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
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
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, close: () => context.close() };
}

/** Firefox ESR over WebDriver BiDi with the e2e build installed as a temporary add-on. */
export async function launchFirefox(
  extensionDir = requireBuild(FIREFOX_E2E_BUILD, 'npm run build:e2e'),
  { proxyPort }: { proxyPort?: number } = {},
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
    },
  });
  await browser.installExtension(extensionDir);
  return browser;
}
