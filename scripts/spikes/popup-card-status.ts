/**
 * Issue #22 spike: how long the popup's card waits for the notebook's status (its "I take this"
 * and "Save" buttons are disabled until it comes), in Firefox, from the e2e build's popup tab:
 * the search typed, the first result clicked, then the card's heading and the buttons enabled,
 * timed in the page, in a fresh browser each run (the popup tab opens as the add-on is installed,
 * while the background publishes its items). `npm run build:e2e && npx tsx scripts/spikes/popup-card-status.ts [runs=5]`
 */
import { firefoxExtensionPage, KEEP_NAMES_SHIM, launchFirefox } from '../../tests/support/browsers';

const runs = Number(process.argv[2] ?? 5);
for (let run = 0; run < runs; run++) {
  const browser = await launchFirefox();
  try {
    const popup = await firefoxExtensionPage(browser, 'popup.html');
    await popup.evaluate(KEEP_NAMES_SHIM);
    await popup.waitForSelector('input[type="search"]');
    // SPIKE_SETTLE_MS: wait so long after the install first (the background publishes its items then).
    await new Promise((done) => setTimeout(done, Number(process.env.SPIKE_SETTLE_MS ?? 0)));
    await popup.type('input[type="search"]', 'Imuran');
    await popup.waitForSelector('[data-term-id="azathioprine"]');
    const times = await popup.evaluate(async () => {
      // Each storage call the click leads to, with its keys and how long it took.
      const calls: string[] = [];
      const local = (globalThis as unknown as { browser: { storage: { local: Record<string, (...a: unknown[]) => Promise<unknown>> } } }).browser.storage.local;
      for (const name of ['get', 'set', 'remove']) {
        const original = local[name]!.bind(local);
        local[name] = async (...args: unknown[]) => {
          const start = performance.now();
          try {
            return await original(...args);
          } finally {
            calls.push(`${name}(${JSON.stringify(args[0]).slice(0, 80)}) ${(start - t0).toFixed(0)}+${(performance.now() - start).toFixed(0)} ms`);
          }
        };
      }
      const t0 = performance.now();
      (document.querySelector('[data-term-id]') as HTMLElement).click();
      let heading = NaN;
      let enabled = NaN;
      while (performance.now() - t0 < 10_000) {
        if (Number.isNaN(heading) && document.querySelector('h2')?.textContent?.includes('Azathioprine')) heading = performance.now() - t0;
        const button = document.querySelector('.tc-nb-button') as HTMLButtonElement | null;
        if (button && !button.disabled) {
          enabled = performance.now() - t0;
          break;
        }
        await new Promise((done) => setTimeout(done, 2));
      }
      const frame0 = performance.now();
      await new Promise((done) => requestAnimationFrame(done));
      return { heading, enabled, calls, visibility: document.visibilityState, frameMs: performance.now() - frame0 };
    });
    console.log(`run ${run + 1}: card heading ${times.heading.toFixed(0)} ms, notebook buttons enabled ${times.enabled.toFixed(0)} ms after the click (the tab ${times.visibility}, an animation frame ${times.frameMs.toFixed(0)} ms away)`);
    for (const call of times.calls) console.log(`  ${call}`);
  } finally {
    await browser.close();
  }
}
