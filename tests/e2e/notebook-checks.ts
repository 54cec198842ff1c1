/** Functions run in pages and extension pages by the notebook's end-to-end tests (serialised: each stands alone). */
import type { browser as ExtensionApi } from 'wxt/browser';

type Api = typeof ExtensionApi;

/*
 * The functions below that run "in the page or the card's frame" look in the
 * document itself only when it is the card's frame (meta[name="dmg-card"]: a
 * page's own dialogs are not ours), and in the open shadow roots of the
 * body's children (the PDF reader's card). Run them with `inCard`.
 */

/** Runs in the page or the card's frame: clicks the open card's button whose own text is exactly `label` (a check mark aside); false if none is enabled. */
export function clickCardButton({ label, within = '' }: { label: string; within?: string }): boolean {
  const own: Array<Document | ShadowRoot> = document.querySelector('meta[name="dmg-card"]') ? [document] : [];
  for (const root of [...own, ...[...document.body.children].flatMap((child) => (child.shadowRoot ? [child.shadowRoot] : []))]) {
    const buttons = [...root.querySelectorAll<HTMLButtonElement>(`[role="dialog"] ${within} button`)];
    const button = buttons.find((b) => !b.disabled && b.getAttribute('aria-disabled') !== 'true' && b.textContent?.replace(/^✓\s*/, '').trim() === label);
    if (button) {
      button.click();
      return true;
    }
  }
  return false;
}

/**
 * Runs in the page or the card's frame: the centre of the open card's button whose own text is
 * exactly `label`, scrolled into view, for a real mouse click (the card's notebook buttons ignore
 * `el.click()`); null if none is enabled. In the card's frame the point is in the frame's
 * viewport: `cardPoint` makes it the page's.
 */
export function cardButtonCentre({ label, within = '' }: { label: string; within?: string }): { x: number; y: number } | null {
  const own: Array<Document | ShadowRoot> = document.querySelector('meta[name="dmg-card"]') ? [document] : [];
  for (const root of [...own, ...[...document.body.children].flatMap((child) => (child.shadowRoot ? [child.shadowRoot] : []))]) {
    const buttons = [...root.querySelectorAll<HTMLButtonElement>(`[role="dialog"] ${within} button`)];
    const button = buttons.find((b) => !b.disabled && b.getAttribute('aria-disabled') !== 'true' && b.textContent?.replace(/^✓\s*/, '').trim() === label);
    if (button) {
      button.scrollIntoView({ block: 'center' });
      const box = button.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }
  }
  return null;
}

/** Runs in the page or the card's frame: the card's notebook parts. */
export function cardNotebook() {
  const own: Array<Document | ShadowRoot> = document.querySelector('meta[name="dmg-card"]') ? [document] : [];
  const root = [...own, ...[...document.body.children].flatMap((child) => (child.shadowRoot ? [child.shadowRoot] : []))].find((r) => r.querySelector('[role="dialog"]'));
  if (!root) return null;
  const take = [...root.querySelectorAll<HTMLButtonElement>('.tc-nb-button')].find((b) => b.textContent?.includes('I take this'));
  const active = root.activeElement;
  return {
    mineNote: root.querySelector('header .tc-mine')?.textContent ?? null,
    // Null until the card has the notebook's answer (the buttons wait for it, disabled).
    takePressed: take && !take.disabled ? take.getAttribute('aria-pressed') : null,
    offer: root.querySelector('.tc-nb-offer')?.textContent ?? null,
    form: root.querySelector('.tc-nb-form') !== null,
    focused: active ? `${active.localName}:${active.textContent?.trim().slice(0, 40) ?? ''}` : null,
    message: root.querySelector('.tc-nb-message')?.textContent ?? '',
  };
}

/** Runs in the page: the texts of the `dmg-mine` ranges, and whether each is also in `dmg-term` (null: no such entry). */
export function mineTexts(): { texts: string[]; subset: boolean } | null {
  const mine = CSS.highlights.get('dmg-mine');
  if (!mine) return null;
  const all = new Set(CSS.highlights.get('dmg-term') ?? []);
  const ranges = [...mine] as AbstractRange[];
  return { texts: ranges.map((r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset)).sort(), subset: ranges.every((r) => all.has(r)) };
}

/** Runs in an extension page: the notebook's stored items. */
export function storedNotebook(): Promise<Record<string, unknown>> {
  const api = (globalThis as unknown as { browser?: Api; chrome: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome;
  return api.storage.local.get(['dmg-notebook-mine', 'dmg-notebook-saved', 'dmg-notebook-questions', 'dmg-notebook-prefs']) as Promise<Record<string, unknown>>;
}
