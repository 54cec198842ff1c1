import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { getEntry, getMatcher, glossary, type GlossaryEntry } from '../../glossary';
import { formatReviewDate } from '../../utils/card-data/review-date';
import { groupEntries, reviewRange, type EntryGroup, type GlossaryView } from '../../utils/glossary-page/grouping';
import { glossaryUrl, MAX_QUERY_LENGTH, parseGlossaryLocation } from '../../utils/glossary-page/location';
import { shownHits, type ShownHit } from '../../utils/search/spanish-lines';
import { shownName } from '../../utils/card-data/shown-name';
import { glossarySearch } from '../../utils/search/spanish';
import { t, uiLanguage } from '../../utils/browser/i18n';
import { categoryLabel } from '../shared/labels';
import { notice } from '../shared/notice';
import { relatedNames } from '../../glossary/related';
import { TermCard } from '../card/TermCard';
import { spanishCardText } from '../../glossary/es/card-text';
import { SPANISH_CARDS } from '../../glossary/es/cards';
import { cardLanguageProps } from '../../utils/card-data/label-catalogues';
import type { CardLang } from '../../utils/card-data/card-language';
import type { NotebookPort } from '../../utils/notebook/port';
import { storePort } from '../../utils/notebook/store-port';
import { notebookStore } from '../../utils/notebook/browser-store';
import { browser } from 'wxt/browser';
import { TextSizeControl } from '../card/TextSizeControl';
import { useTextSize } from '../card/useTextSize';
import { Marked } from '../shared/Marked';

const search = glossarySearch(glossary, getMatcher(), uiLanguage());
/** The list is filed under the names the cards show in this interface (Spanish names A to Z in Spanish). */
const naming = { nameOf: (entry: GlossaryEntry) => shownName(entry, uiLanguage()).name, locale: uiLanguage() };
const isKnownId = (id: string) => getEntry(id) !== undefined;
const headingIdFor = (id: string) => `gp-h-${id}`;
const groupIdFor = (key: string) => `gp-group-${key}`;

/** The ranked hits for a query, or undefined when there is no query and the whole glossary shows. */
function hitsFor(query: string): ShownHit[] | undefined {
  return query.trim() ? shownHits(search.search(query, glossary.length), query, uiLanguage()) : undefined;
}

/** The query to keep when jumping to `id`: the current one if its results include the entry, else none. */
function queryShowing(query: string, id: string): string {
  const hits = hitsFor(query);
  return !hits || hits.some((hit) => hit.id === id) ? query : '';
}

/** Scroll an entry's card under the sticky header and put focus on its heading. */
function focusEntry(id: string): void {
  const card = document.getElementById(id);
  const heading = document.getElementById(headingIdFor(id));
  if (!card || !heading) return;
  card.scrollIntoView({ block: 'start' });
  heading.tabIndex = -1;
  heading.focus({ preventScroll: true });
}

/** Keeps `--gp-header-h` equal to the sticky header's height, so scrolling never hides a card under it. */
function useHeaderHeight(header: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const el = header.current;
    if (!el) return;
    const update = () => document.documentElement.style.setProperty('--gp-header-h', `${Math.ceil(el.offsetHeight)}px`);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [header]);
}

interface ViewToggleProps {
  view: GlossaryView;
  disabled: boolean;
  onChange: (view: GlossaryView) => void;
}

function ViewToggle({ view, disabled, onChange }: ViewToggleProps) {
  const option = (value: GlossaryView, label: string) => (
    <button type="button" class="gp-toggle-option" aria-pressed={view === value} disabled={disabled} onClick={() => onChange(value)}>
      {label}
    </button>
  );
  return (
    <div class="gp-toggle" role="group" aria-label={t('pageOrder')} title={disabled ? t('pageOrderDisabled') : undefined}>
      {option('category', t('pageByCategory'))}
      {option('az', t('pageAtoZ'))}
    </div>
  );
}

interface HeaderProps {
  headerRef: RefObject<HTMLElement | null>;
  inputRef: RefObject<HTMLInputElement | null>;
  query: string;
  view: GlossaryView;
  onQuery: (query: string) => void;
  onView: (view: GlossaryView) => void;
  onSubmit: () => void;
}

function PageTextSize() {
  const [size, setSize] = useTextSize();
  // In a .tc span: the buttons take the cards' colours and sizes from there.
  return (
    <span class="tc gp-size">
      <TextSizeControl size={size} onChange={setSize} />
    </span>
  );
}

function PageHeader({ headerRef, inputRef, query, view, onQuery, onView, onSubmit }: HeaderProps) {
  return (
    <header class="gp-header" ref={headerRef}>
      <div class="gp-bar">
        <div class="gp-title-row">
          <h1 class="gp-title">{t('extName')}</h1>
          <ViewToggle view={view} disabled={query.trim() !== ''} onChange={onView} />
          {/* One control for every card (m9: 132 A-/A+ pairs for one shared setting). */}
          <PageTextSize />
          <a class="gp-pdf" href={browser.runtime.getURL('/reader.html')} data-glossary-pdf>
            {t('pdfOpenLink')}
          </a>
        </div>
        <label class="gp-label" for="gp-search">
          {t('pageSearchLabel')}
        </label>
        <input
          id="gp-search"
          ref={inputRef}
          type="search"
          class="gp-search"
          placeholder={t('searchPlaceholder')}
          autoComplete="off"
          spellcheck={false}
          maxLength={MAX_QUERY_LENGTH}
          aria-describedby="gp-status"
          value={query}
          onInput={(event) => onQuery(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              onSubmit();
            }
          }}
        />
      </div>
    </header>
  );
}

function JumpNav({ groups }: { groups: readonly EntryGroup[] }) {
  return (
    <nav class="gp-nav" aria-label={t('pageJumpLabel')}>
      <span class="gp-nav-label" aria-hidden="true">
        {t('pageJumpTo')}
      </span>
      <ul>
        {groups.map((group) => (
          <li key={group.key}>
            <a href={`#${groupIdFor(group.key)}`}>{group.label}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Intro() {
  const range = reviewRange(glossary);
  const reviewed = range
    ? range.oldest === range.newest
      ? t('pageReviewed', formatReviewDate(range.newest, uiLanguage()))
      : t('pageReviewedBetween', formatReviewDate(range.oldest, uiLanguage()), formatReviewDate(range.newest, uiLanguage()))
    : '';
  return (
    <div class="gp-intro">
      <p class="gp-notice" role="note">
        {notice()}
      </p>
      <p class="gp-about">
        <strong>{t('pageAboutTitle')}</strong> {t('pageAbout')}
      </p>
      <p class="gp-meta">
        {t('pageTermCount', glossary.length)} · {reviewed}
      </p>
      <p class="gp-meta">
        <a class="gp-notebook-link" href="notebook.html">
          {t('notebookOpen')}
        </a>
      </p>
    </div>
  );
}

interface CardProps {
  entry: GlossaryEntry;
  isTarget: boolean;
  note?: string | undefined;
  /** The sentence of the card that matched a search, shown above it while its section is still closed. */
  line?: string | undefined;
  /** The language of `line`: the card's, Spanish where the interface and the card are. */
  lineLang?: string | undefined;
  /** The search's matched words, marked in `line`. */
  terms?: readonly string[] | undefined;
  onOpenTerm: (id: string) => void;
}

let ports: { shown: NotebookPort; opened: NotebookPort } | undefined;
/** Every card is on the page; only the one the reader went to (a link, a related term) counts as looked up. */
function glossaryNotebook(opened: boolean): NotebookPort {
  ports ??= { shown: storePort(notebookStore(), { recordLookups: false }), opened: storePort(notebookStore()) };
  return opened ? ports.opened : ports.shown;
}

function EntryCard({ entry, isTarget, note, line, lineLang = 'en', terms, onOpenTerm, headingLevel }: CardProps & { headingLevel?: 2 | 3 }) {
  // The reader's language switch for this card (a card with Spanish text, in a Spanish browser).
  const [language, setLanguage] = useState<CardLang>();
  return (
    <section class={isTarget ? 'gp-card is-target' : 'gp-card'} id={entry.id} data-term-id={entry.id}>
      {note && <p class="gp-card-note">{note}</p>}
      {line && line !== entry.summary && line !== SPANISH_CARDS[entry.id]?.summary && (
        <p class="gp-card-line">
          <span class="gp-card-line-label">{t('pageMatchingText')}</span>{' '}
          <Marked lang={lineLang} text={line} terms={terms ?? []} />
        </p>
      )}
      <TermCard
        entry={entry}
        headingId={headingIdFor(entry.id)}
        relatedNames={relatedNames(entry)}
        onOpenTerm={onOpenTerm}
        {...cardLanguageProps(spanishCardText(entry, relatedNames(entry)), language)}
        onChoose={setLanguage}
        notebook={glossaryNotebook(isTarget)}
        headingLevel={headingLevel}
        sizeControl={false}
      />
    </section>
  );
}

interface ListProps {
  targetId: string | undefined;
  onOpenTerm: (id: string) => void;
}

function GroupedList({ groups, targetId, onOpenTerm }: ListProps & { groups: readonly EntryGroup[] }) {
  return (
    <>
      {groups.map((group) => (
        <section class="gp-group" id={groupIdFor(group.key)} key={group.key}>
          <h2 class="gp-group-title">{group.label}</h2>
          {group.entries.map((entry) => (
            <EntryCard key={entry.id} entry={entry} isTarget={entry.id === targetId} onOpenTerm={onOpenTerm} headingLevel={3} />
          ))}
        </section>
      ))}
    </>
  );
}

function ResultList({ hits, targetId, onOpenTerm }: ListProps & { hits: readonly ShownHit[] }) {
  return (
    <div class="gp-results">
      {hits.map((hit) => {
        const entry = getEntry(hit.id);
        return entry ? (
          <EntryCard
            key={hit.id}
            entry={entry}
            isTarget={hit.id === targetId}
            note={hit.viaAlias ? t('pageFoundAs', hit.viaAlias) : undefined}
            line={hit.line}
            lineLang={hit.lang}
            terms={hit.terms}
            onOpenTerm={onOpenTerm}
          />
        ) : null;
      })}
    </div>
  );
}

function NoMatch({ onClear }: { onClear: () => void }) {
  return (
    <div class="gp-empty">
      <p>{t('pageTips')}</p>
      <ul>
        <li>{t('pageTipSpelling')}</li>
        <li>{t('pageTipBrand')}</li>
        <li>{t('pageTipSimple')}</li>
      </ul>
      <button type="button" class="gp-button" onClick={onClear}>
        {t('pageShowAll')}
      </button>
    </div>
  );
}

function statusText(query: string, hits: readonly ShownHit[] | undefined, view: GlossaryView): string {
  if (!hits) return t(view === 'az' ? 'pageStatusAllAZ' : 'pageStatusAllCategory', glossary.length);
  const q = query.trim();
  if (hits.length === 0) return t('pageStatusNone', q);
  return hits.length === 1 ? t('pageStatusOne', q) : t('pageStatusMany', hits.length, q);
}

/** The full glossary as one page: every card, grouped or A to Z, with search and deep links. */
export function GlossaryPage() {
  const [start] = useState(() => {
    const at = parseGlossaryLocation(window.location, isKnownId);
    return { termId: at.termId, query: at.termId ? queryShowing(at.query, at.termId) : at.query };
  });
  const [query, setQuery] = useState(start.query);
  const [view, setView] = useState<GlossaryView>('category');
  const [target, setTarget] = useState(start.termId ? { id: start.termId, seq: 0 } : undefined);
  const hits = useMemo(() => hitsFor(query), [query]);
  const groups = useMemo(() => groupEntries(glossary, view, categoryLabel, naming), [view]);

  const header = useRef<HTMLElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const status = useRef<HTMLParagraphElement>(null);
  const queryRef = useRef(query);
  queryRef.current = query;
  const seq = useRef(0);
  /** The address last acted on, so a navigation reported by both popstate and hashchange is handled once. */
  const handledHref = useRef(window.location.href);
  useHeaderHeight(header);

  const reveal = (id: string) => setTarget({ id, seq: ++seq.current });

  const setAddress = (url: string, push: boolean) => {
    if (push) history.pushState(null, '', url);
    else history.replaceState(history.state, '', url);
    handledHref.current = window.location.href;
  };

  /** Related terms and Enter in the search: a new history entry, so Back returns. */
  const openTerm = (id: string) => {
    const next = queryShowing(queryRef.current, id);
    const url = glossaryUrl(window.location.pathname, next, id);
    if (new URL(url, window.location.href).href !== window.location.href) setAddress(url, true);
    if (next !== queryRef.current) setQuery(next);
    reveal(id);
  };

  const changeQuery = (value: string) => {
    setQuery(value);
    setAddress(glossaryUrl(window.location.pathname, value), false);
  };

  // Back, Forward, an edited address, an in-page link: follow what the address now says.
  useEffect(() => {
    const follow = () => {
      if (window.location.href === handledHref.current) return;
      handledHref.current = window.location.href;
      const at = parseGlossaryLocation(window.location, isKnownId);
      const next = at.termId ? queryShowing(at.query, at.termId) : at.query;
      if (next !== queryRef.current.trim()) setQuery(next);
      if (at.termId) reveal(at.termId);
    };
    window.addEventListener('popstate', follow);
    window.addEventListener('hashchange', follow);
    return () => {
      window.removeEventListener('popstate', follow);
      window.removeEventListener('hashchange', follow);
    };
  }, []);

  // A new search or order: if the list has scrolled away under the header, bring its start back.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const el = status.current;
    const headerBottom = header.current?.getBoundingClientRect().bottom ?? 0;
    if (el && el.getBoundingClientRect().top < headerBottom) el.scrollIntoView({ block: 'start' });
  }, [query, view]);

  // Declared after the effect above so that, in the same render, the jump wins.
  useEffect(() => {
    if (target) focusEntry(target.id);
  }, [target]);

  return (
    <>
      <a class="gp-skip" href="#gp-main">
        {t('pageSkip')}
      </a>
      <PageHeader
        headerRef={header}
        inputRef={input}
        query={query}
        view={view}
        onQuery={changeQuery}
        onView={setView}
        onSubmit={() => hits?.[0] && openTerm(hits[0].id)}
      />
      {!hits && <JumpNav groups={groups} />}
      <main class="gp-main" id="gp-main" tabIndex={-1}>
        <Intro />
        <p class="gp-status" id="gp-status" role="status" ref={status}>
          {statusText(query, hits, view)}
        </p>
        {!hits ? (
          <GroupedList groups={groups} targetId={target?.id} onOpenTerm={openTerm} />
        ) : hits.length ? (
          <ResultList hits={hits} targetId={target?.id} onOpenTerm={openTerm} />
        ) : (
          <NoMatch
            onClear={() => {
              changeQuery('');
              input.current?.focus();
            }}
          />
        )}
      </main>
    </>
  );
}
