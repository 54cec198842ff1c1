import { storage } from 'wxt/utils/storage';
import { parseTextSize, type TextSize } from './text-size';

/**
 * In storage.local, not sync: the size a reader needs depends on the screen in
 * front of them. Read as unknown and validated, so a corrupt value falls back
 * to the default instead of breaking the card.
 */
const item = storage.defineItem<unknown>('local:textSize');

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
  return read(await item.getValue());
}

export async function saveTextSize(size: TextSize): Promise<void> {
  await item.setValue(size);
}

/** Every open card follows a change made in any of them. */
export function watchTextSize(onChange: (size: TextSize) => void): () => void {
  return item.watch((raw) => onChange(read(raw)));
}
