import { t as uiT } from '../../utils/browser/i18n';
import type { Translate } from '../../utils/card-data/card-labels';
import { isLargest, isSmallest, stepTextSize, type TextSize } from '../../utils/browser/text-size';

interface Props {
  size: TextSize;
  onChange: (size: TextSize) => void;
  /** The card's labels, in the card's language. */
  t?: Translate;
}

/**
 * A- and A+ for the card's text. No `title`: it repeated the hidden words as a description, so
 * screen readers said "A− Smaller text, Smaller text" (m15). At either end the button says it is unavailable
 * (aria-disabled) but keeps focus: a disabled button would drop focus out of the popover.
 */
export function TextSizeControl({ size, onChange, t = uiT }: Props) {
  const button = (direction: 1 | -1) => {
    const atEnd = direction === 1 ? isLargest(size) : isSmallest(size);
    return (
      <button
        type="button"
        class="tc-size-button"
        aria-disabled={atEnd ? 'true' : undefined}
        onClick={() => {
          if (!atEnd) onChange(stepTextSize(size, direction));
        }}
      >
        {/* The visible "A+" starts the accessible name (WCAG 2.5.3); the hidden words explain it. */}
        {direction === 1 ? 'A+' : 'A−'}
        <span class="tc-visually-hidden"> {t(direction === 1 ? 'cardTextLarger' : 'cardTextSmaller')}</span>
      </button>
    );
  };
  return (
    <span class="tc-size" role="group" aria-label={t('cardTextSize')}>
      {button(-1)}
      {button(1)}
    </span>
  );
}
