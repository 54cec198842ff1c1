/** Where the card's styles are published in storage.local (kept apart so the content script imports no CSS). */
export const CARD_CSS_KEY = 'dmg-card-css';
