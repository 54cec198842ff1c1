/**
 * The notebook store on this browser's `storage.local`, for extension pages
 * and the background (content scripts never import it: see the contract).
 * Changes are followed through `storage.onChanged` filtered to 'local',
 * which both browsers have (the area's own onChanged came later to some).
 */
import { browser } from 'wxt/browser';
import { createNotebookStore, type NotebookArea, type NotebookStore } from './store';

type Changes = Record<string, unknown>;

export function localNotebookArea(): NotebookArea {
  const local = browser.storage.local;
  const wrapped = new Map<(changes: Changes) => void, (changes: Changes, area: string) => void>();
  return {
    get: (keys) => local.get(keys),
    set: (items) => local.set(items),
    remove: (keys) => local.remove(keys),
    onChanged: {
      addListener(callback) {
        const listener = (changes: Changes, area: string) => {
          if (area === 'local') callback(changes);
        };
        wrapped.set(callback, listener);
        browser.storage.onChanged.addListener(listener);
      },
      removeListener(callback) {
        const listener = wrapped.get(callback);
        if (listener) browser.storage.onChanged.removeListener(listener);
        wrapped.delete(callback);
      },
    },
  };
}

let shared: NotebookStore | undefined;

/** One store per page, so every write from this page goes through one queue. */
export function notebookStore(): NotebookStore {
  shared ??= createNotebookStore(localNotebookArea());
  return shared;
}
