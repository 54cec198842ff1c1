// @vitest-environment node
/**
 * The build hands webextension-polyfill to the bundler as an ES module (scripts/polyfill-as-esm.ts):
 * the installed polyfill, wrapped, must still give the native `browser` where there is one and
 * its promise-returning wrapper of `chrome` where there is not, and nothing else is touched.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { polyfillAsEsm, wrapUmd } from '../../scripts/polyfill-as-esm';

const polyfillPath = createRequire(import.meta.url).resolve('webextension-polyfill');
const polyfill = readFileSync(polyfillPath, 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'dmg-polyfill-'));
let loads = 0;

/** The wrapped polyfill, run as a module of its own (a new file each time: modules are cached). */
async function loadWrapped(): Promise<unknown> {
  const file = join(dir, `polyfill-${++loads}.mjs`);
  writeFileSync(file, wrapUmd(polyfill));
  return ((await import(/* @vite-ignore */ pathToFileURL(file).href)) as { default: unknown }).default;
}

const globals = globalThis as { browser?: unknown; chrome?: unknown };
afterEach(() => {
  delete globals.browser;
  delete globals.chrome;
});

describe('webextension-polyfill as an ES module', () => {
  it('gives the native browser object itself, touching none of its namespaces', async () => {
    const touched: string[] = [];
    const native = { runtime: { id: 'ext' } } as Record<string, unknown>;
    for (const name of ['dom', 'extension', 'i18n', 'storage']) {
      Object.defineProperty(native, name, { enumerable: true, get: () => (touched.push(name), {}) });
    }
    globals.chrome = { runtime: { id: 'ext' } };
    globals.browser = native;
    expect(await loadWrapped()).toBe(native);
    expect(touched).toEqual([]);
  });

  it('wraps chrome with promises where there is no native browser', async () => {
    globals.chrome = {
      runtime: { id: 'ext', lastError: undefined },
      storage: { local: { get: (keys: unknown, done: (items: unknown) => void) => done({ asked: keys }) } },
    };
    const browser = (await loadWrapped()) as { storage: { local: { get: (keys: string) => Promise<unknown> } } };
    await expect(browser.storage.local.get('k')).resolves.toEqual({ asked: 'k' });
  });

  it('refuses to run outside an extension, as the package does', async () => {
    await expect(loadWrapped()).rejects.toThrow(/browser extension/);
  });

  it('transforms the polyfill file only', () => {
    const transform = polyfillAsEsm().transform as (code: string, id: string) => { code: string } | undefined;
    expect(transform(polyfill, polyfillPath)?.code).toContain('export default');
    expect(transform('export const x = 1;', '/project/utils/x.ts')).toBeUndefined();
    expect(transform('module.exports = 1;', '/project/node_modules/other/dist/browser-polyfill.ts')).toBeUndefined();
  });
});
