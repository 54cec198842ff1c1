import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { h, render } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import popoverCss from '../../components/popover.css?inline';
import cardCss from '../../components/term-card.css?inline';
import { Popover } from '../../components/Popover';
import type { OpenGlossaryRequest } from '../messages';

export const POPOVER_TAG = 'dmg-popover';
const VIEWPORT_MARGIN = 8;

interface Open {
  trigger: HTMLElement;
  /** Opened by resting the pointer on the term: focus stays where the reader left it. */
  byHover: boolean;
  stopFollowing: () => void;
}

/**
 * Owns the one popover of a page: mounts it in an open shadow root beside a
 * term, keeps it there while the page scrolls or resizes, and takes it down
 * again. Only one term is open at a time.
 */
export class PopoverController {
  private ui: ShadowRootContentScriptUi<HTMLElement> | undefined;
  private current: Open | undefined;

  constructor(private readonly ctx: ContentScriptContext) {
    ctx.addEventListener(document, 'pointerdown', (event) => this.onPointerDown(event), { capture: true });
    ctx.addEventListener(document, 'keydown', (event) => {
      if (event.key === 'Escape' && this.current) this.close(true);
    });
    ctx.onInvalidated(() => this.close(false));
  }

  get openTrigger(): HTMLElement | undefined {
    return this.current?.trigger;
  }

  /** The term whose popover was opened by hovering, if that is what is open. */
  get hoverTrigger(): HTMLElement | undefined {
    return this.current?.byHover ? this.current.trigger : undefined;
  }

  /** Whether an event happened inside the popover. */
  contains(event: Event): boolean {
    return !!this.ui && event.composedPath().includes(this.ui.shadowHost);
  }

  async open(trigger: HTMLElement, entryId: string, { byHover = false } = {}): Promise<void> {
    if (this.current?.trigger === trigger) {
      // A click on a term whose popover opened by hovering takes it over: keep it, move focus in.
      if (!byHover && this.current.byHover) {
        this.current.byHover = false;
        this.ui?.mounted?.querySelector<HTMLElement>('[role="dialog"]')?.focus();
      }
      return;
    }
    this.close(false);
    const ui = await this.getUi();
    ui.mount();
    const layer = ui.mounted!;
    trigger.setAttribute('aria-expanded', 'true');
    render(
      h(Popover, {
        key: `${entryId}-${Date.now()}`,
        entryId,
        takeFocus: !byHover,
        onClose: () => this.close(true),
        onOpenGlossary: (id: string) => {
          const request: OpenGlossaryRequest = { type: 'dmg:open-glossary', id };
          void browser.runtime.sendMessage(request);
          this.close(false);
        },
      }),
      layer,
    );
    const place = () => void this.place(trigger, layer);
    this.current = { trigger, byHover, stopFollowing: autoUpdate(trigger, layer, place) };
  }

  /** Closes the popover; `restoreFocus` returns focus to the term (Escape, Close button). */
  close(restoreFocus: boolean): void {
    const open = this.current;
    if (!open) return;
    // Focus goes back to the term only if it was in the popover, on the term, or lost (on the
    // body); it is never pulled from somewhere else the reader put it.
    const active = document.activeElement;
    const focusWasOurs = active === this.ui?.shadowHost || active === open.trigger || active === document.body || active === null;
    this.current = undefined;
    open.stopFollowing();
    open.trigger.setAttribute('aria-expanded', 'false');
    if (this.ui?.mounted) render(null, this.ui.mounted);
    this.ui?.remove();
    if (restoreFocus && focusWasOurs && open.trigger.isConnected) open.trigger.focus({ preventScroll: true });
  }

  private onPointerDown(event: Event): void {
    if (!this.current || this.contains(event)) return;
    // A press on the open term itself is left to the click that follows.
    if (event.composedPath().includes(this.current.trigger)) return;
    this.close(false);
  }

  private async place(trigger: HTMLElement, layer: HTMLElement): Promise<void> {
    const { x, y } = await computePosition(trigger, layer, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        offset(6),
        flip({ padding: VIEWPORT_MARGIN }),
        shift({ padding: VIEWPORT_MARGIN }),
        size({
          padding: VIEWPORT_MARGIN,
          apply({ availableHeight, elements }) {
            elements.floating.style.maxHeight = `${Math.max(160, Math.floor(availableHeight))}px`;
          },
        }),
      ],
    });
    Object.assign(layer.style, { transform: `translate(${Math.round(x)}px, ${Math.round(y)}px)` });
  }

  private async getUi(): Promise<ShadowRootContentScriptUi<HTMLElement>> {
    this.ui ??= await createShadowRootUi(this.ctx, {
      name: POPOVER_TAG,
      position: 'inline',
      anchor: 'body',
      append: 'last',
      mode: 'open',
      css: `${cardCss}\n${popoverCss}`,
      // Keys typed in the popover must not reach the page's own shortcuts.
      isolateEvents: true,
      onMount: (container) => {
        const layer = document.createElement('div');
        layer.className = 'dmg-layer';
        container.append(layer);
        return layer;
      },
    });
    return this.ui;
  }
}
