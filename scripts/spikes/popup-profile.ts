/**
 * A V8 CPU profile of the popup's first (cold) open, self time by function and by file (issue #22).
 * Build unminified to read the names: `npx tsx scripts/spikes/popup-profile.ts <extension dir>`.
 */
import { launchChromium } from '../../tests/support/browsers';
import { closeWelcome } from '../bench-cost';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount: number; children?: number[] };
const dir = process.argv[2]!;
const session = await launchChromium(dir);
await closeWelcome(session.context);
const page = await session.context.newPage();
// Same origin first, so the profiler attached here stays with the popup's process.
await page.goto(`chrome-extension://${session.extensionId}/manifest.json`);
const cdp = await session.context.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
await cdp.send('Profiler.start');
await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
await page.waitForSelector('.pp-results button[data-term-id]');
await page.waitForTimeout(1000);
const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] } };
await session.close();
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
// Inclusive time: walk parents.
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const incl = new Map<string, number>();
const selfByFn = new Map<string, number>();
const byFile = new Map<string, number>();
for (const [id, ms] of self) {
  const n = byId.get(id)!;
  const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  selfByFn.set(key, (selfByFn.get(key) ?? 0) + ms);
  byFile.set(n.callFrame.url.split('/').pop() || n.callFrame.functionName, (byFile.get(n.callFrame.url.split('/').pop() || n.callFrame.functionName) ?? 0) + ms);
  const seen = new Set<string>();
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
    const m = byId.get(cur)!;
    const k = `${m.callFrame.functionName || '(anon)'} ${m.callFrame.url.split('/').pop()}:${m.callFrame.lineNumber + 1}`;
    if (seen.has(k)) continue;
    seen.add(k);
    incl.set(k, (incl.get(k) ?? 0) + ms);
  }
}
const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${v.toFixed(1).padStart(7)}  ${k}`).join('\n');
console.log('self by file\n' + top(byFile, 15));
console.log('\nself by function\n' + top(selfByFn, 30));
console.log('\ninclusive\n' + top(incl, 45));
