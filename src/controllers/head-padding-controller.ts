import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps a scroller's `scroll-padding-block-start` equal to the height of its sticky header, so cells
 * focused by keyboard scroll into view below the header instead of under it. The height is read when
 * a ResizeObserver reports it: the layout is then already done, where reading `offsetHeight` after
 * every update forced one more layout per update (bench: docs/performance.md).
 */
export class HeadPaddingController implements ReactiveController {
  private readonly host: ReactiveControllerHost & { readonly hasUpdated: boolean };
  private readonly parts: { head: () => HTMLElement | null; scroller: () => HTMLElement | null };
  private observer?: ResizeObserver;
  private observed?: HTMLElement;

  constructor(
    host: ReactiveControllerHost & { readonly hasUpdated: boolean },
    parts: { head: () => HTMLElement | null; scroller: () => HTMLElement | null },
  ) {
    this.host = host;
    this.parts = parts;
    host.addController(this);
  }

  hostConnected(): void {
    if (this.host.hasUpdated) this.observe();
  }

  hostUpdated(): void {
    this.observe();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observed = undefined;
  }

  /** Watches the header now rendered, if it is another element than the one watched. */
  private observe(): void {
    const head = this.parts.head();
    if (head === this.observed || (!head && !this.observed)) return;
    this.observer?.disconnect();
    this.observed = head ?? undefined;
    if (!head) return;
    this.observer ??= new ResizeObserver(() => {
      const scroller = this.parts.scroller();
      const padding = this.observed ? `${this.observed.offsetHeight}px` : '';
      if (scroller && scroller.style.scrollPaddingBlockStart !== padding) scroller.style.scrollPaddingBlockStart = padding;
    });
    this.observer.observe(head);
  }
}
