declare module 'virtual:dmg-term-names' {
  import type { TermName } from './term-names';
  const names: readonly TermName[];
  export default names;
  /** A fingerprint of the names (see glossary/pattern-cache.ts). */
  export const namesStamp: string;
}
