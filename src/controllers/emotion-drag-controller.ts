import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { capturePointer, dragListeners } from './drag-listeners.js';
import { columnTitle } from '../edit/cell-actions.js';
import { emotionOf, setEmotion } from '../edit/structure.js';
import type { EditResult } from '../edit/edits.js';
import { editString } from '../i18n/edit-strings.js';
import { emotionY } from '../layout/curve.js';
import { DEFAULT_PERSONA, type JourneyDocument, type NormalizedJourney } from '../model/types.js';
import type { EditController } from './edit-controller.js';
import type { Translator } from '../i18n/translator.js';

export interface EmotionDragOptions {
  enabled: () => boolean;
  journey: () => NormalizedJourney | undefined;
  /** The map's emotion lane (`<emotion-curve>`), when it has one. */
  curve: () => HTMLElement | undefined;
  /** The map's language and string overrides (the announcement, the history's label). */
  words: () => Translator;
}

/** How far (px) from a point's centre a press still picks it up: further for a finger, which covers the point. */
const REACH = 18;
const TOUCH_REACH = 24;

interface Drag {
  pointerId: number;
  before: JourneyDocument;
  stepId: string;
  /** Persona of a per-persona value; undefined for a single value. */
  persona?: string;
  moved: boolean;
  last: EditResult;
  /** Where on the scale the press was, less the point's value: the point keeps its distance from the pointer (a finger lands beside it). */
  grip: number;
}

/**
 * Dragging a persona's point in the emotion lane of an editable map up or down, by mouse, pen or
 * touch (the map's styles keep horizontal panning on the lane, `touch-action: pan-x`):
 * the value snaps to the scale's step (0.5) and the curve follows while dragging; releasing commits
 * one edit (one undo step), Escape puts the point back. +/− on the focused cell do the same by keyboard.
 */
export class EmotionDragController implements ReactiveController {
  private drag?: Drag;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly edit: EditController,
    private readonly document: () => JourneyDocument | undefined,
    private readonly options: EmotionDragOptions,
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

  /** The point of the column `stepId` nearest to `clientY` (within reach), with its persona. */
  private pointAt(curve: HTMLElement, stepIndex: number, clientY: number, reach: number): { persona?: string } | undefined {
    let best: { persona?: string; distance: number } | undefined;
    for (const point of curve.shadowRoot?.querySelectorAll<SVGGElement>(`.series--current .point[data-step="${stepIndex}"]`) ?? []) {
      const rect = (point.querySelector('.marker') ?? point).getBoundingClientRect();
      const distance = Math.abs(rect.top + rect.height / 2 - clientY);
      const key = point.closest<SVGGElement>('.series')?.dataset.seriesKey ?? '';
      const persona = key.slice(key.indexOf(':') + 1);
      if (distance <= reach && (!best || distance < best.distance)) best = { persona: persona === DEFAULT_PERSONA ? undefined : persona, distance };
    }
    return best;
  }

  /** The (unsnapped) value at `clientY` over the curve's plot. */
  private valueAt(curve: HTMLElement, journey: NormalizedJourney, clientY: number): number | undefined {
    const plot = curve.shadowRoot?.querySelector('.plot-svg');
    if (!plot) return undefined;
    const rect = plot.getBoundingClientRect();
    const y = emotionY(journey.scale, rect.height);
    const [bottom, top] = y.range();
    const [min, max] = y.domain();
    if (bottom === top) return undefined;
    return min + ((bottom - (clientY - rect.top)) / (bottom - top)) * (max - min);
  }

  private outcome(drag: Drag) {
    const step = columnTitle(drag.before, drag.stepId);
    const value = drag.last.ok ? emotionOf(drag.last.journey, drag.stepId, drag.persona) : undefined;
    const label = editString(this.options.words(), 'announce.emotion', { step, value: value === undefined ? '' : String(value) });
    return { result: drag.last, label, focus: { kind: 'target' as const, target: { kind: 'emotion' as const, stepId: drag.stepId } } };
  }

  private readonly onDown = (event: PointerEvent): void => {
    if (!this.options.enabled() || event.button !== 0) return;
    const curve = this.options.curve();
    const journey = this.options.journey();
    const before = this.document();
    if (!curve || !journey || !before) return;
    const path = event.composedPath();
    if (!path.includes(curve)) return;
    const cell = path.find((node): node is HTMLElement => node instanceof HTMLElement && node.getAttribute('role') === 'gridcell' && node.dataset.stepId !== undefined);
    const stepIndex = cell ? journey.stepIndexById.get(cell.dataset.stepId!) : undefined;
    if (!cell || stepIndex === undefined) return;
    const point = this.pointAt(curve, stepIndex, event.clientY, event.pointerType === 'touch' ? TOUCH_REACH : REACH);
    if (!point) return;
    event.preventDefault();
    cell.focus();
    capturePointer(cell, event.pointerId);
    const stepId = cell.dataset.stepId!;
    const grip = (this.valueAt(curve, journey, event.clientY) ?? 0) - (emotionOf(before, stepId, point.persona) ?? 0);
    this.drag = { pointerId: event.pointerId, before, stepId, persona: point.persona, moved: false, last: { ok: true, journey: before, patch: [] }, grip };
  };

  private readonly onMove = (event: PointerEvent): void => {
    const drag = this.drag;
    const curve = this.options.curve();
    const journey = this.options.journey();
    if (!drag || event.pointerId !== drag.pointerId || !curve || !journey) return;
    event.preventDefault();
    const value = this.valueAt(curve, journey, event.clientY);
    if (value === undefined) return;
    const result = setEmotion(drag.before, drag.stepId, drag.persona, value - drag.grip, this.options.words());
    const previous = drag.last.ok ? drag.last.journey : drag.before;
    drag.last = result;
    drag.moved = true;
    // Only a change of the snapped value redraws the map.
    const next = result.ok ? result.journey : drag.before;
    if (emotionOf(next, drag.stepId, drag.persona) !== emotionOf(previous, drag.stepId, drag.persona)) this.edit.preview(next);
  };

  private readonly onUp = (event: PointerEvent): void => {
    const drag = this.drag;
    if (!drag || event.pointerId !== drag.pointerId) return;
    this.drag = undefined;
    if (drag.moved) this.edit.finishDrag(drag.before, this.outcome(drag));
  };

  private readonly onCancel = (): void => {
    const drag = this.drag;
    this.drag = undefined;
    if (drag?.moved) this.edit.preview(drag.before);
  };

  /** Escape while dragging puts the point back. */
  private readonly onKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.drag) return;
    event.preventDefault();
    event.stopPropagation();
    this.onCancel();
  };
}
