/**
 * Pure arithmetic of the Firefox cost bench (scripts/bench-cost-firefox.ts), kept apart from the
 * drivers so it can be tested without a browser.
 */

export const median = (xs: number[]): number => {
  if (!xs.length) return Number.NaN;
  return [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
};

/**
 * The longest stretch without a tick inside [from, to]: the edges count as ticks, so a page that
 * never ticked again after `from` shows the whole window as one gap rather than none.
 */
export function longestGap(ticks: number[], from: number, to: number): number {
  const inside = ticks.filter((t) => t > from && t < to).sort((a, b) => a - b);
  let longest = 0;
  let last = from;
  for (const t of [...inside, to]) {
    longest = Math.max(longest, t - last);
    last = t;
  }
  return longest;
}

/**
 * How much of [from, to] the page's timers could not run: the sum over gaps between ticks of what
 * exceeds `slackMs` (a setTimeout(0) chain turns every ~4 ms when the thread is free, so a gap
 * beyond that is work, ours or the browser's, or the machine's other processes).
 */
export function blockedTime(ticks: number[], from: number, to: number, slackMs = 4): number {
  const inside = ticks.filter((t) => t > from && t < to).sort((a, b) => a - b);
  let blocked = 0;
  let last = from;
  for (const t of [...inside, to]) {
    blocked += Math.max(0, t - last - slackMs);
    last = t;
  }
  return blocked;
}

/**
 * A process's unique set size (memory no other process shares) from Linux's
 * /proc/PID/smaps_rollup, in bytes; Pss too. Private_Clean + Private_Dirty is the USS.
 */
export function memoryFromSmapsRollup(text: string): { ussBytes: number; pssBytes: number } {
  const kb = (field: string): number => {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text);
    if (!m) throw new Error(`No ${field} line in smaps_rollup`);
    return Number(m[1]) * 1024;
  };
  return { ussBytes: kb('Private_Clean') + kb('Private_Dirty'), pssBytes: kb('Pss') };
}

/** Paired with-minus-without differences, run by run (the runs must pair up one to one). */
export function pairedDifferences(withExtension: number[], without: number[]): number[] {
  if (withExtension.length !== without.length) throw new Error(`Unpaired runs: ${withExtension.length} with the extension, ${without.length} without`);
  return withExtension.map((w, i) => w - without[i]!);
}

/** Median of the runs' own ratios (with ÷ without), so a slow run divides by its own baseline. */
export function medianRatio(withExtension: number[], without: number[]): number {
  if (withExtension.length !== without.length) throw new Error(`Unpaired runs: ${withExtension.length} with the extension, ${without.length} without`);
  return median(withExtension.map((w, i) => w / without[i]!));
}

/** One line of a Firefox memory report (the JSON about:memory loads; units 0 = bytes, 1 = a count). */
export interface MemoryReportLine {
  process: string;
  path: string;
  kind: number;
  units: number;
  amount: number;
}

/**
 * From a Firefox memory report: the web content processes' explicit allocations (the sum of the
 * `explicit/` tree's lines, as about:memory adds them, less its computed heap-unclassified) and
 * heap-allocated, and what belongs to the content script realms whose names hold `realmMarker`
 * (Firefox names each "... Content Script "<name>" (ID: <add-on id>, ...)"), and how many there are.
 */
export function webMemory(
  reports: MemoryReportLine[],
  realmMarker: string,
): { explicitBytes: number; heapAllocatedBytes: number; contentScriptBytes: number; contentScriptRealms: number } {
  const out = { explicitBytes: 0, heapAllocatedBytes: 0, contentScriptBytes: 0, contentScriptRealms: 0 };
  for (const r of reports) {
    if (!r.process.startsWith('web')) continue;
    if (r.units === 0 && r.path.startsWith('explicit/')) {
      out.explicitBytes += r.amount;
      if (r.path.includes('Content Script') && r.path.includes(realmMarker)) out.contentScriptBytes += r.amount;
    } else if (r.units === 0 && r.path === 'heap-allocated') {
      out.heapAllocatedBytes += r.amount;
    } else if (r.units === 1 && r.path.startsWith('js-main-runtime-realms/') && r.path.includes('Content Script') && r.path.includes(realmMarker)) {
      out.contentScriptRealms += r.amount;
    }
  }
  return out;
}
