import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { allEntries } from './glossary/entries';
import { listNamesPlugin } from './glossary/list-names-plugin';
import { glossaryNamesPlugin } from './glossary/names-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact(), glossaryNamesPlugin(() => allEntries), listNamesPlugin(() => allEntries)],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
  },
});
