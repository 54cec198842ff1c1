/** What went wrong opening a PDF, as one of a few problems the reader explains in plain words. */
import type { InputProblem } from './limits';

export type OpenProblem = InputProblem | 'broken' | 'too-many-pages' | 'password-cancelled' | 'unknown';

interface NamedError {
  name?: unknown;
  message?: unknown;
}

/** Maps pdf.js's exceptions (by name: they are plain objects after crossing from the worker). */
export function openProblemOf(error: unknown): OpenProblem {
  const { name, message } = (typeof error === 'object' && error !== null ? error : {}) as NamedError;
  if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException') return 'broken';
  // Destroying the loading task (the reader cancelled the password dialog) rejects with this.
  if (name === 'AbortException' || name === 'PasswordException') return 'password-cancelled';
  if (typeof message === 'string' && /invalid pdf|bad xref|unexpected end|xref/i.test(message)) return 'broken';
  return 'unknown';
}
