import type { NormalizedJourney, NormalizedStep } from './types.js';

/**
 * Structural equality of plain data as validation produces it (objects, arrays, Maps, primitives).
 * Validation hands back a fresh copy of every document, so identity says nothing; comparing the data
 * of one step is far cheaper than re-rendering its cells. Anything else (a class instance, a Set) is
 * only equal to itself.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index += 1) if (!sameData(a[index], b[index])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  if (a instanceof Map) {
    if (!(b instanceof Map) || a.size !== b.size) return false;
    for (const [key, value] of a) if (!b.has(key) || !sameData(value, b.get(key))) return false;
    return true;
  }
  const protoA = Object.getPrototypeOf(a) as unknown;
  if ((protoA !== Object.prototype && protoA !== null) || Object.getPrototypeOf(b) !== protoA) return false;
  const keysA = Object.keys(a);
  if (keysA.length !== Object.keys(b).length) return false;
  for (const key of keysA) {
    if (!Object.prototype.hasOwnProperty.call(b, key)) return false;
    if (!sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

const reuse = <T>(next: T, previous: T | undefined): T => (previous !== undefined && sameData(next, previous) ? previous : next);

/**
 * `next` when it holds the same data as `previous`; else, when `previous` is the same step before the
 * change, a new step object whose unchanged fields are `previous`'s objects (its actions array, its
 * emotions…), so whatever reads only those fields (another lane, the overview's emotion line) can
 * tell by identity that they did not change.
 */
function reuseStep(next: NormalizedStep, previous: NormalizedStep | undefined): NormalizedStep {
  if (!previous) return next;
  if (sameData(next, previous)) return previous;
  const merged: Record<string, unknown> = {};
  const before = previous as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(next)) merged[key] = Object.prototype.hasOwnProperty.call(before, key) ? reuse(value, before[key]) : value;
  return merged as unknown as NormalizedStep;
}

/**
 * `next`, with every part that holds the same data as in `previous` replaced by `previous`'s object:
 * steps (matched by id), personas, scale, channels, metrics, lanes, series ids. After an update of one
 * step of a document, the lanes then see the same step objects for every other step and skip them
 * (cells are memoized on object identity). The result is a new object whenever `next` is, so
 * consumers still see the new document.
 */
export function stabilizeJourney(next: NormalizedJourney, previous: NormalizedJourney | undefined): NormalizedJourney {
  if (!previous || previous === next) return next;
  const byId = new Map(previous.steps.map((step) => [step.id, step]));
  let changedSteps = next.steps.length !== previous.steps.length;
  const steps = next.steps.map((step, index) => {
    const kept = reuseStep(step, byId.get(step.id));
    if (kept !== previous.steps[index]) changedSteps = true;
    return kept;
  });
  return {
    ...next,
    steps: changedSteps ? steps : previous.steps,
    personas: reuse(next.personas, previous.personas),
    seriesIds: reuse(next.seriesIds, previous.seriesIds),
    scale: reuse(next.scale, previous.scale),
    channels: reuse(next.channels, previous.channels),
    metrics: reuse(next.metrics, previous.metrics),
    lanes: reuse(next.lanes, previous.lanes),
    stages: reuse(next.stages, previous.stages),
    edges: reuse(next.edges, previous.edges),
    edgeFigures: reuse(next.edgeFigures, previous.edgeFigures),
    stepIndexById: reuse(next.stepIndexById, previous.stepIndexById),
  };
}

/** `stabilizeJourney` against the last journey it returned. */
export class StableJourney {
  private input?: NormalizedJourney;
  private output?: NormalizedJourney;

  get(journey: NormalizedJourney | undefined): NormalizedJourney | undefined {
    if (!journey) return undefined;
    if (journey === this.input) return this.output;
    this.output = stabilizeJourney(journey, this.output);
    this.input = journey;
    return this.output;
  }
}

/** A part of a journey an element reads: a field of the normalized journey, or the document's "as of" date. */
export type JourneyPart = Exclude<keyof NormalizedJourney, 'steps'> | 'asOf';

const partOf = (journey: NormalizedJourney, part: JourneyPart): unknown => (part === 'asOf' ? journey.source.asOf : journey[part]);

/**
 * Whether an element that reads `parts` of a journey and its steps by `sameStep` draws the same for
 * two versions of it. `<journey-map>` keeps the objects of unchanged parts between updates
 * (`stabilizeJourney`), so after an update of what the element does not read (another lane's text)
 * this is a few identity checks and a walk over the steps. Two empty customer lists are the same.
 */
export function sameJourneyInputs(
  a: NormalizedJourney,
  b: NormalizedJourney,
  parts: readonly JourneyPart[],
  sameStep: (a: NormalizedStep, b: NormalizedStep) => boolean,
): boolean {
  if (a === b) return true;
  for (const part of parts) {
    if (part === 'individuals' && a.individuals.length === 0 && b.individuals.length === 0) continue;
    if (partOf(a, part) !== partOf(b, part)) return false;
  }
  if (a.steps === b.steps) return true;
  if (a.steps.length !== b.steps.length) return false;
  for (let index = 0; index < a.steps.length; index++) if (a.steps[index] !== b.steps[index] && !sameStep(a.steps[index], b.steps[index])) return false;
  return true;
}
