/**
 * A tiny in-memory storage area for the notebook tests: values are copied
 * through JSON as the browser's storage does, every call yields to other
 * tasks first (so interleavings can happen, as they do in the browser), and
 * onChanged fires after each change.
 */
import type { NotebookArea } from '../../utils/notebook/store';

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;

export interface MemoryArea extends NotebookArea {
  data: Map<string, unknown>;
  /** Makes the next `set` reject, as a full or failing disk would. */
  failNextSet(): void;
  calls: { get: number; set: number };
}

const copy = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

export function memoryArea(initial: Record<string, unknown> = {}, options: { events?: boolean } = {}): MemoryArea {
  const data = new Map<string, unknown>(Object.entries(initial).map(([k, v]) => [k, copy(v)]));
  const listeners = new Set<(changes: Changes) => void>();
  let failNext = false;
  const calls = { get: 0, set: 0 };
  const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  const emit = (changes: Changes) => {
    if (Object.keys(changes).length === 0) return;
    for (const listener of listeners) listener(changes);
  };
  const area: MemoryArea = {
    data,
    calls,
    failNextSet: () => (failNext = true),
    async get(keys) {
      calls.get++;
      await tick();
      const out: Record<string, unknown> = {};
      for (const key of keys) if (data.has(key)) out[key] = copy(data.get(key));
      return out;
    },
    async set(items) {
      calls.set++;
      await tick();
      if (failNext) {
        failNext = false;
        throw new Error('QUOTA_BYTES quota exceeded');
      }
      const changes: Changes = {};
      for (const [key, value] of Object.entries(items)) {
        changes[key] = { oldValue: data.get(key), newValue: copy(value) };
        data.set(key, copy(value));
      }
      emit(changes);
    },
    async remove(keys) {
      await tick();
      const changes: Changes = {};
      for (const key of typeof keys === 'string' ? [keys] : keys) {
        if (!data.has(key)) continue;
        changes[key] = { oldValue: data.get(key) };
        data.delete(key);
      }
      emit(changes);
    },
  };
  if (options.events !== false) {
    area.onChanged = {
      addListener: (cb) => listeners.add(cb),
      removeListener: (cb) => listeners.delete(cb),
    };
  }
  return area;
}
