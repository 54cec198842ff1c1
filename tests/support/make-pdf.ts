import type { BrowserContext } from 'playwright-core';

/**
 * A PDF printed by headless Chromium from HTML (page.pdf()): real text with
 * embedded fonts, as a leaflet or label saved as PDF is. Made at run time, so
 * no binary fixture is kept in the repository.
 */
export async function printPdf(context: BrowserContext, html: string): Promise<Buffer> {
  const page = await context.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ format: 'Letter', printBackground: true, margin: { top: '0.75in', bottom: '0.75in', left: '0.75in', right: '0.75in' } });
  } finally {
    await page.close();
  }
}

/** A short two-page patient letter naming glossary terms (methotrexate, prednisone, and more). */
export const LETTER_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>Clinic letter</title>
<style>body{font:12pt/1.5 'DejaVu Serif',serif;color:#111} h1{font-size:18pt} .break{break-before:page}</style></head>
<body>
<h1>Dermatology clinic letter</h1>
<p>Dear patient, thank you for coming to the clinic today. We talked about your skin and muscle symptoms.</p>
<p>We agreed to start methotrexate once a week, with folic acid on another day. Your prednisone dose will be lowered slowly over the next months.</p>
<p>Please have blood tests before each visit so we can check your liver and blood counts while you take methotrexate.</p>
<p>If you notice new weakness, tell us. We may also talk about hydroxychloroquine for the rash.</p>
<p class="break">Page two. Keep taking prednisone exactly as agreed; do not stop it suddenly.</p>
<p>Methotrexate and prednisone are both medicines that calm the immune system.</p>
</body></html>`;
