import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { capturePointer, dragListeners } from './drag-listeners.js';
import { dropStepAction } from '../edit/drop.js';
import type { CellAction } from '../edit/cell-actions.js';

/** Where a dragged step would land, and the line that shows it (viewport pixels). */
export interface DropPosition {
  stepId: string;
  targetId: string;
  where: 'before' | 'after';
  line: { left: number; top: number; height: number };
}

export interface StepDragOptions {
  enabled: () => boolean;
  /** The step headers in column order: each step's id and its header element. */
  headers: () => Array<{ stepId: string; element: HTMLElement }>;
  /** The bottom edge (viewport px) the drop line reaches: the grid's visible bottom. */
  bottom: () => number;
  rtl: () => boolean;
  /** Runs the move (EditController.run): validated, recorded for undo, announced. */
  run: (action: CellAction) => void;
}

/** Pixels the pointer must travel before a press on a step header becomes a drag (a click, or a tap, stays one). */
const THRESHOLD = 6;
/** A finger wobbles more than a mouse: a tap moves up to this many pixels. */
const TOUCH_THRESHOLD = 10;

/**
 * Drag and drop of step headers in an editable map, by mouse, pen or touch (the map's styles keep
 * vertical panning on the headers, `touch-action: pan-y`, so a finger that swipes up or down still
 * scrolls the page; every move is also on Alt+←/→ and the step editor's buttons). While dragging, a
 * line shows where the step will land: before or after the header under the pointer, whichever
 * half it is over.
 */
export class StepDragController implements ReactiveController {
  /** The drop position while a step is dragged. */
  drop?: DropPosition;
  private press?: { stepId: string; element: HTMLElement; x: number; y: number; pointerId: number; threshold: number };
  private dragging = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: StepDragOptions,
  ) {
    this.listeners = dragListeners(this.host, { down: (e) => this.onDown(e), move: (e) => this.onMove(e), up: (e) => this.onUp(e), cancel: () => this.onCancel(), key: (e) => this.onKey(e) });
    host.addController(this);
  }

  private readonly listeners: ReturnType<typeof dragListeners>;

  hostConnected(): void {
    this.listeners.connect();
  }

  hostDisconnected(): void {
    this.listeners.disconnect();
  }

  /** The drop position for a pointer at `x`: before the first header whose reading-order half it is in, else after the last. */
  positionAt(stepId: string, x: number): DropPosition | undefined {
    const headers = this.options.headers();
    if (!headers.length) return undefined;
    const rtl = this.options.rtl();
    const bottom = this.options.bottom();
    for (const { stepId: targetId, element } of headers) {
      const rect = element.getBoundingClientRect();
      const middle = rect.left + rect.width / 2;
      if (rtl ? x > middle : x < middle) {
        return { stepId, targetId, where: 'before', line: { left: rtl ? rect.right : rect.left, top: rect.top, height: Math.max(0, bottom - rect.top) } };
      }
    }
    const last = headers[headers.length - 1];
    const rect = last.element.getBoundingClientRect();
    return { stepId, targetId: last.stepId, where: 'after', line: { left: rtl ? rect.left : rect.right, top: rect.top, height: Math.max(0, bottom - rect.top) } };
  }

  private reset(): void {
    const wasShown = this.drop !== undefined;
    this.press = undefined;
    this.dragging = false;
    this.drop = undefined;
    if (wasShown) this.host.requestUpdate();
  }

  private readonly onDown = (event: PointerEvent): void => {
    if (!this.options.enabled() || event.button !== 0) return;
    const headers = this.options.headers();
    const path = event.composedPath();
    const hit = headers.find(({ element }) => path.includes(element));
    if (!hit) return;
    const threshold = event.pointerType === 'touch' ? TOUCH_THRESHOLD : THRESHOLD;
    this.press = { ...hit, x: event.clientX, y: event.clientY, pointerId: event.pointerId, threshold };
    this.dragging = false;
  };

  private readonly onMove = (event: PointerEvent): void => {
    const press = this.press;
    if (!press || event.pointerId !== press.pointerId) return;
    if (!this.dragging) {
      if (Math.hypot(event.clientX - press.x, event.clientY - press.y) < press.threshold) return;
      this.dragging = true;
      capturePointer(press.element, event.pointerId);
    }
    event.preventDefault();
    this.drop = this.positionAt(press.stepId, event.clientX);
    this.host.requestUpdate();
  };

  private readonly onUp = (event: PointerEvent): void => {
    const press = this.press;
    if (!press || event.pointerId !== press.pointerId) return;
    const drop = this.dragging ? this.positionAt(press.stepId, event.clientX) : undefined;
    const dragged = this.dragging;
    this.reset();
    if (!dragged) return;
    // The click that follows a drag is not a selection of the step.
    const swallow = (click: Event) => click.stopPropagation();
    this.host.addEventListener('click', swallow, { capture: true, once: true });
    setTimeout(() => this.host.removeEventListener('click', swallow, { capture: true }), 0);
    if (drop && drop.targetId !== drop.stepId) this.options.run(dropStepAction(drop.stepId, drop.targetId, drop.where));
  };

  private readonly onCancel = (): void => this.reset();

  /** Escape while dragging puts the step back. */
  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.dragging) return;
    event.preventDefault();
    event.stopPropagation();
    this.reset();
  };
}
