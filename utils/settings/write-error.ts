import type { MessageKey } from '../browser/i18n';
import { MAX_SITES } from './site-lists';

/**
 * Why a settings change was not saved: 'list-full', a site list at its limit
 * (checked before writing, nothing is written); 'quota', the browser's storage
 * refused it for space; 'failed', any other refusal. Callers show `messageKey`
 * and go back to the stored values, never pretending the change was saved.
 */
export type WriteFailure = 'list-full' | 'quota' | 'failed';

export class SettingsWriteError extends Error {
  constructor(
    readonly failure: WriteFailure,
    options?: { cause?: unknown },
  ) {
    super(`DM Glossary: the settings change was not saved (${failure}).`, options);
    this.name = 'SettingsWriteError';
  }

  /** The interface string to show the reader; `messageSubs` fill its placeholders. */
  get messageKey(): MessageKey {
    return this.failure === 'list-full' ? 'saveErrorListFull' : this.failure === 'quota' ? 'saveErrorQuota' : 'saveErrorFailed';
  }

  get messageSubs(): string[] {
    return this.failure === 'list-full' ? [String(MAX_SITES)] : [];
  }
}

/** Chromium says "…quota exceeded"; Firefox "QuotaExceededError: …exceeded its quota…". */
export function toWriteError(error: unknown): SettingsWriteError {
  if (error instanceof SettingsWriteError) return error;
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return new SettingsWriteError(/quota/i.test(text) ? 'quota' : 'failed', { cause: error });
}
