import Mark from 'mark.js';
import { useLayoutEffect, useRef } from 'preact/hooks';

interface Props {
  text: string;
  /** The search's matched words (as the index holds them: lower case, sometimes a stem). */
  terms: readonly string[];
  class?: string;
  lang?: string;
}

/**
 * A line of our own UI (a search result's answer) with the words that matched the query marked,
 * so a reader sees why it came up. mark.js is the stack's marker for DOM we own; it splits text
 * nodes, so Preact renders no children here and the marks are redone on a fresh text for each
 * change. `complementary` widens a stem ("pregnan") to the whole word ("pregnancy").
 */
export function Marked({ text, terms, class: className, lang }: Props) {
  const ref = useRef<HTMLSpanElement>(null);
  const words = terms.filter((term) => term.length >= 3);
  const key = words.join('\u0000');
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.textContent = text;
    if (words.length > 0) {
      new Mark(el).mark(words, {
        element: 'mark',
        className: 'dmg-match',
        accuracy: 'complementary',
        separateWordSearch: false,
        diacritics: true,
        acrossElements: false,
      });
    }
  }, [text, key]);
  return <span ref={ref} class={className} lang={lang} />;
}
