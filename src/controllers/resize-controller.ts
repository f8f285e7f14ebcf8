import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface ResizeControllerOptions {
  /**
   * The element to measure; default the host. Called after each host update, so it may return an
   * element of the host's shadow DOM once it has rendered.
   */
  target?: () => Element | null | undefined;
  /**
   * Whether a new width should update the host; default always. The width is still tracked while
   * this says no (e.g. a lane inside a map, laid out by the map), so it is current when it matters.
   */
  enabled?: () => boolean;
}

/**
 * Tracks the content-box width of the host (or of a target inside it) and asks the host to update
 * only when the width changes by a whole pixel or more, so sub-pixel jitter never re-lays the map out.
 * The update waits for the next animation frame: re-rendering inside the observer callback would
 * resize what is observed within the same frame (a scrollbar appearing, say), which browsers report
 * as a "ResizeObserver loop" error on the page.
 */
export class ResizeController implements ReactiveController {
  /** Last measured content-box width in px (0 until the first measurement). */
  width = 0;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly target: () => Element | null | undefined;
  private readonly enabled: () => boolean;
  private observer?: ResizeObserver;
  private observed?: Element;
  private frame?: number;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ResizeControllerOptions = {}) {
    this.host = host;
    this.target = options.target ?? (() => host);
    this.enabled = options.enabled ?? (() => true);
    host.addController(this);
  }

  /**
   * The width to lay out with now: the last measurement or, before the first one, the target's
   * content-box width read synchronously. Reading it costs one layout of the page, which the browser
   * is about to do anyway, and it spares the host a first render at the wrong width followed by a
   * second one when the observer reports (the observer's first report of the same width is ignored).
   */
  measure(): number {
    if (this.width > 0) return this.width;
    const element = this.target();
    if (!element?.isConnected) return 0;
    const style = getComputedStyle(element);
    const padding = (parseFloat(style.paddingInlineStart) || 0) + (parseFloat(style.paddingInlineEnd) || 0);
    this.width = Math.max(0, element.clientWidth - padding);
    return this.width;
  }

  hostConnected(): void {
    this.observer = new ResizeObserver((entries) => this.measured(entries));
    this.observeTarget();
  }

  hostUpdated(): void {
    this.observeTarget();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.observed = undefined;
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }

  private observeTarget(): void {
    const element = this.target();
    if (!this.observer || !element || element === this.observed) return;
    if (this.observed) this.observer.unobserve(this.observed);
    this.observed = element;
    this.observer.observe(element);
  }

  private measured(entries: ResizeObserverEntry[]): void {
    const entry = entries[entries.length - 1];
    if (!entry) return;
    const width = entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width;
    if (Math.abs(width - this.width) < 1) return;
    this.width = width;
    if (!this.enabled()) return;
    this.frame ??= requestAnimationFrame(() => {
      this.frame = undefined;
      this.host.requestUpdate();
    });
  }
}
