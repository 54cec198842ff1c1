import { build, type Plugin } from 'esbuild';
import { join } from 'node:path';
import { allEntries } from '../../glossary/entries';
import { TERM_NAMES_MODULE, termNamesModule } from '../../glossary/names-plugin';
import { ROOT } from './browsers';

/** The build's names module (names and context data), as the Vite plugin serves it to the extension. */
const termNames: Plugin = {
  name: 'dmg-term-names',
  setup(on) {
    on.onResolve({ filter: new RegExp(`^${TERM_NAMES_MODULE}$`) }, () => ({ path: TERM_NAMES_MODULE, namespace: 'dmg' }));
    on.onLoad({ filter: /.*/, namespace: 'dmg' }, () => ({ contents: termNamesModule(allEntries), loader: 'js' }));
  },
};

/** The engine as one IIFE script, ready for page.evaluate / addScriptTag. */
export async function bundleEngine(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'tests/support/engine-entry.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    minify: true,
    logLevel: 'silent',
    plugins: [termNames],
  });
  return result.outputFiles[0]!.text;
}
