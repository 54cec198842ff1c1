import { describe, expect, it } from 'vitest';
import { allEntries } from '../../glossary/entries';
import { findSafetyViolations, SAFETY_RULES, type Requirement, type SafetyRule } from '../../glossary/safety-rules';
import type { GlossaryEntry } from '../../glossary/types';
import { assertValidGlossary, GlossaryError } from '../../glossary/validate';
import { entry } from './entry-fixture';

const rule = (id: string): SafetyRule => {
  const found = SAFETY_RULES.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};

/** The entry with one requirement of a rule taken away: the link dropped, or the text removed. */
function without(e: GlossaryEntry, requirement: Requirement): GlossaryEntry {
  switch (requirement.kind) {
    case 'classes':
      return { ...e, classes: [] };
    case 'section':
      return { ...e, sections: { ...e.sections, [requirement.section]: undefined } };
    case 'related':
      return { ...e, related: e.related.filter((id) => id !== requirement.entryId) };
    case 'phrase': {
      const sections = { ...e.sections };
      for (const s of requirement.sections) {
        const text = sections[s];
        // Drop every sentence that says it, as an editor trimming the card would.
        if (text) sections[s] = text.split(/(?<=[.!?])\s+/).filter((sentence) => !requirement.pattern.test(sentence)).join(' ');
      }
      return { ...e, sections };
    }
  }
}

const live = entry('x-suppressant', 'Xsuppressant', [], {
  classes: ['systemic-immunosuppressant'],
  related: ['live-vaccines'],
  sections: { sideEffects: 'It makes infections more likely. Do not have a live vaccine while you take it.' },
});
// Its members are real entries; these fixtures stand alone, so only the requirements are used.
const liveRules = [{ ...rule('live-vaccines'), members: [] }];

describe('safety rules', () => {
  it('are all met by the bundled glossary', () => {
    expect(findSafetyViolations(allEntries)).toEqual([]);
  });

  it('names the entry and the rule when a class member lacks the link', () => {
    expect(findSafetyViolations([{ ...live, related: [] }], liveRules)).toEqual([
      { entryId: 'x-suppressant', ruleId: 'live-vaccines', message: 'must link the "live-vaccines" card in "related"' },
    ]);
  });

  it('names the entry and the rule when a class member lacks the text', () => {
    const quiet = { ...live, sections: { sideEffects: 'It makes infections more likely.' } };
    expect(findSafetyViolations([quiet], liveRules)).toEqual([
      {
        entryId: 'x-suppressant',
        ruleId: 'live-vaccines',
        message: 'must say a warning about live vaccines in "howGiven" or "sideEffects"',
      },
    ]);
  });

  it('does not count the phrase in a section the rule does not name', () => {
    const elsewhere = { ...live, sections: { whyInDm: 'Ask about any live vaccine.', sideEffects: 'Infections are more likely.' } };
    expect(findSafetyViolations([elsewhere], liveRules).map((v) => v.ruleId)).toEqual(['live-vaccines']);
  });

  it('leaves entries outside the classes alone', () => {
    const vitamin = entry('x-vitamin', 'Xvitamin', [], { category: 'care' });
    expect(findSafetyViolations([vitamin], liveRules)).toEqual([]);
  });

  it('requires a side-effects section and declared classes on every medicine card', () => {
    const bare = entry('x-drug', 'Xdrug');
    expect(findSafetyViolations([bare], [rule('declares-classes'), rule('side-effects-section')])).toEqual([
      { entryId: 'x-drug', ruleId: 'declares-classes', message: 'must declare its medicine classes (field "classes")' },
      { entryId: 'x-drug', ruleId: 'side-effects-section', message: 'must have a "sideEffects" section' },
    ]);
  });

  it('does not let a named member escape by dropping its class', () => {
    const entries = allEntries.map((e) => (e.id === 'baricitinib' ? { ...e, classes: [] } : e));
    const violations = findSafetyViolations(entries).filter((v) => v.entryId === 'baricitinib');
    expect(violations.map((v) => v.ruleId)).toEqual(
      expect.arrayContaining(['live-vaccines', 'screening-before-start', 'pregnancy-and-contraception', 'jak-shingles']),
    );
    expect(violations.find((v) => v.ruleId === 'live-vaccines')?.message).toMatch(/must declare one of these classes/);
  });

  it('names a member the glossary has lost', () => {
    const entries = allEntries.filter((e) => e.id !== 'tofacitinib');
    expect(findSafetyViolations(entries)).toContainEqual({
      entryId: 'tofacitinib',
      ruleId: 'screening-before-start',
      message: 'is named by this rule but is not in the glossary',
    });
  });

  // Every requirement of every rule, taken away from every entry the rule covers, must be caught:
  // proof that no rule is met by accident (a pattern that matches anything, a link nobody checks).
  for (const r of SAFETY_RULES) {
    it(`catches each requirement of "${r.id}" missing from each card it covers`, () => {
      const covered = allEntries.filter(
        (e) => (r.classes ?? []).some((c) => e.classes?.includes(c)) || (r.categories ?? []).includes(e.category),
      );
      expect(covered.length, `entries under ${r.id}`).toBeGreaterThan(0);
      for (const e of covered) {
        for (const requirement of r.requires) {
          const entries = allEntries.map((other) => (other.id === e.id ? without(other, requirement) : other));
          const caught = findSafetyViolations(entries, [r]).some((v) => v.entryId === e.id && v.ruleId === r.id);
          expect(caught, `${e.id} without ${JSON.stringify(requirement, (_k, v: unknown) => (v instanceof RegExp ? String(v) : v))}`).toBe(true);
        }
      }
    });
  }

  it('cites an https source for every rule about a medical fact', () => {
    for (const r of SAFETY_RULES) {
      if (r.requires.every((q) => q.kind === 'classes' || q.kind === 'section')) continue;
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      for (const s of r.sources) expect(s.url, r.id).toMatch(/^https:\/\//);
    }
  });

  it('fails the build (assertValidGlossary) naming the entry and the rule', () => {
    const broken = allEntries.map((e) => (e.id === 'methotrexate' ? without(e, rule('methotrexate-trimethoprim').requires[1]!) : e));
    expect(() => assertValidGlossary(broken)).toThrow(GlossaryError);
    expect(() => assertValidGlossary(broken)).toThrow(
      'glossary entry "methotrexate", safety rule "methotrexate-trimethoprim": must say the trimethoprim interaction in "sideEffects"',
    );
  });
});
