/**
 * The class safety rules of the third edition (glossary/safety-rules.ts on the
 * safety-rules branch), in Spanish: the same rule ids and members, with Spanish
 * phrase patterns, so a Spanish card cannot leave out what its English card
 * must say. Only the rules whose members have Spanish cards are here yet.
 */
import type { EntrySections } from '../types';

type ProseSection = 'whyInDm' | 'howGiven' | 'sideEffects';

export type SpanishRequirement =
  | { readonly kind: 'section'; readonly section: ProseSection }
  | { readonly kind: 'phrase'; readonly sections: readonly ProseSection[]; readonly pattern: RegExp; readonly says: string };

export interface SpanishSafetyRule {
  /** The id of the English rule this one mirrors. */
  readonly id: string;
  /** Entry ids the rule covers (the English rule's members, or all medicines). */
  readonly members: readonly string[] | 'all-medicines';
  readonly requires: readonly SpanishRequirement[];
}

export const SPANISH_SAFETY_RULES: readonly SpanishSafetyRule[] = [
  { id: 'side-effects-section', members: 'all-medicines', requires: [{ kind: 'section', section: 'sideEffects' }] },
  {
    id: 'live-vaccines',
    members: [
      'methotrexate', 'azathioprine', 'mycophenolate', 'tacrolimus', 'cyclosporine', 'cyclophosphamide',
      'prednisone', 'prednisolone', 'methylprednisolone', 'corticosteroids',
      'rituximab', 'abatacept', 'tocilizumab', 'tofacitinib', 'baricitinib', 'ruxolitinib', 'jak-inhibitors',
      'repository-corticotropin', 'efgartigimod',
    ],
    requires: [{ kind: 'phrase', sections: ['howGiven', 'sideEffects'], pattern: /\bvacunas? (?:de (?:virus|patógenos) )?viv[ao]s?\b/i, says: 'un aviso sobre las vacunas vivas' }],
  },
  {
    id: 'pregnancy-and-contraception',
    members: ['methotrexate', 'mycophenolate', 'cyclophosphamide', 'tofacitinib', 'baricitinib', 'jak-inhibitors'],
    requires: [
      { kind: 'phrase', sections: ['howGiven', 'sideEffects'], pattern: /\bembaraz/i, says: 'el riesgo en el embarazo' },
      { kind: 'phrase', sections: ['howGiven', 'sideEffects'], pattern: /\banticoncep|\bevitar (?:el|un) embarazo\b/i, says: 'un método anticonceptivo' },
    ],
  },
  {
    id: 'methotrexate-weekly',
    members: ['methotrexate'],
    requires: [
      { kind: 'phrase', sections: ['howGiven'], pattern: /\buna vez (?:a|por) (?:la )?semana\b/i, says: 'una vez a la semana' },
      { kind: 'phrase', sections: ['howGiven'], pattern: /\bnunca\b[^.]*\b(?:todos los días|a diario|cada día)\b/i, says: 'nunca todos los días' },
    ],
  },
];

/** What a Spanish card lacks under the rules, one message per missing fact. */
export function spanishSafetyViolations(id: string, isMedicine: boolean, sections: EntrySections): string[] {
  const problems: string[] = [];
  for (const rule of SPANISH_SAFETY_RULES) {
    const applies = rule.members === 'all-medicines' ? isMedicine : rule.members.includes(id);
    if (!applies) continue;
    for (const need of rule.requires) {
      if (need.kind === 'section' && !sections[need.section]?.trim()) problems.push(`${id}: ${rule.id}: no ${need.section}`);
      if (need.kind === 'phrase' && !need.sections.some((s) => need.pattern.test(sections[s] ?? ''))) problems.push(`${id}: ${rule.id}: does not say ${need.says}`);
    }
  }
  return problems;
}
