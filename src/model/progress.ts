/**
 * Where one real customer is now: the step of their last event, when it happened, and whether they
 * are stalled there. Shared by the customer view of the map, `<journey-customers>` and the flow view's
 * counted drop-offs (DESIGN.md §5.1), so every view tells the same story. Pure; never throws.
 *
 * Order of a customer's events: by `at`, events with equal `at` in their listed order. An event
 * without a usable `at` keeps its place in the list: it counts as happening at the time of the
 * nearest dated event listed before it (so it sorts right after that one), or before every dated
 * event when none is listed before it. A customer with no dates at all is read in listed order.
 *
 * Finished, stalled or moving: a customer whose last event is at a **final** step (one with no way on
 * to another step: `next: []`, or the last step without `next`; see `finalSteps`) has **finished**
 * and is never stalled, however long ago that was; any other customer is stalled when their last
 * event is more than `stall-after` days before the reference date. `progressState` is that rule; the
 * table, the map's badges and header line, and the flow's counted exits all go through it.
 */
import { DAY_MS, parseInstant } from './dates.js';
import type { Individual, IndividualEvent } from './types.js';

/** Days without an event after which a customer counts as stalled (the `stall-after` default). */
export const DEFAULT_STALL_AFTER_DAYS = 14;

export interface ProgressOptions {
  /** The date the data describes (the document's `asOf`, ISO 8601 text or epoch ms). */
  asOf?: string | number;
  /** The clock used when `asOf` is absent or unreadable (epoch ms, or a function returning it). Default `Date.now`. */
  now?: number | (() => number);
  /** Default 14. Negative or non-finite values fall back to the default. */
  stallAfterDays?: number;
  /** Per step index: true for a final step (`finalSteps`). Without it no step is final and nobody has finished. */
  finalSteps?: readonly boolean[];
}

/** Where a customer stands: finished (at a final step), stalled, or still moving. */
export type ProgressState = 'finished' | 'stalled' | 'moving';

/**
 * The final steps of a map: per step index, true when the step has no way on to another step (no
 * edge from it to a different step; a self-loop is no way on). With the default `next`, only the
 * last step is final; `next: []` makes any step final.
 */
export function finalSteps(stepCount: number, edges: ReadonlyArray<readonly [number, number]>): boolean[] {
  const final = new Array<boolean>(stepCount).fill(true);
  for (const [from, to] of edges) if (from !== to && from >= 0 && from < stepCount) final[from] = false;
  return final;
}

/**
 * The one progress rule: at a final step → 'finished'; else idle (reference − last event, in ms) more
 * than `stallAfterDays` days → 'stalled'; else (also without a dated event) 'moving'.
 */
export function progressState(final: boolean, idleMs: number | undefined, stallAfterDays: number): ProgressState {
  if (final) return 'finished';
  return idleMs !== undefined && idleMs > stallAfterDays * DAY_MS ? 'stalled' : 'moving';
}

export interface CustomerProgress {
  /** Step index (`stepIndexById`) of the last event; undefined without events or when that step is not on the map. */
  currentStep: number | undefined;
  /** Index into `individual.events` of the last event in order; undefined without events. */
  lastEvent: number | undefined;
  /** Epoch ms of the last event (for an undated last event, the date it inherits); undefined when no event has a date. */
  lastAt: number | undefined;
  /** True when the current step is a final one (`finalSteps`): the customer has finished, and is never stalled. */
  finished: boolean;
  /** True when not finished and `lastAt` is more than `stallAfterDays` whole days (in ms) before the reference date. */
  stalled: boolean;
  /** Whole days from `lastAt` to the reference date, rounded down, never negative; undefined without `lastAt`. */
  stalledDays: number | undefined;
}

/** The reference instant: `asOf` when it reads as a date, else the clock. */
export function referenceInstant(options: ProgressOptions = {}): number {
  const asOf = typeof options.asOf === 'number' ? options.asOf : parseInstant(options.asOf);
  if (asOf !== undefined && Number.isFinite(asOf)) return asOf;
  const now = options.now;
  return typeof now === 'function' ? now() : typeof now === 'number' ? now : Date.now();
}

/** `stallAfterDays` as used: a finite number ≥ 0, else the default. */
export function stallAfter(options: ProgressOptions = {}): number {
  const days = options.stallAfterDays;
  return typeof days === 'number' && Number.isFinite(days) && days >= 0 ? days : DEFAULT_STALL_AFTER_DAYS;
}

/**
 * The length of `text` when it is a date shape whose text order is time order against any other text
 * of the same length and shape (a plain date `2026-04-01`, or a UTC date-time `…T10:00:00Z`), else 0.
 * Only the shape is checked: a text of such a shape that does not read (`2026-13-01`) is no date
 * (`eventTime`), so a walk that compares these texts unparsed must not let one decide the answer
 * (`summarizeCustomers` then asks `lastEventOf`).
 */
export function textOrderLength(text: string): number {
  const n = text.length;
  return n === 10 || (n > 10 && text.charCodeAt(n - 1) === 90 && text.charCodeAt(10) === 84) ? n : 0;
}

/**
 * Where a customer counts: the step of their last event in order (`lastEvent`, an index into
 * `events`), when the map has it. Undefined when that step is not on the map: the customer is **off
 * the map**, and no step counts them — not in the badges, the table's step filter or the flow's here
 * now, drop-offs and finished — even when earlier events were on steps of the map. This is the one
 * off-map rule; every view goes through it.
 */
export function countedStep(
  events: readonly IndividualEvent[],
  lastEvent: number | undefined,
  stepIndexById: ReadonlyMap<string, number>,
): number | undefined {
  if (lastEvent === undefined) return undefined;
  const step = events[lastEvent]?.step;
  return typeof step === 'string' ? stepIndexById.get(step) : undefined;
}

/**
 * The time an event counts at, the one rule of the module comment: its `at` when that reads as a date
 * (`parseInstant`), else `before`, the time of the event listed before it (undefined: before every
 * dated event). An unreadable date is no date, whatever its shape: `2026-13-01` is never compared
 * as text. `lastEventOf`, `orderedEventIndices` and the flow's counted table all read times this way.
 */
export function eventTime(at: unknown, before: number | undefined): number | undefined {
  return typeof at === 'string' ? (parseInstant(at) ?? before) : before;
}

/** The index of the last event in order (see the module comment) and its time, in one pass. */
export function lastEventOf(events: readonly IndividualEvent[]): { index: number | undefined; at: number | undefined } {
  let best = -1;
  let bestAt: number | undefined;
  // The time of the event at hand (`eventTime`), and the text it was read from (read once per run of equal texts).
  let current: number | undefined;
  let currentText: unknown;
  for (let e = 0; e < events.length; e++) {
    const at = events[e]?.at;
    if (typeof at === 'string' && at !== currentText) {
      const time = eventTime(at, undefined);
      if (time !== undefined) {
        current = time;
        currentText = at;
      }
    }
    // At or after the best so far (undefined: before everything): a tie goes to the later listed event.
    if (best < 0 || (current === undefined ? bestAt === undefined : bestAt === undefined || current >= bestAt)) {
      best = e;
      bestAt = current;
    }
  }
  return best < 0 ? { index: undefined, at: undefined } : { index: best, at: bestAt };
}

/**
 * The events of a customer in order (see the module comment), as indices into `events`: for views
 * that walk a customer's journey (the customer lane, counted transitions).
 */
export function orderedEventIndices(events: readonly IndividualEvent[]): number[] {
  const times: number[] = [];
  let current: number | undefined;
  for (const event of events) {
    current = eventTime(event?.at, current);
    times.push(current ?? -Infinity);
  }
  return times.map((_, i) => i).sort((a, b) => times[a] - times[b] || a - b);
}

/** Where a customer is now (see `CustomerProgress`). */
export function customerProgress(
  individual: Individual,
  stepIndexById: ReadonlyMap<string, number>,
  options: ProgressOptions = {},
): CustomerProgress {
  const events = Array.isArray(individual?.events) ? individual.events : [];
  const { index, at } = lastEventOf(events);
  return progressFrom(events, index, at, stepIndexById, referenceInstant(options), stallAfter(options), options.finalSteps);
}

/** The progress from an already found last event, for callers that loop over many customers. */
export function progressFrom(
  events: readonly IndividualEvent[],
  index: number | undefined,
  at: number | undefined,
  stepIndexById: ReadonlyMap<string, number>,
  reference: number,
  stallAfterDays: number,
  final?: readonly boolean[],
): CustomerProgress {
  const currentStep = countedStep(events, index, stepIndexById);
  const idle = at === undefined ? undefined : reference - at;
  const state = progressState(currentStep !== undefined && final?.[currentStep] === true, idle, stallAfterDays);
  return {
    currentStep,
    lastEvent: index,
    lastAt: at,
    finished: state === 'finished',
    stalled: state === 'stalled',
    stalledDays: idle === undefined ? undefined : idle > 0 ? Math.floor(idle / DAY_MS) : 0,
  };
}
