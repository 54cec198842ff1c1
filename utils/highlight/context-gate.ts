import type { ContextRules } from '../../glossary/context-rules';
import type { TermMatcher } from '../../glossary/matcher';
import type { Mention } from './mention';

/** Elements whose text is one block of prose: a neighbour word anywhere in it is near enough. */
const BLOCK = 'p,li,td,th,dd,dt,figcaption,caption,blockquote,summary,label';
/** Longer blocks are not read whole (a page-sized cell), nor parents without a block. */
const BLOCK_LIMIT = 4000;

interface SectionState {
  /** The section holds an unambiguous name or a neighbour word (it stays so: text the page removes was still read). */
  medical: boolean;
  /** Text nodes whose ambiguous names waited for that; scanned again when it comes. */
  held: Set<Text>;
}

/**
 * The page engine's side of context-rules.ts: gives the rules the text around
 * a text node (its block, its section, the page's title and first heading),
 * and remembers which sections are about medicine. An ambiguous name met
 * before its section shows any medical term is held back, and its text node
 * is handed back for another scan once the section does, so the order of the
 * text in a section does not matter.
 */
export class ContextGate {
  private readonly sections = new WeakMap<Node, SectionState>();
  private readonly released: { node: Text; section: Node }[] = [];
  private pageMedical: boolean | undefined;

  constructor(
    private readonly matcher: TermMatcher,
    private readonly rules: ContextRules,
  ) {}

  /** The mentions of `node` (whose text is `text`) that stand. */
  filter(node: Text, text: string, section: Node, mentions: Mention[]): Mention[] {
    if (mentions.length === 0) return mentions;
    const state = this.state(section);
    const matches = mentions.map((m) => ({ key: this.matcher.nameKey(text.slice(m.start, m.end)), start: m.start, end: m.end }));
    // The title is matched (one more compile of the pattern) only on a page with an ambiguous name.
    const known = state.medical || (matches.some((m) => this.rules.isAmbiguous(m.key)) && this.isPageMedical(node));
    const { stand, evidence, held } = this.rules.judge(text, matches, known, () => blockText(node));
    if (held) state.held.add(node);
    else state.held.delete(node);
    if (evidence && !state.medical) {
      state.medical = true;
      for (const waiting of state.held) if (waiting !== node) this.released.push({ node: waiting, section });
      state.held.clear();
    }
    return stand.every(Boolean) ? mentions : mentions.filter((_, i) => stand[i]);
  }

  /** Text nodes to scan again, because their section has just shown it is about medicine. */
  takeReleased(): { node: Text; section: Node }[] {
    return this.released.splice(0);
  }

  private state(section: Node): SectionState {
    let state = this.sections.get(section);
    if (!state) this.sections.set(section, (state = { medical: false, held: new Set() }));
    return state;
  }

  /** The page's title or first main heading names an unambiguous term or holds a neighbour word. */
  private isPageMedical(node: Node): boolean {
    if (this.pageMedical === undefined) {
      const doc = node.ownerDocument;
      const title = [doc?.title ?? '', doc?.querySelector('h1')?.textContent ?? ''].join('\n');
      const found = this.matcher.findAll(title);
      const matches = found.map((m) => ({ key: this.matcher.nameKey(m.text), start: m.start, end: m.end }));
      // Where an ambiguous name waited in vain, its own neighbour-word mentions ("Herbal infusions") were rightly passed over.
      const { evidence, held } = this.rules.judge(title, matches, false);
      this.pageMedical = evidence || (!held && this.rules.hasNeighbour(title));
    }
    return this.pageMedical;
  }
}

/** The block of prose `node` is part of, or its own text where there is no short one. */
function blockText(node: Text): string {
  const block = node.parentElement?.closest(BLOCK) ?? node.parentElement;
  const text = block?.textContent ?? '';
  return text.length <= BLOCK_LIMIT ? text : node.data;
}
