import type { RefObject } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { getEntry, getMatcher, glossary } from '../glossary';
import { CATEGORY_LABELS } from '../glossary/types';
import { GlossarySearch, type SearchHit } from '../utils/search/search-index';
import { NOTICE } from './notice';
import { relatedNames } from './related';
import { TermCard } from './TermCard';

const byName = [...glossary].sort((a, b) => a.name.localeCompare(b.name));

interface ResultListProps {
  hits: readonly SearchHit[];
  onChoose: (id: string) => void;
  /** Arrow Up on the first result goes back to the search field. */
  onLeaveTop: () => void;
  listRef: RefObject<HTMLUListElement | null>;
}

function ResultList({ hits, onChoose, onLeaveTop, listRef }: ResultListProps) {
  const onKeyDown = (event: KeyboardEvent) => {
    const items = [...(listRef.current?.querySelectorAll<HTMLButtonElement>('button[data-term-id]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown' && index < items.length - 1) {
      event.preventDefault();
      items[index + 1]!.focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      if (index > 0) items[index - 1]!.focus();
      else onLeaveTop();
    }
  };
  return (
    <ul class="pp-results" ref={listRef} onKeyDown={onKeyDown}>
      {hits.map((hit) => (
        <li key={hit.id}>
          <button type="button" class="pp-result" data-term-id={hit.id} onClick={() => onChoose(hit.id)}>
            <span class="pp-result-name">{hit.name}</span>
            <span class="pp-result-meta">
              {hit.viaAlias ? `Also called ${hit.viaAlias} · ` : ''}
              {CATEGORY_LABELS[hit.category]}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The toolbar popup: search the glossary, pick a result, read its card. */
export function PopupApp() {
  const search = useMemo(() => new GlossarySearch(glossary, getMatcher()), []);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const list = useRef<HTMLUListElement>(null);

  const hits = useMemo<SearchHit[]>(
    () =>
      query.trim()
        ? search.search(query)
        : byName.map((e) => ({ id: e.id, name: e.name, category: e.category, terms: [] })),
    [query, search],
  );
  const entry = selected.length ? getEntry(selected[selected.length - 1]!) : undefined;

  const back = () => {
    setSelected(selected.slice(0, -1));
    if (selected.length === 1) requestAnimationFrame(() => input.current?.focus());
  };

  if (entry) {
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
        <button type="button" class="pp-back" onClick={back} ref={(el) => el?.focus()}>
          <span aria-hidden="true">←</span> {selected.length > 1 ? 'Back' : 'Back to results'}
        </button>
        <TermCard
          entry={entry}
          headingId="pp-heading"
          relatedNames={relatedNames(entry)}
          onOpenTerm={(id) => setSelected([...selected, id])}
        />
      </main>
    );
  }

  return (
    <main class="pp">
      <h1 class="pp-title">DM Glossary</h1>
      <label class="pp-label" for="pp-search">
        Look up a word
      </label>
      <input
        id="pp-search"
        ref={input}
        type="search"
        class="pp-search"
        placeholder="e.g. Imuran, methotrexate, IVIG"
        autoComplete="off"
        spellcheck={false}
        autoFocus
        value={query}
        onInput={(event) => setQuery(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            list.current?.querySelector<HTMLButtonElement>('button[data-term-id]')?.focus();
          } else if (event.key === 'Enter' && hits[0]) {
            setSelected([hits[0].id]);
          }
        }}
      />
      <p class="pp-status" role="status">
        {query.trim()
          ? hits.length
            ? `${hits.length} result${hits.length === 1 ? '' : 's'}`
            : `No match for “${query.trim()}”. Check the spelling, or try a brand name or a shorter part of the word.`
          : `All ${hits.length} terms, A to Z`}
      </p>
      <ResultList hits={hits} onChoose={(id) => setSelected([id])} onLeaveTop={() => input.current?.focus()} listRef={list} />
      <p class="pp-notice">{NOTICE}</p>
    </main>
  );
}
