import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const load = (lang: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(import.meta.dirname, `../../public/_locales/${lang}/messages.json`), 'utf8'));
const placeholders = (message: string) => [...message.matchAll(/\$\d/g)].map((m) => m[0]).sort();

describe('interface strings', () => {
  const en = load('en');
  const es = load('es');

  it('has the same keys in English and Spanish', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it('keeps the same substitutions ($1, $2) in every translation, and no empty message', () => {
    for (const key of Object.keys(en)) {
      expect(placeholders(es[key]!.message), key).toEqual(placeholders(en[key]!.message));
      expect(es[key]!.message.trim(), key).not.toBe('');
    }
  });

  it('uses only keys the browser accepts', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it('is used by the code: every key in the catalogue appears in a source file or the manifest', () => {
    const root = join(import.meta.dirname, '../..');
    const files = ['components', 'entrypoints', 'utils', 'glossary']
      .flatMap((dir) => readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).map((f) => join(root, dir, f)))
      .filter((f) => /\.tsx?$/.test(f));
    const text = [...files, join(root, 'wxt.config.ts')].map((f) => readFileSync(f, 'utf8')).join('\n');
    const unused = Object.keys(en).filter((key) => !text.includes(`'${key}'`) && !text.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
  });
});
