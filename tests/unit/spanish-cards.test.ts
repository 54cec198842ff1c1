/**
 * The Spanish cards (glossary/es/cards.ts) under the rules of the English
 * ones: readable (Fernández-Huerta), no dose, sources and dates, and the class
 * safety facts in Spanish (glossary/es/safety-es.ts, the ids of safety-rules.ts).
 */
import { checkSourceUrl } from '../../glossary/source-policy';
import { describe, expect, it } from 'vitest';
import { glossary } from '../../glossary';
import { SPANISH_CARDS, SPANISH_NOTICE } from '../../glossary/es/cards';
import { fernandezHuerta, spanishSyllables } from '../../glossary/es/readability';
import { mirrorRules, SPANISH_PHRASES, SPANISH_SAFETY_RULES, spanishMirrorGaps, spanishRulesFor, spanishSafetyViolations } from '../../glossary/es/safety-es';
import { appliesTo, SAFETY_RULES, type SafetyRule } from '../../glossary/safety-rules';

const byId = new Map(glossary.map((e) => [e.id, e]));
const prose = (id: string) => {
  const { summary, sections } = SPANISH_CARDS[id]!;
  return [summary, sections.whyInDm, sections.howGiven, sections.sideEffects, ...(sections.questions ?? [])].filter((t): t is string => Boolean(t));
};

describe('Spanish readability (Fernández-Huerta)', () => {
  it('counts Spanish syllables with diphthongs and hiatus', () => {
    expect(['casa', 'medicamento', 'día', 'leer', 'ciudad', 'hidroxicloroquina', 'que', 'piel', 'país'].map(spanishSyllables)).toEqual([2, 5, 2, 2, 2, 7, 1, 1, 2]);
  });

  it('scores plain Spanish above hard Spanish', () => {
    const plain = 'Tome la pastilla con agua. Si le duele la tripa, llame al médico.';
    const hard =
      'La administración concomitante de inmunosupresores condiciona una predisposición significativamente incrementada a infecciones oportunistas potencialmente letales.';
    expect(fernandezHuerta(plain)).toBeGreaterThan(80);
    expect(fernandezHuerta(hard)).toBeLessThan(30);
  });

  it('scores the same words higher in short sentences than in one long one (words per sentence, as corrected by Law 2011)', () => {
    const short = 'Tome la pastilla con agua. Coma antes. Si le duele la tripa, llame al médico. Vaya a sus análisis.';
    const long = 'Tome la pastilla con agua y coma antes y si le duele la tripa llame al médico y vaya a sus análisis.';
    expect(fernandezHuerta(short)).toBeGreaterThan(fernandezHuerta(long));
  });

  it('puts every Spanish card at about grade 8 or easier (60 or more, "normal")', () => {
    const scores = Object.keys(SPANISH_CARDS).map((id) => ({ id, score: Math.round(fernandezHuerta(prose(id).join(' '))) }));
    for (const { id, score } of scores) expect(score, id).toBeGreaterThanOrEqual(60);
    // The number the report gives: printed, so a change in it shows in the run.
    console.info('Fernández-Huerta by card:', Object.fromEntries(scores.map((s) => [s.id, s.score])));
  });
});

describe('Spanish cards', () => {
  it('belong to entries, with sources, a review date and every section', () => {
    for (const [id, card] of Object.entries(SPANISH_CARDS)) {
      expect(byId.has(id), id).toBe(true);
      expect(card.sources.length, id).toBeGreaterThan(0);
      // The same allow-list as the English cards: https, authoritative hosts only.
      for (const s of card.sources) expect(checkSourceUrl(s.url), `${id}: ${s.url}`).toEqual({ ok: true });
      expect(card.reviewed, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(card.sections.whyInDm && card.sections.howGiven && card.sections.sideEffects, id).toBeTruthy();
    }
    expect(SPANISH_NOTICE).toContain('no es consejo médico');
  });

  it('never give a dose', () => {
    const dose = /\d+(?:[.,]\d+)?\s*(?:mg|miligramos?|g|gramos?|ml|mililitros?|µg|mcg|comprimidos?|pastillas?|cápsulas?)\b|\b(?:una|dos|tres|\d+) (?:pastillas?|comprimidos?) al día\b/i;
    for (const id of Object.keys(SPANISH_CARDS)) for (const text of prose(id)) expect(text, id).not.toMatch(dose);
  });

  it('say the class safety facts in Spanish', () => {
    const problems = Object.entries(SPANISH_CARDS).flatMap(([id, card]) => {
      const entry = byId.get(id);
      return entry ? spanishSafetyViolations(entry, card.sections) : [`${id}: no English entry`];
    });
    expect(problems).toEqual([]);
  });

  it('fail the safety rules when a fact is taken out', () => {
    const mtx = SPANISH_CARDS.methotrexate!.sections;
    const methotrexate = byId.get('methotrexate')!;
    const without = (section: 'howGiven' | 'sideEffects', cut: RegExp) => ({ ...mtx, [section]: mtx[section]!.replace(cut, '') });
    expect(spanishSafetyViolations(methotrexate, without('howGiven', /No se deben poner vacunas vivas[^.]*\./))).toEqual([
      'methotrexate: live-vaccines: does not say un aviso sobre las vacunas vivas',
    ]);
    expect(spanishSafetyViolations(methotrexate, without('howGiven', /Nunca se toma[^.]*\./))).toEqual([
      'methotrexate: methotrexate-weekly: does not say nunca todos los días',
    ]);
    expect(spanishSafetyViolations(methotrexate, without('sideEffects', /use un método anticonceptivo y /))).toEqual([
      'methotrexate: pregnancy-and-contraception: does not say un método anticonceptivo',
    ]);
    expect(spanishSafetyViolations(byId.get('azathioprine')!, { ...SPANISH_CARDS.azathioprine!.sections, sideEffects: '' })).toContain(
      'azathioprine: side-effects-section: no sideEffects',
    );
  });
});

describe('Spanish safety rules mirror the English ones', () => {
  it('have a Spanish counterpart, under the same id, for every English rule and every English phrase', () => {
    expect(SPANISH_SAFETY_RULES.map((r) => r.id)).toEqual(SAFETY_RULES.map((r) => r.id));
    expect(spanishMirrorGaps()).toEqual([]);
    for (const rule of SPANISH_SAFETY_RULES) expect(rule.requires.filter((n) => n.kind === 'untranslated'), rule.id).toEqual([]);
  });

  it('report an English rule or phrase that has no Spanish words, and Spanish words left behind', () => {
    const added: SafetyRule = {
      id: 'new-rule',
      title: 'a rule added in English only',
      classes: ['jak-inhibitor'],
      requires: [{ kind: 'phrase', sections: ['sideEffects'], pattern: /\bnew fact\b/, says: 'the new fact' }],
      sources: [],
    };
    expect(spanishMirrorGaps([...SAFETY_RULES, added])).toEqual(['new-rule: no Spanish words for "the new fact"']);
    const { ['jak-shingles']: _dropped, ...withoutShingles } = SPANISH_PHRASES;
    expect(spanishMirrorGaps(SAFETY_RULES, withoutShingles)).toEqual(['jak-shingles: no Spanish words for "the higher risk of shingles"']);
    expect(spanishMirrorGaps(SAFETY_RULES.filter((r) => r.id !== 'jak-shingles'))).toEqual([
      'jak-shingles: Spanish words for a rule that safety-rules.ts does not have',
    ]);
    // A card under a rule with no Spanish words fails, rather than passing unchecked.
    const rules = mirrorRules([...SAFETY_RULES, added]);
    expect(spanishSafetyViolations(byId.get('baricitinib')!, { sideEffects: 'Puede dar herpes zóster.' }, rules)).toContain(
      'baricitinib: new-rule: no Spanish words yet for "the new fact" (add them to SPANISH_PHRASES)',
    );
  });

  it('cover exactly the entries the English rules cover, by class, not by a copied list', () => {
    for (const entry of byId.values()) {
      const english = SAFETY_RULES.filter((r) => appliesTo(r, entry)).map((r) => r.id);
      expect(spanishRulesFor(entry).map((r) => r.id), entry.id).toEqual(english);
    }
    // A new medicine of a class is covered the day its English entry declares the class.
    const newJak = { id: 'new-jak', category: 'medicine' as const, classes: ['jak-inhibitor' as const] };
    expect(spanishRulesFor(newJak).map((r) => r.id)).toEqual(
      expect.arrayContaining(['live-vaccines', 'screening-before-start', 'pregnancy-and-contraception', 'jak-shingles']),
    );
    expect(spanishSafetyViolations(newJak, { howGiven: 'Se toma por boca.', sideEffects: 'Puede dar infecciones.' })).toEqual([
      'new-jak: live-vaccines: does not say un aviso sobre las vacunas vivas',
      'new-jak: screening-before-start: does not say el análisis de tuberculosis antes de empezar',
      'new-jak: screening-before-start: does not say el análisis de hepatitis B antes de empezar',
      'new-jak: pregnancy-and-contraception: does not say el riesgo en el embarazo',
      'new-jak: pregnancy-and-contraception: does not say un método anticonceptivo',
      'new-jak: jak-shingles: does not say el mayor riesgo de herpes zóster',
    ]);
  });

  it('find each fact in the words the Spanish cards use, and miss it when it is not said', () => {
    const steroid = byId.get('prednisone')!;
    const ok = (sideEffects: string) => spanishSafetyViolations(steroid, { howGiven: 'Se toma por boca. No se deben poner vacunas vivas.', sideEffects });
    expect(ok('No deje de tomarla de golpe.')).toEqual([]);
    expect(ok('Tómela de golpe con agua. No la deje.')).toEqual(['prednisone: never-stop-steroids-suddenly: does not say que no se deja de golpe']);
    const ivig = byId.get('ivig')!;
    const onIvig = (howGiven: string) => spanishSafetyViolations(ivig, { howGiven, sideEffects: 'Puede dar dolor de cabeza.' });
    expect(onIvig('Después, las vacunas vivas pueden funcionar peor: pregunte cuánto esperar.')).toEqual([]);
    expect(onIvig('No se ponga vacunas vivas.')).toEqual([
      'ivig: immunoglobulin-live-vaccines: does not say que las vacunas vivas pueden funcionar peor o hay que esperar',
    ]);
  });
});
