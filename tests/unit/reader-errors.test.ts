import { afterEach, describe, expect, it, vi } from 'vitest';
import { OPEN_SECONDS, OpenTimeout, openProblemOf, withinTime } from '../../utils/reader/errors';

afterEach(() => {
  vi.useRealTimers();
});

describe("the reader's open problems", () => {
  it("maps pdf.js's exceptions, by name, to the problems the reader explains", () => {
    expect(openProblemOf({ name: 'InvalidPDFException', message: 'Invalid PDF structure.' })).toBe('broken');
    expect(openProblemOf({ name: 'PasswordException', message: 'No password given' })).toBe('password-cancelled');
    expect(openProblemOf({ name: 'Error', message: 'bad XRef entry' })).toBe('broken');
    expect(openProblemOf(new OpenTimeout())).toBe('too-slow');
    expect(openProblemOf(new Error('something else'))).toBe('unknown');
    expect(openProblemOf(undefined)).toBe('unknown');
  });

  it('gives up opening after OPEN_SECONDS of pdf.js time, not counting time spent asking for a password', async () => {
    vi.useFakeTimers();
    const never = new Promise<never>(() => undefined);
    const clock: { onChange?: (paused: boolean) => void } = {};
    let outcome: unknown = 'pending';
    withinTime(never, OPEN_SECONDS, clock).catch((error: unknown) => (outcome = error));
    await vi.advanceTimersByTimeAsync(OPEN_SECONDS * 1000 - 1000);
    // The password dialog is open for ten minutes: the clock stands still.
    clock.onChange?.(true);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(outcome).toBe('pending');
    // Answered: pdf.js gets the full time again.
    clock.onChange?.(false);
    await vi.advanceTimersByTimeAsync(OPEN_SECONDS * 1000 - 1000);
    expect(outcome).toBe('pending');
    await vi.advanceTimersByTimeAsync(1001);
    expect(outcome).toBeInstanceOf(OpenTimeout);
  });

  it('passes on what pdf.js gives in time, value or error', async () => {
    await expect(withinTime(Promise.resolve(3), OPEN_SECONDS, {})).resolves.toBe(3);
    await expect(withinTime(Promise.reject(new Error('bad')), OPEN_SECONDS, {})).rejects.toThrow('bad');
  });
});
