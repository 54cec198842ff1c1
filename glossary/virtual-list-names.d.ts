declare module 'virtual:dmg-list-names' {
  import type { ListName } from './list-names';
  /** Every entry's names as a list shows them (list-names-plugin.ts). */
  const names: readonly ListName[];
  export default names;
}
