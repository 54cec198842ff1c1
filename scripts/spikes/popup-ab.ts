/**
 * The popup's time to interactive for two builds, run by run in alternating order, so a loaded
 * machine weighs on both alike (issue #22): `npx tsx scripts/spikes/popup-ab.ts <old dir> <new dir> [runs]`.
 */
import { popupTimes } from '../bench-cost';

const [a, b] = [process.argv[2]!, process.argv[3]!];
const runs = Number(process.argv[4] ?? 7);
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const out = { [a]: { cold: [] as number[], warm: [] as number[] }, [b]: { cold: [] as number[], warm: [] as number[] } };
for (let run = 0; run < runs; run++) {
  for (const dir of run % 2 === 0 ? [a, b] : [b, a]) {
    const t = await popupTimes(dir, 1);
    out[dir]!.cold.push(...t.cold);
    out[dir]!.warm.push(...t.warm);
  }
}
for (const [dir, t] of Object.entries(out)) {
  console.log(`${dir}: cold median ${median(t.cold).toFixed(0)} ms [${t.cold.map((x) => x.toFixed(0)).join(', ')}], warm median ${median(t.warm).toFixed(0)} ms [${t.warm.map((x) => x.toFixed(0)).join(', ')}]`);
}
