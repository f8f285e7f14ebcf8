import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import type { Locale } from '../../i18n/locale.js';
import { parseLanesAttribute } from '../../model/lanes-attribute.js';
import type { JourneyProblem, NormalizedJourney } from '../../model/types.js';
import { isGridRow, type GridRow } from '../../controllers/grid-row.js';

/** Tags that can be a map's lane rows, whether or not they are defined yet. */
const LANE_TAGS = new Set(['stage-lane', 'emotion-curve', 'journey-flow']);

/** Parts of a default lane that the map re-exports, so `journey-map::part(cell)` reaches them. */
const LANE_PARTS = 'lane-header, toggle, visibility-line, cell, selected, ghost';

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

/** Lane elements the map draws but does not import: a page may load them later, or not at all. */
const LAZY_LANE_TAGS = ['emotion-curve', 'journey-flow'] as const;

/** Maps connected while a lazy lane element is undefined; a map leaves the set when disconnected, so none is kept alive. */
const waitingForLanes = new Map<string, Set<{ requestUpdate(): void }>>();

/** Re-renders `map` once `<emotion-curve>` and `<journey-flow>` are defined, so their lanes appear (until the map is disconnected). */
export function updateWhenLanesDefined(map: { requestUpdate(): void }): void {
  for (const tag of LAZY_LANE_TAGS) {
    if (customElements.get(tag)) continue;
    let waiting = waitingForLanes.get(tag);
    if (!waiting) {
      const maps = new Set<{ requestUpdate(): void }>();
      waiting = maps;
      waitingForLanes.set(tag, maps);
      void customElements.whenDefined(tag).then(() => {
        for (const one of maps) one.requestUpdate();
        maps.clear();
      });
    }
    waiting.add(map);
  }
}

export function stopWaitingForLanes(map: { requestUpdate(): void }): void {
  for (const waiting of waitingForLanes.values()) waiting.delete(map);
}

/**
 * One element per lane of the journey: `<stage-lane>`, `<emotion-curve>` for the emotion lane or
 * `<journey-flow>` for the flow lane — these two left out while their element is not defined, so a
 * page without them still gets every other lane.
 * `compare` (the map's valid `compareTo` document) is drawn dashed in the emotion lane.
 */
export function renderDefaultLanes(journey: NormalizedJourney, compare?: unknown): TemplateResult {
  const emotionDefined = customElements.get('emotion-curve') !== undefined;
  const flowDefined = customElements.get('journey-flow') !== undefined;
  return html`${repeat(
    journey.lanes,
    (lane) => lane.key,
    (lane) => {
      if (lane.kind === 'emotion') {
        return emotionDefined ? html`<emotion-curve part="lane" exportparts=${LANE_PARTS} .compare=${compare}></emotion-curve>` : nothing;
      }
      if (lane.kind === 'flow') return flowDefined ? html`<journey-flow part="lane" exportparts=${LANE_PARTS}></journey-flow>` : nothing;
      return html`<stage-lane part="lane" exportparts=${LANE_PARTS} kind=${lane.kind} field=${ifDefined(lane.field)}></stage-lane>`;
    },
  )}`;
}

/**
 * The journey with lanes from the `lanes` attribute when the document names none, memoized, and the
 * attribute's warnings (an unknown kind), which the map reports with the document's.
 */
export class LanesMemo {
  private key?: { journey: NormalizedJourney; lanes?: string; locale: Locale };
  private value?: NormalizedJourney;
  /** The attribute's warnings for the last journey; a new array only when they change. */
  warnings: readonly JourneyProblem[] = [];

  get(journey: NormalizedJourney | undefined, lanes: string | undefined, locale: Locale): NormalizedJourney | undefined {
    if (!journey) return undefined;
    if (this.key && this.key.journey === journey && this.key.lanes === lanes && this.key.locale === locale) return this.value;
    const attribute = journey.source.lanes?.length ? { warnings: [] } : parseLanesAttribute(lanes, locale);
    if (attribute.warnings.length || this.warnings.length) this.warnings = attribute.warnings;
    this.key = { journey, lanes, locale };
    this.value = attribute.lanes ? { ...journey, lanes: attribute.lanes } : journey;
    return this.value;
  }
}
