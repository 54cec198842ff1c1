/**
 * Issue #22 spike: where the heap the content script keeps on a page goes. Loads one bench page
 * in Chromium with the extension and without it, takes a heap snapshot of each after a forced
 * GC, and prints the largest differences by node type and constructor name.
 * `npx tsx scripts/spikes/heap-diff.ts [no-term|medical-2mb|frames-empty|frames-terms] [extensionDir]`
 * (HEAP_BASE_EXT=dir: that build is the reference, instead of no extension)
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchBareChromium, launchChromium, ROOT } from '../../tests/support/browsers';
import { serveDirectory } from '../../tests/support/static-server';
import { writeCostPages } from '../bench-pages';

const which = process.argv[2] ?? 'no-term';
const extensionDir = process.argv[3] ?? join(ROOT, '.output/chrome-mv3');

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

async function summary(context: BrowserContext, url: string): Promise<Map<string, { size: number; count: number }>> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.waitForTimeout(Number(process.env.HEAP_WAIT_MS ?? 2500));
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await page.close();
  const snap = JSON.parse(chunks.join('')) as Snapshot;
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const width = fields.length;
  const [t, n, s] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
  const out = new Map<string, { size: number; count: number }>();
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + t]!]!;
    let name = snap.strings[snap.nodes[i + n]!]!;
    if (type === 'string' || type === 'concatenated string' || type === 'sliced string') name = name.length > 60 ? `${name.slice(0, 60)}…(${name.length})` : name;
    if (type === 'code') name = name.slice(0, 60);
    const key = `${type}: ${name}`;
    if (name.endsWith('InstructionStream') && snap.nodes[i + s]! > 20_000) console.log(`  one ${key}: ${(snap.nodes[i + s]! / 1024).toFixed(0)} KB`);
    const entry = out.get(key) ?? { size: 0, count: 0 };
    entry.size += snap.nodes[i + s]!;
    entry.count++;
    out.set(key, entry);
  }
  return out;
}

const scratch = join(tmpdir(), 'dmg-heap-diff');
writeCostPages(scratch);
const server = await serveDirectory(scratch);
const ext = await launchChromium(extensionDir);
// HEAP_BASE_EXT: another build as the reference instead of no extension (e.g. one whose content scripts are `void 0;`).
const bare = process.env.HEAP_BASE_EXT ? (await launchChromium(process.env.HEAP_BASE_EXT)).context : await launchBareChromium();
try {
  const url = server.url(`${which}.html`);
  // A first load, not measured: the background has published the pattern by then.
  await (await ext.context.newPage()).goto(url);
  const withExt = await summary(ext.context, url);
  const without = await summary(bare, url);
  const keys = new Set([...withExt.keys(), ...without.keys()]);
  const rows = [...keys].map((key) => ({ key, diff: (withExt.get(key)?.size ?? 0) - (without.get(key)?.size ?? 0), count: (withExt.get(key)?.count ?? 0) - (without.get(key)?.count ?? 0) }));
  const total = rows.reduce((sum, r) => sum + r.diff, 0);
  console.log(`${which}: heap snapshot, with − without: ${(total / 1024).toFixed(0)} KB`);
  const byType = new Map<string, number>();
  for (const r of rows) byType.set(r.key.split(':')[0]!, (byType.get(r.key.split(':')[0]!) ?? 0) + r.diff);
  console.log([...byType].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${(v / 1024).toFixed(0)} KB`).join('; '));
  // HEAP_ONLY=string: the largest rows of one kind.
  const only = process.env.HEAP_ONLY;
  for (const r of rows.filter((row) => !only || row.key.startsWith(`${only}:`)).sort((a, b) => b.diff - a.diff).slice(0, 40)) console.log(`${(r.diff / 1024).toFixed(1).padStart(8)} KB ${String(r.count).padStart(6)}  ${r.key}`);
} finally {
  await ext.close();
  await bare.close();
  await server.close();
}
