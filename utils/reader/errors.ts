/** What went wrong opening a PDF, as one of a few problems the reader explains in plain words. */
import type { InputProblem } from './limits';

export type OpenProblem = InputProblem | 'broken' | 'too-many-pages' | 'password-cancelled' | 'too-slow' | 'unknown';

/** How long opening a file (its structure, then its first page) may take before the reader gives up. */
export const OPEN_SECONDS = 30;

/** What the reader throws when opening passes OPEN_SECONDS. */
export class OpenTimeout extends Error {
  override readonly name = 'OpenTimeout';
}

/**
 * Settles as `promise` does, or rejects with OpenTimeout after `seconds`. `paused` stops the clock
 * while the reader is being asked something (a password): only pdf.js's own time counts.
 */
export function withinTime<T>(promise: Promise<T>, seconds: number, paused: { onChange?: (paused: boolean) => void }): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const start = () => {
      clearTimeout(timer);
      timer = setTimeout(() => reject(new OpenTimeout()), seconds * 1000);
    };
    paused.onChange = (isPaused) => (isPaused ? clearTimeout(timer) : start());
    start();
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

interface NamedError {
  name?: unknown;
  message?: unknown;
}

/** Maps pdf.js's exceptions (by name: they are plain objects after crossing from the worker). */
export function openProblemOf(error: unknown): OpenProblem {
  const { name, message } = (typeof error === 'object' && error !== null ? error : {}) as NamedError;
  if (name === 'OpenTimeout') return 'too-slow';
  if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException') return 'broken';
  // Destroying the loading task (the reader cancelled the password dialog) rejects with this.
  if (name === 'AbortException' || name === 'PasswordException') return 'password-cancelled';
  if (typeof message === 'string' && /invalid pdf|bad xref|unexpected end|xref/i.test(message)) return 'broken';
  return 'unknown';
}
