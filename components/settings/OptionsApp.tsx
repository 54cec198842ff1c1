import { useEffect, useState } from 'preact/hooks';
import { CATEGORIES, type Category } from '../../glossary/types';
import { t, type MessageKey } from '../../utils/browser/i18n';
import { categoryLabel } from '../shared/labels';
import { DENSITIES, HIGHLIGHT_COLOURS, HIGHLIGHT_STYLES, isSite, normalizeSite, OPEN_ON, type Settings } from '../../utils/settings/schema';
import { openShortcutSettings } from '../../utils/browser/shortcuts';
import { OPEN_POPUP_DEFAULT, useShortcuts } from '../shared/useShortcuts';
import { PrivacyModeChoice } from './PrivacyModeChoice';
import { useSettings } from './useSettings';
import { INK, PALETTE } from '../../utils/highlight/page-styles';
import type { JSX } from 'preact';
import { NotebookOptions } from './NotebookOptions';
import './settings-controls.css';

const STYLE_LABELS: Record<Settings['style'], MessageKey> = { background: 'styleBackground', underline: 'styleUnderline', hover: 'styleHover' };
const COLOUR_LABELS: Record<Settings['colour'], MessageKey> = { amber: 'colourAmber', blue: 'colourBlue', green: 'colourGreen', pink: 'colourPink' };
// 'page' keeps the old "first mention only" wording: it means the same.
const DENSITY_LABELS: Record<Settings['density'], MessageKey> = { section: 'densitySection', page: 'optionsFirstOnly', every: 'densityEvery' };
const OPEN_LABELS: Record<Settings['openOn'], MessageKey> = { click: 'openOnClick', hover: 'openOnHover' };

function Choice<T extends string>(props: {
  name: string;
  legend: string;
  options: readonly T[];
  labels: Record<T, MessageKey>;
  value: T;
  onChange: (value: T) => void;
  /** A small sample after the label (the colours: m10, "no swatch or preview"). */
  preview?: (option: T) => JSX.Element;
}) {
  return (
    <fieldset class="op-group">
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label class="op-option" key={option}>
          <input type="radio" name={props.name} value={option} checked={props.value === option} onChange={() => props.onChange(option)} />
          {t(props.labels[option])}
          {props.preview?.(option)}
        </label>
      ))}
    </fieldset>
  );
}

/** "https://www.NHS.uk/conditions" or "nhs.uk" → "nhs.uk"; undefined for what is no site address. */
export function siteFromInput(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed || /\s/.test(trimmed)) return undefined;
  try {
    const site = normalizeSite(new URL(trimmed.includes('://') ? trimmed : `https://${trimmed}`).hostname);
    // A site has a dot ("example.org"), or is a bracketed IPv6 address or localhost.
    return isSite(site) && (site.includes('.') || site.startsWith('[') || site === 'localhost') ? site : undefined;
  } catch {
    return undefined;
  }
}

interface SiteListText {
  id: string;
  title: MessageKey;
  hint: MessageKey;
}

const OFF_LIST: SiteListText = { id: 'op-sites', title: 'optionsSites', hint: 'optionsSitesHint' };
const ON_LIST: SiteListText = { id: 'op-allowed', title: 'optionsAllowedSites', hint: 'optionsAllowedSitesHint' };

function SiteList({ sites, onChange, text }: { sites: readonly string[]; onChange: (sites: string[]) => Promise<boolean>; text: SiteListText }) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string>();
  const add = async (event: Event) => {
    event.preventDefault();
    const site = siteFromInput(draft);
    if (site === undefined) {
      setProblem(t('optionsNotASite', draft.trim()));
      return;
    }
    setProblem(undefined);
    // The draft stays when the list could not be saved, so nothing the reader typed is lost.
    if (sites.includes(site) || (await onChange([...sites, site].sort()))) setDraft('');
  };
  return (
    <section class="op-section" aria-labelledby={text.id} data-site-list={text.id}>
      <h2 id={text.id}>{t(text.title)}</h2>
      <p class="op-hint">{t(text.hint)}</p>
      {sites.length === 0 ? (
        <p class="op-empty">{t('optionsNoSites')}</p>
      ) : (
        <ul class="op-sites">
          {sites.map((site) => (
            <li key={site}>
              <span>{site || t('optionsLocalFiles')}</span>
              <button type="button" class="op-remove" onClick={() => void onChange(sites.filter((s) => s !== site))} aria-label={t('optionsRemoveSite', site || t('optionsLocalFiles'))}>
                {t('optionsRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="op-add" onSubmit={add}>
        <label for={`${text.id}-add`}>{t('optionsAddSite')}</label>
        <input
          id={`${text.id}-add`}
          type="text"
          inputMode="url"
          placeholder="example.org"
          value={draft}
          aria-invalid={problem ? 'true' : undefined}
          aria-describedby={problem ? `${text.id}-problem` : undefined}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <button type="submit">{t('optionsAdd')}</button>
        {problem && (
          <p id={`${text.id}-problem`} class="op-problem" role="alert">
            {problem}
          </p>
        )}
      </form>
    </section>
  );
}

/** The options page: every setting, the site list and the keyboard shortcut. */
export function OptionsApp() {
  const { settings, update: save, error } = useSettings();
  const update = (change: Partial<Settings>) => void save(change);
  const shortcuts = useShortcuts();
  if (!settings) return <main class="op" aria-busy="true" />;

  const toggleCategory = (category: Category, on: boolean) =>
    update({ categories: CATEGORIES.filter((c) => (c === category ? on : settings.categories.includes(c))) });

  return (
    <main class="op">
      <h1>{t('optionsTitle')}</h1>
      <p class="op-hint">{t('optionsApplyNow')}</p>
      {/* Sticky, so a failed save is seen from wherever on the page the change was made. */}
      <p class="op-error" role="alert" hidden={!error}>
        {error}
      </p>

      <section class="op-section" aria-labelledby="op-general">
        <h2 id="op-general">{t('optionsHighlighting')}</h2>
        <label class="op-switch">
          <input type="checkbox" checked={settings.enabled} onChange={(e) => update({ enabled: e.currentTarget.checked })} />
          {t('optionsEnabled')}
        </label>
        <Choice name="density" legend={t('optionsDensity')} options={DENSITIES} labels={DENSITY_LABELS} value={settings.density} onChange={(density) => update({ density })} />
        <Choice name="style" legend={t('optionsStyle')} options={HIGHLIGHT_STYLES} labels={STYLE_LABELS} value={settings.style} onChange={(style) => update({ style })} />
        <Choice
          name="colour"
          legend={t('optionsColour')}
          options={HIGHLIGHT_COLOURS}
          labels={COLOUR_LABELS}
          value={settings.colour}
          onChange={(colour) => update({ colour })}
          preview={(colour) => (
            // The word as pages show it in that colour: the same fill, ink and line (page-styles.ts).
            <span class="op-swatch" aria-hidden="true" style={{ background: PALETTE[colour].mark, color: INK, textDecorationColor: PALETTE[colour].line }}>
              {t('optionsSwatchSample')}
            </span>
          )}
        />
        <Choice name="openOn" legend={t('optionsOpenOn')} options={OPEN_ON} labels={OPEN_LABELS} value={settings.openOn} onChange={(openOn) => update({ openOn })} />
        <fieldset class="op-group">
          <legend>{t('optionsCategories')}</legend>
          {CATEGORIES.map((category) => (
            <label class="op-option" key={category}>
              <input type="checkbox" checked={settings.categories.includes(category)} onChange={(e) => toggleCategory(category, e.currentTarget.checked)} />
              {categoryLabel(category)}
            </label>
          ))}
        </fieldset>
      </section>

      <section class="op-section" aria-labelledby="op-privacy">
        <h2 id="op-privacy">{t('privacyTitle')}</h2>
        <PrivacyModeChoice value={settings.privacyMode} onChange={(privacyMode) => update({ privacyMode })} />
      </section>

      <NotebookOptions />

      {/* Only the list the chosen mode uses is shown; the other is kept as it was. */}
      {settings.privacyMode === 'everywhere' && <SiteList text={OFF_LIST} sites={settings.disabledSites} onChange={(disabledSites) => save({ disabledSites })} />}
      {settings.privacyMode === 'listed' && <SiteList text={ON_LIST} sites={settings.allowedSites} onChange={(allowedSites) => save({ allowedSites })} />}

      <section class="op-section" aria-labelledby="op-keys">
        <h2 id="op-keys">{t('optionsShortcutsTitle')}</h2>
        <p data-options-keyboard>{t('keyboardWayIn', shortcuts.open ?? OPEN_POPUP_DEFAULT)}</p>
        <ul class="op-keys">
          <li>
            {t('optionsShortcutOpen')} <kbd class="op-kbd">{shortcuts.open ?? t('optionsShortcutNone')}</kbd>
          </li>
          <li>
            {t('optionsShortcutText')} <kbd class="op-kbd">{shortcuts.toggle ?? t('optionsShortcutNone')}</kbd>
          </li>
        </ul>
        <button type="button" onClick={() => void openShortcutSettings()}>
          {t('optionsShortcutChange')}
        </button>
      </section>
    </main>
  );
}
