import { SEPARATOR_CLASS } from './normalize';

/** A word separator in a name ("anti-MDA5", "anti MDA5"): any run of spaces or dashes. */
const SEP = '\u0000sep';
const SEPARATORS = new RegExp(`${SEPARATOR_CLASS}+`, 'u');

interface Node {
  children: Map<string, Node>;
  end: boolean;
}

const escapeChar = (char: string) => char.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
const tokenSource = (token: string) => (token === SEP ? `${SEPARATOR_CLASS}+` : escapeChar(token));

/** A name as tokens: its characters, lower-cased (the pattern is case-insensitive), and separators. */
function tokens(name: string): string[] {
  const out: string[] = [];
  name
    .trim()
    .split(SEPARATORS)
    .forEach((word, i) => {
      if (i > 0) out.push(SEP);
      for (const char of word.toLowerCase()) out.push(char);
    });
  return out;
}

function source(node: Node): string {
  const branches = [...node.children].map(([token, child]) => tokenSource(token) + source(child));
  if (branches.length === 0) return '';
  if (branches.length === 1 && !node.end) return branches[0]!;
  const group = branches.length === 1 ? `(?:${branches[0]})` : `(?:${branches.join('|')})`;
  // Greedy: at one position the longer name is tried first, and the shorter one
  // ("corticosteroids" inside "topical corticosteroids") only if it fails.
  return node.end ? `${group}?` : group;
}

/**
 * One alternation for many names, shaped as a trie: names that share a start
 * share its branch ("methotrexate", "methylprednisolone" and "MTX" are
 * tried as "m", then "et"...). A flat list of several hundred alternatives
 * makes the regex engine try each of them at every position of every text
 * node; the trie tries one branch per character. Built by hand because the
 * alphabet is not only characters: a separator between words matches any run
 * of spaces or dashes, which string-trie libraries cannot express.
 */
export function trieSource(names: readonly string[]): string {
  const root: Node = { children: new Map(), end: false };
  for (const name of names) {
    let node = root;
    for (const token of tokens(name)) {
      let next = node.children.get(token);
      if (!next) {
        next = { children: new Map(), end: false };
        node.children.set(token, next);
      }
      node = next;
    }
    if (node !== root) node.end = true;
  }
  return source(root);
}
