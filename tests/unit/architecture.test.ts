import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// docs/architecture.md: the layers and the one upward arrow.
const ROOT = resolve(__dirname, '../..');
const CARD_MOUNT = 'utils/card-frame/card-in-frame.ts';

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) =>
    relative(ROOT, resolve(ROOT, file, '..', m[1]!)),
  );
}

describe('the layout of the tree', () => {
  it('has no arrow from utils/ or glossary/ up into components/ but the card mount on pages', () => {
    const upward = [...sources('utils'), ...sources('glossary')].flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith('components/') && file !== CARD_MOUNT)
        .map((target) => `${file} -> ${target}`),
    );
    expect(upward).toEqual([]);
    expect(importsOf(CARD_MOUNT).filter((t) => t.startsWith('components/'))).toEqual(['components/card/Popover']);
  });

  it("keeps the card out of the page's content script, and the own pages' card extras (typed questions, the paint offer) out of both", () => {
    const file = (path: string) => ['.ts', '.tsx', '/index.ts'].map((ext) => path + ext).find((p) => { try { return statSync(join(ROOT, p)).isFile(); } catch { return false; } });
    const seen = new Set<string>();
    const walk = (path: string) => {
      if (seen.has(path)) return;
      seen.add(path);
      for (const target of importsOf(path)) {
        const next = file(target);
        if (next) walk(next);
      }
    };
    walk('entrypoints/content/index.ts');
    // The card's UI rides in the card frame's script only (utils/card-frame/): the page's script stays small.
    expect([...seen].filter((p) => p.startsWith('components/') || p.includes('preact'))).toEqual([]);
    seen.clear();
    walk('entrypoints/card-frame.content.ts');
    expect(seen.has('components/card/NotebookActions.tsx'), 'the walk reaches the card').toBe(true);
    expect([...seen].filter((p) => p.startsWith('components/card/OwnPageActions'))).toEqual([]);
  });

  it("keeps webextension-polyfill out of what every child frame evaluates at its start", () => {
    // Evaluating the polyfill builds the `runtime` binding in every frame of every page
    // (utils/browser/native-api.ts): only the card's lazy import, and the painter, may bring it.
    const file = (path: string) => ['.ts', '.tsx', '/index.ts'].map((ext) => path + ext).find((p) => { try { return statSync(join(ROOT, p)).isFile(); } catch { return false; } });
    const staticImports = (path: string) =>
      [...readFileSync(join(ROOT, path), 'utf8').matchAll(/^import\s+(?!type\b)[^;]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
    const seen = new Set<string>();
    const bare = new Set<string>();
    const walk = (path: string) => {
      if (seen.has(path)) return;
      seen.add(path);
      for (const target of staticImports(path)) {
        if (!target.startsWith('.')) bare.add(target);
        const next = target.startsWith('.') ? file(relative(ROOT, resolve(ROOT, path, '..', target))) : undefined;
        if (next) walk(next);
      }
    };
    walk('entrypoints/frame-gate.content.ts');
    expect(seen.has('utils/content/frame-gate.ts'), 'the walk reaches the gate').toBe(true);
    walk('entrypoints/card-frame.content.ts');
    expect(seen.has(CARD_MOUNT), 'the card is imported lazily').toBe(false);
    expect([...bare].sort()).toEqual(['wxt/utils/define-content-script']);
    // WXT's own wrapper makes a context for every script (aliased to ours in wxt.config.ts).
    expect(staticImports('utils/content/silent-context.ts').filter((t) => !t.startsWith('.'))).toEqual([]);
  });

  it('has no arrow from glossary/ into utils/', () => {
    const arrows = sources('glossary').flatMap((file) => importsOf(file).filter((t) => t.startsWith('utils/')).map((t) => `${file} -> ${t}`));
    expect(arrows).toEqual([]);
  });

  it('keeps components/ and utils/ in folders: no loose files at their roots', () => {
    for (const dir of ['components', 'utils']) {
      const loose = readdirSync(join(ROOT, dir)).filter((name) => !statSync(join(ROOT, dir, name)).isDirectory());
      expect(loose, dir).toEqual([]);
    }
  });

  it('names every folder of components/ and utils/ in docs/architecture.md', () => {
    const doc = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');
    for (const dir of ['components', 'utils']) {
      for (const name of readdirSync(join(ROOT, dir))) expect(doc, `${dir}/${name}/`).toContain(`\`${dir}/${name}/\``);
    }
  });
});
