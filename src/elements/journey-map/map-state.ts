import type { MapSettings } from '../../context/settings-context.js';
import type { JourneySelectDetail } from '../../events.js';
import type { NormalizedJourney } from '../../model/types.js';
import type { GridRow } from '../shared/grid-row.js';

/** True when two settings would render the same; context consumers only hear about a new object. */
export function sameSettings(next: MapSettings, previous: MapSettings | undefined): boolean {
  return (
    previous !== undefined &&
    next.locale === previous.locale &&
    next.intlLocale === previous.intlLocale &&
    next.strings === previous.strings &&
    next.persona === previous.persona &&
    next.selectedStepId === previous.selectedStepId &&
    next.collapsed === previous.collapsed
  );
}

/**
 * What choosing `cell` selects. Header cells name their step; a lane cell is the n-th step cell of
 * its row (after the row header), which works for any lane element that implements GridRow.
 */
export function selectionFrom(
  cell: HTMLElement,
  row: { element?: GridRow; cells: HTMLElement[] },
  journey: NormalizedJourney,
): JourneySelectDetail | undefined {
  if (!row.element) {
    const stepId = cell.dataset.stepId;
    const step = stepId === undefined ? undefined : journey.steps[journey.stepIndexById.get(stepId) ?? -1];
    return step ? { stageId: step.stageId, stepId: step.id } : undefined;
  }
  const step = journey.steps[row.cells.indexOf(cell) - 1];
  return step ? { stageId: step.stageId, stepId: step.id, lane: row.element.laneKey } : undefined;
}
