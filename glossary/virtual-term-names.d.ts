declare module 'virtual:dmg-term-names' {
  import type { ContextData } from './context-rules';
  import type { TermName } from './term-names';
  const names: readonly TermName[];
  export default names;
  /** Which names need medical context, made at build time (context-data.ts). */
  export const context: ContextData;
  /** A fingerprint of the names and the context data (see glossary/pattern-cache.ts). */
  export const namesStamp: string;
}
