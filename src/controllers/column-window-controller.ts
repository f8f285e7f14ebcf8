import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ColumnWindow } from '../context/column-window-context.js';
import type { ColumnLayout } from '../layout/types.js';
import type { NormalizedJourney, NormalizedStep } from '../model/types.js';

export interface ColumnWindowOptions {
  /** The element that scrolls the columns sideways, once rendered. */
  scroller: () => HTMLElement | null;
  /** Width of the scroller's viewport: the host's last measurement, read without forcing a layout. */
  width: () => number;
}

/** Most columns one idle-time chunk draws. */
const MAX_CHUNK = 64;

type IdleHandle = { cancel(): void };

function whenIdle(callback: () => void): IdleHandle {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, { timeout: 100 });
    return { cancel: () => cancelIdleCallback(id) };
  }
  const id = setTimeout(callback, 0);
  return { cancel: () => clearTimeout(id) };
}

/**
 * Draws a map's columns in the order a reader meets them: on an update, the columns in view (any
 * part of them) are drawn at once, and every other column is drawn in chunks in the following idle
 * moments, nearest first, in chunks that grow (each chunk re-lays out the whole grid). Scrolling or
 * moving focus to a column not drawn yet draws it before the frame is painted. Once every column is
 * drawn the whole grid is in the DOM (find in page, a screen reader's browse mode, printing).
 *
 * A column is remembered by its step object: the map keeps an unchanged step's object across updates
 * (stable-journey.ts), so an update redraws only the changed columns, and a changed column out of view
 * waits for the next idle moment instead of delaying the one in view.
 */
export class ColumnWindowController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: ColumnWindowOptions;
  private readonly shown = new WeakSet<NormalizedStep>();
  private everything = false;
  private current = this.newWindow();
  private changed = false;
  private journey?: NormalizedJourney;
  private layout?: ColumnLayout;
  private scroller?: HTMLElement;
  private idle?: IdleHandle;
  private offset = 0;
  private waiting: Array<() => void> = [];

  constructor(host: ReactiveControllerHost & HTMLElement, options: ColumnWindowOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** True while some column of the last journey is not drawn yet. */
  get pending(): boolean {
    return this.journey?.steps.some((step) => !this.shown.has(step)) ?? false;
  }

  /** Resolves once every column of the current journey has been drawn (at once if it is). */
  settled(): Promise<void> {
    if (!this.pending) return Promise.resolve();
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /**
   * The window to provide to the lanes for this update: adds the columns in view, and returns a new
   * object when a column was added since the last call.
   */
  window(journey: NormalizedJourney | undefined, layout: ColumnLayout | undefined): ColumnWindow {
    this.journey = journey;
    this.layout = layout;
    if (journey && layout) {
      for (const step of this.everything ? journey.steps : this.inView(journey, layout)) this.show(step);
      this.everything = false;
    }
    if (this.changed) {
      this.changed = false;
      this.current = this.newWindow();
    }
    return this.current;
  }

  /** A new object, so context consumers hear that columns were added; it reads the live set. */
  private newWindow(): ColumnWindow {
    const shown = this.shown;
    return { shows: (step) => shown.has(step) };
  }

  /** Draws every column on the next update (printing: paper does not scroll, and prints at once). */
  showAll(): void {
    this.everything = true;
  }

  hostConnected(): void {
    if (this.pending) this.schedule();
  }

  hostUpdated(): void {
    this.listen(this.options.scroller());
    if (this.pending) this.schedule();
    else this.release();
  }

  hostDisconnected(): void {
    this.idle?.cancel();
    this.idle = undefined;
    this.listen(null);
    // Nothing is drawn while disconnected: whoever waits for the columns must not wait forever.
    this.release();
  }

  private show(step: NormalizedStep): void {
    if (this.shown.has(step)) return;
    this.shown.add(step);
    this.changed = true;
  }

  private missing(): NormalizedStep[] {
    if (!this.journey) return [];
    return this.journey.steps.filter((step) => !this.shown.has(step));
  }

  /**
   * The steps whose columns are at least partly in view. Reads no layout: the width is the host's
   * last measurement and the scroll offset the last scroll event's, so deciding what to draw never
   * forces a layout of a grid that is half drawn.
   */
  private inView(journey: NormalizedJourney, layout: ColumnLayout): NormalizedStep[] {
    const from = this.offset;
    const to = from + Math.max(this.options.width() - layout.headerWidth, layout.columnWidth);
    return layout.columns.filter((column) => column.x + column.width > from && column.x < to).map((column) => journey.steps[column.index]);
  }

  private listen(scroller: HTMLElement | null): void {
    if (scroller === this.scroller) return;
    this.scroller?.removeEventListener('scroll', this.onScroll);
    this.scroller = scroller ?? undefined;
    this.scroller?.addEventListener('scroll', this.onScroll, { passive: true });
  }

  private readonly onScroll = (): void => {
    const { journey, layout, scroller } = this;
    // Right to left, scrollLeft runs from 0 to negative values: the distance from the inline start is its size.
    this.offset = scroller ? Math.abs(scroller.scrollLeft) : 0;
    if (!journey || !layout) return;
    // Scroll events come before the frame is painted, so the update below draws in the same frame.
    if (this.inView(journey, layout).some((step) => !this.shown.has(step))) this.host.requestUpdate();
  };

  private schedule(): void {
    if (this.idle || !this.host.isConnected) return;
    this.idle = whenIdle(() => {
      this.idle = undefined;
      this.drawChunk();
    });
  }

  /** Draws the next columns nearest to the view. */
  private drawChunk(): void {
    const missing = this.missing();
    if (!missing.length || !this.journey || !this.layout) return;
    const visible = this.inView(this.journey, this.layout).map((step) => step.index);
    const centre = visible.length ? (visible[0] + visible[visible.length - 1]) / 2 : 0;
    missing.sort((a, b) => Math.abs(a.index - centre) - Math.abs(b.index - centre));
    // Every chunk costs a re-layout of the whole grid besides its own columns, so chunks grow: as many
    // columns as are drawn already (at least a screenful, at most MAX_CHUNK), and a wide map takes a
    // few chunks rather than one per screenful.
    const drawn = this.journey.steps.length - missing.length;
    const count = Math.min(MAX_CHUNK, Math.max(visible.length, drawn));
    for (const step of missing.slice(0, count)) this.show(step);
    this.host.requestUpdate();
  }

  private release(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}
