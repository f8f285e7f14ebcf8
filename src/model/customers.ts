/**
 * Every customer of a document at once: where each is now (progress.ts), their experience score, and
 * per step how many customers are there now and how many of them are stalled. One pass over each
 * customer's events; the table, the step badges and the map's customer header all read from here.
 * Pure; never throws. Formulas: docs/customers.md.
 */
import type { IndividualEvent, NormalizedJourney, NormalizedScale } from './types.js';
import {
  finalSteps,
  lastEventOf,
  progressFrom,
  referenceInstant,
  stallAfter,
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
  return count === 0 || !(scale.max > scale.min) ? undefined : Math.round(((sum / count - scale.min) / (scale.max - scale.min)) * 100);
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

/** Summaries of every customer of `journey` (see `CustomersSummary`). */
export function summarizeCustomers(journey: NormalizedJourney, options: ProgressOptions = {}): CustomersSummary {
  const reference = referenceInstant({ ...options, asOf: options.asOf ?? journeyAsOf(journey) });
  const stallAfterDays = stallAfter(options);
  const steps = journey.steps.length;
  const final = options.finalSteps ?? finalSteps(steps, journey.edges);
  const now = new Int32Array(steps);
  const stalled = new Int32Array(steps);
  let offMap = 0;
  const customers = journey.individuals.map((individual, index): CustomerSummary => {
    const events = Array.isArray(individual.events) ? individual.events : [];
    const last = lastEventOf(events);
    const progress = progressFrom(events, last.index, last.at, journey.stepIndexById, reference, stallAfterDays, final);
    if (progress.currentStep !== undefined) {
      now[progress.currentStep]++;
      if (progress.stalled) stalled[progress.currentStep]++;
    } else if (last.index !== undefined) {
      offMap++;
    }
    const segment = individual.segment;
    // Written out, not spread: one object shape for every customer (a spread made this loop 10× slower).
    return {
      currentStep: progress.currentStep,
      lastEvent: progress.lastEvent,
      lastAt: progress.lastAt,
      finished: progress.finished,
      stalled: progress.stalled,
      stalledDays: progress.stalledDays,
      index,
      id: individual.id,
      label: individual.label ?? individual.id,
      segment: typeof segment === 'string' ? segment : undefined,
      persona: individual.persona,
      score: experienceScore(events, journey.scale),
    };
  });
  return { customers, now, stalled, offMap, reference, stallAfterDays };
}

/** The document's `asOf` text, if any. */
export function journeyAsOf(journey: NormalizedJourney): string | undefined {
  const asOf = journey.source.asOf;
  return typeof asOf === 'string' ? asOf : undefined;
}
