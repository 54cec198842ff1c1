/** Chromium traces for the spikes: recording over CDP, and one page load traced whole. */
import type { BrowserContext, CDPSession } from 'playwright-core';

/** One trace event as Chromium reports it (times in µs; `tdur` is thread time). */
export type TraceEvent = { name: string; cat: string; ph: string; ts: number; dur?: number; tdur?: number; pid: number; tid: number; args?: Record<string, any> };

/** Starts recording `categories` on `cdp`; the returned function stops and gives every event. */
export async function startTrace(cdp: CDPSession, categories: string): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return async () => {
    const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

/** A new page of `context` loading `url`, traced until `settleMs` after its load event. */
export async function traceLoad(context: BrowserContext, url: string, categories: string, settleMs: number): Promise<TraceEvent[]> {
  const page = await context.newPage();
  const stop = await startTrace(await context.newCDPSession(page), categories);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  const events = await stop();
  await page.close();
  return events;
}
