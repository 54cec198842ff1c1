import { t, type MessageKey } from '../../utils/browser/i18n';
import { PRIVACY_MODES, type PrivacyMode } from '../../utils/settings/schema';

const LABELS: Record<PrivacyMode, [label: MessageKey, hint: MessageKey]> = {
  everywhere: ['privacyEverywhere', 'privacyEverywhereHint'],
  listed: ['privacyListed', 'privacyListedHint'],
  ask: ['privacyAsk', 'privacyAskHint'],
};

/** The privacy-mode radio group, each choice explained in one sentence; used by the options and first-run pages. */
export function PrivacyModeChoice(props: { value: PrivacyMode; onChange: (mode: PrivacyMode) => void; class?: string }) {
  return (
    <fieldset class={`pm-group ${props.class ?? ''}`}>
      <legend>{t('privacyTitle')}</legend>
      {PRIVACY_MODES.map((mode) => {
        const [label, hint] = LABELS[mode];
        return (
          <label class="pm-option" key={mode}>
            <input type="radio" name="privacyMode" value={mode} checked={props.value === mode} onChange={() => props.onChange(mode)} aria-describedby={`pm-hint-${mode}`} />
            <span>
              <span class="pm-label">{t(label)}</span>
              <span class="pm-hint" id={`pm-hint-${mode}`}>
                {t(hint)}
              </span>
            </span>
          </label>
        );
      })}
    </fieldset>
  );
}
