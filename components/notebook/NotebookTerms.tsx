import { getEntry } from '../../glossary';
import { t, uiLanguage } from '../../utils/browser/i18n';
import { shownEntry } from '../../utils/card-data/shown-name';
import { categoryLabel } from '../shared/labels';

interface Props {
  list: 'mine' | 'saved';
  /** The stored ids, unknown ones included: they keep their place when the list is reordered. */
  ids: readonly string[];
  glossaryHref: string;
  onReorder: (ids: string[]) => void;
  onRemove: (id: string, index: number) => void;
}

/** The stored list with `id` swapped with its nearest known neighbour in `step`'s direction, or undefined at the end. */
function moved(ids: readonly string[], id: string, step: -1 | 1): string[] | undefined {
  const from = ids.indexOf(id);
  let to = from + step;
  while (to >= 0 && to < ids.length && !getEntry(ids[to]!)) to += step;
  if (from < 0 || to < 0 || to >= ids.length) return undefined;
  const next = [...ids];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/** "My medicines" or "Saved terms": each term with its card summary, reorderable by buttons. */
export function NotebookTerms({ list, ids, glossaryHref, onReorder, onRemove }: Props) {
  const known = ids.filter((id) => getEntry(id));
  const titleId = `nb-${list}-title`;
  return (
    <section class="nb-section" aria-labelledby={titleId} data-notebook-list={list}>
      <h2 id={titleId}>{t(list === 'mine' ? 'notebookMine' : 'notebookSaved')}</h2>
      {known.length === 0 ? (
        <p class="nb-empty">{t(list === 'mine' ? 'notebookMineEmpty' : 'notebookSavedEmpty')}</p>
      ) : (
        <ol class="nb-terms">
          {known.map((id) => {
            const entry = getEntry(id)!;
            const shown = shownEntry(entry, uiLanguage());
            const nameId = `nb-${list}-${id}`;
            const up = moved(ids, id, -1);
            const down = moved(ids, id, 1);
            return (
              <li class="nb-term" key={id} data-term-id={id}>
                <div class="nb-term-text">
                  <h3 class="nb-term-name" id={nameId} lang={shown.lang}>
                    {shown.name}
                  </h3>
                  <p class="nb-term-meta">{categoryLabel(entry.category)}</p>
                  <p class="nb-term-summary" lang={shown.lang}>
                    {shown.summary}
                  </p>
                  <a class="nb-link" href={`${glossaryHref}#${id}`} aria-describedby={nameId}>
                    {t('notebookOpenCard')}
                  </a>
                </div>
                <div class="nb-tools">
                  <button type="button" class="nb-button" data-move="up" aria-describedby={nameId} disabled={!up} onClick={() => up && onReorder(up)}>
                    {t('notebookMoveUp')}
                  </button>
                  <button type="button" class="nb-button" data-move="down" aria-describedby={nameId} disabled={!down} onClick={() => down && onReorder(down)}>
                    {t('notebookMoveDown')}
                  </button>
                  <button type="button" class="nb-button nb-danger" data-remove aria-describedby={nameId} onClick={() => onRemove(id, ids.indexOf(id))}>
                    {t('notebookRemove')}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
