import type { Category, GlossaryEntry } from '../../glossary/types';
import { t, uiLanguage, type MessageKey } from '../../utils/browser/i18n';
import { categoryLabel } from '../shared/labels';
import { formatReviewDate } from '../../utils/card-data/review-date';
import { notice } from '../shared/notice';
import { AddCardQuestion, MineNote, NotebookActions } from './NotebookActions';
import type { NotebookPort } from '../../utils/notebook/port';
import { SayIt } from './SayIt';
import { TextSizeControl } from './TextSizeControl';
import { useTextSize } from './useTextSize';
import { useNotebook } from './useNotebook';

interface Props {
  entry: GlossaryEntry;
  /** id of the heading, so a surrounding dialog or region can be labelled by it. */
  headingId: string;
  /** Names of related entries, looked up by the caller so this stays a pure view. */
  relatedNames: ReadonlyArray<{ id: string; name: string }>;
  onOpenTerm: (id: string) => void;
  /** Where given, an "Open in the full glossary" link is shown (not on the glossary page itself). */
  onOpenGlossary?: (id: string) => void;
  /** The reader's care notebook; where given, the card shows its buttons ("I take this", "Save", questions). */
  notebook?: NotebookPort;
}

type SectionKey = 'whyInDm' | 'howGiven' | 'sideEffects';

/** Section headings read naturally only if they fit the kind of term. */
function sectionTitles(category: Category): Record<SectionKey, string> {
  const keys: [MessageKey, MessageKey, MessageKey] =
    category === 'medicine' || category === 'medicine-class'
      ? ['sectionWhyMedicine', 'sectionHowMedicine', 'sectionSideMedicine']
      : category === 'condition' || category === 'symptom'
        ? ['sectionWhyCondition', 'sectionHowCondition', 'sectionWatchFor']
        : category === 'test'
          ? ['sectionWhyTest', 'sectionHowTest', 'sectionKnowTest']
          : ['sectionWhyOther', 'sectionHowOther', 'sectionWatchFor'];
  return { whyInDm: t(keys[0]), howGiven: t(keys[1]), sideEffects: t(keys[2]) };
}

/** One glossary entry, rendered the same way in the popover, the popup and the glossary page. */
export function TermCard({ entry, headingId, relatedNames, onOpenTerm, onOpenGlossary, notebook }: Props) {
  const { sections } = entry;
  const nb = useNotebook(notebook, entry.id);
  const titles = sectionTitles(entry.category);
  const [textSize, setTextSize] = useTextSize();
  return (
    <article class="tc" style={{ '--tc-scale': String(textSize) }}>
      <header class="tc-head">
        <h2 class="tc-name" id={headingId}>
          {entry.name}
        </h2>
        <MineNote nb={nb} />
        <p class="tc-meta">
          <span class="tc-category">{categoryLabel(entry.category)}</span>
          {entry.pronunciation && (
            <span class="tc-say">
              <span class="tc-visually-hidden">{t('cardPronounced')} </span>
              {entry.pronunciation}
            </span>
          )}
          <SayIt word={entry.name.replace(/\s*\(.*\)$/, '')} />
          <TextSizeControl size={textSize} onChange={setTextSize} />
        </p>
      </header>
      {!uiLanguage().startsWith('en') && (
        <p class="tc-language" lang={uiLanguage()}>
          {t('cardEnglishOnly')}
        </p>
      )}
      <p class="tc-summary" lang="en">
        {entry.summary}
      </p>
      {nb && <NotebookActions entry={entry} nb={nb} />}
      {(Object.keys(titles) as SectionKey[]).map((key) =>
        sections[key] ? (
          <details class="tc-section" key={key}>
            <summary>{titles[key]}</summary>
            <p>{sections[key]}</p>
          </details>
        ) : null,
      )}
      {sections.questions && sections.questions.length > 0 && (
        <details class="tc-section">
          <summary>{t('sectionQuestions')}</summary>
          <ul>
            {sections.questions.map((q, i) => (
              <li key={q}>
                <span id={`${headingId}-q${i}`}>{q}</span>
                {nb && <AddCardQuestion entryId={entry.id} question={q} describedBy={`${headingId}-q${i}`} nb={nb} />}
              </li>
            ))}
          </ul>
        </details>
      )}
      {relatedNames.length > 0 && (
        // Not a <nav>: one landmark per card flooded the glossary page's landmark list (55).
        <div class="tc-related" role="group" aria-label={t('cardRelatedLabel')}>
          <h3>{t('cardRelated')}</h3>
          <ul>
            {relatedNames.map((r) => (
              <li key={r.id}>
                <button type="button" class="tc-link" onClick={() => onOpenTerm(r.id)}>
                  {r.name}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <details class="tc-section tc-sources">
        <summary>{t('cardSources')}</summary>
        <ul>
          {entry.sources.map((s) => (
            <li key={s.url}>
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title}
              </a>{' '}
              <span class="tc-publisher">({s.publisher})</span>
            </li>
          ))}
        </ul>
      </details>
      <p class="tc-reviewed">
        {t('cardReviewed', formatReviewDate(entry.reviewed, uiLanguage()))}
        {onOpenGlossary && (
          <>
            {' · '}
            <button type="button" class="tc-inline-link" onClick={() => onOpenGlossary(entry.id)}>
              {t('cardOpenGlossary')}
            </button>
          </>
        )}
      </p>
      <p class="tc-notice" role="note">
        {notice()}
      </p>
    </article>
  );
}
