/**
 * Spike for issue #22: what is in the one long slice of ours (300-400 ms) that the engine bench
 * sees in Firefox in about one load of five? Runs the engine bench's loads (floor, ours, none,
 * as bench.ts does, so memory builds up the same way) in Firefox with SpiderMonkey's own GC
 * profile on stderr (JS_GC_PROFILE / JS_GC_PROFILE_NURSERY: every major and minor GC over the
 * threshold, with its reason), stamps each stderr line with the wall clock as it arrives, and
 * prints each "ours" load's long slices with the GC lines that came in during them.
 *
 *   DMG_CORPUS=../shared/corpus npx tsx scripts/spikes/firefox-long-slice.ts [loads=10] [threshold ms=20]
 *   SPIKE_ONLY_OURS=1: only "ours" loads, no floor/none between them.
 *   SPIKE_PREFS='{"javascript.options.native_regexp":false}': extra Firefox prefs.
 *   SPIKE_ENV='{"MOZ_PROFILER_STARTUP":"1",...}': extra environment (the Gecko profiler); each long
 *   slice is then also a user-timing measure "dmg-long-slice" in the profile.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { glossary } from '../../glossary';
import { TermMatcher } from '../../glossary/matcher';
import { packNameWords, patternNames } from '../../glossary/name-words';
import { firefoxPath, KEEP_NAMES_SHIM } from '../../tests/support/browsers';
import { bundleEngine } from '../../tests/support/engine-bundle';
import { serveDirectory } from '../../tests/support/static-server';
import { medicalPage } from '../bench-pages';

const LOADS = Number(process.argv[2] ?? 10);
const THRESHOLD = process.argv[3] ?? '20';
const LONG_MS = 100;

type Mode = 'floor' | 'ours' | 'none';

function startAtDcl(mode: Mode, patternSource: string, words: string): void {
  const w = window as unknown as {
    __spike: { done: boolean; start: number };
    __dmg: { start(o: { patternSource: string; words: string; visibleOnly: boolean }): Promise<void>; floorScan(p: string): number };
  };
  w.__spike = { done: false, start: 0 };
  document.addEventListener(
    'DOMContentLoaded',
    async () => {
      w.__spike.start = performance.now();
      if (mode === 'ours') await w.__dmg.start({ patternSource, words, visibleOnly: true });
      else if (mode === 'floor') w.__dmg.floorScan(patternSource);
      w.__spike.done = true;
    },
    { once: true },
  );
}

async function main(): Promise<void> {
  const engine = await bundleEngine();
  const scratch = join(tmpdir(), 'dmg-spike-slice');
  mkdirSync(scratch, { recursive: true });
  writeFileSync(join(scratch, 'medical-2mb.html'), medicalPage().html);
  const server = await serveDirectory(scratch);
  const source = new TermMatcher(glossary).source;
  const words = packNameWords(patternNames(glossary));
  const script = (mode: Mode) => `${KEEP_NAMES_SHIM}\n${engine}\n(${startAtDcl.toString()})(${JSON.stringify(mode)}, ${JSON.stringify(source)}, ${JSON.stringify(words)});`;

  const log: { at: number; line: string }[] = [];
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    dumpio: false,
    env: { ...process.env, JS_GC_PROFILE: THRESHOLD, JS_GC_PROFILE_NURSERY: THRESHOLD, ...(process.env.SPIKE_ENV ? (JSON.parse(process.env.SPIKE_ENV) as Record<string, string>) : {}) },
    extraPrefsFirefox: {
      'network.captive-portal-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
      'app.normandy.enabled': false,
      ...(process.env.SPIKE_PREFS ? (JSON.parse(process.env.SPIKE_PREFS) as Record<string, unknown>) : {}),
    },
  });
  let pending = '';
  browser.process()?.stderr?.on('data', (chunk: Buffer) => {
    const at = Date.now();
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) log.push({ at, line });
  });
  const modes: Mode[] = process.env.SPIKE_ONLY_OURS ? ['ours'] : ['floor', 'ours', 'none'];
  let withLong = 0;
  try {
    for (let load = 0; load < LOADS; load++) {
      for (const mode of modes) {
        const page = await browser.newPage();
        await page.setViewport({ width: 1200, height: 900 });
        await page.evaluateOnNewDocument(script(mode));
        const before = log.length;
        await page.goto(server.url('medical-2mb.html'), { waitUntil: 'load', timeout: 60_000 });
        const r = await page.evaluate(async () => {
          const w = window as unknown as { __spike: { done: boolean; start: number }; __dmg: { sliceTimes(): number[]; sliceEnds(): number[] } };
          while (!w.__spike.done) await new Promise((done) => setTimeout(done, 20));
          await new Promise((done) => setTimeout(done, 300));
          const slices = w.__dmg.sliceTimes();
          const ends = w.__dmg.sliceEnds();
          slices.forEach((ms, i) => {
            if (ms >= 100) performance.measure('dmg-long-slice', { start: ends[i]! - ms, end: ends[i]! });
          });
          return { origin: performance.timeOrigin, dcl: w.__spike.start, slices: w.__dmg.sliceTimes(), ends: w.__dmg.sliceEnds() };
        });
        await new Promise((done) => setTimeout(done, 100));
        if (mode === 'ours') {
          const longOnes = r.slices.map((ms, i) => ({ ms, i, end: r.origin + r.ends[i]! })).filter((s) => s.ms >= LONG_MS);
          const max = Math.max(...r.slices);
          console.log(`load ${load + 1}: ${r.slices.length} slices, longest ${max.toFixed(0)} ms`);
          if (longOnes.length) withLong++;
          for (const s of longOnes) {
            const from = s.end - s.ms;
            console.log(`  slice #${s.i} ${s.ms.toFixed(0)} ms, ${(from - r.origin - r.dcl).toFixed(0)} ms after DCL; stderr lines arriving from its start to 200 ms after its end:`);
            for (const l of log.slice(before).filter((l) => l.at >= from - 20 && l.at <= s.end + 200)) console.log(`    +${(l.at - from).toFixed(0)} ms  ${l.line}`);
          }
        }
        await page.close();
      }
    }
  } finally {
    // Let Firefox quit on its own, so the profiler (if started) writes its shutdown profile:
    // puppeteer's close() kills the process as soon as the quit command is answered.
    const proc = browser.process();
    const exited = new Promise((done) => proc?.once('exit', done));
    const bidi = browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } };
    await bidi.connection.send('browser.close', {}).catch(() => undefined);
    await Promise.race([exited, new Promise((done) => setTimeout(done, 120_000))]);
    await browser.close();
    await server.close();
  }
  console.log(`${withLong} of ${LOADS} loads had a slice of ours over ${LONG_MS} ms`);
  const all = join(scratch, 'stderr.log');
  writeFileSync(all, log.map((l) => `${l.at} ${l.line}`).join('\n'));
  console.log(`Every stderr line: ${all}`);
}

await main();
