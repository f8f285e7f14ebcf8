/**
 * The standalone drawing's keys and clicks (`<journey-flow>` outside a map): what a key or a click
 * moves the focus to, and the `journey-select` a choice dispatches. Inside a map the lane's cells
 * take the keys instead (flow-lane.ts).
 */
import { emit } from '../../events.js';
import { flowKey, sourceOf, startFocus, type FlowFocus } from '../../layout/flow-navigation.js';
import type { FlowView } from './flow-template.js';

/**
 * What a key on the drawing does: a new focus, `select` (Enter), undefined (Escape: no focus), or
 * `ignore` when the key is not the drawing's (left to the page, not prevented).
 */
export function keyAction(view: FlowView | undefined, focus: FlowFocus | undefined, event: KeyboardEvent, rtl: boolean): FlowFocus | 'select' | 'ignore' | undefined {
  if (!view || event.altKey || event.ctrlKey || event.metaKey) return 'ignore';
  const action = flowKey(view.flow, focus, event.key, rtl, startFocus(view.table.entries));
  if (action !== 'ignore') event.preventDefault();
  return action;
}

/** The node, link or drop-off a click landed on (the nearest `data-step`, `data-link` or `data-exit` on its path). */
export function clickedFocus(event: MouseEvent): FlowFocus | undefined {
  for (const target of event.composedPath()) {
    if (!(target instanceof Element)) continue;
    const step = target.getAttribute('data-step');
    const link = target.getAttribute('data-link');
    const exit = target.getAttribute('data-exit');
    if (step !== null) return { kind: 'node', step: Number(step) };
    if (link !== null) return { kind: 'link', index: Number(link) };
    if (exit !== null) return { kind: 'exit', index: Number(exit) };
  }
  return undefined;
}

/** Dispatches `journey-select` from `host` for `focus`: its step (a link's or drop-off's source) and, on a link, `toStepId`. */
export function selectFocus(host: HTMLElement, view: FlowView | undefined, focus: FlowFocus): void {
  if (!view) return;
  const { journey, flow } = view;
  const from = journey.steps[sourceOf(flow, focus)];
  if (!from) return;
  const to = focus.kind === 'link' ? journey.steps[flow.links[focus.index].to] : undefined;
  emit(host, 'journey-select', { stageId: from.stageId, stepId: from.id, lane: 'flow', ...(to ? { toStepId: to.id } : {}) });
}
