import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_TEXT_SIZE, type TextSize } from '../../utils/browser/text-size';
import { loadTextSize, saveTextSize, watchTextSize } from '../../utils/browser/text-size-store';

/** The card's text size and a setter that stores it. Starts at the default until storage answers. */
export function useTextSize(): [TextSize, (size: TextSize) => void] {
  const [size, setSize] = useState<TextSize>(DEFAULT_TEXT_SIZE);
  useEffect(() => {
    let live = true;
    void loadTextSize().then((s) => live && setSize(s), () => undefined);
    const stop = watchTextSize(setSize);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return [
    size,
    (next) => {
      setSize(next);
      void saveTextSize(next).catch(() => undefined);
    },
  ];
}
