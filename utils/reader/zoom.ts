/** Zoom levels and page numbers: pure maths for the toolbar. */

/** The steps the + and − buttons (and Ctrl/Cmd +/−) move through, as in the browsers' own viewers. */
export const ZOOM_STEPS = [0.25, 0.33, 0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4, 5] as const;
export const MIN_ZOOM = ZOOM_STEPS[0];
export const MAX_ZOOM = ZOOM_STEPS[ZOOM_STEPS.length - 1]!;

export function clampZoom(scale: number): number {
  if (!Number.isFinite(scale)) return 1;
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, scale));
}

/** The next step up from `scale` (from a fitted 1.37, + goes to 1.5, not 1.1). */
export function zoomIn(scale: number): number {
  return ZOOM_STEPS.find((step) => step > scale + 1e-6) ?? MAX_ZOOM;
}

export function zoomOut(scale: number): number {
  for (let i = ZOOM_STEPS.length - 1; i >= 0; i--) if (ZOOM_STEPS[i]! < scale - 1e-6) return ZOOM_STEPS[i]!;
  return MIN_ZOOM;
}

/** CSS pixels per PDF point: zoom 100% shows a page at its printed size (96 px per inch, 72 pt per inch). */
export const CSS_PER_POINT = 96 / 72;

/** The zoom at which a page `pageWidth` points wide fills `available` CSS pixels, less a margin on each side. */
export function fitWidth(available: number, pageWidth: number, margin = 16): number {
  if (!(pageWidth > 0) || !(available > 0)) return 1;
  return clampZoom((available - 2 * margin) / (pageWidth * CSS_PER_POINT));
}

/** The zoom a document opens at: fit width, but no larger than 125% (pdf.js's own "automatic" zoom). */
export const MAX_AUTO_ZOOM = 1.25;
export function autoZoom(available: number, pageWidth: number): number {
  return Math.min(MAX_AUTO_ZOOM, fitWidth(available, pageWidth));
}

/** "125%", for the zoom label. */
export function zoomLabel(scale: number): string {
  return `${Math.round(scale * 100)}%`;
}

/** The page a typed number names, or null when it names none (the input then shows the current page again). */
export function parsePageNumber(text: string, pageCount: number): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,6}$/.test(trimmed)) return null;
  const page = Number(trimmed);
  return page >= 1 && page <= pageCount ? page : null;
}

export function clampPage(page: number, pageCount: number): number {
  if (pageCount < 1) return 1;
  return Math.min(pageCount, Math.max(1, Math.round(page)));
}
