import { storage } from 'wxt/utils/storage';
import { parseTextSize, type TextSize } from './text-size';

/**
 * In storage.local, not sync: the size a reader needs depends on the screen in
 * front of them. Read as unknown and validated, so a corrupt value falls back
 * to the default instead of breaking the card.
 */
let defined: ReturnType<typeof storage.defineItem<unknown>> | undefined;
/**
 * Defined on first use, not at import: WXT reads an item from storage the moment it is defined,
 * and this module is part of the card frame's script, which runs in every blank and srcdoc frame
 * of every page: a storage read in each of them, for a card most never show (issue #22).
 */
const item = () => (defined ??= storage.defineItem<unknown>('local:textSize'));

let reported = false;
function read(raw: unknown): TextSize {
  const { size, valid } = parseTextSize(raw);
  if (!valid && !reported) {
    reported = true;
    console.warn('DM Glossary: the stored text size was unreadable; using the default.');
  }
  return size;
}

export async function loadTextSize(): Promise<TextSize> {
  return read(await item().getValue());
}

export async function saveTextSize(size: TextSize): Promise<void> {
  await item().setValue(size);
}

/** Every open card follows a change made in any of them. */
export function watchTextSize(onChange: (size: TextSize) => void): () => void {
  return item().watch((raw) => onChange(read(raw)));
}
