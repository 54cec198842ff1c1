import { useRef, useState } from 'preact/hooks';
import { gridMove, toolbarMove, typeAhead, type Cell } from './keyboard-moves';

/** Letters typed within this many ms add up to one type-ahead search ("me" for Methotrexate). */
const TYPE_AHEAD_MS = 700;

export interface RovingToolbar {
  ref: { current: HTMLDivElement | null };
  onKeyDown: (event: KeyboardEvent) => void;
  /** 0 for the one chip Tab lands on (the last one focused), -1 for the others. */
  tabIndex: (index: number) => 0 | -1;
  /** Remembers the chip focus moved to, however it got there (click, script, arrow key). */
  onFocus: (index: number) => () => void;
}

/**
 * A row of chips as one Tab stop (APG toolbar: roving tabindex, arrows, Home/End), plus
 * type-ahead by name. `names` are the chips' visible names, in order.
 */
export function useRovingToolbar(names: readonly string[]): RovingToolbar {
  const [active, setActive] = useState(0);
  const ref = useRef<HTMLDivElement | null>(null);
  const typed = useRef({ text: '', at: -Infinity });
  const current = Math.min(active, Math.max(names.length - 1, 0));
  const items = () => [...(ref.current?.querySelectorAll<HTMLElement>('[data-roving]') ?? [])];
  return {
    ref,
    tabIndex: (index) => (index === current ? 0 : -1),
    onFocus: (index) => () => setActive(index),
    onKeyDown: (event) => {
      if (event.altKey || event.metaKey || event.ctrlKey) return;
      const all = items();
      const index = all.indexOf(document.activeElement as HTMLElement);
      if (index < 0) return;
      let next = toolbarMove(event.key, index, all.length);
      // An arrow between letters starts a new type-ahead word.
      if (next !== undefined) typed.current = { text: '', at: -Infinity };
      // One printable character, not Space (which presses the chip).
      if (next === undefined && [...event.key].length === 1 && event.key !== ' ') {
        const fresh = event.timeStamp - typed.current.at > TYPE_AHEAD_MS;
        typed.current = { text: (fresh ? '' : typed.current.text) + event.key, at: event.timeStamp };
        next = typeAhead(names, index, typed.current.text);
      }
      if (next === undefined) return;
      event.preventDefault();
      all[next]?.focus();
    },
  };
}

export interface RovingGrid {
  ref: { current: HTMLDivElement | null };
  onKeyDown: (event: KeyboardEvent) => void;
  tabIndex: (row: number, col: number) => 0 | -1;
  onFocus: (row: number, col: number) => () => void;
}

/**
 * A list of results as one Tab stop (APG layout grid): rows of one or two buttons, each
 * marked `data-cell="row:col"`. `widths[r]` is how many buttons row r has. `onAbove` runs for
 * Arrow Up on the first row.
 */
export function useRovingGrid(widths: readonly number[], onAbove: () => void): RovingGrid {
  const [active, setActive] = useState<Cell>({ row: 0, col: 0 });
  const ref = useRef<HTMLDivElement | null>(null);
  // The list may have shrunk (a new query) since focus was last inside it.
  const row = Math.min(active.row, Math.max(widths.length - 1, 0));
  const col = Math.min(active.col, Math.max((widths[row] ?? 1) - 1, 0));
  return {
    ref,
    tabIndex: (r, c) => (r === row && c === col ? 0 : -1),
    onFocus: (r, c) => () => setActive({ row: r, col: c }),
    onKeyDown: (event) => {
      if (event.altKey || event.metaKey) return;
      const at = (document.activeElement as HTMLElement | null)?.dataset.cell?.split(':').map(Number);
      if (!at || at.length !== 2) return;
      const next = gridMove(event.key, { row: at[0]!, col: at[1]! }, widths, event.ctrlKey);
      if (next === undefined) return;
      event.preventDefault();
      if (next === 'above') onAbove();
      else ref.current?.querySelector<HTMLElement>(`[data-cell="${next.row}:${next.col}"]`)?.focus();
    },
  };
}
