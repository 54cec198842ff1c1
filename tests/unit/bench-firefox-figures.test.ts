import { describe, expect, it } from 'vitest';
import { blockedTime, longestGap, median, medianRatio, memoryFromSmapsRollup, pairedDifferences, webMemory } from '../../scripts/bench-firefox-figures';

describe('the Firefox cost bench arithmetic', () => {
  it('takes the middle of an odd count, whatever the order', () => {
    expect(median([5, 1, 9, 3, 7])).toBe(5);
    expect(median([])).toBeNaN();
  });

  it('finds the longest gap between ticks, counting the window edges', () => {
    expect(longestGap([10, 20, 70, 80], 0, 100)).toBe(50);
    // Ticks outside the window do not shorten the gaps inside it.
    expect(longestGap([5, 150], 10, 100)).toBe(90);
    // A page that never ticked: the whole window.
    expect(longestGap([], 0, 3000)).toBe(3000);
    // The last stretch up to the window's end counts too.
    expect(longestGap([10, 20], 0, 100)).toBe(80);
  });

  it('counts the time timers could not run, beyond their own clamping', () => {
    // Free turns every 4 ms, then one 50 ms block.
    expect(blockedTime([4, 8, 12, 62, 66], 0, 70)).toBe(46);
    expect(blockedTime([], 0, 100)).toBe(96);
    expect(blockedTime([2, 4, 6, 8], 0, 10)).toBe(0);
  });

  it('reads the unique and proportional set sizes from smaps_rollup', () => {
    const rollup = [
      '55d0c0000000-7ffd00000000 ---p 00000000 00:00 0                          [rollup]',
      'Rss:              204800 kB',
      'Pss:              150000 kB',
      'Pss_Anon:         100000 kB',
      'Shared_Clean:      40000 kB',
      'Private_Clean:     10000 kB',
      'Private_Dirty:    120000 kB',
    ].join('\n');
    expect(memoryFromSmapsRollup(rollup)).toEqual({ ussBytes: 130000 * 1024, pssBytes: 150000 * 1024 });
    expect(() => memoryFromSmapsRollup('Rss: 1 kB')).toThrow(/Private_Clean/);
  });

  it('adds up the web processes and our content script realms from a memory report, nothing else', () => {
    const realm = 'realm([Expanded Principal [moz-extension:\\\\u\\]], Content Script "DM Glossary" (ID: dm@x, moz-extension:\\\\u\\))';
    const other = 'realm([Expanded Principal [moz-extension:\\\\v\\]], Content Script "Other" (ID: other@x, moz-extension:\\\\v\\))';
    const lines = [
      { process: 'web (pid 2)', path: `explicit/js-non-window/zones/zone(0x1)/${realm}/objects/gc-heap`, kind: 0, units: 0, amount: 300 },
      { process: 'web (pid 2)', path: `explicit/js-non-window/zones/zone(0x1)/${other}/objects/gc-heap`, kind: 0, units: 0, amount: 50 },
      { process: 'web (pid 2)', path: 'explicit/window-objects/top(http://a/, id=1)/layout', kind: 1, units: 0, amount: 1000 },
      { process: 'web (pid 3)', path: `explicit/js-non-window/zones/zone(0x2)/${realm}/scripts`, kind: 1, units: 0, amount: 200 },
      { process: 'web (pid 2)', path: `js-main-runtime-realms/user/${realm}`, kind: 2, units: 1, amount: 1 },
      { process: 'web (pid 3)', path: `js-main-runtime-realms/user/${realm}`, kind: 2, units: 1, amount: 1 },
      { process: 'web (pid 2)', path: 'heap-allocated', kind: 2, units: 0, amount: 5000 },
      // Other processes do not count, even with our realm in them.
      { process: 'extension (pid 4)', path: `explicit/js-non-window/zones/zone(0x3)/${realm}/x`, kind: 0, units: 0, amount: 9999 },
      { process: 'Main Process (pid 1)', path: 'heap-allocated', kind: 2, units: 0, amount: 9999 },
    ];
    expect(webMemory(lines, 'ID: dm@x')).toEqual({ explicitBytes: 1550, heapAllocatedBytes: 5000, contentScriptBytes: 500, contentScriptRealms: 2 });
  });

  it('pairs runs one to one, and refuses unpaired runs', () => {
    expect(pairedDifferences([12, 15, 11], [10, 10, 10])).toEqual([2, 5, 1]);
    expect(medianRatio([20, 30, 12], [10, 10, 12])).toBe(2);
    expect(() => pairedDifferences([1, 2], [1])).toThrow(/Unpaired/);
  });
});
