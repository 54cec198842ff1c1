/**
 * The popup's time to interactive for two builds, run by run in alternating order, so a loaded
 * machine weighs on both alike (issue #22): `npx tsx scripts/spikes/popup-ab.ts <old dir> <new dir> [runs]`.
 */
import { popupTimes } from '../bench-cost';

const [a, b] = [process.argv[2]!, process.argv[3]!];
const runs = Number(process.argv[4] ?? 7);
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const fresh = () => ({ cold: [] as number[], warm: [] as number[], coldWhole: [] as number[], warmWhole: [] as number[] });
const out = { [a]: fresh(), [b]: fresh() };
for (let run = 0; run < runs; run++) {
  for (const dir of run % 2 === 0 ? [a, b] : [b, a]) {
    const t = await popupTimes(dir, 1);
    out[dir]!.cold.push(...t.cold);
    out[dir]!.warm.push(...t.warm);
    out[dir]!.coldWhole.push(...t.coldWhole);
    out[dir]!.warmWhole.push(...t.warmWhole);
  }
}
for (const [dir, t] of Object.entries(out)) {
  const list = (xs: number[]) => `median ${median(xs).toFixed(0)} ms [${xs.map((x) => x.toFixed(0)).join(', ')}]`;
  console.log(`${dir}: interactive cold ${list(t.cold)}, warm ${list(t.warm)}; every term listed cold ${list(t.coldWhole)}, warm ${list(t.warmWhole)}`);
}
