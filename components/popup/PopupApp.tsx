import type { RefObject } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { glossaryPath } from '../../utils/messaging/page-messages';
import type { ShownHit } from '../../utils/search/spanish-lines';
import { listName, listNames, listShownName } from '../../utils/card-data/list-names';
import { byShownName } from '../../utils/card-data/shown-order';
import { t, uiLanguage } from '../../utils/browser/i18n';
import { categoryLabel } from '../shared/labels';
import { notice } from '../shared/notice';
import { storePort } from '../../utils/notebook/store-port';
import { PopupMine } from './PopupMine';
import { PopupPdfOffer } from './PopupPdfOffer';
import type { CardLang } from '../../utils/card-data/card-language';
import { usePageCounts } from './usePageCounts';
import { notebookStore } from '../../utils/notebook/browser-store';
import { OPEN_POPUP_DEFAULT, useShortcuts } from '../shared/useShortcuts';
import { useRovingGrid, useRovingToolbar } from './useRoving';
import type { PopupSearch } from './popup-deferred';

type Deferred = typeof import('./popup-deferred');

function openGlossary(id?: string): void {
  void browser.tabs.create({ url: browser.runtime.getURL(glossaryPath({ id })) });
  window.close();
}

function OnThisPage({ counts, onReveal }: { counts: Record<string, number>; onReveal: (id: string) => void }) {
  const ui = uiLanguage();
  const found = Object.entries(counts)
    .flatMap(([id, count]) => {
      const entry = listName(id);
      return entry ? [{ id, ...listShownName(entry, ui), count }] : [];
    })
    // Medicines first (m5: on a long page 38 chips mixed drugs among antibodies), then A to Z.
    .sort((a, b) => Number(!isMedicine(a.id)) - Number(!isMedicine(b.id)) || a.name.localeCompare(b.name, ui));
  const roving = useRovingToolbar(found.map((f) => f.name));
  if (found.length === 0) return null;
  return (
    <section class="pp-page" aria-labelledby="pp-page-title">
      <h2 id="pp-page-title" class="pp-section-title">
        {t('popupOnThisPage')}
      </h2>
      {/* One Tab stop, arrows inside (m5: 19 to 23 Tab presses reached a chip on a long page). */}
      <div role="toolbar" class="pp-chips" aria-labelledby="pp-page-title" ref={roving.ref} onKeyDown={roving.onKeyDown}>
        {found.map(({ id, name, lang, count }, index) => (
          <button
            key={id}
            type="button"
            class="pp-chip"
            data-page-term-id={id}
            data-roving
            tabIndex={roving.tabIndex(index)}
            onFocus={roving.onFocus(index)}
            onClick={() => onReveal(id)}
            aria-label={t('popupOnThisPageItem', name, count)}
          >
            <span lang={lang}>{name}</span> <span class="pp-count">{count}</span>
          </button>
        ))}
      </div>
    </section>
  );
}

function isMedicine(id: string): boolean {
  const category = listName(id)?.category;
  return category === 'medicine' || category === 'medicine-class';
}

/** Every term, A to Z by the name this interface shows: the list before a query, from the names-only module. */
const everyTerm = (ui: string): ShownHit[] =>
  byShownName(
    listNames.map((e) => ({ id: e.id, category: e.category, terms: [], ...listShownName(e, ui) })),
    (hit) => hit.name,
    ui,
  );

/** More rows than the popup's 580 px show at once (a row is at least 44 px). */
const FIRST_PAINT_ROWS = 16;

interface ResultListProps {
  hits: readonly ShownHit[];
  /** How often each entry is on the reader's page, where the popup can tell. */
  onPage?: Record<string, number>;
  onReveal?: (id: string) => void;
  onChoose: (id: string) => void;
  /** Arrow Up on the first result goes back to the search field. */
  onLeaveTop: () => void;
  listRef: RefObject<HTMLDivElement | null>;
  labelledBy: string;
  /** Marks the query's words in a result's answer line (loaded with the search, which alone makes such lines). */
  Marked?: Deferred['Marked'];
}

/**
 * The results (or every term, A to Z) as one Tab stop: a layout grid (APG), one row per
 * result, with a second cell for "Show on this page" where the term is on the reader's page.
 */
function ResultList({ hits, onChoose, onLeaveTop, listRef, onPage, onReveal, labelledBy, Marked }: ResultListProps) {
  const onPageCount = (id: string) => (onReveal ? (onPage?.[id] ?? 0) : 0);
  const widths = hits.map((hit) => (onPageCount(hit.id) > 0 ? 2 : 1));
  const grid = useRovingGrid(widths, onLeaveTop);
  if (hits.length === 0) return null;
  return (
    <div
      role="grid"
      class="pp-results"
      aria-labelledby={labelledBy}
      ref={(el) => {
        grid.ref.current = el;
        listRef.current = el;
      }}
      onKeyDown={grid.onKeyDown}
    >
      {hits.map((hit, row) => (
        <div role="row" key={hit.id} class="pp-row">
          <div role="gridcell">
            <button
              type="button"
              class="pp-result"
              data-term-id={hit.id}
              data-cell={`${row}:0`}
              tabIndex={grid.tabIndex(row, 0)}
              onFocus={grid.onFocus(row, 0)}
              onClick={() => onChoose(hit.id)}
            >
              <span class="pp-result-name" lang={hit.lang}>
                {hit.name}
              </span>
              {hit.line && Marked && <Marked class="pp-result-line" lang={hit.lang} text={hit.line} terms={hit.terms} />}
              <span class="pp-result-meta">
                {hit.viaAlias ? `${t('popupAlsoCalled', hit.viaAlias)} · ` : ''}
                {categoryLabel(hit.category)}
              </span>
            </button>
          </div>
          {onReveal && onPageCount(hit.id) > 0 && (
            <div role="gridcell">
              <button
                type="button"
                class="pp-link pp-reveal"
                data-reveal-term-id={hit.id}
                data-cell={`${row}:1`}
                tabIndex={grid.tabIndex(row, 1)}
                onFocus={grid.onFocus(row, 1)}
                onClick={() => onReveal(hit.id)}
              >
                {t('popupShowOnPage', onPageCount(hit.id))}
              </button>
            </div>
          )}
        </div>
      ))}
    </div>
  );
}

/** The toolbar popup: search the glossary, pick a result, read its card. */
export function PopupApp() {
  // The glossary's texts, the Spanish cards, the search index and the card are hundreds of KB of
  // modules and ~100 ms of cold JavaScript to build the index: the first paint needs none of them
  // (the list of every term comes from the names-only module), so they are loaded after it, and
  // the index is built in a task of its own after that. A query typed or a term chosen sooner
  // loads them at once (timers wait a second or more in a background tab), and is answered as
  // typed, or opens, when they are in.
  const [deferred, setDeferred] = useState<Deferred | undefined>(undefined);
  const [search, setSearch] = useState<PopupSearch | undefined>(undefined);
  const loading = useRef<Promise<Deferred> | undefined>(undefined);
  const built = useRef<PopupSearch | undefined>(undefined);
  const load = () =>
    (loading.current ??= import('./popup-deferred').then((module) => {
      setDeferred(module);
      return module;
    }));
  const buildSearch = (module: Deferred) => {
    const ready = (built.current ??= module.createSearch(uiLanguage()));
    // The search is a function: setState would call it as an updater.
    setSearch(() => ready);
  };
  useEffect(() => {
    // Preact runs effects after the first paint.
    let live = true;
    let timer = setTimeout(() => {
      void load().then((module) => {
        if (live) timer = setTimeout(() => live && buildSearch(module), 0);
      });
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, []);
  // The first paint lists only the terms a 580 px popup can show; the rest follow in the next task
  // (rendering and laying out every row was a third of the first task).
  const [wholeList, setWholeList] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setWholeList(true), 0);
    return () => clearTimeout(timer);
  }, []);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  /** The reader's language switch, per card (a card with Spanish text, in a Spanish browser). */
  const [languages, setLanguages] = useState<Record<string, CardLang>>({});
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const page = usePageCounts();
  const shortcuts = useShortcuts();
  const notebook = useMemo(() => storePort(notebookStore()), []);

  // undefined: a query the index is not built for yet.
  const answered = useMemo<ShownHit[] | undefined>(() => (query.trim() ? search?.(query) : everyTerm(uiLanguage())), [query, search]);
  const hits = answered ?? [];
  // The list stops where relevance drops; the rest on request (UX review m4).
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? hits : hits.filter((hit) => hit.strong !== false);
  const more = hits.length - shown.length;
  const listed = wholeList || query.trim() ? shown : shown.slice(0, FIRST_PAINT_ROWS);
  // A term chosen before the card's code is in opens as soon as it is.
  const entry = selected.length ? deferred?.getEntry(selected[selected.length - 1]!) : undefined;
  const choose = (ids: string[]) => {
    void load();
    setSelected(ids);
  };
  // Enter pressed on a query the index is not built for yet opens its first result when it is.
  const enterPending = useRef(false);
  useEffect(() => {
    if (!enterPending.current || !answered) return;
    enterPending.current = false;
    if (answered[0]) setSelected([answered[0].id]);
  }, [answered]);

  const back = () => {
    setSelected(selected.slice(0, -1));
    if (selected.length === 1) requestAnimationFrame(() => input.current?.focus());
  };

  if (entry && deferred) {
    const { TermCard, relatedNames, spanishCardText, cardLanguageProps } = deferred;
    return (
      <main
        class="pp pp-detail"
        onKeyDown={(event) => {
          if (event.key === 'Escape') {
            event.preventDefault();
            back();
          }
        }}
      >
        {/* The page's h1 in the card view too (m15: axe's page-has-heading-one), for screen readers only. */}
        <h1 class="pp-visually-hidden">{t('extName')}</h1>
        <button type="button" class="pp-back" onClick={back} ref={(el) => el?.focus()}>
          <span aria-hidden="true">←</span> {selected.length > 1 ? t('popoverBack') : t('popupBackToResults')}
        </button>
        <TermCard
          entry={entry}
          headingId="pp-heading"
          relatedNames={relatedNames(entry)}
          onOpenTerm={(id) => choose([...selected, id])}
          {...cardLanguageProps(spanishCardText(entry, relatedNames(entry)), languages[entry.id])}
          onChoose={(lang) => setLanguages({ ...languages, [entry.id]: lang })}
          onOpenGlossary={openGlossary}
          notebook={notebook}
        />
      </main>
    );
  }

  return (
    <main class="pp">
      <h1 class="pp-title">{t('extName')}</h1>
      <label class="pp-label" for="pp-search">
        {t('popupLabel')}
      </label>
      <input
        id="pp-search"
        ref={input}
        type="search"
        class="pp-search"
        placeholder={t('searchPlaceholder')}
        autoComplete="off"
        spellcheck={false}
        autoFocus
        value={query}
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setShowAll(false);
          enterPending.current = false;
          if (!built.current && event.currentTarget.value.trim()) void load().then(buildSearch);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            list.current?.querySelector<HTMLButtonElement>('button[data-term-id]')?.focus();
          } else if (event.key === 'Enter' && hits[0]) {
            // Without this, the same keystroke's keypress lands on the card's Back button,
            // which has focus by then, and clicks it: the card flashed and the list came back.
            event.preventDefault();
            choose([hits[0].id]);
          } else if (event.key === 'Enter' && query.trim() && !answered) {
            event.preventDefault();
            enterPending.current = true;
          }
        }}
      />
      <p id="pp-status" class="pp-status" role="status">
        {query.trim()
          ? !answered
            ? t('popupSearching')
            : shown.length
            ? shown.length === 1
              ? t('popupResultsOne')
              : t('popupResultsMany', shown.length)
            : t('popupNoMatch', query.trim())
          : t('popupAllTerms', hits.length)}
      </p>
      {/* Before the lists: Settings was 175 Tab presses away below 132 "On this page" chips (m5). */}
      <nav class="pp-links" aria-label={t('popupLinksLabel')}>
        <button type="button" class="pp-link" onClick={() => openGlossary()}>
          {t('popupBrowse')}
        </button>
        <button type="button" class="pp-link" data-popup-pdf onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/reader.html') }).then(() => window.close())}>
          {t('pdfOpenLink')}
        </button>
        <button type="button" class="pp-link" onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}>
          {t('popupSettings')}
        </button>
      </nav>
      {!query.trim() && <PopupPdfOffer />}
      {!query.trim() && <PopupMine counts={page.page?.counts} onOpen={(id) => choose([id])} />}
      {!query.trim() && page.page && <OnThisPage counts={page.page.counts} onReveal={page.reveal} />}
      <ResultList
        hits={listed}
        onChoose={(id) => choose([id])}
        onLeaveTop={() => input.current?.focus()}
        listRef={list}
        labelledBy="pp-status"
        Marked={deferred?.Marked}
        onPage={query.trim() ? page.page?.counts : undefined}
        onReveal={page.reveal}
      />
      {more > 0 && (
        <button
          type="button"
          class="pp-link pp-more"
          data-more-results
          onClick={() => {
            // The button goes away: focus moves to the first result it brought, not to the page.
            const next = shown.length;
            setShowAll(true);
            requestAnimationFrame(() => list.current?.querySelectorAll<HTMLButtonElement>('button[data-term-id]')[next]?.focus());
          }}
        >
          {t('popupMoreResults', more)}
        </button>
      )}
      <p class="pp-notice">{notice()}</p>
      <footer class="pp-footer">
        {page.page && (
          <label class="pp-switch">
            <input type="checkbox" data-site-switch checked={page.page.active} onChange={page.toggleSite} />
            {page.mode === 'ask' ? t('popupHighlightInTab') : t('popupHighlightOn', page.page.host || t('popupLocalFiles'))}
          </label>
        )}
        {page.page && page.switchError && (
          <p class="pp-switch-error" role="alert" data-switch-error>
            {page.switchError}
          </p>
        )}
        {page.mode && (
          <p class="pp-mode" data-privacy-mode={page.mode}>
            {t('popupPrivacyMode', t(page.mode === 'everywhere' ? 'privacyEverywhere' : page.mode === 'listed' ? 'privacyListed' : 'privacyAsk'))}
          </p>
        )}
        <p class="pp-keys" data-popup-keyboard>
          {t('popupKeyboardHint', shortcuts.open ?? OPEN_POPUP_DEFAULT)}
        </p>
      </footer>
    </main>
  );
}
