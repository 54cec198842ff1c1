/**
 * The class safety rules (glossary/safety-rules.ts) applied to the Spanish cards. Derived, not
 * copied: every English rule is mirrored under its own id, it covers the entries the English rule
 * covers (its classes and categories, through the same `appliesTo`), and each requirement keeps
 * the English sections. The only Spanish data here is, for each English phrase requirement, the
 * Spanish words that say the same fact. So a new member of a class, or a new English rule, reaches
 * the Spanish cards without an edit here, and an English phrase with no Spanish words is reported
 * (`spanishMirrorGaps`, and as a violation of every card it covers) instead of being skipped.
 *
 * Requirements that are not text are left to the English side, where they are already checked:
 * 'classes' (the Spanish card has no classes of its own; it belongs to the English entry, which
 * validate.ts holds to 'declares-classes') and 'related' (the Spanish card is shown with the
 * English entry's links, which safety-rules.ts checks). A rule made only of those, such as
 * 'declares-classes', is still mirrored, with nothing to check in Spanish.
 *
 * Pure: no DOM, no I/O.
 */
import { appliesTo, SAFETY_RULES, type ProseSection, type SafetyRule } from '../safety-rules';
import type { EntrySections, GlossaryEntry } from '../types';

/** Spanish words for one English phrase requirement. */
export interface SpanishPhrase {
  /** The English requirement's `says`, word for word: the key that ties the two together. */
  readonly mirrors: string;
  /** Every pattern must be found in the same one of the English requirement's sections. */
  readonly patterns: readonly RegExp[];
  /** What a message names when the fact is missing, in Spanish. */
  readonly says: string;
}

const LIVE_VACCINES = /\bvacunas? (?:de (?:virus|patógenos|gérmenes) )?viv[ao]s?\b/i;

/**
 * Keyed by English rule id, then matched to the English phrase requirement by `mirrors`. Written
 * from the phrasing the Spanish sources use (MedlinePlus en español, CIMA leaflets, SER).
 */
export const SPANISH_PHRASES: Readonly<Record<string, readonly SpanishPhrase[]>> = {
  'live-vaccines': [{ mirrors: 'a warning about live vaccines', patterns: [LIVE_VACCINES], says: 'un aviso sobre las vacunas vivas' }],
  'immunoglobulin-live-vaccines': [
    {
      mirrors: 'that it can stop live vaccines from working',
      // The English says "live vaccine" near "stop working"; in Spanish the card must also say
      // the vaccine may work less well or must wait, or the warning reads as a plain "no".
      patterns: [LIVE_VACCINES, /\b(?:esper(?:ar|e|en|a)\b|funcion(?:ar|e|en|a|an)? (?:peor|menos)\b|no funcion|menos eficac|menos efect)/i],
      says: 'que las vacunas vivas pueden funcionar peor o hay que esperar',
    },
  ],
  'screening-before-start': [
    { mirrors: 'a TB check before starting', patterns: [/\btuberculosis\b/i], says: 'el análisis de tuberculosis antes de empezar' },
    { mirrors: 'a hepatitis B check before starting', patterns: [/\bhepatitis B\b/i], says: 'el análisis de hepatitis B antes de empezar' },
  ],
  'pregnancy-and-contraception': [
    { mirrors: 'the risk to a pregnancy', patterns: [/\bembaraz/i], says: 'el riesgo en el embarazo' },
    {
      mirrors: 'birth control',
      patterns: [/\banticoncep|\bevitar (?:el |un )?embarazo\b|\bevitar quedar(?:se)? embarazada\b/i],
      says: 'un método anticonceptivo',
    },
  ],
  'never-stop-steroids-suddenly': [
    {
      mirrors: 'not to stop it suddenly',
      patterns: [/\b(?:dej\w*|suspend\w*|interrump\w*|par(?:ar|e|en))\b[^.]*\b(?:de golpe|de repente|bruscamente)\b/i],
      says: 'que no se deja de golpe',
    },
  ],
  'methotrexate-weekly': [
    { mirrors: 'once a week', patterns: [/\buna vez (?:a|por|cada) (?:la )?semana\b/i], says: 'una vez a la semana' },
    { mirrors: 'never every day', patterns: [/\bnunca\b[^.]*\b(?:todos los días|a diario|cada día)\b/i], says: 'nunca todos los días' },
  ],
  'methotrexate-trimethoprim': [
    { mirrors: 'the trimethoprim interaction', patterns: [/\btrimetoprima?\b|\bcotrimoxazol\b/i], says: 'el peligro de tomarlo con trimetoprima (cotrimoxazol)' },
  ],
  'jak-shingles': [{ mirrors: 'the higher risk of shingles', patterns: [/\bherpes z[oó]ster\b/i], says: 'el mayor riesgo de herpes zóster' }],
};

export type SpanishRequirement =
  | { readonly kind: 'section'; readonly section: ProseSection }
  | { readonly kind: 'phrase'; readonly sections: readonly ProseSection[]; readonly patterns: readonly RegExp[]; readonly says: string }
  /** An English phrase requirement with no Spanish words yet: always unmet, so it cannot be missed. */
  | { readonly kind: 'untranslated'; readonly says: string };

export interface SpanishSafetyRule {
  /** The id of the English rule this one mirrors. */
  readonly id: string;
  readonly english: SafetyRule;
  readonly requires: readonly SpanishRequirement[];
}

function mirror(rule: SafetyRule, phrases: Readonly<Record<string, readonly SpanishPhrase[]>>): SpanishSafetyRule {
  const requires: SpanishRequirement[] = [];
  for (const need of rule.requires) {
    if (need.kind === 'section') requires.push(need);
    if (need.kind !== 'phrase') continue;
    const spanish = phrases[rule.id]?.find((p) => p.mirrors === need.says);
    requires.push(spanish ? { kind: 'phrase', sections: need.sections, patterns: spanish.patterns, says: spanish.says } : { kind: 'untranslated', says: need.says });
  }
  return { id: rule.id, english: rule, requires };
}

/** One Spanish rule per English rule, in the same order. */
export function mirrorRules(
  rules: readonly SafetyRule[] = SAFETY_RULES,
  phrases: Readonly<Record<string, readonly SpanishPhrase[]>> = SPANISH_PHRASES,
): SpanishSafetyRule[] {
  return rules.map((r) => mirror(r, phrases));
}

export const SPANISH_SAFETY_RULES: readonly SpanishSafetyRule[] = mirrorRules();

/**
 * Where the mirror has drifted: an English phrase requirement with no Spanish words, or Spanish
 * words whose rule or English phrase no longer exists (an English rule renamed or reworded).
 */
export function spanishMirrorGaps(
  rules: readonly SafetyRule[] = SAFETY_RULES,
  phrases: Readonly<Record<string, readonly SpanishPhrase[]>> = SPANISH_PHRASES,
): string[] {
  const gaps: string[] = [];
  for (const rule of rules) {
    for (const need of rule.requires) {
      if (need.kind === 'phrase' && !phrases[rule.id]?.some((p) => p.mirrors === need.says)) {
        gaps.push(`${rule.id}: no Spanish words for "${need.says}"`);
      }
    }
  }
  for (const [id, list] of Object.entries(phrases)) {
    const rule = rules.find((r) => r.id === id);
    if (!rule) {
      gaps.push(`${id}: Spanish words for a rule that safety-rules.ts does not have`);
      continue;
    }
    for (const p of list) {
      if (!rule.requires.some((need) => need.kind === 'phrase' && need.says === p.mirrors)) {
        gaps.push(`${id}: Spanish words for "${p.mirrors}", which the English rule no longer asks for`);
      }
    }
  }
  return gaps;
}

/** The Spanish rules that cover an entry: exactly the English rules that cover it. */
export function spanishRulesFor(
  entry: Pick<GlossaryEntry, 'id' | 'category' | 'classes'>,
  rules: readonly SpanishSafetyRule[] = SPANISH_SAFETY_RULES,
): SpanishSafetyRule[] {
  return rules.filter((r) => appliesTo(r.english, entry) || (r.english.members ?? []).includes(entry.id));
}

/** What a Spanish card lacks under the rules, one message per missing fact. */
export function spanishSafetyViolations(
  entry: Pick<GlossaryEntry, 'id' | 'category' | 'classes'>,
  sections: EntrySections,
  rules: readonly SpanishSafetyRule[] = SPANISH_SAFETY_RULES,
): string[] {
  const problems: string[] = [];
  for (const rule of spanishRulesFor(entry, rules)) {
    for (const need of rule.requires) {
      const problem =
        need.kind === 'section'
          ? sections[need.section]?.trim()
            ? undefined
            : `no ${need.section}`
          : need.kind === 'untranslated'
            ? `no Spanish words yet for "${need.says}" (add them to SPANISH_PHRASES)`
            : need.sections.some((s) => need.patterns.every((p) => p.test(sections[s] ?? '')))
              ? undefined
              : `does not say ${need.says}`;
      if (problem) problems.push(`${entry.id}: ${rule.id}: ${problem}`);
    }
  }
  return problems;
}
