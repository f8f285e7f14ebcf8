import type { ColumnWindow } from '../../context/column-window-context.js';
import { sameData, sameJourneyInputs, type JourneyPart } from '../../model/stable-journey.js';
import type { LaneKind, NormalizedJourney, NormalizedLane, NormalizedStep } from '../../model/types.js';

const STEP_FIELDS: Partial<Record<LaneKind, readonly string[]>> = {
  ...Object.fromEntries((['actions', 'thoughts', 'questions', 'motivations', 'barriers', 'painPoints', 'opportunities', 'backstage', 'metrics', 'owner', 'insights'] as const).map((kind) => [kind, [kind]])),
  touchpoints: ['touchpoints', 'owner'],
  emotion: ['emotionByPersona'],
};

/**
 * The step fields a lane's cells and row header read, by kind (cells/*.ts, views/*.ts): a text lane
 * its own field, a touchpoint lane the touchpoints and owners of every step (its switch markers
 * compare each column with the one before). Undefined for a kind not listed: the whole step counts.
 */
export function laneStepFields(lane: Pick<NormalizedLane, 'kind' | 'field'>): readonly string[] | undefined {
  if (lane.kind === 'text') return lane.field ? [lane.field] : [];
  return Object.prototype.hasOwnProperty.call(STEP_FIELDS, lane.kind) ? STEP_FIELDS[lane.kind] : undefined;
}

const LANE_PARTS: readonly JourneyPart[] = ['lanes', 'personas', 'seriesIds', 'scale', 'channels', 'metrics', 'locale', 'asOf'];

/**
 * Whether a lane of `lane`'s kind inside a map draws the same row for two versions of the map's
 * journey: the same lanes (its title), personas, scale, channels, metrics, language and "as of" date,
 * and for every step the same place and the same fields it reads. `<journey-map>` keeps the objects of
 * unchanged parts between updates (stable-journey.ts), so after one cell's change this is a few
 * identity checks and one comparison of the changed step's field per lane; a lane for which it holds
 * skips its update (no render, no re-measure of its cells).
 */
export function sameLaneInputs(a: NormalizedJourney, b: NormalizedJourney, lane: Pick<NormalizedLane, 'kind' | 'field'>): boolean {
  const fields = laneStepFields(lane);
  // Its place and the fields it reads: a kind not listed reads the whole step.
  const sameStep = (x: NormalizedStep, y: NormalizedStep): boolean =>
    fields !== undefined && x.id === y.id && x.stageId === y.stageId && x.index === y.index && fields.every((field) => sameData(x[field], y[field]));
  return sameJourneyInputs(a, b, LANE_PARTS, sameStep);
}

/**
 * Whether `window` brings a cell of the lane that it has not drawn: `drawn[i]` is whether the i-th
 * step's cell was drawn in full at the lane's last render. A cell drawn that the window no longer
 * names (its step got a new object with the same data for this lane) keeps what it shows.
 */
export function windowAdds(steps: readonly NormalizedStep[], window: ColumnWindow | undefined, laneKey: string, drawn: readonly boolean[]): boolean {
  if (!window) return drawn.length !== steps.length || drawn.some((shown) => !shown);
  return steps.some((step, index) => !drawn[index] && window.shows(step, laneKey));
}
