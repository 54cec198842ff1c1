import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../utils/settings/schema';
import { loadSettings, updateSettings, watchSettings } from '../utils/settings/store';

/** The current settings (undefined until loaded) and a function to change some of them. */
export function useSettings(): [Settings | undefined, (change: Partial<Settings>) => void] {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  return [settings, (change) => void updateSettings(change).then(setSettings)];
}
