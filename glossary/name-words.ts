/**
 * A first test for the page pattern that costs no regular expression to build: whether a text
 * holds, word by word, one of the names the pattern is made of. It is what a child frame's gate
 * (utils/content/frame-gate.ts) asks of every text, so that a frame with nothing to paint never
 * compiles the pattern.
 *
 * Why: V8 compiles a regular expression at its first use, once per renderer process. The page
 * pattern (about 23 KB of case-insensitive alternation) took 19–22 ms to compile in Chromium 156 on
 * this machine: in every cross-site frame, each of which has a process of its own, before it could
 * tell that it had nothing to show (issue #22). This test is built from a plain list of words.
 *
 * It is a superset of the pattern by construction. A match of the pattern starts where no word
 * character comes before it (`LATIN_WORD_CHAR`), and the characters of a name that are not word
 * characters (separators, apostrophes, dots) must be there in the text too; so the name's runs of
 * word characters are, one after the other, the text's runs at that place. Only the last may be
 * longer, by the pattern's plural ending ("steroids", "IVIGs"). Case is folded on both sides, as
 * the pattern is case-insensitive. The test may say yes where the pattern says no (it ignores
 * which separators stand between the runs): the painter, which runs the pattern, decides.
 */
import type { TermName } from './term-names';
import { aliasText, isSearchOnly } from './types';

/**
 * Letters, digits and marks of the Latin scripts (every one a \p{L}, \p{N} or \p{M}, or "_"):
 * the word boundary the page pattern checks (glossary/matcher.ts), without the `u` flag, because
 * V8 compiles and runs the large pattern two to three times faster without it.
 */
export const LATIN_WORD_CHAR = '[\\w\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0300-\\u036f]';

/** The plural endings the page pattern allows after a name (its SUFFIX; the possessive is a run of its own). */
const PLURALS = ['s', 'es'] as const;

/**
 * Runs read by one `NameWords` before it makes its set of first runs. Halving the list costs
 * some 2 µs a run (70,000 characters of everyday English: about 25 ms, three times the compiled
 * pattern); a set lookup rules out nearly every run for a tenth of that. Filling the set costs a new
 * renderer about 0.3 ms, which a frame with a few lines of text would pay for nothing.
 */
const RUNS_BEFORE_SET = 2_000;

/** The texts the page pattern is built from: every name and alias of the entries, but search-only aliases. */
export function patternNames(entries: readonly Pick<TermName, 'name' | 'aliases'>[]): string[] {
  return entries.flatMap((entry) => [entry.name, ...entry.aliases.filter((alias) => !isSearchOnly(alias)).map(aliasText)]);
}

/** A text's runs of word characters, lower-cased: "Anti-MDA5 antibody" → anti, mda5, antibody. */
export function wordRuns(text: string, runs = new RegExp(`${LATIN_WORD_CHAR}+`, 'g')): string[] {
  return text.toLowerCase().match(runs) ?? [];
}

/**
 * The names as stored for the gate: each one's runs joined by a space, one name a line, each once,
 * in sorted order. A plain string: storage hands it over as one value, and the test looks names up
 * in its lines by halving, so a frame builds no set or map of them (in a new renderer process, a
 * Set of the 946 English lines took 0.3–0.5 ms to fill; splitting the string, 0.1 ms). Searching
 * the string in place, without splitting it, saved 35 KB of heap a frame, but the unit test over
 * 57,000 everyday sentences took 6.7 s against 2.7 s: a frame with a long text and no term would
 * pay that on every word.
 * Throws for a name with no word character, which no run could find (the glossary's tests keep
 * every name findable).
 */
export function packNameWords(names: readonly string[]): string {
  const lines = new Set<string>();
  for (const name of names) {
    const runs = wordRuns(name);
    if (runs.length === 0) throw new Error(`The name "${name}" has no word character; the frame gate could not find it.`);
    lines.add(runs.join(' '));
  }
  return [...lines].sort().join('\n');
}

/**
 * Whether a stored value is a list `NameWords` can read. Any non-empty string is: its lines are
 * only compared with a text's runs (a blank line is never one), and a list out of order is
 * sorted. No pattern checks it, since each frame would compile that pattern.
 */
export function isPackedNameWords(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

/** A line's first run. */
function firstRun(line: string): string {
  const space = line.indexOf(' ');
  return space < 0 ? line : line.slice(0, space);
}

export class NameWords {
  /** packNameWords's lines, in sorted order. */
  private readonly names: string[];
  private readonly runs = new RegExp(`${LATIN_WORD_CHAR}+`, 'g');
  /** Every name's first run, once RUNS_BEFORE_SET runs have been read: a run not in it (plural ending off) starts no name. */
  private firsts: Set<string> | undefined;
  private runsRead = 0;

  /** `runsBeforeSet`: when the set of first runs is made (tests ask for at once, or never). */
  constructor(
    packed: string,
    private readonly runsBeforeSet = RUNS_BEFORE_SET,
  ) {
    const names = packed.split('\n');
    // Lookups halve the list: a list out of order (written by hand, or by a fault) is put in order.
    for (let i = 1; i < names.length; i++) {
      if (names[i - 1]! > names[i]!) {
        names.sort();
        break;
      }
    }
    this.names = names;
  }

  /** Whether `text` may hold a name: every text in which the page pattern finds one does. */
  mayHold(text: string): boolean {
    const runs = wordRuns(text, this.runs);
    const firsts = this.firsts;
    for (let i = 0; i < runs.length; i++) {
      if (firsts && !this.mayStart(firsts, runs[i]!)) continue;
      if (this.nameStartsAt(runs, i)) return true;
    }
    this.runsRead += runs.length;
    if (!firsts && this.runsRead >= this.runsBeforeSet) this.firsts = new Set(this.names.map(firstRun));
    return false;
  }

  /** Whether a name may start with `run`: it is a name's first run, or a one-run name with a plural ending. */
  private mayStart(firsts: ReadonlySet<string>, run: string): boolean {
    return firsts.has(run) || PLURALS.some((end) => run.length > end.length && run.endsWith(end) && firsts.has(run.slice(0, -end.length)));
  }

  /** Whether a name's runs are `runs` from `at` on, the last one perhaps with a plural ending. */
  private nameStartsAt(runs: readonly string[], at: number): boolean {
    let key = runs[at]!;
    for (let next = at + 1; ; next++) {
      const last = runs[next - 1]!;
      if (this.isName(key) || PLURALS.some((end) => last.length > end.length && last.endsWith(end) && this.isName(key.slice(0, -end.length)))) return true;
      // Only as long as some name goes on this way.
      if (next >= runs.length || !this.isStart(`${key} `)) return false;
      key = `${key} ${runs[next]!}`;
    }
  }

  /** The first line not before `key`. */
  private lowerBound(key: string): number {
    let low = 0;
    let high = this.names.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.names[middle]! < key) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private isName(key: string): boolean {
    return this.names[this.lowerBound(key)] === key;
  }

  private isStart(prefix: string): boolean {
    return this.names[this.lowerBound(prefix)]?.startsWith(prefix) ?? false;
  }
}
