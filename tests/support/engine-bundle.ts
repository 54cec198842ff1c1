import { build } from 'esbuild';
import { join } from 'node:path';
import { ROOT } from './browsers';

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
  });
  return result.outputFiles[0]!.text;
}
