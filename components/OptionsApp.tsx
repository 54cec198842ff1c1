import { useEffect, useState } from 'preact/hooks';
import { CATEGORIES, CATEGORY_LABELS, type Category } from '../glossary/types';
import { HIGHLIGHT_COLOURS, HIGHLIGHT_STYLES, normalizeSite, OPEN_ON, type Settings } from '../utils/settings/schema';
import { openShortcutSettings, shortcutFor } from '../utils/shortcuts';
import { useSettings } from './useSettings';

const STYLE_LABELS: Record<Settings['style'], string> = {
  background: 'Soft colour and dotted underline',
  underline: 'Dotted underline only',
  hover: 'Nothing until the pointer or focus is on the word',
};
const COLOUR_LABELS: Record<Settings['colour'], string> = { amber: 'Amber', blue: 'Blue', green: 'Green', pink: 'Pink' };
const OPEN_LABELS: Record<Settings['openOn'], string> = {
  click: 'When I click or tap a word (or press Enter)',
  hover: 'When I rest the mouse on a word for half a second (clicking works too)',
};

function Choice<T extends string>(props: { name: string; legend: string; options: readonly T[]; labels: Record<T, string>; value: T; onChange: (value: T) => void }) {
  return (
    <fieldset class="op-group">
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label class="op-option" key={option}>
          <input type="radio" name={props.name} value={option} checked={props.value === option} onChange={() => props.onChange(option)} />
          {props.labels[option]}
        </label>
      ))}
    </fieldset>
  );
}

function SiteList({ sites, onChange }: { sites: readonly string[]; onChange: (sites: string[]) => void }) {
  const [draft, setDraft] = useState('');
  const add = (event: Event) => {
    event.preventDefault();
    let host = draft.trim();
    try {
      host = new URL(host.includes('://') ? host : `https://${host}`).hostname;
    } catch {
      return;
    }
    const site = normalizeSite(host);
    if (site && !sites.includes(site)) onChange([...sites, site].sort());
    setDraft('');
  };
  return (
    <section class="op-section" aria-labelledby="op-sites">
      <h2 id="op-sites">Sites where highlighting is off</h2>
      <p class="op-hint">A site here also covers its subdomains. You can also switch a site off from the toolbar button, or with the keyboard shortcut below.</p>
      {sites.length === 0 ? (
        <p class="op-empty">No sites yet.</p>
      ) : (
        <ul class="op-sites">
          {sites.map((site) => (
            <li key={site}>
              <span>{site || 'Local files'}</span>
              <button type="button" class="op-remove" onClick={() => onChange(sites.filter((s) => s !== site))} aria-label={`Remove ${site || 'local files'}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="op-add" onSubmit={add}>
        <label for="op-site">Add a site</label>
        <input id="op-site" type="text" inputMode="url" placeholder="example.org" value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
        <button type="submit">Add</button>
      </form>
    </section>
  );
}

/** The options page: every setting, the site list and the keyboard shortcut. */
export function OptionsApp() {
  const [settings, update] = useSettings();
  const [shortcut, setShortcut] = useState<string>();
  useEffect(() => {
    void shortcutFor('toggle-site').then(setShortcut);
  }, []);
  if (!settings) return <main class="op" aria-busy="true" />;

  const toggleCategory = (category: Category, on: boolean) =>
    update({ categories: CATEGORIES.filter((c) => (c === category ? on : settings.categories.includes(c))) });

  return (
    <main class="op">
      <h1>DM Glossary settings</h1>
      <p class="op-hint">Changes apply at once to every open tab.</p>

      <section class="op-section" aria-labelledby="op-general">
        <h2 id="op-general">Highlighting</h2>
        <label class="op-switch">
          <input type="checkbox" checked={settings.enabled} onChange={(e) => update({ enabled: e.currentTarget.checked })} />
          Highlight glossary words on web pages
        </label>
        <label class="op-switch">
          <input type="checkbox" checked={settings.firstOnly} onChange={(e) => update({ firstOnly: e.currentTarget.checked })} />
          Only the first mention of each word on a page
        </label>
        <Choice name="style" legend="How highlighted words look" options={HIGHLIGHT_STYLES} labels={STYLE_LABELS} value={settings.style} onChange={(style) => update({ style })} />
        <Choice name="colour" legend="Colour" options={HIGHLIGHT_COLOURS} labels={COLOUR_LABELS} value={settings.colour} onChange={(colour) => update({ colour })} />
        <Choice name="openOn" legend="Open the explanation" options={OPEN_ON} labels={OPEN_LABELS} value={settings.openOn} onChange={(openOn) => update({ openOn })} />
        <fieldset class="op-group">
          <legend>Kinds of words to highlight</legend>
          {CATEGORIES.map((category) => (
            <label class="op-option" key={category}>
              <input type="checkbox" checked={settings.categories.includes(category)} onChange={(e) => toggleCategory(category, e.currentTarget.checked)} />
              {CATEGORY_LABELS[category]}
            </label>
          ))}
        </fieldset>
      </section>

      <SiteList sites={settings.disabledSites} onChange={(disabledSites) => update({ disabledSites })} />

      <section class="op-section" aria-labelledby="op-keys">
        <h2 id="op-keys">Keyboard shortcut</h2>
        <p>
          Turn highlighting on or off on the current site: <kbd class="op-kbd">{shortcut ?? 'not set'}</kbd>
        </p>
        <button type="button" onClick={() => void openShortcutSettings()}>
          Change it in the browser's shortcut settings
        </button>
      </section>
    </main>
  );
}
