import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/browser/i18n';
import type { Settings } from '../../utils/settings/schema';
import { loadSettings, updateSettings, watchSettings } from '../../utils/settings/store';
import { toWriteError } from '../../utils/settings/write-error';

export interface SettingsState {
  /** The stored settings; undefined until loaded. */
  settings: Settings | undefined;
  /** Changes some settings. Resolves true once saved, false (with `error` set) when not. */
  update: (change: Partial<Settings>) => Promise<boolean>;
  /** Why the last change was not saved, in the reader's words; undefined after a change that was. */
  error: string | undefined;
}

/**
 * The current settings and a way to change them. A change the browser does
 * not save is never shown as saved: the error is set and the controls go back
 * to what is stored (F9).
 */
export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  const update = async (change: Partial<Settings>): Promise<boolean> => {
    try {
      setSettings(await updateSettings(change));
      setError(undefined);
      return true;
    } catch (caught) {
      const failure = toWriteError(caught);
      setError(t(failure.messageKey, ...failure.messageSubs));
      setSettings(await loadSettings().catch(() => settings));
      return false;
    }
  };
  return { settings, update, error };
}
