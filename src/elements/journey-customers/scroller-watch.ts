import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Watches the table's scroller: its height, measured when the browser reports a size (never inside
 * `updated()`: setting state there schedules an update after one completed, Lit's
 * "change-in-update" warning, and a second render of every row on each update), and its scroll
 * position, read once per animation frame from `onScroll`. Follows the scroller when a render
 * replaces it; stops when the host leaves the page.
 */
export class ScrollerWatch implements ReactiveController {
  private observer?: ResizeObserver;
  private observed?: HTMLElement;
  private frame?: number;

  constructor(
    host: ReactiveControllerHost,
    private readonly find: () => HTMLElement | null,
    private readonly report: (change: { height?: number; offset?: number }) => void,
  ) {
    host.addController(this);
  }

  /** The scroller's scroll listener. */
  readonly onScroll = (): void => {
    if (this.frame !== undefined) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = undefined;
      this.report({ offset: this.find()?.scrollTop ?? 0 });
    });
  };

  hostUpdated(): void {
    const scroller = this.find() ?? undefined;
    if (scroller === this.observed || typeof ResizeObserver === 'undefined') return;
    this.observer ??= new ResizeObserver(() => {
      const height = this.observed?.clientHeight;
      if (height) this.report({ height });
    });
    if (this.observed) this.observer.unobserve(this.observed);
    this.observed = scroller;
    if (scroller) this.observer.observe(scroller);
  }

  hostDisconnected(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.observer?.disconnect();
    this.observed = undefined;
  }
}
