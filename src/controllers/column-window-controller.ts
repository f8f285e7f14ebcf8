import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ColumnWindow } from '../context/column-window-context.js';
import type { GridRow } from './grid-row.js';
import type { ColumnLayout } from '../layout/types.js';
import { bandOnScreen, columnsInView, lanesToDraw } from '../layout/view-window.js';
import type { NormalizedJourney, NormalizedStep } from '../model/types.js';

export interface ColumnWindowOptions {
  /** The element that scrolls the columns sideways, once rendered. */
  scroller: () => HTMLElement | null;
  /** Width of the scroller's viewport: the host's last measurement, read without forcing a layout. */
  width: () => number;
  /** The lane elements, in order. */
  lanes: () => GridRow[];
  /** Resolves once the host and its lanes have rendered the last change. */
  rendered: () => Promise<unknown>;
  /**
   * Called once the host and its lanes have rendered the lanes in view of a first render, or an idle
   * chunk, before that frame is painted and right after a layout: the map measures its capped cells
   * there, so their fade and "Show all" are drawn in the same frame instead of a frame of their own
   * (which repainted every lane a second time).
   */
  beforePaint?: () => void;
}

/** Most columns one idle-time chunk draws. */
const MAX_CHUNK = 64;

/**
 * At most this many columns left to draw are drawn in one idle chunk: a typical map (two or three
 * dozen steps) completes in one re-layout of the grid after its first frame instead of two.
 */
const SMALL_REST = 32;

/** Lanes drawn before anything is measured: the first few rows of the document. */
const FIRST_LANES = 3;

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
 * Draws a map's cells in the order a reader meets them: on an update, the columns in view (any
 * part of them) are drawn at once, and every other column is drawn in chunks in the following idle
 * moments, nearest first, in chunks that grow (each chunk re-lays out the whole grid). Scrolling or
 * moving focus to a column not drawn yet draws it before the frame is painted. Once every column is
 * drawn the whole grid is in the DOM (find in page, a screen reader's browse mode, printing).
 *
 * Lanes likewise: a first render draws the first lanes, then, before the frame is painted, measures
 * where they are and adds the lanes on screen (layout/view-window.ts), until none on screen is
 * missing. The lanes below are drawn in the first idle moment, or as soon as the map scrolls
 * vertically.
 *
 * A column is remembered by its step object: the map keeps an unchanged step's object across updates
 * (stable-journey.ts), so an update redraws only the changed columns, and a changed column out of view
 * waits for the next idle moment instead of delaying the one in view.
 */
export class ColumnWindowController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: ColumnWindowOptions;
  private readonly shown = new WeakSet<NormalizedStep>();
  private readonly lanes = new Set<string>();
  private allLanes = false;
  private filling = false;
  /** An update came while a fill was measuring: measure again once it is done. */
  private refill = false;
  private top = 0;
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

  /** True while some column or lane of the last journey is not drawn yet. */
  get pending(): boolean {
    if (!this.journey) return false;
    return !this.allLanes || this.journey.steps.some((step) => !this.shown.has(step));
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
      if (this.everything) this.showAllLanes();
      else if (this.lanes.size === 0) for (const key of this.firstLanes(journey)) this.showLane(key);
      this.everything = false;
    }
    if (this.changed) {
      this.changed = false;
      this.current = this.newWindow();
    }
    return this.current;
  }

  /** A new object, so context consumers hear that cells were added; it reads the live sets. */
  private newWindow(): ColumnWindow {
    return { shows: (step, lane) => this.shown.has(step) && (lane === undefined || this.allLanes || this.lanes.has(lane)) };
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
    if (!this.allLanes && this.journey && this.layout) {
      if (this.filling) this.refill = true;
      else void this.fill();
    }
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

  private showLane(key: string): void {
    if (this.lanes.has(key)) return;
    this.lanes.add(key);
    this.changed = true;
  }

  private showAllLanes(): void {
    if (this.allLanes) return;
    this.allLanes = true;
    this.changed = true;
  }

  /**
   * Once the host and its lanes have rendered (still before the frame is painted), adds the lanes on
   * screen not drawn yet, and updates again, until none on screen is missing (`lanesToDraw`). Each
   * round lays out the grid once, as the frame would have; an update during a round measures again.
   */
  private async fill(): Promise<void> {
    this.filling = true;
    this.refill = false;
    let added = false;
    try {
      await this.options.rendered();
      const scroller = this.options.scroller();
      if (this.allLanes || !scroller || !this.host.isConnected) return;
      const band = bandOnScreen(scroller.getBoundingClientRect().top, scroller.clientHeight, window.innerHeight);
      const lanes = this.options.lanes();
      const boxes = lanes.map((lane) => {
        const { top, bottom } = lane.getBoundingClientRect();
        return { key: lane.laneKey, top, bottom, drawn: this.lanes.has(lane.laneKey) };
      });
      for (const key of lanesToDraw(boxes, band)) {
        this.showLane(key);
        added = true;
      }
      // Every lane drawn already: nothing is left for the idle moment (and the window answers the same).
      if (lanes.length > 0 && lanes.every((lane) => this.lanes.has(lane.laneKey))) this.allLanes = true;
    } catch {
      // A lane that failed to render shows its own error; the idle moment draws the rest.
    } finally {
      this.filling = false;
    }
    if (added) this.host.requestUpdate();
    else if (this.refill) void this.fill();
    else {
      // Every lane in view is drawn, and the reads above just laid the grid out: measure the capped cells on that layout.
      if (this.host.isConnected) this.options.beforePaint?.();
      if (!this.pending) this.release();
    }
  }

  /** The lanes drawn before anything is measured: the first few lane elements, or the document's. */
  private firstLanes(journey: NormalizedJourney): string[] {
    const elements = this.options.lanes();
    const keys = elements.length > 0 ? elements.map((lane) => lane.laneKey) : journey.lanes.map((lane) => lane.key);
    return keys.slice(0, FIRST_LANES);
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
    return columnsInView(layout, this.offset, this.options.width()).map((column) => journey.steps[column.index]);
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
    // Scrolling down before the first idle moment: every lane (measuring them in a scroll event would
    // force a layout per event).
    const top = scroller?.scrollTop ?? 0;
    if (top !== this.top && !this.allLanes) {
      this.top = top;
      this.showAllLanes();
      this.host.requestUpdate();
      return;
    }
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

  /** Draws the lanes not drawn yet and the next columns nearest to the view. */
  private drawChunk(): void {
    if (!this.journey) return;
    const missing = this.missing();
    if (!this.allLanes) {
      // Every lane with this chunk's columns: one more re-layout of the grid rather than two.
      this.showAllLanes();
      if (!missing.length || !this.layout) {
        this.requestChunk();
        return;
      }
    }
    if (!missing.length || !this.layout) return;
    const visible = this.inView(this.journey, this.layout).map((step) => step.index);
    const centre = visible.length ? (visible[0] + visible[visible.length - 1]) / 2 : 0;
    missing.sort((a, b) => Math.abs(a.index - centre) - Math.abs(b.index - centre));
    // Every chunk costs a re-layout of the whole grid besides its own columns, so chunks grow: as many
    // columns as are drawn already (at least a screenful, at most MAX_CHUNK), and a wide map takes a
    // few chunks rather than one per screenful.
    // A small map's rest all at once (SMALL_REST): the chunk's layout costs as much as the next one's.
    const drawn = this.journey.steps.length - missing.length;
    const count = missing.length <= SMALL_REST ? missing.length : Math.min(MAX_CHUNK, Math.max(visible.length, drawn));
    for (const step of missing.slice(0, count)) this.show(step);
    this.requestChunk();
  }

  /** Updates the host for an idle chunk, then lets it finish the chunk before the frame (`beforePaint`). */
  private requestChunk(): void {
    this.host.requestUpdate();
    const { beforePaint } = this.options;
    if (!beforePaint) return;
    this.options.rendered().then(
      () => {
        if (this.host.isConnected) beforePaint();
      },
      () => undefined,
    );
  }

  private release(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const resolve of waiting) resolve();
  }
}
