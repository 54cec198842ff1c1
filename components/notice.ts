/** Shown on every card and in the popup: the glossary informs, it never directs care. */
export const NOTICE = 'General information, not medical advice. Talk to your care team before changing any treatment.';
