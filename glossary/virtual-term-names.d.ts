declare module 'virtual:dmg-term-names' {
  import type { TermName } from './term-names';
  const names: readonly TermName[];
  export default names;
}
