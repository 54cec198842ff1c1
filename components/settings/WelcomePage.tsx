import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../utils/browser/i18n';
import type { PrivacyMode } from '../../utils/settings/schema';
import { notice } from '../shared/notice';
import { PrivacyModeChoice } from './PrivacyModeChoice';
import { OPEN_POPUP_DEFAULT, useShortcuts } from '../shared/useShortcuts';
import { useSettings } from './useSettings';

/**
 * The first-run page (issues #11 and #12): what the extension does, the
 * privacy choice (saved the moment it is picked), and where the settings are.
 */
export function WelcomePage() {
  const { settings, update, error } = useSettings();
  const [saved, setSaved] = useState(false);
  const shortcuts = useShortcuts();
  const choose = async (privacyMode: PrivacyMode) => {
    setSaved(false);
    setSaved(await update({ privacyMode }));
  };
  return (
    <main class="wl">
      <h1>{t('welcomeTitle')}</h1>
      <p class="wl-lead">{t('welcomeIntro')}</p>

      <section aria-labelledby="wl-what">
        <h2 id="wl-what">{t('welcomeWhatTitle')}</h2>
        <ul class="wl-list">
          <li>{t('welcomeWhatHighlight')}</li>
          <li>{t('welcomeWhatCard')}</li>
          <li data-welcome-links>{t('welcomeWhatLinks')}</li>
          <li data-welcome-keyboard>{t('keyboardWayIn', shortcuts.open ?? OPEN_POPUP_DEFAULT)}</li>
          <li>
            {t('welcomeWhatPopup')} <span data-welcome-pin>{t(import.meta.env.BROWSER === 'firefox' ? 'welcomePinFirefox' : 'welcomePinChrome')}</span>
          </li>
          <li>
            {t('welcomeWhatPdf')}{' '}
            <a href={browser.runtime.getURL('/reader.html')} data-welcome-pdf>
              {t('pdfOpenLink')}
            </a>
          </li>
          <li>{t('welcomeWhatOffline')}</li>
        </ul>
        <p class="wl-hint" data-welcome-recent>
          {t('notebookWelcomeRecent')}
        </p>
        <p class="wl-notice">{notice()}</p>
      </section>

      <section aria-labelledby="wl-choice">
        <h2 id="wl-choice">{t('welcomeChoiceTitle')}</h2>
        <p class="wl-hint">{t('welcomeChoiceHint')}</p>
        {settings ? <PrivacyModeChoice value={settings.privacyMode} onChange={(mode) => void choose(mode)} /> : <p aria-busy="true" />}
        {/* One live region for both outcomes, so a screen reader hears whichever happened. */}
        <p class={error ? 'wl-status wl-error' : 'wl-status'} role="status" data-welcome-status>
          {error ?? (saved ? t('welcomeSaved') : '')}
        </p>
      </section>

      <section aria-labelledby="wl-settings">
        <h2 id="wl-settings">{t('welcomeSettingsTitle')}</h2>
        <p>{t('welcomeSettingsText')}</p>
        <button type="button" class="wl-button" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('welcomeOpenSettings')}
        </button>
      </section>
    </main>
  );
}
