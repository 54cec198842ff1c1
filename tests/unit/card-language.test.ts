/**
 * Which language a card is shown in (utils/card-data/card-language.ts), where
 * its inputs come from (the mention's nearest lang, the Spanish card text), and
 * the card's labels in both languages (utils/card-data/card-labels.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getEntry, glossary } from '../../glossary';
import { SPANISH_CARDS, SPANISH_NOTICE } from '../../glossary/es/cards';
import { hasSpanishCard, spanishCardText, spanishName } from '../../glossary/es/card-text';
import { relatedNames } from '../../glossary/related';
import { entryReply } from '../../utils/background/entry-server';
import { chooseCardLanguage, type CardLang } from '../../utils/card-data/card-language';
import { isCardLabelSets, labelTranslator } from '../../utils/card-data/card-labels';
import { CARD_LABEL_KEYS, CARD_LABEL_SETS } from '../../utils/card-data/label-catalogues';
import { isEntryReply } from '../../utils/card-data/entry-store';
import { nearestLang } from '../../utils/highlight/page-language';
import { entry } from './entry-fixture';

interface Case {
  pageLanguage?: 'es';
  elementLang?: string | null;
  uiLanguage?: string;
  hasSpanish?: boolean;
  choice?: CardLang;
}
/** The choice as the card on a page makes it (utils/popover/popover-controller.ts): the mention's element lang, else the page's. */
/** What cardTranslator does with whatever storage held, with `fallback` standing for the browser's own strings. */
const cardTranslatorFrom = (stored: unknown, lang: CardLang, fallback: (key: string) => string) =>
  labelTranslator((stored as Partial<Record<CardLang, never>> | null)?.[lang], fallback);
const choose = ({ pageLanguage, elementLang, uiLanguage = 'en', hasSpanish = true, choice }: Case) =>
  chooseCardLanguage(elementLang || pageLanguage, uiLanguage, hasSpanish, choice);

describe('the card language', () => {
  it('is English on an English page in an English browser, with no switch and no note', () => {
    expect(choose({})).toEqual({ text: 'en', labels: 'en', notYet: false });
    expect(choose({ elementLang: 'en-GB' })).toEqual({ text: 'en', labels: 'en', notYet: false });
  });

  it('is Spanish, labels too, on a Spanish page, a Spanish element or in a Spanish browser, with a switch to English', () => {
    const spanish = { text: 'es', labels: 'es', switchTo: 'en', notYet: false };
    expect(choose({ pageLanguage: 'es' })).toEqual(spanish);
    expect(choose({ elementLang: 'es' })).toEqual(spanish);
    expect(choose({ elementLang: 'es-MX' })).toEqual(spanish);
    expect(choose({ elementLang: ' ES-419 ' })).toEqual(spanish);
    expect(choose({ uiLanguage: 'es' })).toEqual(spanish);
    expect(choose({ uiLanguage: 'es-AR' })).toEqual(spanish);
  });

  it("lets an inner element's own language speak for its text, either way", () => {
    // An English quotation inside a Spanish page: English, nothing offered.
    expect(choose({ pageLanguage: 'es', elementLang: 'en' })).toEqual({ text: 'en', labels: 'en', notYet: false });
    // An element that says its language is unknown (lang="") leaves it to the page.
    expect(choose({ pageLanguage: 'es', elementLang: '' }).text).toBe('es');
    // Not a language tag that starts with es.
    expect(choose({ elementLang: 'est' }).text).toBe('en');
    // ...but a Spanish browser still asks for Spanish.
    expect(choose({ pageLanguage: 'es', elementLang: 'en', uiLanguage: 'es' }).text).toBe('es');
  });

  it("follows the reader's switch both ways, labels with it", () => {
    expect(choose({ pageLanguage: 'es', choice: 'en' })).toEqual({ text: 'en', labels: 'en', switchTo: 'es', notYet: false });
    expect(choose({ uiLanguage: 'es', choice: 'en' })).toEqual({ text: 'en', labels: 'en', switchTo: 'es', notYet: false });
    expect(choose({ pageLanguage: 'es', choice: 'es' })).toEqual({ text: 'es', labels: 'es', switchTo: 'en', notYet: false });
  });

  it('shows the English card where no Spanish one exists, saying so where Spanish was wanted; the labels stay the browser’s', () => {
    expect(choose({ pageLanguage: 'es', hasSpanish: false })).toEqual({ text: 'en', labels: 'en', notYet: true });
    expect(choose({ uiLanguage: 'es', hasSpanish: false })).toEqual({ text: 'en', labels: 'es', notYet: true });
    expect(choose({ hasSpanish: false })).toEqual({ text: 'en', labels: 'en', notYet: false });
    // A stale choice (the entry lost its Spanish text) changes nothing.
    expect(choose({ pageLanguage: 'es', hasSpanish: false, choice: 'es' })).toEqual({ text: 'en', labels: 'en', notYet: true });
  });
});

describe("the mention's nearest language", () => {
  it('is the nearest lang below <html> and <body>; null where only the document declares one', () => {
    document.documentElement.setAttribute('lang', 'en');
    document.body.innerHTML = '<div lang="es"><p><b>metotrexato</b></p></div><p id="plain">methotrexate</p><div lang="en-GB"><span lang="">x</span></div><div id="host" lang="es"></div>';
    const text = (selector: string) => document.querySelector(selector)!.firstChild!;
    expect(nearestLang(text('b'))).toBe('es');
    expect(nearestLang(text('#plain'))).toBeNull();
    expect(nearestLang(text('span[lang=""]'))).toBe('');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p lang="es-MX">rituximab</p>';
    expect(nearestLang(shadow.querySelector('p')!.firstChild!)).toBe('es-MX');
    document.body.innerHTML = '';
    document.documentElement.removeAttribute('lang');
  });
});

describe('the Spanish card text', () => {
  it('gives the Spanish name as a heading, the Spanish text and notice, and related terms under their Spanish names', () => {
    const entry = getEntry('methotrexate')!;
    const es = spanishCardText(entry, relatedNames(entry))!;
    expect(es.name).toBe('Metotrexato');
    expect(es.summary).toBe(SPANISH_CARDS.methotrexate!.summary);
    expect(es.sources).toBe(SPANISH_CARDS.methotrexate!.sources);
    expect(es.notice).toBe(SPANISH_NOTICE);
    expect(es.related.map((r) => r.id)).toEqual(relatedNames(entry).map((r) => r.id));
    expect(es.related.find((r) => r.id === 'folic-acid')).toEqual({ id: 'folic-acid', name: 'Ácido fólico' });
    // A related term without a Spanish name keeps its English one, marked English for screen readers.
    for (const r of es.related) expect(r.name, r.id).toBe(r.lang === 'en' ? getEntry(r.id)!.name : spanishName(r.id));
    const someEnglish = glossary.flatMap((e) => spanishCardText(e, relatedNames(e))?.related ?? []).find((r) => r.lang === 'en');
    if (someEnglish) expect(spanishName(someEnglish.id)).toBeUndefined();
  });

  // Synthetic: once every entry has a Spanish card, no real entry is without one.
  const notYet = entry('synthetic-entry-without-spanish-card', 'Synthetic term');
  it('has none for an entry without a Spanish card, and keeps a name in its own case', () => {
    expect(hasSpanishCard(notYet.id)).toBe(false);
    expect(spanishCardText(notYet, [])).toBeUndefined();
    expect(hasSpanishCard('toString')).toBe(false);
    expect(spanishName('dermatomyositis')).toBe('Dermatomiositis');
    expect(spanishName('no-such-entry')).toBeUndefined();
  });

  it('rides with the card from the background, and a malformed stored one is refused', () => {
    const reply = entryReply('methotrexate')!;
    expect(reply.es?.name).toBe('Metotrexato');
    expect(isEntryReply(reply, 'methotrexate')).toBe(true);
    expect(isEntryReply({ ...reply, es: { name: 'x' } }, 'methotrexate')).toBe(false);
    expect(isEntryReply({ ...reply, es: null }, 'methotrexate')).toBe(false);
  });

  // The background answers from the real glossary, so this needs a real entry without a Spanish card.
  const realNotYet = glossary.find((e) => !Object.hasOwn(SPANISH_CARDS, e.id));
  it.skipIf(!realNotYet)('sends no Spanish card with an entry that has none (skipped once every entry has a Spanish card)', () => {
    expect(entryReply(realNotYet!.id)!.es).toBeUndefined();
  });
});

describe("the card's labels in both languages", () => {
  it('holds every string the card, its popover and its notebook buttons show', () => {
    const dir = join(import.meta.dirname, '../../components/card');
    const source = readdirSync(dir)
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    const used = new Set([...source.matchAll(/\bt\(\s*'([A-Za-z]+)'/g), ...source.matchAll(/'(section[A-Za-z]+|category[A-Za-z]+|popover[A-Za-z]+)'/g)].map((m) => m[1]!));
    const missing = [...used].filter((key) => !(CARD_LABEL_KEYS as readonly string[]).includes(key));
    expect(missing).toEqual([]);
    expect(used.size).toBeGreaterThan(40);
  });

  it('are read from the two catalogues, each in its own language', () => {
    expect(isCardLabelSets(CARD_LABEL_SETS)).toBe(true);
    expect(CARD_LABEL_SETS.es.sectionWhyMedicine).toBe('Por qué se usa en la DM');
    expect(CARD_LABEL_SETS.en.sectionWhyMedicine).toBe('Why it is used in DM');
    expect(CARD_LABEL_SETS.en.cardReadInThisLanguage).toBe('Read in English');
    expect(CARD_LABEL_SETS.es.cardReadInThisLanguage).toBe('Leer en español');
    for (const lang of ['en', 'es'] as const) for (const key of CARD_LABEL_KEYS) expect(CARD_LABEL_SETS[lang][key], `${lang} ${key}`).not.toBe(key);
  });

  it('asks the background when nothing is stored, and reads anything else stored as labels where it can, the browser’s own where not', () => {
    expect(isCardLabelSets(null)).toBe(false);
    expect(isCardLabelSets(undefined)).toBe(false);
    expect(isCardLabelSets('labels')).toBe(false);
    const browserOwn = (key: string) => `browser:${key}`;
    // A stored string, a set missing, a label missing or not text: each label falls back on its own.
    expect(cardTranslatorFrom('labels', 'es', browserOwn)('popoverBack')).toBe('browser:popoverBack');
    expect(cardTranslatorFrom({ en: CARD_LABEL_SETS.en }, 'es', browserOwn)('popoverBack')).toBe('browser:popoverBack');
    const { notice: _dropped, ...short } = CARD_LABEL_SETS.es;
    const t = labelTranslator({ ...short, popoverClose: 3 } as never, browserOwn);
    expect(t('notice')).toBe('browser:notice');
    expect(t('popoverClose')).toBe('browser:popoverClose');
    expect(t('popoverBack')).toBe('Atrás');
  });

  it('substitutes $1… as the browser does, and sends other keys to the fallback', () => {
    const t = labelTranslator(CARD_LABEL_SETS.es, (key) => `fallback:${key}`);
    expect(t('popoverMentionCount', 2, 5)).toBe('2 de 5 en esta página');
    expect(t('cardReviewed', '6 de diciembre de 2026')).toBe('Revisado el 6 de diciembre de 2026');
    expect(t('popupLabel')).toBe('fallback:popupLabel');
    expect(t('cardNotebookQuestionLabel', 'el metotrexato')).toBe('Su pregunta sobre el metotrexato');
  });
});
