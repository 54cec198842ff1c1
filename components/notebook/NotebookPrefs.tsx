import { useState } from 'preact/hooks';
import { getEntry } from '../../glossary';
import { t, uiLanguage } from '../../utils/browser/i18n';
import { shownName } from '../../utils/card-data/shown-name';
import type { NotebookPrefs as Prefs, RecentLookup } from '../../utils/notebook/schema';
import type { NotebookStore } from '../../utils/notebook/store';
import { notebookErrorText } from './NotebookErrors';
import './notebook-prefs.css';

interface Props {
  store: NotebookStore;
  prefs: Prefs;
  recent: readonly RecentLookup[];
  /** Where the glossary page is, from this page. */
  glossaryHref: string;
  headingLevel?: 'h2' | 'h3';
}

/**
 * The two notebook choices, both off by default for privacy, each with the
 * reason beside it; and the recent list with its Clear button while on.
 * Shown on the notebook page and the options page.
 */
export function NotebookPrefs({ store, prefs, recent, glossaryHref, headingLevel = 'h2' }: Props) {
  const [error, setError] = useState<string>();
  const Heading = headingLevel;
  const set = (patch: Partial<Prefs>) =>
    void store.setPrefs(patch).then(
      () => setError(undefined),
      (caught: unknown) => setError(notebookErrorText(caught)),
    );
  const known = recent.filter((r) => getEntry(r.termId));
  return (
    <section class="nb-section nb-prefs" aria-labelledby="nb-prefs-title" data-notebook-prefs>
      <Heading id="nb-prefs-title">{t('notebookPrefs')}</Heading>
      <p class="nb-error" role="alert" hidden={!error}>
        {error}
      </p>
      <label class="nb-pref">
        <input type="checkbox" checked={prefs.recentOn} onChange={(e) => set({ recentOn: e.currentTarget.checked })} aria-describedby="nb-recent-hint" />
        <span>
          <span class="nb-pref-label">{t('notebookRecentOn')}</span>
          <span class="nb-pref-hint" id="nb-recent-hint">
            {t('notebookRecentHint')}
          </span>
        </span>
      </label>
      {prefs.recentOn && (
        <div class="nb-recent" data-notebook-recent>
          <div class="nb-recent-head">
            <Heading class="nb-subheading" id="nb-recent-title">
              {t('notebookRecent')}
            </Heading>
            <button type="button" class="nb-button" onClick={() => void store.clearRecent().catch((caught: unknown) => setError(notebookErrorText(caught)))} disabled={known.length === 0}>
              {t('notebookRecentClear')}
            </button>
          </div>
          {known.length === 0 ? (
            <p class="nb-empty">{t('notebookRecentEmpty')}</p>
          ) : (
            <ul class="nb-recent-list" aria-labelledby="nb-recent-title">
              {known.map((r) => (
                <li key={r.termId}>
                  <a href={`${glossaryHref}#${r.termId}`} lang={shownName(getEntry(r.termId)!, uiLanguage()).lang}>
                    {shownName(getEntry(r.termId)!, uiLanguage()).name}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <label class="nb-pref">
        <input type="checkbox" checked={prefs.paintMine} onChange={(e) => set({ paintMine: e.currentTarget.checked })} aria-describedby="nb-paint-hint" />
        <span>
          <span class="nb-pref-label">{t('notebookPaintMine')}</span>
          <span class="nb-pref-hint" id="nb-paint-hint">
            {t('notebookPaintMineHint')}
          </span>
        </span>
      </label>
    </section>
  );
}
