/**
 * Which site a frame's document belongs to, for the privacy modes (review
 * S3). `about:blank`, `about:srcdoc` and `javascript:` frames have no host in
 * their URL, but they inherit their creator's origin: a blank child of a site
 * the reader switched off is that site, and a blank child of a cross-site ad
 * frame is the ad's site. So their site comes from the origin, never from
 * the URL (whose hostname is "").
 *
 * Pure: the content script passes `location.href` and `self.origin`; the
 * background passes `sender.url` and `sender.origin` (both filled in by the
 * browser, checked in Chromium 156 and Firefox ESR 153).
 */

/**
 * The site's hostname; "" for a local file (a page of no site, which only
 * "everywhere" paints); `null` where no site can be known (an opaque origin,
 * such as a sandboxed `srcdoc` frame, or a blank frame whose origin was not
 * given): such a frame matches no mode.
 */
export function frameSite(href: string | undefined, origin: string | undefined): string | null {
  const own = parse(href);
  // A document fetched from the web is its URL's site, sandboxed or not: that site served it.
  if (own && (own.protocol === 'http:' || own.protocol === 'https:')) return own.hostname;
  if (own?.protocol === 'file:') return '';
  // Blank, srcdoc, javascript:, data: and blob: documents: whatever their origin says.
  const from = origin === undefined || origin === 'null' ? undefined : parse(origin);
  if (!from) return null;
  if (from.protocol === 'http:' || from.protocol === 'https:') return from.hostname;
  if (from.protocol === 'file:') return '';
  return null;
}

function parse(address: string | undefined): URL | undefined {
  if (address === undefined) return undefined;
  try {
    return new URL(address);
  } catch {
    return undefined;
  }
}
