import { describe, expect, it } from 'vitest';
import { isSpanishTag, pageLanguage, sampleText, textLanguage } from '../../utils/highlight/page-language';

const SPANISH =
  'La dermatomiositis es una enfermedad que afecta a los músculos y a la piel. El tratamiento suele empezar con corticoides, ' +
  'y muchas personas toman también metotrexato o azatioprina para poder bajar la dosis de los corticoides cuando la enfermedad está controlada.';
const ENGLISH =
  'Dermatomyositis is a rare disease that affects the muscles and the skin. Treatment usually starts with steroids, and many people ' +
  'also take methotrexate or azathioprine so that the steroid dose can be lowered when the disease is under control.';
const PORTUGUESE =
  'A dermatomiosite é uma doença rara que afeta os músculos e a pele. O tratamento costuma começar com corticoides, e muitas pessoas ' +
  'também tomam metotrexato ou azatioprina para baixar a dose dos corticoides quando a doença está controlada, não é?';
const ITALIAN =
  'La dermatomiosite è una malattia rara che colpisce i muscoli e la pelle. Il trattamento di solito inizia con il cortisone, e molte ' +
  'persone prendono anche il metotrexato per ridurre la dose del cortisone quando la malattia è sotto controllo, non è vero? Anche questo.';

describe('telling a Spanish page', () => {
  it('reads Spanish text as Spanish, and English, Portuguese and Italian as not', () => {
    expect(textLanguage(SPANISH)).toBe('es');
    expect(textLanguage(ENGLISH)).toBe('other');
    expect(textLanguage(PORTUGUESE)).toBe('other');
    expect(textLanguage(ITALIAN)).toBe('other');
  });

  it('does not guess from a caption or a menu', () => {
    expect(textLanguage('Inicio · Contacto · Buscar')).toBeUndefined();
    expect(textLanguage('')).toBeUndefined();
  });

  it('takes Spanish language tags in any region and case', () => {
    for (const tag of ['es', 'es-MX', 'ES-419', ' es-es ']) expect(isSpanishTag(tag), tag).toBe(true);
    for (const tag of ['en', 'eu', 'est', '', null, undefined]) expect(isSpanishTag(tag), String(tag)).toBe(false);
  });

  const page = (html: string, lang?: string) => {
    const doc = document.implementation.createHTMLDocument('t');
    if (lang !== undefined) doc.documentElement.setAttribute('lang', lang);
    doc.body.innerHTML = html;
    return doc;
  };

  it('follows the declared language, of the page or its main content', () => {
    expect(pageLanguage(page(`<p>${ENGLISH}</p>`, 'es'))).toBe('es');
    expect(pageLanguage(page(`<nav>Home</nav><main lang="es-AR"><p>Hola</p></main>`, 'en'))).toBe('es');
  });

  it('reads the text where the language is missing or wrong, and leaves English pages English', () => {
    expect(pageLanguage(page(`<p>${SPANISH}</p>`))).toBe('es');
    expect(pageLanguage(page(`<p>${SPANISH}</p>`, 'en'))).toBe('es');
    expect(pageLanguage(page(`<p>${ENGLISH}</p>`))).toBeUndefined();
    expect(pageLanguage(page(`<p>${ENGLISH}</p>`, 'en'))).toBeUndefined();
  });

  it('samples text, not scripts or styles', () => {
    const doc = page(`<script>var the = "and of to"</script><style>.the{}</style><p>${SPANISH}</p>`);
    expect(sampleText(doc.body)).not.toContain('var the');
    expect(sampleText(doc.body, 50).length).toBe(50);
  });
});
