import { CATEGORY_LABELS, type Category, type GlossaryEntry } from '../glossary/types';
import { formatReviewDate } from '../utils/review-date';
import { NOTICE } from './notice';
import { SayIt } from './SayIt';

interface Props {
  entry: GlossaryEntry;
  /** id of the heading, so a surrounding dialog or region can be labelled by it. */
  headingId: string;
  /** Names of related entries, looked up by the caller so this stays a pure view. */
  relatedNames: ReadonlyArray<{ id: string; name: string }>;
  onOpenTerm: (id: string) => void;
  /** Where given, an "Open in the full glossary" link is shown (not on the glossary page itself). */
  onOpenGlossary?: (id: string) => void;
}

type SectionKey = 'whyInDm' | 'howGiven' | 'sideEffects';

/** Section headings read naturally only if they fit the kind of term. */
function sectionTitles(category: Category): Record<SectionKey, string> {
  switch (category) {
    case 'medicine':
    case 'medicine-class':
      return { whyInDm: 'Why it is used in DM', howGiven: 'How it is given', sideEffects: 'Side effects and checks' };
    case 'condition':
    case 'symptom':
      return { whyInDm: 'What it means in DM', howGiven: 'How it is treated', sideEffects: 'What to watch for' };
    case 'test':
      return { whyInDm: 'Why it is done in DM', howGiven: 'How it is done', sideEffects: 'What to know' };
    default:
      return { whyInDm: 'Why it matters in DM', howGiven: 'How it works', sideEffects: 'What to watch for' };
  }
}

/** One glossary entry, rendered the same way in the popover, the popup and the glossary page. */
export function TermCard({ entry, headingId, relatedNames, onOpenTerm, onOpenGlossary }: Props) {
  const { sections } = entry;
  const titles = sectionTitles(entry.category);
  return (
    <article class="tc">
      <header class="tc-head">
        <h2 class="tc-name" id={headingId}>
          {entry.name}
        </h2>
        <p class="tc-meta">
          <span class="tc-category">{CATEGORY_LABELS[entry.category]}</span>
          {entry.pronunciation && (
            <span class="tc-say">
              <span class="tc-visually-hidden">Pronounced </span>
              {entry.pronunciation}
            </span>
          )}
          <SayIt word={entry.name.replace(/\s*\(.*\)$/, '')} />
        </p>
      </header>
      <p class="tc-summary">{entry.summary}</p>
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
          <summary>Questions to ask your care team</summary>
          <ul>
            {sections.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </details>
      )}
      {relatedNames.length > 0 && (
        <nav class="tc-related" aria-label="Related terms">
          <h3>Related</h3>
          <ul>
            {relatedNames.map((r) => (
              <li key={r.id}>
                <button type="button" class="tc-link" onClick={() => onOpenTerm(r.id)}>
                  {r.name}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <details class="tc-section tc-sources">
        <summary>Sources</summary>
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
        Reviewed {formatReviewDate(entry.reviewed)}
        {onOpenGlossary && (
          <>
            {' · '}
            <button type="button" class="tc-inline-link" onClick={() => onOpenGlossary(entry.id)}>
              Open in the full glossary
            </button>
          </>
        )}
      </p>
      <p class="tc-notice" role="note">
        {NOTICE}
      </p>
    </article>
  );
}
