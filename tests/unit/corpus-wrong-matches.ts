/**
 * Matches the page matcher must never make, found on real pages (the review of
 * December 2026, §1 and §2.3, and runs of corpus-matches.test.ts). Each rule
 * names the entry and the matched text, and optionally what must come right
 * before or after it, so one rule stands for a kind of mistake, not one page.
 *
 * status:
 * - 'fixed': the test fails if the matcher makes this match anywhere.
 * - 'open': known and not yet fixed, because the fix belongs to the page engine
 *   (skipping reference lists, treating "*" as part of a word). The test prints
 *   where it still happens and fails once it no longer does, so the rule is then
 *   moved to 'fixed' and stays guarded.
 */
export interface WrongMatch {
  readonly entryId: string;
  /** The matched text, whole; case matters only when the pattern says so. */
  readonly text: RegExp;
  /** Tested against the 40 characters before the match. */
  readonly before?: RegExp;
  /** Tested against the 40 characters after the match. */
  readonly after?: RegExp;
  readonly why: string;
  readonly status: 'fixed' | 'open';
}

export const WRONG_MATCHES: readonly WrongMatch[] = [
  {
    entryId: 'dermatomyositis',
    text: /^DMs?$/,
    why: '"DM" is far more often diabetes mellitus or a direct message; it stays unmatched',
    status: 'fixed',
  },
  {
    entryId: 'juvenile-dermatomyositis',
    text: /^juvenile[\s-]+DM/i,
    why: '"juvenile DM" also means juvenile-onset diabetes mellitus',
    status: 'fixed',
  },
  {
    entryId: 'ivig',
    text: /^immune[\s-]+globulin/i,
    why: 'bare "immune globulin" also names anti-D (Rho(D)), hepatitis B, rabies and tetanus immune globulins',
    status: 'fixed',
  },
  {
    entryId: 'ivig',
    text: /globulin/i,
    before: /(?:Rho\s*\(D\)|anti-D|hepatitis B|rabies|tetanus|cytomegalovirus|CMV|varicella|botulism)\s*$/i,
    why: 'a named immune globulin that is not IVIG (seen: "Rho(D) immune globulin" on the ITP page)',
    status: 'fixed',
  },
  {
    entryId: 'calcinosis',
    text: /^calcium[\s-]+deposit|^dystrophic[\s-]+calcification/i,
    why: 'calcium on mammograms, in arteries, tendons and heart valves is not DM calcinosis',
    status: 'fixed',
  },
  {
    entryId: 'folic-acid',
    text: /^folates?$/i,
    why: 'nutrition and pregnancy pages mean the vitamin in food; the card is about the tablet taken with methotrexate',
    status: 'fixed',
  },
  {
    entryId: 'pjp-prophylaxis',
    text: /^(?:Bactrim|Septra|co-?trimoxazole|trimethoprim|sulfamethoxazole|TMP-SMX)/i,
    why: 'the antibiotic on a urinary-infection page would open a card about preventing a lung infection',
    status: 'fixed',
  },
  {
    entryId: 'corticosteroids',
    text: /^prednisolone/i,
    why: 'prednisolone is one medicine with its own card, not the class',
    status: 'fixed',
  },
  {
    entryId: 'creatine-kinase',
    text: /^CK$/,
    before: /\*$/,
    why: '"CK" inside a censored word ("F*CK", readability/tmz-1.html); the matcher treats "*" as a word boundary',
    status: 'fixed',
  },
  {
    entryId: 'juvenile-dermatomyositis',
    text: /^JDM$/,
    before: /\b[A-Z][a-z]+,?\s$/,
    after: /^,/,
    why: 'author initials in a reference list ("Gass JDM," on the Susac syndrome page); reference lists should not be highlighted',
    status: 'open',
  },
];
