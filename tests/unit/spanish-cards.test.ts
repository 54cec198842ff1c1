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
import { spanishSafetyViolations } from '../../glossary/es/safety-es';

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
    const problems = Object.entries(SPANISH_CARDS).flatMap(([id, card]) => spanishSafetyViolations(id, byId.get(id)?.category === 'medicine', card.sections));
    expect(problems).toEqual([]);
  });

  it('fail the safety rules when a fact is taken out', () => {
    const mtx = SPANISH_CARDS.methotrexate!.sections;
    const without = (section: 'howGiven' | 'sideEffects', cut: RegExp) => ({ ...mtx, [section]: mtx[section]!.replace(cut, '') });
    expect(spanishSafetyViolations('methotrexate', true, without('howGiven', /No se deben poner vacunas vivas[^.]*\./))).toEqual([
      'methotrexate: live-vaccines: does not say un aviso sobre las vacunas vivas',
    ]);
    expect(spanishSafetyViolations('methotrexate', true, without('howGiven', /Nunca se toma[^.]*\./))).toEqual([
      'methotrexate: methotrexate-weekly: does not say nunca todos los días',
    ]);
    expect(spanishSafetyViolations('methotrexate', true, without('sideEffects', /use un método anticonceptivo y /))).toEqual([
      'methotrexate: pregnancy-and-contraception: does not say un método anticonceptivo',
    ]);
    expect(spanishSafetyViolations('azathioprine', true, { ...SPANISH_CARDS.azathioprine!.sections, sideEffects: '' })).toContain(
      'azathioprine: side-effects-section: no sideEffects',
    );
  });
});
