/**
 * The MED2 Spanish cards (glossary/es/cards-med2.ts) say every class safety fact
 * their English entry must carry. The rules that apply are worked out from
 * glossary/safety-rules.ts itself (classes, categories and named members), so a
 * card is held to a rule even where the Spanish mirror (safety-es.ts) does not
 * list it yet. A rule with a Spanish mirror is checked with the mirror's own
 * patterns; a rule without one is checked with the phrases the Spanish content
 * guide asks for. An English rule with neither fails the test, so a new rule
 * cannot be skipped silently.
 */
import { describe, expect, it } from 'vitest';
import { glossary } from '../../glossary';
import { SPANISH_CARDS } from '../../glossary/es/cards';
import { SPANISH_CARDS_MED2 } from '../../glossary/es/cards-med2';
import { SPANISH_SAFETY_RULES, spanishSafetyViolations } from '../../glossary/es/safety-es';
import { SAFETY_RULES, type SafetyRule } from '../../glossary/safety-rules';
import type { EntrySections, GlossaryEntry } from '../../glossary/types';

type ProseSection = 'whyInDm' | 'howGiven' | 'sideEffects';
interface Phrase {
  readonly sections: readonly ProseSection[];
  readonly pattern: RegExp;
  readonly says: string;
}

const BOTH: readonly ProseSection[] = ['howGiven', 'sideEffects'];

/**
 * Spanish phrases for English rules that safety-es.ts may not mirror yet, in the
 * words of the content guide (es-content-common). Rules about the card's form
 * rather than its text ("declares-classes") need no phrase.
 */
const FALLBACK_PHRASES: Readonly<Record<string, readonly Phrase[]>> = {
  'declares-classes': [],
  'side-effects-section': [{ sections: ['sideEffects'], pattern: /\S/, says: 'una sección de efectos secundarios' }],
  'live-vaccines': [{ sections: BOTH, pattern: /\bvacunas? viv[ao]s?\b/i, says: 'un aviso sobre las vacunas vivas' }],
  'immunoglobulin-live-vaccines': [
    { sections: BOTH, pattern: /\bvacunas? viv[ao]s?\b/i, says: 'las vacunas vivas' },
    { sections: BOTH, pattern: /\besperar\b|\bfuncion(?:ar|en|a) peor\b/i, says: 'que funcionan peor o hay que esperar' },
  ],
  'screening-before-start': [
    { sections: BOTH, pattern: /\btuberculosis\b/i, says: 'el análisis de tuberculosis' },
    { sections: BOTH, pattern: /\bhepatitis B\b/i, says: 'el análisis de hepatitis B' },
  ],
  'pregnancy-and-contraception': [
    { sections: BOTH, pattern: /\bembaraz/i, says: 'el riesgo en el embarazo' },
    { sections: BOTH, pattern: /\banticoncep|\bevitar (?:el|un) embarazo\b/i, says: 'un método anticonceptivo' },
  ],
  'never-stop-steroids-suddenly': [{ sections: BOTH, pattern: /\bno (?:lo |la )?deje\b[^.]*\bde golpe\b/i, says: 'no dejarlo de golpe' }],
  'methotrexate-weekly': [
    { sections: ['howGiven'], pattern: /\buna vez (?:a|por) (?:la )?semana\b/i, says: 'una vez a la semana' },
    { sections: ['howGiven'], pattern: /\bnunca\b[^.]*\b(?:todos los días|a diario|cada día)\b/i, says: 'nunca todos los días' },
  ],
  'methotrexate-trimethoprim': [{ sections: ['sideEffects'], pattern: /\btrimetoprima\b|\bcotrimoxazol\b/i, says: 'la trimetoprima' }],
  'jak-shingles': [{ sections: BOTH, pattern: /\bherpes z[óo]ster\b/i, says: 'el herpes zóster' }],
};

const byId = new Map(glossary.map((e) => [e.id, e]));

/** The English rules an entry falls under: by class, by category, or named as a member. */
function englishRulesFor(entry: GlossaryEntry): SafetyRule[] {
  const classes = entry.classes ?? [];
  return SAFETY_RULES.filter(
    (r) => (r.classes ?? []).some((c) => classes.includes(c)) || (r.categories ?? []).includes(entry.category) || (r.members ?? []).includes(entry.id),
  );
}

/** The phrases a rule asks of a Spanish card: the mirror's if safety-es.ts has it, else the guide's. */
function phrasesFor(ruleId: string): readonly Phrase[] | undefined {
  const mirror = SPANISH_SAFETY_RULES.find((r) => r.id === ruleId);
  if (mirror) {
    return mirror.requires.map((need) =>
      need.kind === 'section' ? { sections: [need.section], pattern: /\S/, says: `una sección ${need.section}` } : { sections: need.sections, pattern: need.pattern, says: need.says },
    );
  }
  return FALLBACK_PHRASES[ruleId];
}

/** Every class safety fact the card leaves out, one message each. */
function missingFacts(id: string, sections: EntrySections): string[] {
  const entry = byId.get(id);
  if (!entry) return [`${id}: not in the glossary`];
  const problems: string[] = [];
  for (const rule of englishRulesFor(entry)) {
    const phrases = phrasesFor(rule.id);
    if (!phrases) {
      problems.push(`${id}: ${rule.id}: no Spanish phrase known for this rule`);
      continue;
    }
    for (const p of phrases) if (!p.sections.some((s) => p.pattern.test(sections[s] ?? ''))) problems.push(`${id}: ${rule.id}: does not say ${p.says}`);
  }
  return problems;
}

const ids = Object.keys(SPANISH_CARDS_MED2);

describe('MED2 Spanish cards', () => {
  it('are all in SPANISH_CARDS, so the common Spanish card tests cover them', () => {
    for (const id of ids) expect(SPANISH_CARDS[id], id).toBe(SPANISH_CARDS_MED2[id]);
  });

  it('say every class safety fact of their English entry, by rule, class and member', () => {
    const problems = ids.flatMap((id) => missingFacts(id, SPANISH_CARDS_MED2[id]!.sections));
    expect(problems).toEqual([]);
  });

  it('pass the Spanish mirror of the safety rules as it stands', () => {
    const problems = ids.flatMap((id) => spanishSafetyViolations(id, byId.get(id)?.category === 'medicine', SPANISH_CARDS_MED2[id]!.sections));
    expect(problems).toEqual([]);
  });

  it('cover the rules the brief names for these entries', () => {
    // A guard on the rule lookup itself: if a class or member list changed so that
    // these no longer applied, the check above would pass on too little.
    const rulesOf = (id: string) => englishRulesFor(byId.get(id)!).map((r) => r.id);
    expect(rulesOf('rituximab')).toEqual(expect.arrayContaining(['live-vaccines', 'screening-before-start']));
    expect(rulesOf('ivig')).toContain('immunoglobulin-live-vaccines');
    expect(rulesOf('subcutaneous-immunoglobulin')).toContain('immunoglobulin-live-vaccines');
    expect(rulesOf('efgartigimod')).toContain('live-vaccines');
    expect(rulesOf('repository-corticotropin')).toEqual(expect.arrayContaining(['live-vaccines', 'never-stop-steroids-suddenly']));
    expect(rulesOf('brepocitinib')).toEqual(expect.arrayContaining(['live-vaccines', 'screening-before-start', 'pregnancy-and-contraception', 'jak-shingles']));
    for (const id of ['abatacept', 'tocilizumab']) expect(rulesOf(id), id).toEqual(expect.arrayContaining(['live-vaccines', 'screening-before-start']));
    // Ruxolitinib is not a named member of the pregnancy or shingles rules; its JAK class brings them.
    expect(rulesOf('ruxolitinib')).toEqual(expect.arrayContaining(['pregnancy-and-contraception', 'jak-shingles']));
    expect(rulesOf('jak-inhibitors')).toEqual(expect.arrayContaining(['live-vaccines', 'screening-before-start', 'pregnancy-and-contraception', 'jak-shingles']));
  });

  it('fail when a safety fact is taken out', () => {
    // Compared by entry and rule, not by wording, so a Spanish mirror added later
    // with its own message does not break this test.
    const rulesMissing = (id: string, sections: EntrySections) => [...new Set(missingFacts(id, sections).map((m) => m.split(': does not say')[0]))];
    const cut = (id: string, section: 'howGiven' | 'sideEffects', what: RegExp): EntrySections => {
      const s = SPANISH_CARDS_MED2[id]!.sections;
      const text = s[section]!;
      expect(text, `${id}: the cut must find its sentence`).toMatch(what);
      return { ...s, [section]: text.replace(what, '') };
    };
    expect(rulesMissing('rituximab', cut('rituximab', 'sideEffects', /No se deben poner vacunas vivas[^.]*\./))).toEqual(['rituximab: live-vaccines']);
    expect(rulesMissing('rituximab', cut('rituximab', 'howGiven', /Antes de empezar le harán[^.]*\./))).toEqual(['rituximab: screening-before-start']);
    expect(rulesMissing('ivig', cut('ivig', 'sideEffects', /La IGIV puede hacer[^.]*\. Hay que esperar[^.]*\./))).toEqual(['ivig: immunoglobulin-live-vaccines']);
    expect(rulesMissing('jak-inhibitors', { ...cut('jak-inhibitors', 'sideEffects', /El herpes zóster[^.]*\./), howGiven: 'Son pastillas.' })).toEqual([
      'jak-inhibitors: screening-before-start',
      'jak-inhibitors: jak-shingles',
    ]);
    expect(rulesMissing('jak-inhibitors', cut('jak-inhibitors', 'sideEffects', /Se evitan en el embarazo[^.]*\./))).toEqual(['jak-inhibitors: pregnancy-and-contraception']);
    expect(rulesMissing('repository-corticotropin', cut('repository-corticotropin', 'howGiven', /No deje de ponérselo de golpe[^.]*\./))).toEqual([
      'repository-corticotropin: never-stop-steroids-suddenly',
    ]);
  });
});
