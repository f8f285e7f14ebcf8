/**
 * Every customer of a document at once: where each is now (progress.ts), their experience score, and
 * per step how many customers are there now and how many of them are stalled. One pass over each
 * customer's events; the table, the step badges and the map's customer header all read from here.
 * Pure; never throws. Formulas: docs/customers.md.
 */
import type { IndividualEvent, NormalizedJourney, NormalizedScale } from './types.js';
import { DAY_MS, parseInstant } from './dates.js';
import {
  countedStep,
  finalSteps,
  lastEventOf,
  progressState,
  referenceInstant,
  stallAfter,
  textOrderLength,
  type CustomerProgress,
  type ProgressOptions,
} from './progress.js';

/**
 * The experience score: the mean of the events' emotions mapped onto 0–100 over the scale,
 * `(v − min) / (max − min) × 100`, rounded to a whole number (halves up). Events without a numeric
 * emotion do not count; values beyond the scale count as its ends. Undefined without any emotion.
 */
export function experienceScore(events: readonly IndividualEvent[], scale: Pick<NormalizedScale, 'min' | 'max'>): number | undefined {
  let sum = 0;
  let count = 0;
  for (let e = 0; e < events.length; e++) {
    const emotion = events[e]?.emotion;
    if (typeof emotion === 'number' && Number.isFinite(emotion)) {
      sum += emotion < scale.min ? scale.min : emotion > scale.max ? scale.max : emotion;
      count++;
    }
  }
  return scoreOf(sum, count, scale.min, scale.max);
}

/** The score from the sum and count of clamped emotions (see `experienceScore`). */
function scoreOf(sum: number, count: number, min: number, max: number): number | undefined {
  return count === 0 || !(max > min) ? undefined : Math.round(((sum / count - min) / (max - min)) * 100);
}

export interface CustomerSummary extends CustomerProgress {
  /** Position in the document's `individuals`. */
  index: number;
  id: string;
  /** The label, or the id when there is none. */
  label: string;
  segment?: string;
  persona?: string;
  score: number | undefined;
}

export interface CustomersSummary {
  customers: CustomerSummary[];
  /** Per step index: customers whose current step it is. */
  now: Int32Array;
  /** Per step index: of those, the stalled ones (never those at a final step: they have finished). */
  stalled: Int32Array;
  /** Customers whose last event is on a step the map does not have. */
  offMap: number;
  /** The reference instant used (asOf, else the clock) and the stall threshold in days. */
  reference: number;
  stallAfterDays: number;
}

/**
 * Summaries of every customer of `journey` (see `CustomersSummary`). One walk over each customer's
 * events finds the last event (`lastEventOf`'s order) and sums the score's emotions together: while
 * a customer's dates share one text-ordered shape (`textOrderLength`) they are compared as text and
 * only the first and the last are parsed; a customer whose dates mix shapes is read again by
 * `lastEventOf`, so the answer is always `lastEventOf`'s.
 */
export function summarizeCustomers(journey: NormalizedJourney, options: ProgressOptions = {}): CustomersSummary {
  const reference = referenceInstant({ ...options, asOf: options.asOf ?? journeyAsOf(journey) });
  const stallAfterDays = stallAfter(options);
  const steps = journey.steps.length;
  const final = options.finalSteps ?? finalSteps(steps, journey.edges);
  const { stepIndexById } = journey;
  const { min, max } = journey.scale;
  const now = new Int32Array(steps);
  const stalled = new Int32Array(steps);
  let offMap = 0;
  const individuals = journey.individuals;
  const customers = new Array<CustomerSummary>(individuals.length);
  for (let c = 0; c < individuals.length; c++) {
    const individual = individuals[c];
    const events = Array.isArray(individual.events) ? individual.events : [];
    let best = -1;
    let bestText: string | undefined;
    // The effective time of the event at hand (the last readable `at` so far) and its shape's length.
    let current: string | undefined;
    let shape = 0;
    let mixed = false;
    let sum = 0;
    let count = 0;
    for (let e = 0; e < events.length; e++) {
      const event = events[e];
      const emotion = event?.emotion;
      if (typeof emotion === 'number' && Number.isFinite(emotion)) {
        sum += emotion < min ? min : emotion > max ? max : emotion;
        count++;
      }
      if (mixed) continue;
      const at = event?.at;
      if (typeof at === 'string') {
        if (shape !== 0 && at.length === shape && (shape === 10 || (at.charCodeAt(shape - 1) === 90 && at.charCodeAt(10) === 84))) {
          current = at;
        } else if (parseInstant(at) !== undefined) {
          // The first readable date sets the shape; a readable date of another shape: read again below.
          if (current === undefined && (shape = textOrderLength(at)) !== 0) current = at;
          else mixed = true;
        }
      }
      // At or after the best so far: a tie goes to the later listed event.
      if (bestText === undefined || (current !== undefined && current >= bestText)) {
        best = e;
        bestText = current;
      }
    }
    let lastEvent: number | undefined;
    let lastAt: number | undefined;
    if (mixed) {
      const last = lastEventOf(events);
      lastEvent = last.index;
      lastAt = last.at;
    } else if (best >= 0) {
      lastEvent = best;
      lastAt = bestText === undefined ? undefined : parseInstant(bestText);
    }
    const currentStep = countedStep(events, lastEvent, stepIndexById);
    const idle = lastAt === undefined ? undefined : reference - lastAt;
    const state = progressState(currentStep !== undefined && final[currentStep] === true, idle, stallAfterDays);
    if (currentStep !== undefined) {
      now[currentStep]++;
      if (state === 'stalled') stalled[currentStep]++;
    } else if (lastEvent !== undefined) {
      offMap++;
    }
    const segment = individual.segment;
    // Written out, not spread: one object shape for every customer (a spread made this loop 10× slower).
    customers[c] = {
      currentStep,
      lastEvent,
      lastAt,
      finished: state === 'finished',
      stalled: state === 'stalled',
      stalledDays: idle === undefined ? undefined : idle > 0 ? Math.floor(idle / DAY_MS) : 0,
      index: c,
      id: individual.id,
      label: individual.label ?? individual.id,
      segment: typeof segment === 'string' ? segment : undefined,
      persona: individual.persona,
      score: scoreOf(sum, count, min, max),
    };
  }
  return { customers, now, stalled, offMap, reference, stallAfterDays };
}

/** The document's `asOf` text, if any. */
export function journeyAsOf(journey: NormalizedJourney): string | undefined {
  const asOf = journey.source.asOf;
  return typeof asOf === 'string' ? asOf : undefined;
}
