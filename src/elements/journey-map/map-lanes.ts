import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { LaneKind, NormalizedJourney, NormalizedLane } from '../../model/types.js';
import { LANE_ORDER } from '../../model/types.js';
import { isGridRow, type GridRow } from '../shared/grid-row.js';

/** Tags that can be a map's lane rows, whether or not they are defined yet. */
const LANE_TAGS = new Set(['stage-lane', 'emotion-curve']);

/** Parts of a default lane that the map re-exports, so `journey-map::part(cell)` reaches them. */
const LANE_PARTS = 'lane-header, toggle, visibility-line, cell, selected';

/** True when the author composed lanes as children of the map (they replace the default lanes). */
export function hasLaneChildren(host: Element): boolean {
  return Array.from(host.children).some((child) => LANE_TAGS.has(child.localName) || isGridRow(child));
}

/** The lane elements of a map in row order: the composed children, else its own default lanes. */
export function laneRows(host: Element, root: ParentNode): GridRow[] {
  const slot = root.querySelector<HTMLSlotElement>('.lanes > slot');
  const composed = slot ? slot.assignedElements().filter(isGridRow) : [];
  if (composed.length || hasLaneChildren(host)) return composed;
  return Array.from(root.querySelectorAll('.lanes > *')).filter(isGridRow);
}

/** One row of a map's grid: its cells in order, and the lane element for a lane row. */
export interface MapRow {
  element?: GridRow;
  cells: HTMLElement[];
}

/** A map's grid rows in order once it is rendered: the stage and step header rows, then every lane. */
export function gridRows(host: Element, root: ParentNode): MapRow[] {
  const headCells = (selector: string) => Array.from(root.querySelectorAll<HTMLElement>(`${selector} > [role='columnheader']`));
  const customer = root.querySelector('.lanes > .customer-row');
  return [
    { cells: headCells('.stage-row') },
    { cells: headCells('.step-row') },
    ...(customer ? [{ cells: Array.from(customer.querySelectorAll<HTMLElement>(':scope > [role]')) }] : []),
    ...laneRows(host, root).map((element) => ({ element, cells: element.gridCells() })),
  ];
}

const KINDS = new Set<string>([...LANE_ORDER, 'text']);

/**
 * Lanes from the `lanes` attribute, e.g. "actions, painPoints, text:channelNotes"; unknown kinds and
 * repeats are skipped. Undefined when the attribute names no usable lane.
 */
export function parseLanesAttribute(value: string | undefined): NormalizedLane[] | undefined {
  if (!value) return undefined;
  const lanes: NormalizedLane[] = [];
  const keys = new Set<string>();
  for (const entry of value.split(',')) {
    const [kind, ...rest] = entry.trim().split(':');
    const field = rest.join(':').trim();
    if (!KINDS.has(kind) || (kind === 'text' && !field)) continue;
    const key = kind === 'text' ? `text:${field}` : kind;
    if (keys.has(key)) continue;
    keys.add(key);
    lanes.push(kind === 'text' ? { kind: 'text', key, field } : { kind: kind as LaneKind, key });
  }
  return lanes.length ? lanes : undefined;
}

/** Maps connected while `<emotion-curve>` is undefined; a map leaves the set when disconnected, so none is kept alive. */
const waitingForCurve = new Set<{ requestUpdate(): void }>();
let curveDefined: Promise<void> | undefined;

/** Re-renders `map` once `<emotion-curve>` is defined, so its emotion lane appears (until the map is disconnected). */
export function updateWhenCurveDefined(map: { requestUpdate(): void }): void {
  if (customElements.get('emotion-curve')) return;
  waitingForCurve.add(map);
  curveDefined ??= customElements.whenDefined('emotion-curve').then(() => {
    for (const waiting of waitingForCurve) waiting.requestUpdate();
    waitingForCurve.clear();
  });
}

export function stopWaitingForCurve(map: { requestUpdate(): void }): void {
  waitingForCurve.delete(map);
}

/**
 * One element per lane of the journey: `<stage-lane>`, or `<emotion-curve>` for the emotion lane —
 * left out while that element is not defined, so a page without it still gets every other lane.
 * `compare` (the map's valid `compareTo` document) is drawn dashed in the emotion lane.
 */
export function renderDefaultLanes(journey: NormalizedJourney, compare?: unknown): TemplateResult {
  const emotionDefined = customElements.get('emotion-curve') !== undefined;
  return html`${repeat(
    journey.lanes,
    (lane) => lane.key,
    (lane) => {
      if (lane.kind === 'emotion') {
        return emotionDefined ? html`<emotion-curve part="lane" exportparts=${LANE_PARTS} .compare=${compare}></emotion-curve>` : nothing;
      }
      return html`<stage-lane part="lane" exportparts=${LANE_PARTS} kind=${lane.kind} field=${ifDefined(lane.field)}></stage-lane>`;
    },
  )}`;
}

/** The journey with lanes from the `lanes` attribute when the document names none, memoized. */
export class LanesMemo {
  private key?: { journey: NormalizedJourney; lanes?: string };
  private value?: NormalizedJourney;

  get(journey: NormalizedJourney | undefined, lanes: string | undefined): NormalizedJourney | undefined {
    if (!journey) return undefined;
    if (this.key && this.key.journey === journey && this.key.lanes === lanes) return this.value;
    const fromAttribute = journey.source.lanes?.length ? undefined : parseLanesAttribute(lanes);
    this.key = { journey, lanes };
    this.value = fromAttribute ? { ...journey, lanes: fromAttribute } : journey;
    return this.value;
  }
}
