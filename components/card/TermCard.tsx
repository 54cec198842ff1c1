import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Category, GlossaryEntry } from '../../glossary/types';
import type { SpanishCardText } from '../../glossary/es/card-text';
import type { MessageKey } from '../../utils/browser/i18n';
import type { CardLang, CardLanguage } from '../../utils/card-data/card-language';
import type { CardLabelSets, Translate } from '../../utils/card-data/card-labels';
import { CATEGORY_MESSAGES } from '../shared/labels';
import { formatReviewDate } from '../../utils/card-data/review-date';
import { languageSwitch } from './LanguageSwitch';
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
  /** h3 where the card sits under a group heading (the glossary page's categories and letters). */
  headingLevel?: 2 | 3;
  /** Off where the page has one text-size control for all its cards (the glossary page). */
  sizeControl?: boolean;
  /** The entry's Spanish card, where it has one (glossary/es/card-text.ts). */
  spanish?: SpanishCardText;
  /**
   * The card's language as its caller chose it (utils/card-data/card-language.ts, from where it opened, the
   * browser's language and the reader's switch), and its labels in that language.
   */
  language: CardLanguage;
  t: Translate;
  /** The card's labels in both languages: the switch speaks the language it leads to. */
  labelSets?: CardLabelSets | null;
  /** The reader's language switch for this card; without it there is no switch. */
  onChoose?: (lang: CardLang) => void;
}

type SectionKey = 'whyInDm' | 'howGiven' | 'sideEffects';

/** Section headings read naturally only if they fit the kind of term. */
function sectionTitles(category: Category, t: Translate): Record<SectionKey, string> {
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
export function TermCard({
  entry,
  headingId,
  relatedNames,
  onOpenTerm,
  onOpenGlossary,
  notebook,
  headingLevel = 2,
  sizeControl = true,
  spanish,
  language,
  t,
  labelSets,
  onChoose,
}: Props) {
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const es = language.text === 'es' ? spanish : undefined;
  const text = es ?? entry;
  const related: ReadonlyArray<{ id: string; name: string; lang?: string }> = es?.related ?? relatedNames;
  const { sections } = text;
  const nb = useNotebook(notebook, entry.id, t);
  const titles = sectionTitles(entry.category, t);
  const [textSize, setTextSize] = useTextSize();
  const article = useRef<HTMLElement>(null);
  // The card on a page sits in a dialog whose width and top rows are not part of this view: A+ must
  // widen them too (m8), or a larger text runs at 20 characters a line. Elsewhere there is none.
  useLayoutEffect(() => {
    const dialog = article.current?.closest<HTMLElement>('.dmg-dialog');
    dialog?.style.setProperty('--dmg-scale', String(textSize));
  }, [textSize]);
  return (
    // The text's language on the whole card, so screen readers switch voice; the labels are in it too, but for
    // an English card shown in a Spanish browser for want of a Spanish one (there they are the browser's, as before).
    <article class="tc" lang={language.text} style={{ '--tc-scale': String(textSize) }} ref={article}>
      <header class="tc-head">
        <Heading class="tc-name" id={headingId}>
          {text.name}
        </Heading>
        <MineNote nb={nb} t={t} />
        <p class="tc-meta">
          <span class="tc-category">{t(CATEGORY_MESSAGES[entry.category])}</span>
          {entry.pronunciation && !es && (
            <span class="tc-say">
              <span class="tc-visually-hidden">{t('cardPronounced')} </span>
              {entry.pronunciation}
            </span>
          )}
          {/* The voices offered are English ones (utils/browser/speech.ts): not for a Spanish name. */}
          {!es && <SayIt word={entry.name.replace(/\s*\(.*\)$/, '')} t={t} />}
          {sizeControl && <TextSizeControl size={textSize} onChange={setTextSize} t={t} />}
        </p>
      </header>
      {languageSwitch(language, labelSets, onChoose)}
      <p class="tc-summary">
        {text.summary}
      </p>
      {nb && <NotebookActions entry={entry} nb={nb} t={t} />}
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
                {nb && <AddCardQuestion entryId={entry.id} question={q} describedBy={`${headingId}-q${i}`} nb={nb} t={t} />}
              </li>
            ))}
          </ul>
        </details>
      )}
      {related.length > 0 && (
        // Not a <nav>: one landmark per card flooded the glossary page's landmark list (55).
        <div class="tc-related" role="group" aria-label={t('cardRelatedLabel')}>
          <h3>{t('cardRelated')}</h3>
          <ul>
            {related.map((r) => (
              <li key={r.id}>
                <button type="button" class="tc-link" lang={r.lang} onClick={() => onOpenTerm(r.id)}>
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
          {text.sources.map((s) => (
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
        {t('cardReviewed', formatReviewDate(text.reviewed, language.labels))}
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
        {es ? es.notice : t('notice')}
      </p>
    </article>
  );
}
