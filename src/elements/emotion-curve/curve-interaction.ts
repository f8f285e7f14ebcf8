import { emit } from '../../events.js';
import { isPointKey, movePoint, type PointPosition } from '../../layout/curve-navigation.js';
import { DEFAULT_PERSONA } from '../../model/types.js';
import type { CurveView } from './curve-view.js';

/**
 * The standalone chart's keyboard: arrows and Home/End move between points (`movePoint`), Enter or
 * Space selects the point the keyboard is on, Escape leaves it. Returns the point the keyboard is on next.
 */
export function pointKeyDown(
  event: KeyboardEvent,
  view: CurveView,
  active: PointPosition | undefined,
  select: (position: PointPosition) => void,
): PointPosition | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey) return active;
  if (isPointKey(event.key)) {
    event.preventDefault();
    return movePoint(view.plot.series, active, event.key, view.rtl);
  }
  if ((event.key === 'Enter' || event.key === ' ') && active) {
    event.preventDefault();
    select(active);
  } else if (event.key === 'Escape' && active) {
    event.preventDefault();
    return undefined;
  }
  return active;
}

/** The point marker a click landed on, if any. */
export function clickedPoint(event: MouseEvent): PointPosition | undefined {
  const point = event.composedPath().find((node): node is SVGGElement => node instanceof SVGGElement && node.dataset.series !== undefined);
  return point ? { series: Number(point.dataset.series), step: Number(point.dataset.step) } : undefined;
}

/** A click on the plot: a point clicked is selected (`select`) and becomes the one the keyboard is on; returns that point. */
export function plotClick(event: MouseEvent, active: PointPosition | undefined, select: (position: PointPosition) => void): PointPosition | undefined {
  const position = clickedPoint(event);
  if (position) select(position);
  return position ?? active;
}

/** Fires `journey-select` for a point: its stage, step and persona (none for the median or a document without personas). */
export function selectPoint(host: HTMLElement, view: CurveView | undefined, position: PointPosition, lane: string): void {
  const series = view?.plot.series[position.series];
  const step = view?.journey.steps[position.step];
  if (!series || !step) return;
  const persona = series.kind === 'median' || series.personaId === DEFAULT_PERSONA ? undefined : series.personaId;
  emit(host, 'journey-select', { stageId: step.stageId, stepId: step.id, persona, lane });
}

/** Brings the point the keyboard moved to into view, when the chart scrolls. */
export function scrollToPoint(root: ParentNode, { series, step }: PointPosition): void {
  root.querySelector(`.point[data-series="${series}"][data-step="${step}"]`)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}
