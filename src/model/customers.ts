/**
 * Every customer of a document at once: where each is now (progress.ts), their experience score, and
 * per step how many customers are there now and how many of them are stalled. One pass over each
 * customer's events; the table, the step badges and the map's customer header all read from here.
 * Pure; never throws. Formulas: docs/customers.md.
 */
import type { IndividualEvent, NormalizedJourney, NormalizedScale } from './types.js';
import { DAY_MS, parseInstant } from './dates.js';
import { finalSteps, lastEventOf, referenceInstant, stallAfter, textOrderLength, type CustomerProgress, type ProgressOptions } from './progress.js';

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

/** A customer's state in `CustomersSummary.states`. */
export const MOVING = 0;
export const FINISHED = 1;
export const STALLED = 2;

export interface CustomersSummary {
  /** How many customers (the document's `individuals`). */
  readonly count: number;
  /**
   * One summary object per customer, in document order. Built from the columns below on first read
   * and kept: a caller that needs one customer or a count reads `customer(i)` or the columns instead.
   */
  readonly customers: readonly CustomerSummary[];
  /** Customer `index`'s summary (the same object as `customers[index]` once those are built). */
  customer(index: number): CustomerSummary | undefined;
  /** Per customer: the current step index (`currentStep`), −1 for none. */
  readonly currentSteps: Int32Array;
  /** Per customer: the index of their last event (`lastEvent`), −1 for none. */
  readonly lastEvents: Int32Array;
  /** Per customer: epoch ms of their last event (`lastAt`), NaN for none. */
  readonly lastTimes: Float64Array;
  /** Per customer: `MOVING`, `FINISHED` or `STALLED`. */
  readonly states: Uint8Array;
  /** Per customer: the experience score, NaN for none. */
  readonly scores: Float64Array;
  /** Per step index: customers whose current step it is. */
  readonly now: Int32Array;
  /** Per step index: of those, the stalled ones (never those at a final step: they have finished). */
  readonly stalled: Int32Array;
  /** Customers whose last event is on a step the map does not have. */
  readonly offMap: number;
  /** The reference instant used (asOf, else the clock) and the stall threshold in days. */
  readonly reference: number;
  readonly stallAfterDays: number;
}

/**
 * Summaries of every customer of `journey` (see `CustomersSummary`), computed into columns (typed
 * arrays, no object per customer); the per-customer objects are built on first read of `customers`.
 * One walk over each customer's events finds the last event and the score's sum together,
 * comparing dates as text and parsing only the last one. When that text does not read as a date,
 * or the dates mix shapes, `lastEventOf` reads the customer again, so the answer is always
 * `lastEventOf`'s. An unreadable date (`2026-13-01`) counts at the time before it (`eventTime`):
 * one that sorts as text below the best so far stops the walk too, since it may tie with the best.
 */
export function summarizeCustomers(journey: NormalizedJourney, options: ProgressOptions = {}): CustomersSummary {
  const reference = referenceInstant({ ...options, asOf: options.asOf ?? journeyAsOf(journey) });
  const stallAfterDays = stallAfter(options);
  const stallMs = stallAfterDays * DAY_MS;
  const steps = journey.steps.length;
  const final = options.finalSteps ?? finalSteps(steps, journey.edges);
  const { stepIndexById, individuals } = journey;
  const { min, max } = journey.scale;
  const scored = max > min;
  const n = individuals.length;
  const currentSteps = new Int32Array(n);
  const lastEvents = new Int32Array(n);
  const lastTimes = new Float64Array(n);
  const states = new Uint8Array(n);
  const scores = new Float64Array(n);
  const now = new Int32Array(steps);
  const stalled = new Int32Array(steps);
  let offMap = 0;
  for (let c = 0; c < n; c++) {
    const events = individuals[c].events;
    if (!Array.isArray(events)) {
      currentSteps[c] = lastEvents[c] = -1;
      lastTimes[c] = scores[c] = NaN;
      continue;
    }
    // The walk: dates of the first date's text-ordered shape (`textOrderLength`) are compared as
    // text, unparsed; any other `at` text stops the date part (`mixed`): the rest only sums emotions.
    let best = -1;
    let text: string | undefined;
    let current: string | undefined;
    let shape = 0;
    let sum = 0;
    let count = 0;
    let e = 0;
    const length = events.length;
    for (; e < length; e++) {
      const event = events[e];
      // One null check, then plain reads: `event?.emotion` merges the number with `undefined`, and V8
      // then boxes every emotion on the heap (10 000 customers: 11 collections per 100 calls instead
      // of 1, and 2.3× the time of this loop; docs/performance.md, issue 17).
      let at: unknown;
      if (event != null) {
        const emotion = event.emotion;
        if (typeof emotion === 'number' && Number.isFinite(emotion)) {
          sum += emotion < min ? min : emotion > max ? max : emotion;
          count++;
        }
        at = event.at;
      }
      if (typeof at === 'string') {
        if (at.length === shape && (shape === 10 || (at.charCodeAt(shape - 1) === 90 && at.charCodeAt(10) === 84))) current = at;
        else if (shape === 0 && (shape = textOrderLength(at)) !== 0) current = at;
        else break;
      }
      // At or after the best so far: a tie goes to the later listed event.
      if (text === undefined || (current !== undefined && current >= text)) {
        best = e;
        text = current;
      } else if (current === at && parseInstant(at) === undefined) break; // an unreadable date below the best: `eventTime`'s case
    }
    const mixed = e < length;
    // After a stop at event e, whose emotion is summed already: the emotions of the rest.
    for (e++; e < length; e++) {
      const event = events[e];
      if (event == null) continue;
      const emotion = event.emotion;
      if (typeof emotion === 'number' && Number.isFinite(emotion)) {
        sum += emotion < min ? min : emotion > max ? max : emotion;
        count++;
      }
    }
    let lastEvent = best;
    let lastAt = text === undefined ? NaN : (parseInstant(text) ?? NaN);
    if (mixed || (text !== undefined && lastAt !== lastAt)) {
      const last = lastEventOf(events);
      lastEvent = last.index ?? -1;
      lastAt = last.at ?? NaN;
    }
    const step = lastEvent < 0 ? undefined : events[lastEvent]?.step;
    const currentStep = typeof step === 'string' ? (stepIndexById.get(step) ?? -1) : -1;
    if (currentStep >= 0) {
      now[currentStep]++;
      if (final[currentStep] === true) states[c] = FINISHED;
      else if (reference - lastAt > stallMs) {
        states[c] = STALLED;
        stalled[currentStep]++;
      }
    } else {
      if (lastEvent >= 0) offMap++;
      // Off the map or without events: never finished; stalled by the same rule (`progressState`).
      if (reference - lastAt > stallMs) states[c] = STALLED;
    }
    currentSteps[c] = currentStep;
    lastEvents[c] = lastEvent;
    lastTimes[c] = lastAt;
    scores[c] = count === 0 || !scored ? NaN : Math.round(((sum / count - min) / (max - min)) * 100);
  }
  return new SummaryColumns(individuals, currentSteps, lastEvents, lastTimes, states, scores, now, stalled, offMap, reference, stallAfterDays);
}

/** `summarizeCustomers`' result: the columns, and the summary objects built from them on demand. */
class SummaryColumns implements CustomersSummary {
  private built?: CustomerSummary[];

  constructor(
    private readonly individuals: NormalizedJourney['individuals'],
    readonly currentSteps: Int32Array, readonly lastEvents: Int32Array, readonly lastTimes: Float64Array,
    readonly states: Uint8Array, readonly scores: Float64Array, readonly now: Int32Array, readonly stalled: Int32Array,
    readonly offMap: number, readonly reference: number, readonly stallAfterDays: number,
  ) {}

  get count(): number {
    return this.individuals.length;
  }

  get customers(): readonly CustomerSummary[] {
    if (!this.built) {
      const built = new Array<CustomerSummary>(this.count);
      for (let c = 0; c < this.count; c++) built[c] = this.make(c);
      this.built = built;
    }
    return this.built;
  }

  customer(index: number): CustomerSummary | undefined {
    if (!(index >= 0 && index < this.count)) return undefined;
    return this.built ? this.built[index] : this.make(index);
  }

  /** The summary object of customer `c`: one shape, written out in one place. */
  private make(c: number): CustomerSummary {
    const individual = this.individuals[c];
    const step = this.currentSteps[c];
    const last = this.lastEvents[c];
    const at = this.lastTimes[c];
    const idle = this.reference - at;
    const score = this.scores[c];
    const segment = individual.segment;
    return {
      currentStep: step < 0 ? undefined : step,
      lastEvent: last < 0 ? undefined : last,
      lastAt: at === at ? at : undefined,
      finished: this.states[c] === FINISHED,
      stalled: this.states[c] === STALLED,
      stalledDays: idle === idle ? (idle > 0 ? Math.floor(idle / DAY_MS) : 0) : undefined,
      index: c,
      id: individual.id,
      label: individual.label ?? individual.id,
      segment: typeof segment === 'string' ? segment : undefined,
      persona: individual.persona,
      score: score === score ? score : undefined,
    };
  }
}

/** The document's `asOf` text, if any. */
export function journeyAsOf(journey: NormalizedJourney): string | undefined {
  const asOf = journey.source.asOf;
  return typeof asOf === 'string' ? asOf : undefined;
}
