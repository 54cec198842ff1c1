/**
 * The card's styles. They are not bundled into the content script (which
 * runs in every frame of every page and must stay small): the background
 * publishes them into storage.local with the card texts, and a page's card
 * reads them from there when it first opens.
 */
import popoverCss from './popover.css?inline';
import mentionsCss from './popover-mentions.css?inline';
import cardCss from './term-card.css?inline';

export { CARD_CSS_KEY } from '../../utils/card-data/card-styles-key';

export function cardStyles(): string {
  return `${cardCss}\n${popoverCss}\n${mentionsCss}`;
}
