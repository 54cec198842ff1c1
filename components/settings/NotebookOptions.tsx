import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/browser/i18n';
import { notebookStore } from '../../utils/notebook/browser-store';
import type { NotebookState } from '../../utils/notebook/schema';
import { NotebookPrefs } from '../notebook/NotebookPrefs';

/** The options page's notebook section: the way to the notebook, and its two privacy choices. */
export function NotebookOptions() {
  const store = notebookStore();
  const [state, setState] = useState<NotebookState>();
  useEffect(() => {
    void store.read().then(setState);
    return store.watch(setState);
  }, [store]);
  return (
    <section class="op-section" aria-labelledby="op-notebook" data-options-notebook>
      <h2 id="op-notebook">{t('notebookTitle')}</h2>
      <p>
        <a href="notebook.html">{t('notebookOpen')}</a>
      </p>
      {state && <NotebookPrefs store={store} prefs={state.prefs} recent={state.recent} glossaryHref="glossary.html" headingLevel="h3" />}
    </section>
  );
}
