import type { MapSettings } from '../../context/settings-context.js';
import type { JourneySelectDetail } from '../../events.js';
import type { NormalizedJourney, NormalizedStep } from '../../model/types.js';
import type { MapRow } from './map-lanes.js';
import type { JourneyMapProperties } from './journey-map.properties.js';
import type { MapWords } from './map-model.js';

/** What the map hands its lanes: its language, and the persona, step and customer it names when the journey has them. */
export function mapSettings(map: JourneyMapProperties, journey: NormalizedJourney | undefined, words: MapWords, collapsed: ReadonlySet<string>): MapSettings {
  return {
    ...words,
    persona: journey?.personas.some((p) => p.id === map.persona) ? map.persona : undefined,
    selectedStepId: map.selected && journey?.stepIndexById.has(map.selected) ? map.selected : undefined,
    collapsed,
    traces: map.traces,
    customer: journey?.individuals.some((c) => c.id === map.customer) ? map.customer : undefined,
    noSwitches: map.noSwitches,
    stallAfter: map.stallAfter,
  };
}

/** True when two settings would render the same; context consumers only hear about a new object. */
export function sameSettings(next: MapSettings, previous: MapSettings | undefined): boolean {
  return (
    previous !== undefined &&
    next.locale === previous.locale &&
    next.intlLocale === previous.intlLocale &&
    next.strings === previous.strings &&
    next.persona === previous.persona &&
    next.selectedStepId === previous.selectedStepId &&
    next.traces === previous.traces &&
    next.customer === previous.customer &&
    next.noSwitches === previous.noSwitches &&
    next.stallAfter === previous.stallAfter &&
    next.collapsed === previous.collapsed
  );
}

/**
 * What choosing `cell` selects. Header cells name their step; a lane cell is the n-th step cell of
 * its row (after the row header), which works for any lane element that implements GridRow.
 */
export function selectionFrom(
  cell: HTMLElement,
  row: MapRow,
  journey: NormalizedJourney,
): JourneySelectDetail | undefined {
  if (!row.element) {
    const stepId = cell.dataset.stepId;
    const step = stepId === undefined ? undefined : journey.steps[journey.stepIndexById.get(stepId) ?? -1];
    const lane = cell.dataset.lane;
    return step ? { stageId: step.stageId, stepId: step.id, ...(lane ? { lane } : {}) } : undefined;
  }
  const step = stepOfCell(journey, row, cell);
  return step ? { stageId: step.stageId, stepId: step.id, lane: row.element.laneKey, ...row.element.selectionDetail?.(cell) } : undefined;
}

/**
 * The step of a lane cell: the one it names (`data-step-id`), else the n-th step cell of its row.
 * A ghost cell (a compared map's removed step, layout/ghost-columns.ts) has none.
 */
export function stepOfCell(journey: NormalizedJourney, row: MapRow, cell: HTMLElement): NormalizedStep | undefined {
  if (cell.dataset.ghostId !== undefined) return undefined;
  const id = cell.dataset.stepId;
  if (id !== undefined) return journey.steps[journey.stepIndexById.get(id) ?? -1];
  return journey.steps[row.cells.filter((other) => other.dataset.ghostId === undefined).indexOf(cell) - 1];
}

/** The cell of step column `index` in a row (its first cell is the row header; ghost cells are skipped). */
export function cellOfStep(row: MapRow | undefined, index: number): HTMLElement | undefined {
  if (!row) return undefined;
  const cells = row.cells.some((cell) => cell.dataset.ghostId !== undefined) ? row.cells.filter((cell) => cell.dataset.ghostId === undefined) : row.cells;
  return cells[index + 1];
}

/** What a map's grid rows and cells are made from: the same shape means the same row and cell elements. */
export interface RowsShape {
  grid: Element;
  lanes: readonly Element[];
  steps: readonly { id: string }[];
  collapsed: ReadonlySet<string>;
}

const sameItems = <T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean =>
  a.length === b.length && a.every((item, index) => same(item, b[index]));

export function sameRowsShape(next: RowsShape, previous: RowsShape): boolean {
  return (
    next.grid === previous.grid &&
    next.collapsed === previous.collapsed &&
    sameItems(next.lanes, previous.lanes, (a, b) => a === b) &&
    (next.steps === previous.steps || sameItems(next.steps, previous.steps, (a, b) => a.id === b.id))
  );
}

/**
 * The grid cell a warning points at: its lane's cell in its column, else the column's step header
 * (a lane the map does not show, or one collapsed), else the lane's row header.
 */
export function cellForWarning(rows: readonly MapRow[], stepIndex: number | undefined, lane: string | undefined): HTMLElement | undefined {
  const row = lane === undefined ? undefined : rows.find((candidate) => candidate.element?.laneKey === lane);
  if (stepIndex === undefined) return row?.cells[0];
  return cellOfStep(row, stepIndex) ?? cellOfStep(rows[1], stepIndex);
}
