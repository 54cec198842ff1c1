import { useEffect, useState } from 'preact/hooks';
import { shortcutFor } from '../../utils/browser/shortcuts';

/** The manifest's suggestion, shown until the browser answers (or where it cannot: commands are missing on Android). */
export const OPEN_POPUP_DEFAULT = 'Alt+Shift+L';

/** The command that opens the toolbar popup: `_execute_action` in MV3 (Chrome), `_execute_browser_action` in MV2 (Firefox). */
const OPEN_POPUP_COMMAND = import.meta.env.MANIFEST_VERSION === 3 ? '_execute_action' : '_execute_browser_action';

export interface Shortcuts {
  /** Opens the popup: the keyboard's way to the cards. */
  open: string | undefined;
  /** Turns highlighting on or off for the site. */
  toggle: string | undefined;
}

/** Both shortcuts as the browser has them now (the reader may have changed or removed them). */
export function useShortcuts(): Shortcuts {
  const [shortcuts, setShortcuts] = useState<Shortcuts>({ open: OPEN_POPUP_DEFAULT, toggle: undefined });
  useEffect(() => {
    let live = true;
    void Promise.all([shortcutFor(OPEN_POPUP_COMMAND), shortcutFor('toggle-site')]).then(
      ([open, toggle]) => live && setShortcuts({ open, toggle }),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return shortcuts;
}
