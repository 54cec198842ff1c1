import { inDocumentOrder, precedes, type Mention } from './mention';

/** Which text the reader can see (RenderedText in visibility.ts). */
export interface TextVisibility {
  shown(node: Text): boolean;
  watch(node: Text): void;
  forget(node: Text): void;
}

export interface PaintTarget {
  paint(mention: Mention): void;
  unpaint(mention: Mention): void;
}

/**
 * Every mention found on the page, by text node, and which of them are
 * painted: the first of each slot in document order. A text node's mentions
 * are replaced whole when it is re-scanned and dropped when it changes or
 * leaves the page, so nothing stale is ever painted and a removed node's
 * ranges are released (an infinite feed stays bounded).
 */
export class MentionStore {
  private readonly byNode = new Map<Text, Mention[]>();
  private readonly slots = new Map<string, Mention[]>();
  private readonly painted = new Map<string, Mention>();

  /**
   * `visibility` (visibility.ts): a mention of text the reader cannot see is
   * kept, but is not counted, not stepped to and takes no slot until
   * `reveal` says its node is shown. Without it all text counts as shown.
   */
  /**
   * `maxPainted`: at most this many slots painted at once. A page decides how
   * many terms it holds, and the browser's cost of drawing one highlight grows
   * with its ranges ("every mention" on 100,000 terms janked for seconds,
   * review S10); slots found beyond the cap are counted but not painted.
   */
  constructor(
    private readonly target: PaintTarget,
    private readonly visibility?: TextVisibility,
    private readonly maxPainted = Number.POSITIVE_INFINITY,
  ) {}

  private shown(node: Text): boolean {
    return this.visibility?.shown(node) ?? true;
  }

  get nodeCount(): number {
    return this.byNode.size;
  }

  /** Sets the mentions of `node`, replacing any it had. */
  replace(node: Text, mentions: readonly Mention[]): void {
    this.drop(node);
    if (mentions.length === 0) return;
    this.visibility?.watch(node);
    this.byNode.set(node, [...mentions]);
    for (const mention of mentions) this.addToSlot(mention);
  }

  /** Adds more mentions of `node` (the next window of a long text node), keeping those it has. */
  append(node: Text, mentions: readonly Mention[]): void {
    if (mentions.length === 0) return;
    const known = this.byNode.get(node);
    if (!known) this.visibility?.watch(node);
    if (known) known.push(...mentions);
    else this.byNode.set(node, [...mentions]);
    for (const mention of mentions) this.addToSlot(mention);
  }

  /** Forgets `node`'s mentions; where one was painted, the next of its slot takes over. */
  drop(node: Text): void {
    const mentions = this.byNode.get(node);
    if (!mentions) return;
    this.byNode.delete(node);
    this.visibility?.forget(node);
    for (const mention of mentions) this.removeFromSlot(mention);
  }

  /** `node`'s text became visible: its mentions may now take their slots. */
  reveal(node: Text): void {
    for (const mention of this.byNode.get(node) ?? []) if (!mention.painted) this.offer(mention);
  }

  /** Drops every node that has left the document (after the page removed something). */
  sweep(): void {
    for (const node of [...this.byNode.keys()]) if (!node.isConnected) this.drop(node);
  }

  /** The painted mention at `offset` in `node` (a caret position), if any. */
  paintedAt(node: Text, offset: number): Mention[] {
    return (this.byNode.get(node) ?? []).filter((m) => m.painted && m.start <= offset && offset <= m.end);
  }

  /** The painted mentions in `node`. */
  paintedIn(node: Text): Mention[] {
    return (this.byNode.get(node) ?? []).filter((m) => m.painted);
  }

  /** Every painted mention. */
  paintedMentions(): Iterable<Mention> {
    return this.painted.values();
  }

  /**
   * Every shown mention of an entry, painted or not, in document order
   * (Previous / Next, "On this page"). Hidden ones are left out until shown:
   * a card must not count or scroll to text the reader cannot see (a page's
   * planted words, a closed <details>).
   */
  mentionsOf(entryId: string): Mention[] {
    const found: Mention[] = [];
    for (const [node, mentions] of this.byNode) {
      if (!this.shown(node)) continue;
      for (const m of mentions) if (m.entryId === entryId) found.push(m);
    }
    return inDocumentOrder(found);
  }

  /** How many times each entry is named in text the reader can see ("On this page"). */
  counts(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const [node, mentions] of this.byNode) {
      if (!this.shown(node)) continue;
      for (const m of mentions) counts.set(m.entryId, (counts.get(m.entryId) ?? 0) + 1);
    }
    return counts;
  }

  clear(): void {
    for (const mention of this.painted.values()) this.target.unpaint(mention);
    this.painted.clear();
    this.slots.clear();
    this.byNode.clear();
  }

  private addToSlot(mention: Mention): void {
    const members = this.slots.get(mention.slot);
    if (members) members.push(mention);
    else this.slots.set(mention.slot, [mention]);
    if (this.shown(mention.node)) this.offer(mention);
  }

  /** Paints `mention` if it comes before its slot's painted one. */
  private offer(mention: Mention): void {
    const current = this.painted.get(mention.slot);
    if (!current && this.painted.size >= this.maxPainted) return;
    if (current && !precedes(mention, current)) return;
    if (current) this.setUnpainted(current);
    this.setPainted(mention);
  }

  private removeFromSlot(mention: Mention): void {
    const members = this.slots.get(mention.slot);
    if (!members) return;
    const at = members.indexOf(mention);
    if (at >= 0) members.splice(at, 1);
    if (members.length === 0) this.slots.delete(mention.slot);
    if (!mention.painted) return;
    this.setUnpainted(mention);
    this.painted.delete(mention.slot);
    let next: Mention | undefined;
    for (const m of members ?? []) if (m.node.isConnected && this.shown(m.node) && (!next || precedes(m, next))) next = m;
    if (next) this.setPainted(next);
  }

  private setPainted(mention: Mention): void {
    mention.painted = true;
    this.painted.set(mention.slot, mention);
    this.target.paint(mention);
  }

  private setUnpainted(mention: Mention): void {
    mention.painted = false;
    this.target.unpaint(mention);
  }
}
