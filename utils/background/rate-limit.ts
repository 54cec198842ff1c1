/**
 * A sliding-window limiter: an action under `key` is allowed while, for
 * every rule, fewer than `max` allowed actions fall within the last
 * `windowMs`. Refused attempts do not count, so a flood never locks out the
 * reader's own click once the window has passed.
 */
export interface RateRule {
  windowMs: number;
  max: number;
}

export class RateLimiter {
  private readonly times = new Map<string, number[]>();
  private readonly longest: number;

  constructor(private readonly rules: readonly RateRule[]) {
    if (rules.length === 0 || rules.some((r) => !(r.windowMs > 0) || !Number.isInteger(r.max) || r.max < 1)) {
      throw new Error('RateLimiter: every rule needs windowMs > 0 and an integer max >= 1.');
    }
    this.longest = Math.max(...rules.map((r) => r.windowMs));
  }

  /** Whether the action may happen now; if so, it is counted. */
  allow(key: string, now: number): boolean {
    this.forgetOld(now);
    const times = this.times.get(key) ?? [];
    const ok = this.rules.every((rule) => times.filter((t) => now - t < rule.windowMs).length < rule.max);
    if (ok) this.times.set(key, [...times, now]);
    return ok;
  }

  /** Keys with nothing in the longest window are dropped, so memory stays bounded by recent senders. */
  private forgetOld(now: number): void {
    for (const [key, times] of this.times) {
      const recent = times.filter((t) => now - t < this.longest);
      if (recent.length === 0) this.times.delete(key);
      else this.times.set(key, recent);
    }
  }
}

/** "Open the full glossary": at most one tab per 2 s and five per minute, per sender tab (review F3). */
export const OPEN_GLOSSARY_RULES: readonly RateRule[] = [
  { windowMs: 2_000, max: 1 },
  { windowMs: 60_000, max: 5 },
];
