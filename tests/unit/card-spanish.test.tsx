/**
 * The card in Spanish (components/card/TermCard.tsx with LanguageSwitch): the
 * text, its lang, the labels in the card's language whatever the browser's,
 * and the reader's switch. Unit tests run without the browser's i18n, so the
 * browser counts as English.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getEntry, glossary } from '../../glossary';
import { SPANISH_CARDS, SPANISH_NOTICE } from '../../glossary/es/cards';
import { spanishCardText } from '../../glossary/es/card-text';
import { relatedNames } from '../../glossary/related';
import { CARD_LABEL_SETS } from '../../utils/card-data/label-catalogues';
import { chooseCardLanguage, type CardLang } from '../../utils/card-data/card-language';
import { cardTranslator } from '../../utils/card-data/card-labels';
import { TermCard } from '../../components/card/TermCard';

let root: HTMLElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

/** The card as the popup and the glossary page show it: the caller keeps the reader's choice. */
function Holder({ id, place, noSpanish = false }: { id: string; place?: string; noSpanish?: boolean }) {
  const [choice, setChoice] = useState<CardLang>();
  const entry = getEntry(id)!;
  const related = relatedNames(entry);
  const spanish = noSpanish ? undefined : spanishCardText(entry, related);
  const language = chooseCardLanguage(place, 'en', spanish !== undefined, choice);
  return (
    <TermCard
      entry={entry}
      headingId="h"
      relatedNames={related}
      onOpenTerm={() => undefined}
      spanish={spanish}
      language={language}
      t={cardTranslator(language.labels, CARD_LABEL_SETS)}
      labelSets={CARD_LABEL_SETS}
      onChoose={setChoice}
    />
  );
}

async function show(id: string, place?: string, noSpanish = false) {
  await act(() => render(<Holder id={id} place={place} noSpanish={noSpanish} />, root));
}
const q = (selector: string) => root.querySelector<HTMLElement>(selector);
const switchButton = () => q('.tc-language-switch');

describe('the card in Spanish', () => {
  it('shows the Spanish text, marked Spanish, with Spanish labels in an English browser', async () => {
    await show('methotrexate', 'es');
    expect(q('h2')?.textContent).toBe('Metotrexato');
    expect(q('article')?.getAttribute('lang')).toBe('es');
    expect(q('.tc-summary')?.textContent).toBe(SPANISH_CARDS.methotrexate!.summary);
    // Related terms with a Spanish name show it; the others keep their English name, marked English.
    const related = spanishCardText(getEntry('methotrexate')!, relatedNames(getEntry('methotrexate')!))!.related;
    expect([...root.querySelectorAll('.tc-related button')].map((b) => [b.textContent, b.getAttribute('lang')])).toEqual(related.map((r) => [r.name, r.lang ?? null]));
    expect(q('.tc-related button:not([lang])')?.textContent).toBe('Ácido fólico');
    expect(q('.tc-notice')?.textContent).toBe(SPANISH_NOTICE);
    expect([...root.querySelectorAll('.tc-section > summary')].map((s) => s.textContent)).toContain('Por qué se usa en la DM');
    expect(root.textContent).toContain('¿Qué día de la semana lo tomo?');
    expect(q('.tc-sources a')?.textContent).toBe('Metotrexato');
    expect(q('.tc-reviewed')?.textContent).toContain('Revisado el 6 de diciembre de 2026');
    expect(q('.tc-category')?.textContent).toBe('Medicamento');
    // The English pronunciation guide does not belong on the Spanish card.
    expect(q('.tc-say')).toBeNull();
  });

  it('switches to English and back with a real button, labels following', async () => {
    await show('methotrexate', 'es-MX');
    expect(switchButton()?.textContent).toBe('Read in English');
    expect(switchButton()?.getAttribute('lang')).toBe('en');
    await act(() => switchButton()!.click());
    expect(q('h2')?.textContent).toBe(getEntry('methotrexate')!.name);
    expect(q('article')?.getAttribute('lang')).toBe('en');
    expect(q('.tc-summary')?.textContent).toBe(getEntry('methotrexate')!.summary);
    expect(q('.tc-notice')?.textContent).toBe('General information, not medical advice. Talk to your care team before changing any treatment.');
    expect([...root.querySelectorAll('.tc-section > summary')].map((s) => s.textContent)).toContain('Why it is used in DM');
    expect(switchButton()?.textContent).toBe('Leer en español');
    expect(switchButton()?.getAttribute('lang')).toBe('es');
    await act(() => switchButton()!.click());
    expect(q('h2')?.textContent).toBe('Metotrexato');
  });

  it('stays English on an English page in an English browser, with no switch', async () => {
    await show('methotrexate');
    expect(q('h2')?.textContent).toBe(getEntry('methotrexate')!.name);
    expect(switchButton()).toBeNull();
    expect(q('.tc-language')).toBeNull();
  });

  // Every entry has a Spanish card now, so the card of a new entry without one is stood in for by
  // an entry shown without its Spanish text (or a real one, should an entry lack its card again).
  const notYet = glossary.find((entry) => !Object.hasOwn(SPANISH_CARDS, entry.id)) ?? getEntry('methotrexate')!;
  it('says in Spanish that a card is not in Spanish yet, on a Spanish page', async () => {
    await show(notYet.id, 'es', true);
    expect(q('h2')?.textContent).toBe(notYet.name);
    expect(q('.tc-language')?.textContent).toBe('Esta ficha todavía no está en español; se muestra en inglés.');
    expect(q('.tc-language')?.getAttribute('lang')).toBe('es');
    expect(switchButton()).toBeNull();
  });
});
