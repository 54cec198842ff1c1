/**
 * Medical context, at run time. Some names mean something else on most pages
 * that hold them: short abbreviations ("MMR" is a game rating, "ANA" an
 * airline), everyday words ("shingles" on a roof, "steroid" in sport) and
 * brands that are words in another language ("Rayos" is Spanish for rays).
 * These ambiguous names are painted only where the text around them is about
 * medicine: a section that also holds an unambiguous glossary term, or a
 * medical neighbour word in the same block of text. Apart from that, a few
 * phrases show that a name means something else wherever it stands
 * ("osteonecrosis of the jaw", "anabolic steroid"): those are never painted.
 *
 * Pure: the data comes from context-data.ts at build time, through the
 * published pattern cache; the page engine (utils/highlight/context-gate.ts)
 * supplies the sections and blocks.
 */

import { normalizeTerm } from './normalize';

/** Text right before or after a name that shows it means something else (regular-expression sources, case-insensitive). */
export interface NegativeContext {
  /** Tested against the text before the name; write it to end at `$`. */
  readonly before?: string;
  /** Tested against the text after the name (its plural or possessive ending included in the name); write it to start at `^`. */
  readonly after?: string;
}

/** Why a name needs medical context around it. */
export type AmbiguityKind = 'abbreviation' | 'common-word' | 'listed';

export interface NameContext {
  readonly ambiguous?: AmbiguityKind;
  readonly negatives?: readonly NegativeContext[];
}

/** What pages need to judge context: per normalized name (see normalize.ts; each belongs to one entry), and the neighbour words. */
export interface ContextData {
  readonly names: Readonly<Record<string, NameContext>>;
  /** Words that are about medicine wherever they stand, as one regular-expression source (flags `iu`). */
  readonly neighbours: string;
}

/** How much text on each side a negative context may look at. */
const REACH = 60;

interface CompiledName {
  readonly ambiguous: boolean;
  readonly before: readonly RegExp[];
  readonly after: readonly RegExp[];
}

function compile(source: string | undefined, flags: string): RegExp | undefined {
  if (!source) return undefined;
  try {
    return new RegExp(source, flags);
  } catch {
    return undefined;
  }
}

/** A matched name on its way through the decision: its normalized name (undefined when unknown) and where it is. */
export interface ContextMatch {
  readonly key: string | undefined;
  readonly start: number;
  readonly end: number;
}

export interface Judgement {
  /** One per match: whether it is painted. */
  readonly stand: readonly boolean[];
  /** Whether this text is itself about medicine (an unambiguous name or a neighbour word): evidence for its section. */
  readonly evidence: boolean;
  /** Whether an ambiguous name was held back for want of context (it may stand once its section shows some). */
  readonly held: boolean;
}

export class ContextRules {
  private readonly names = new Map<string, CompiledName>();
  private readonly neighbours: RegExp | undefined;
  /** The same, global, to look past the mentions of a name that may not vouch for itself. */
  private readonly everyNeighbour: RegExp | undefined;

  constructor(data: ContextData) {
    for (const [key, rule] of Object.entries(data.names)) {
      const negatives = rule.negatives ?? [];
      this.names.set(key, {
        ambiguous: rule.ambiguous !== undefined,
        before: negatives.map((n) => compile(n.before, 'i')).filter((r): r is RegExp => r !== undefined),
        after: negatives.map((n) => compile(n.after, 'i')).filter((r): r is RegExp => r !== undefined),
      });
    }
    this.neighbours = compile(data.neighbours, 'iu');
    this.everyNeighbour = compile(data.neighbours, 'giu');
  }

  isAmbiguous(key: string | undefined): boolean {
    return key !== undefined && (this.names.get(key)?.ambiguous ?? false);
  }

  /** Whether the name at text[start, end) stands in a phrase that gives it another meaning. */
  isNegated(key: string | undefined, text: string, start: number, end: number): boolean {
    const rule = key === undefined ? undefined : this.names.get(key);
    if (!rule || (rule.before.length === 0 && rule.after.length === 0)) return false;
    const before = text.slice(Math.max(0, start - REACH), start);
    const after = text.slice(end, end + REACH);
    return rule.before.some((r) => r.test(before)) || rule.after.some((r) => r.test(after));
  }

  /**
   * Whether the text holds a medical neighbour word. `self`: a normalized name whose own mentions
   * do not count. Some neighbour words are ambiguous names too ("infusion": a herbal infusion, an
   * infusion of cash), and a word cannot show that it is itself meant as medicine.
   */
  hasNeighbour(text: string, self?: string): boolean {
    if (self === undefined || !this.everyNeighbour) return this.neighbours?.test(text) ?? false;
    const every = new RegExp(this.everyNeighbour);
    for (let m = every.exec(text); m; m = every.exec(text)) {
      if (!isFormOf(m[0], self)) return true;
    }
    return false;
  }

  /**
   * Which of the matches in `text` stand. A negated name never does; an unambiguous one always
   * does; an ambiguous one does when `known` (its section or page is already about medicine), when
   * an unambiguous name stands in the same text, or when the text (or `around`, the block it is
   * part of) holds a neighbour word.
   */
  judge(text: string, matches: readonly ContextMatch[], known: boolean, around?: () => string): Judgement {
    const negated = matches.map((m) => this.isNegated(m.key, text, m.start, m.end));
    const ambiguous = matches.map((m) => this.isAmbiguous(m.key));
    let evidence = matches.some((_, i) => !negated[i] && !ambiguous[i]);
    const waiting = new Set(matches.filter((_, i) => !negated[i] && ambiguous[i]).map((m) => m.key));
    const needs = waiting.size > 0;
    // A neighbour word that is the one ambiguous name waiting is no evidence for it; beside another
    // ambiguous name it is ("the IVIG infusion": each vouches for the other).
    const self = waiting.size === 1 ? [...waiting][0] : undefined;
    if (!evidence && needs && !known) evidence = this.hasNeighbour(text, self) || (around !== undefined && this.hasNeighbour(around(), self));
    // A neighbour word is looked for only where an ambiguous name waits on it (few texts): elsewhere
    // evidence comes from the unambiguous names alone, which is what sections need.
    const context = known || evidence;
    const stand = matches.map((_, i) => !negated[i] && (!ambiguous[i] || context));
    return { stand, evidence, held: needs && !context };
  }
}

/** Whether a word is the name `key` (normalized) or its plural or possessive, as the page pattern matches it. */
function isFormOf(word: string, key: string): boolean {
  const bare = normalizeTerm(word).replace(/['\u2019]s?$/u, '');
  return bare === key || bare === `${key}s` || bare === `${key}es`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const KINDS = new Set<unknown>(['abbreviation', 'common-word', 'listed']);

const isNegative = (value: unknown): value is NegativeContext =>
  isRecord(value) &&
  (value.before === undefined || typeof value.before === 'string') &&
  (value.after === undefined || typeof value.after === 'string');

const isNameContext = (value: unknown): value is NameContext =>
  isRecord(value) &&
  (value.ambiguous === undefined || KINDS.has(value.ambiguous)) &&
  (value.negatives === undefined || (Array.isArray(value.negatives) && value.negatives.every(isNegative)));

/** A stored or sent value, if it is usable context data. */
export function readContextData(value: unknown): ContextData | undefined {
  if (!isRecord(value) || typeof value.neighbours !== 'string' || !isRecord(value.names)) return undefined;
  if (!Object.values(value.names).every(isNameContext)) return undefined;
  return { names: value.names as Record<string, NameContext>, neighbours: value.neighbours };
}
