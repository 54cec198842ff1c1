/**
 * The store packages: `wxt zip` for Chrome, `wxt zip -b firefox` for Firefox and the sources
 * zip that addons.mozilla.org asks for. Checks that each zip is there, that the sources hold
 * what a reviewer needs to rebuild and nothing generated or private, and that rebuilding from
 * the sources alone gives the Firefox package byte for byte.
 *
 * The rebuild uses this project's node_modules through a symlink instead of `npm ci`, which
 * would take minutes and the network; the lockfile in the zip is what pins those versions.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/browsers';

const OUTPUT = join(ROOT, '.output');
const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
// WXT's default artifactTemplate and sourcesTemplate.
const CHROME_ZIP = join(OUTPUT, `${name}-${version}-chrome.zip`);
const FIREFOX_ZIP = join(OUTPUT, `${name}-${version}-firefox.zip`);
const SOURCES_ZIP = join(OUTPUT, `${name}-${version}-sources.zip`);

const ICON_SIZES = [16, 32, 48, 96, 128];

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/**
 * The environment of a release build: vitest sets NODE_ENV=test (and VITEST_*), which would
 * make Vite build different code, and leave that build in .output for the other tests.
 */
function releaseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  for (const key of Object.keys(env)) {
    if (key === 'NODE_ENV' || key === 'TEST' || key.startsWith('VITEST') || key.startsWith('VITE_')) delete env[key];
  }
  return env;
}

function npx(args: string[], cwd: string): void {
  try {
    execFileSync('npx', args, { cwd, stdio: 'pipe', timeout: 180_000, env: releaseEnv() });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    const output = `${stdout?.toString() ?? ''}\n${stderr?.toString() ?? ''}`.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
    throw new Error(`npx ${args.join(' ')} failed in ${cwd}:\n${output}`);
  }
}

/**
 * Reads a zip into a map of path to contents. Small on purpose: WXT writes plain zips
 * (stored or deflated entries, no zip64, no encryption), and `unzip` is not on every machine.
 */
function readZip(file: string): Map<string, Buffer> {
  const zip = readFileSync(file);
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) throw new Error(`${file} is not a zip`);
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: bad central directory entry ${i}`);
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const localHeader = zip.readUInt32LE(at + 42);
    const path = zip.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (path.endsWith('/')) continue;
    if (zip.readUInt32LE(localHeader) !== 0x04034b50) throw new Error(`${file}: bad local header for ${path}`);
    const dataStart = localHeader + 30 + zip.readUInt16LE(localHeader + 26) + zip.readUInt16LE(localHeader + 28);
    const data = zip.subarray(dataStart, dataStart + compressedSize);
    const content = method === 0 ? Buffer.from(data) : method === 8 ? inflateRawSync(data) : undefined;
    if (!content) throw new Error(`${file}: ${path} uses compression method ${method}`);
    if (content.length !== size) throw new Error(`${file}: ${path} is ${content.length} bytes, expected ${size}`);
    entries.set(path, content);
  }
  return entries;
}

function readTree(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .sort()
      .map((file) => [relative(dir, file), readFileSync(file)] as const),
  );
}

/** Paths that differ between two file sets: missing, extra or changed. */
function differences(expected: Map<string, Buffer>, actual: Map<string, Buffer>): string[] {
  const out: string[] = [];
  for (const [path, content] of expected) {
    const other = actual.get(path);
    if (!other) out.push(`missing: ${path}`);
    else if (!content.equals(other)) out.push(`differs: ${path}`);
  }
  for (const path of actual.keys()) if (!expected.has(path)) out.push(`extra: ${path}`);
  return out;
}

let chrome: Map<string, Buffer>;
let firefox: Map<string, Buffer>;
let sources: Map<string, Buffer>;
let rebuildDir: string | undefined;

beforeAll(() => {
  for (const zip of [CHROME_ZIP, FIREFOX_ZIP, SOURCES_ZIP]) rmSync(zip, { force: true });
  // Each builds first, then zips: .output/chrome-mv3 and .output/firefox-mv2 are rebuilt too.
  npx(['wxt', 'zip'], ROOT);
  npx(['wxt', 'zip', '-b', 'firefox'], ROOT);
  chrome = readZip(CHROME_ZIP);
  firefox = readZip(FIREFOX_ZIP);
  sources = readZip(SOURCES_ZIP);
}, 300_000);

afterAll(() => {
  if (!rebuildDir) return;
  // The symlink first, so nothing can reach into the project's node_modules.
  const link = join(rebuildDir, 'node_modules');
  if (existsSync(link)) unlinkSync(link);
  rmSync(rebuildDir, { recursive: true, force: true });
});

describe('store packages', () => {
  it('writes the Chrome, Firefox and sources zips', () => {
    for (const zip of [CHROME_ZIP, FIREFOX_ZIP, SOURCES_ZIP]) expect(existsSync(zip), zip).toBe(true);
  });

  it('puts the manifest at the root of each store zip, with every icon it names', () => {
    for (const [label, files] of [['chrome', chrome], ['firefox', firefox]] as const) {
      const manifestFile = files.get('manifest.json');
      expect(manifestFile, `${label}: manifest.json at the root`).toBeDefined();
      const manifest = JSON.parse(manifestFile!.toString('utf8')) as { icons?: Record<string, string> };
      expect(Object.keys(manifest.icons ?? {}).map(Number), label).toEqual(ICON_SIZES);
      for (const icon of Object.values(manifest.icons ?? {})) expect(files.has(icon), `${label}: ${icon}`).toBe(true);
    }
  });

  it('zips exactly what was built', () => {
    expect(differences(readTree(join(OUTPUT, 'chrome-mv3')), chrome)).toEqual([]);
    expect(differences(readTree(join(OUTPUT, 'firefox-mv2')), firefox)).toEqual([]);
  });
});

describe('sources zip', () => {
  it('holds what a rebuild needs', () => {
    for (const file of ['package.json', 'package-lock.json', 'wxt.config.ts', 'tsconfig.json', 'README.md']) {
      expect(sources.has(file), file).toBe(true);
    }
    const paths = [...sources.keys()];
    for (const dir of ['entrypoints/', 'components/', 'glossary/', 'utils/', 'public/']) {
      expect(paths.some((path) => path.startsWith(dir)), dir).toBe(true);
    }
    for (const size of ICON_SIZES) expect(sources.has(`public/icon/${size}.png`), `public/icon/${size}.png`).toBe(true);
    // The source files of the build, one by one, as they are on disk (WXT leaves test files out).
    for (const dir of ['entrypoints', 'components', 'glossary', 'utils', 'public']) {
      for (const [path, content] of readTree(join(ROOT, dir))) {
        if (/\.(?:test|spec)\.[cm]?[jt]sx?$/.test(path)) continue;
        expect(sources.get(`${dir}/${path}`)?.equals(content), `${dir}/${path}`).toBe(true);
      }
    }
  });

  it('leaves out dependencies, build output, generated results and hidden files', () => {
    const forbidden = /^(?:node_modules|\.output|\.wxt|\.git|test-results|bench-results|demo-output)\//;
    const bad = [...sources.keys()].filter(
      (path) =>
        forbidden.test(path) ||
        path.includes('/node_modules/') ||
        path.split('/').some((part) => part.startsWith('.') || part === '..') ||
        path.startsWith('/') ||
        path.endsWith('.log'),
    );
    expect(bad).toEqual([]);
  });

  it('takes nothing from ../shared (the fact sheet and the corpus stay out)', () => {
    // By content, whatever the name: no file of the zip is a copy of one there. (components/shared/ is
    // our own UI folder; only a top-level shared/ would be the material folder.)
    const shared = join(ROOT, '../shared');
    const sharedHashes = new Set<string>();
    if (existsSync(shared)) {
      for (const dir of readdirSync(shared).filter((d) => d !== 'hooks')) {
        const path = join(shared, dir);
        const files = statSync(path).isDirectory() ? [...readTree(path).values()] : [readFileSync(path)];
        for (const content of files) if (content.length >= 64) sharedHashes.add(sha256(content));
      }
    }
    const bad = [...sources].filter(
      ([path, content]) =>
        /^(?:\.\.\/)*shared\/|(?:^|\/)corpus\//.test(path) || path.endsWith('glossary-facts.md') || sharedHashes.has(sha256(content)),
    );
    expect(bad.map(([path]) => path)).toEqual([]);
  });

  it('rebuilds to the same Firefox package, byte for byte', () => {
    rebuildDir = mkdtempSync(join(tmpdir(), 'dmg-sources-'));
    for (const [path, content] of sources) {
      const target = join(rebuildDir, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
    }
    symlinkSync(join(ROOT, 'node_modules'), join(rebuildDir, 'node_modules'), 'dir');
    npx(['wxt', 'prepare'], rebuildDir);
    npx(['wxt', 'build', '-b', 'firefox'], rebuildDir);

    const rebuilt = readTree(join(rebuildDir, '.output/firefox-mv2'));
    expect(rebuilt.size).toBeGreaterThan(5);
    expect(differences(firefox, rebuilt)).toEqual([]);
  }, 300_000);
});
