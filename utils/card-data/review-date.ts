/** A review date as patients read it: "November 25, 2026". The date is a calendar day, so UTC keeps it from shifting. */
export function formatReviewDate(iso: string, locale = 'en-US'): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString(locale, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}
