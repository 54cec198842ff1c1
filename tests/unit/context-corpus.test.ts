/**
 * Medical context on the 150 real pages of the shared corpus: every mention the
 * page pattern finds ("before", what was painted without context rules) against
 * those that stand with them ("after"), page by page, and each mention the rules
 * take away, for a person to judge. Sections and blocks are worked out from the
 * saved HTML as the page engine would (corpus-sections.ts). Skipped, and says
 * so, where the corpus is absent (see corpus-matches.test.ts). With
 * DMG_SHOW_AMBIGUOUS=1 it also prints every ambiguous name that stands, and why
 * (its section or only its block), for reviewing the rules.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getPageMatcher } from '../../glossary/page-matcher';
import type { TermMatch } from '../../glossary/matcher';
import { pageSections } from './corpus-sections';

const ROOT = resolve(process.env.DMG_CORPUS ?? resolve(__dirname, '../../../shared/corpus'));
const INDEX = join(ROOT, 'INDEX.tsv');
const present = existsSync(INDEX);

interface Dropped {
  readonly page: string;
  readonly match: TermMatch;
  readonly around: string;
}

export function contextRun(root: string) {
  const matcher = getPageMatcher();
  const rules = matcher.context!;
  const keyed = (found: readonly TermMatch[]) => found.map((m) => ({ key: matcher.nameKey(m.text), start: m.start, end: m.end }));
  const pages = readFileSync(join(root, 'INDEX.tsv'), 'utf8').split('\n').slice(1).map((l) => l.split('\t')[0] ?? '').filter(Boolean);
  let before = 0;
  let after = 0;
  const dropped: Dropped[] = [];
  const perPage: { page: string; before: number; after: number }[] = [];
  for (const page of pages) {
    const { title, sections } = pageSections(readFileSync(join(root, page)));
    // As the page engine decides it (context-gate.ts, isPageMedical).
    const heading = rules.judge(title, keyed(matcher.findAll(title)), false);
    const known = heading.evidence || (!heading.held && rules.hasNeighbour(title));
    let pageBefore = 0;
    let pageAfter = 0;
    for (const blocks of sections) {
      const found = blocks.map((block) => matcher.findAll(block));
      const medical = known || blocks.some((block, i) => found[i]!.length > 0 && rules.judge(block, keyed(found[i]!), false).evidence);
      blocks.forEach((block, i) => {
        const matches = found[i]!;
        if (matches.length === 0) return;
        const { stand } = rules.judge(block, keyed(matches), medical);
        pageBefore += matches.length;
        matches.forEach((m, j) => {
          if (stand[j]) {
            pageAfter++;
            if (process.env.DMG_SHOW_AMBIGUOUS && rules.isAmbiguous(matcher.nameKey(m.text))) console.log(`  stands: ${page}: [${m.text}] ${medical ? 'section' : 'block'} … ${block.slice(Math.max(0, m.start - 50), m.end + 50).replace(/\s+/g, ' ')}`);
          }
          else dropped.push({ page, match: m, around: block.slice(Math.max(0, m.start - 60), m.end + 60).replace(/\s+/g, ' ') });
        });
      });
    }
    before += pageBefore;
    after += pageAfter;
    perPage.push({ page, before: pageBefore, after: pageAfter });
  }
  return { pages: pages.length, before, after, dropped, perPage };
}

describe('medical context on the real-page corpus', () => {
  it.skipIf(!present)(`keeps the true mentions (corpus at ${ROOT})`, () => {
    const run = contextRun(ROOT);
    console.log(`Context on the corpus: ${run.pages} pages, ${run.before} mentions without context rules, ${run.after} with them (${run.dropped.length} taken away)`);
    for (const d of run.dropped) console.log(`  ${d.page}: [${d.match.text}] → ${d.match.entryId} … ${d.around}`);
    expect(run.pages).toBeGreaterThan(0);
    // Each mention the rules take away, read in place: [page, text, entry, true mention?].
    const reviewed: readonly (readonly [string, string, string, boolean])[] = [
      // Issue #20's everyday words: "alert fatigue" of on-call engineers, and a story's hero who
      // "recovers from fatigue quickly" (not meant as medicine).
      ['readability/google-sre-book-1.html', 'fatigue', 'fatigue', false],
      ['readability/royal-road.html', 'fatigue', 'fatigue', false],
      // "Anabolic steroids" in the drug-class lists of Wikipedia's navigation boxes: not corticosteroids.
      ['wikipedia-medical/Autoimmune_hepatitis.html', 'steroids', 'corticosteroids', false],
      // A bare list "Other. Weakness, fatigue, anorexia, weight loss." in a table cell: lost.
      ['wikipedia-medical/Cirrhosis.html', 'fatigue', 'fatigue', true],
      ['wikipedia-medical/Cirrhosis.html', 'steroids', 'corticosteroids', false],
      ['wikipedia-medical/Crohn_s_disease.html', 'steroids', 'corticosteroids', false],
      ['wikipedia-medical/Crohn_s_disease.html', 'steroids', 'corticosteroids', false],
      // The table of contents ("5.9 Chronic fatigue"), which the page engine never paints (.toc).
      ['wikipedia-medical/Gluten-sensitive_enteropathy-associated_conditions.html', 'fatigue', 'fatigue', true],
      ['wikipedia-medical/Gluten-sensitive_enteropathy-associated_conditions.html', 'steroids', 'corticosteroids', false],
      // The table of contents ("5.2 Plasmapheresis and IVIG"), which the page engine never paints (.toc).
      ['wikipedia-medical/Myasthenia_gravis.html', 'IVIG', 'ivig', true],
      // "varicella-zoster virus" (content review 12b, FF-16). "Osteonecrosis of the jaw" (FF-1) is no
      // longer taken away: the whole phrase now opens its own entry.
      ['wikipedia-medical/Neuromyelitis_optica.html', 'zoster', 'shingles', false],
      // A health site's links: muscle fibres "resistant to fatigue", and the news item "Infusion Pump May
      // Have Blocked Vents", each in a block with no other medical word: lost.
      ['htmlparser-benchmark/a9c515a2be7e.html', 'fatigue', 'fatigue', true],
      ['htmlparser-benchmark/a9c515a2be7e.html', 'Infusion', 'iv-infusion', true],
      // A health site's link "Quiz: Check Your Sunscreen Smarts", in a block of links with no medical word: lost.
      ['htmlparser-benchmark/56671acb60ba.html', 'Sunscreen', 'photoprotection', true],
      ['htmlparser-benchmark/56671acb60ba.html', 'Sunscreen', 'photoprotection', true],
      ['htmlparser-benchmark/56671acb60ba.html', 'Sunscreen', 'photoprotection', true],
    ];
    expect(run.dropped.map((d) => [d.page, d.match.text, d.match.entryId])).toEqual(reviewed.map(([page, text, id]) => [page, text, id]));
    const wrong = reviewed.filter((r) => !r[3]).length;
    const lost = reviewed.filter((r) => r[3]).length;
    const truth = run.before - wrong;
    console.log(
      `Recall on the corpus, counting every mention not taken away for a wrong meaning as true: before ${run.before - wrong}/${truth} (100%), ` +
        `after ${run.after}/${truth} (${((100 * run.after) / truth).toFixed(2)}%); ${lost} true mentions lost, ${wrong} wrong ones no longer painted`,
    );
  }, 120_000);
});
