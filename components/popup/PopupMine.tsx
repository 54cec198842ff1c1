import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, uiLanguage } from '../../utils/browser/i18n';
import { listName, listShownName } from '../../utils/card-data/list-names';
import { notebookStore } from '../../utils/notebook/browser-store';
import { useRovingToolbar } from './useRoving';
import './popup-mine.css';

interface Lists {
  mine: readonly string[];
  saved: readonly string[];
}

/** The notebook page is N1's entry point; its address is built from the root so it needs no typed path. */
export function openNotebook(): void {
  void browser.tabs.create({ url: `${browser.runtime.getURL('/')}notebook.html` });
  window.close();
}

function TermList({ kind, title, ids, counts, onOpen }: { kind: string; title: string; ids: readonly string[]; counts: Record<string, number>; onOpen: (id: string) => void }) {
  // Ids of entries a later glossary removed stay in the notebook, but there is no card to show.
  const ui = uiLanguage();
  const entries = ids.flatMap((id) => {
    const entry = listName(id);
    return entry ? [{ id, ...listShownName(entry, ui) }] : [];
  });
  const roving = useRovingToolbar(entries.map((entry) => entry.name));
  if (entries.length === 0) return null;
  return (
    <section class="pp-mine" aria-labelledby={`pp-${kind}-title`}>
      <h2 id={`pp-${kind}-title`} class="pp-section-title">
        {title}
      </h2>
      {/* One Tab stop with arrows inside, like "On this page" (m5). */}
      <div role="toolbar" class="pp-chips" aria-labelledby={`pp-${kind}-title`} ref={roving.ref} onKeyDown={roving.onKeyDown}>
        {entries.map((entry, index) => (
          <button
            key={entry.id}
            type="button"
            class="pp-chip"
            data-notebook-term-id={entry.id}
            data-roving
            tabIndex={roving.tabIndex(index)}
            onFocus={roving.onFocus(index)}
            onClick={() => onOpen(entry.id)}
          >
            <span lang={entry.lang}>{entry.name}</span>
            {counts[entry.id] ? <span class="pp-mine-here"> · {t('mineOnPage', counts[entry.id]!)}</span> : null}
          </button>
        ))}
      </div>
    </section>
  );
}

/**
 * "My medicines" and "Saved terms" from the care notebook, first in the
 * popup (before "On this page"), each with how often it is on this page;
 * choosing one opens its card here. The popup is ours, so it may show them:
 * no page can read it.
 */
export function PopupMine({ counts = {}, onOpen }: { counts?: Record<string, number>; onOpen: (id: string) => void }) {
  const [lists, setLists] = useState<Lists>({ mine: [], saved: [] });
  useEffect(() => {
    const store = notebookStore();
    // An unreadable notebook shows no lists here; the notebook page says what went wrong.
    void store.read().then(setLists, () => undefined);
    return store.watch(setLists);
  }, []);
  return (
    <div class="pp-notebook" data-popup-notebook>
      <TermList kind="mine" title={t('mineTitle')} ids={lists.mine} counts={counts} onOpen={onOpen} />
      <TermList kind="saved" title={t('mineSavedTitle')} ids={lists.saved} counts={counts} onOpen={onOpen} />
      <p class="pp-notebook-link">
        <button type="button" class="pp-link" onClick={openNotebook}>
          {t('mineNotebookLink')}
        </button>
      </p>
    </div>
  );
}
