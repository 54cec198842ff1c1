/**
 * The Spanish names layer (glossary/es/names.ts) and what Spanish pages paint
 * (glossary/es/page-names.ts): every id is an entry, every entry's names have
 * sources on the same host allow-list as the cards (glossary/source-policy.ts),
 * no painted single word is an everyday Spanish word, and the matcher built from them finds Spanish names on Spanish text and leaves everyday
 * Spanish alone.
 */
import { dictionary } from '@zxcvbn-ts/language-es-es';
import { describe, expect, it } from 'vitest';
import { glossary } from '../../glossary';
import { TermMatcher } from '../../glossary/matcher';
import { normalizeTerm } from '../../glossary/normalize';
import { SPANISH_NAMES } from '../../glossary/es/names';
import { NOT_ON_SPANISH_PAGES, spanishPageNames, withoutAccents } from '../../glossary/es/page-names';
import { checkSourceUrl } from '../../glossary/source-policy';
import { termNames } from '../../glossary/term-names';
import { aliasText, isCaseSensitive, isSearchOnly } from '../../glossary/types';

/**
 * The Spanish common-word list: zxcvbn-ts's Spanish frequency list (about 40,000
 * words, most frequent first, from film and television subtitles). Single
 * painted words found there are everyday Spanish unless allowed here with a reason.
 */
const COMMON_SPANISH = new Set((dictionary['commonWords-es-es'] as string[]).map((w) => w.toLowerCase()));
const SPANISH_ALLOW_LIST: ReadonlyMap<string, string> = new Map([
  ['esteroides', 'in everyday Spanish it means exactly these medicines (or their misuse in sport): the card is the right one'],
  ['lupus', 'the disease has this same name in Spanish, and it is what the word means in Spanish text'],
  ['fisioterapia', 'physiotherapy, and nothing else, in Spanish text: the card is the right one, as English paints "physiotherapy"'],
  ['ana', 'only "ANA" in capitals is painted (case-sensitive), the antibody test; the name Ana is never written so in prose'],
]);

const pageNames = spanishPageNames(termNames(glossary));
const spanishMatcher = new TermMatcher(pageNames);
const found = (text: string) => spanishMatcher.findAll(text).map((m) => `${m.entryId}:${m.text}`);

describe('Spanish names of glossary entries', () => {
  it('are keyed by real entry ids, each with at least one name and an https source', () => {
    const ids = new Set(glossary.map((e) => e.id));
    for (const [id, { names, sources }] of Object.entries(SPANISH_NAMES)) {
      expect(ids.has(id), `${id} is an entry`).toBe(true);
      expect(names.length, `${id} names`).toBeGreaterThan(0);
      expect(sources.length, `${id} sources`).toBeGreaterThan(0);
      for (const s of sources) expect(s.url, `${id} source`).toMatch(/^https:\/\/[^\s]+$/);
    }
  });

  it('cite only hosts on the source allow-list, as the cards do', () => {
    // A painted name sends the reader to a card: the page it was read in must be one the cards
    // themselves could cite, so a name read only in a drug database or a clinic's blog has no place.
    const problems: string[] = [];
    for (const [id, { sources }] of Object.entries(SPANISH_NAMES)) {
      for (const { url } of sources) {
        const verdict = checkSourceUrl(url);
        if (!verdict.ok) problems.push(`${id}: ${verdict.message}`);
      }
    }
    expect(problems).toEqual([]);
    // The rule refuses the kinds of page the names were once read in: a drug-database reprint,
    // a pre-production copy of a health-service site, a manufacturer's promotional atlas.
    for (const bad of [
      'https://vademecum.es/espana/prospecto/32547/privigen-100mg-ml-solucion-para-perfusion',
      'https://www-pre.ibsalut.es/es/info-ciudadania',
      'https://pro.novartis.com/es-es/dermatologia/urticaria/atlas-de-la-urticaria/6-dermatomiositis',
    ]) {
      expect(checkSourceUrl(bad).ok, bad).toBe(false);
    }
  });

  it('cite no copy of a document on a file-sharing site, and nothing over plain http', () => {
    // A copy on studylib or fdocuments may be altered, truncated or taken down, and says nothing of
    // who stands behind it: a name is cited to the publisher's own page (journal, agency, hospital).
    const copySite = /(?:^|\.)(?:studylib[a-z]*|fdocuments|aprenderly|studenta|docplayer|scribd|slideshare|vdocuments|pdfslide|dokumen|idoc|coek|documentop|1library|pdfcoffee|issuu|academia|coursehero|monografias|oladoctor)\.[a-z.]+$/i;
    const problems: string[] = [];
    for (const [id, { sources }] of Object.entries(SPANISH_NAMES)) {
      for (const { url } of sources) {
        const { protocol, hostname } = new URL(url);
        if (protocol !== 'https:') problems.push(`${id}: not https: ${url}`);
        if (copySite.test(hostname)) problems.push(`${id}: document-copy site: ${url}`);
      }
    }
    expect(problems).toEqual([]);
    // The rule itself catches what it is for.
    for (const bad of ['studylib.es', 'deploy.studylib.es', 'fdocuments.ec', 'es.studenta.com', 'aprenderly.com', 'docplayer.es']) {
      expect(copySite.test(bad), bad).toBe(true);
    }
    for (const good of ['cima.aemps.es', 'elsevier.es', 'scielo.isciii.es', 'medlineplus.gov', 'rheumatology.org']) {
      expect(copySite.test(good), good).toBe(false);
    }
  });

  it('never give one spelling to two entries', () => {
    const owner = new Map<string, string>();
    const problems: string[] = [];
    for (const e of glossary) for (const n of [e.name, ...e.aliases.map(aliasText)]) owner.set(normalizeTerm(n), e.id);
    for (const [id, { names }] of Object.entries(SPANISH_NAMES)) {
      for (const n of names) {
        for (const key of new Set([normalizeTerm(aliasText(n)), normalizeTerm(withoutAccents(aliasText(n)))])) {
          const other = owner.get(key);
          if (other && other !== id) problems.push(`"${aliasText(n)}" is ${id} and ${other}`);
          owner.set(key, id);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('paint no everyday Spanish word on Spanish pages, English names included', () => {
    const problems: string[] = [];
    for (const entry of pageNames) {
      for (const alias of [entry.name, ...entry.aliases]) {
        const text = aliasText(alias);
        if (/[\s-]/.test(text.trim())) continue;
        const word = text.toLowerCase();
        if (COMMON_SPANISH.has(word) && !SPANISH_ALLOW_LIST.has(word)) problems.push(`${entry.id}: "${text}"`);
        if (typeof alias !== 'string' && isSearchOnly(alias)) problems.push(`${entry.id}: search-only "${text}" reached the page`);
      }
    }
    expect(problems).toEqual([]);
    // The allow-list is not a hiding place: each of its words is really painted, and case-sensitive if it says so.
    const painted = pageNames.flatMap((e) => e.aliases);
    expect(painted.some((a) => aliasText(a).toLowerCase() === 'esteroides')).toBe(true);
    expect(painted.some((a) => aliasText(a) === 'ANA' && isCaseSensitive(a))).toBe(true);
    // And the names kept off Spanish pages are really English names of the glossary.
    const english = new Set(glossary.flatMap((e) => e.aliases.map((a) => normalizeTerm(aliasText(a)))));
    for (const word of NOT_ON_SPANISH_PAGES) expect(english.has(word), word).toBe(true);
  });

  it('keep every entry, kind and English name of the page list, less the Spanish everyday words', () => {
    const english = termNames(glossary);
    expect(pageNames.map((n) => [n.id, n.category])).toEqual(english.map((n) => [n.id, n.category]));
    const prednisone = pageNames.find((n) => n.id === 'prednisone')!;
    expect(prednisone.aliases.map(aliasText)).not.toContain('Rayos');
    expect(prednisone.aliases.map(aliasText)).toEqual(expect.arrayContaining(['Deltasone', 'prednisona', 'Dacortín', 'Dacortin']));
  });
});

describe('the Spanish page matcher', () => {
  it('finds the Spanish generics, brands and care terms of the issue, with and without accents', () => {
    const text =
      'Me recetaron prednisona y metotrexato; antes tomé azatioprina y ahora hidroxicloroquina (Dolquine). ' +
      'En el hospital me pusieron inmunoglobulina intravenosa y rituximab. Tomo ácido fólico y acido folico los corticosteroides. ' +
      'La CK alta y la IgIV.';
    expect(found(text)).toEqual([
      'prednisone:prednisona',
      'methotrexate:metotrexato',
      'azathioprine:azatioprina',
      'hydroxychloroquine:hidroxicloroquina',
      'hydroxychloroquine:Dolquine',
      'ivig:inmunoglobulina intravenosa',
      'rituximab:rituximab',
      'folic-acid:ácido fólico',
      'folic-acid:acido folico',
      'corticosteroids:corticosteroides',
      'creatine-kinase:CK',
      'ivig:IgIV',
    ]);
  });

  it('finds the Spanish names of tests, conditions, medicines and care, the longest name first', () => {
    const text =
      'Con síndrome antisintetasa y anticuerpos anti-Jo-1 le dieron sulfametoxazol/trimetoprima y dapsona. ' +
      'Tuvo rabdomiolisis. Toma Masdil. La dermatomiositis asociada a cáncer. Tomografía computarizada de alta resolución (TACAR) y hemograma; ' +
      'la miopatía necrotizante inmunomediada; un uso fuera de ficha técnica; anticuerpos específicos de miositis; DM anti-MDA5.';
    expect(found(text)).toEqual([
      'antisynthetase-syndrome:síndrome antisintetasa',
      'anti-synthetase-antibodies:anticuerpos anti-Jo-1',
      'pjp-prophylaxis:sulfametoxazol/trimetoprima',
      'dapsone:dapsona',
      'rhabdomyolysis:rabdomiolisis',
      'diltiazem:Masdil',
      'cancer-screening:dermatomiositis asociada a cáncer',
      'high-resolution-ct:Tomografía computarizada de alta resolución',
      'high-resolution-ct:TACAR',
      'complete-blood-count:hemograma',
      'necrotizing-myopathy:miopatía necrotizante inmunomediada',
      'off-label-use:uso fuera de ficha técnica',
      'myositis-specific-antibodies:anticuerpos específicos de miositis',
      'anti-mda5:DM anti-MDA5',
    ]);
  });

  it('paints no everyday Spanish sentence', () => {
    const everyday = [
      'Los rayos del sol entraban por la ventana y la luz llenaba la casa.',
      'Ana fue al mercado a comprar pan, leche y fruta para toda la semana.',
      'El perro corre por el parque mientras los niños juegan con la pelota.',
      'Mañana vamos a la playa si no llueve; hay que llevar agua y una toalla.',
      'La reunión empieza a las diez y durará una hora, más o menos.',
      'Mi abuela cocina la mejor paella del pueblo cada domingo.',
    ];
    for (const sentence of everyday) expect(found(sentence), sentence).toEqual([]);
  });
});
