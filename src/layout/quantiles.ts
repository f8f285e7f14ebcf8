import { drain } from '../model/safe-copy.js';
import type { Individual, IndividualEvent } from '../model/types.js';

/**
 * Real customers' emotions as one dense matrix: row = customer, column = step, NaN = no value.
 * Typed arrays keep 10 000 customers × 24 steps at about 2 MB and let drawing and quantiles run in
 * tight loops without per-trace objects.
 */
export interface TraceMatrix {
  customers: number;
  steps: number;
  /** Customer id per row. */
  ids: string[];
  /** Row-major values: `values[row * steps + step]`. */
  values: Float64Array;
}

/**
 * Fills `chosen[step]` with the index of the event that counts for each step (-1 for none): the one
 * with the latest `at`, or for events without a usable date, the later one in the list. Events on
 * unknown steps or without a numeric emotion are skipped. Returns the customer's events.
 */
export function lastEventPerStep(
  individual: Individual,
  stepIndexById: ReadonlyMap<string, number>,
  chosen: Int32Array,
): IndividualEvent[] {
  chosen.fill(-1);
  const events = Array.isArray(individual.events) ? individual.events : [];
  for (let e = 0; e < events.length; e++) {
    const event = events[e];
    const step = stepIndexById.get(event.step);
    if (step === undefined || step >= chosen.length) continue;
    if (typeof event.emotion !== 'number' || !Number.isFinite(event.emotion)) continue;
    const previous = chosen[step];
    // Dates are parsed only when a customer has two events on one step, which is rare.
    if (previous >= 0 && Date.parse(event.at ?? '') < Date.parse(events[previous].at ?? '')) continue;
    chosen[step] = e;
  }
  return events;
}

/**
 * Builds the matrix from the document's individuals, one value per customer and step: the last
 * event's (see `lastEventPerStep`). With `persona`, only customers of that persona (and customers
 * with no persona) are kept.
 */
export function traceMatrix(
  individuals: readonly Individual[],
  stepIndexById: ReadonlyMap<string, number>,
  steps: number,
  persona?: string | null,
): TraceMatrix {
  return drain(traceMatrixSteps(individuals, stepIndexById, steps, persona, 0));
}

/** Fills rows [from, to) of the matrix from `kept` customers. */
function fillRows(
  kept: readonly Individual[],
  stepIndexById: ReadonlyMap<string, number>,
  steps: number,
  values: Float64Array,
  chosen: Int32Array,
  from: number,
  to: number,
): void {
  for (let row = from; row < to; row++) {
    const events = lastEventPerStep(kept[row], stepIndexById, chosen);
    const offset = row * steps;
    for (let step = 0; step < steps; step++) {
      if (chosen[step] >= 0) values[offset + step] = events[chosen[step]].emotion!;
    }
  }
}

/**
 * `traceMatrix` as steps, for 100 000 customers without one long task (curve-traces.ts): with
 * `every` > 0 it pauses after every `every` customers; with 0 it runs through. The same matrix
 * either way (the sync function is this one run through).
 */
export function* traceMatrixSteps(
  individuals: readonly Individual[],
  stepIndexById: ReadonlyMap<string, number>,
  steps: number,
  persona: string | null | undefined,
  every: number,
): Generator<void, TraceMatrix> {
  const kept = persona
    ? individuals.filter((individual) => individual.persona === undefined || individual.persona === persona)
    : individuals;
  const values = new Float64Array(kept.length * steps).fill(NaN);
  const chosen = new Int32Array(steps);
  const batch = every > 0 ? every : kept.length;
  for (let from = 0; from < kept.length; from += batch) {
    if (from > 0) yield;
    fillRows(kept, stepIndexById, steps, values, chosen, from, Math.min(kept.length, from + batch));
  }
  return { customers: kept.length, steps, ids: kept.map((individual) => individual.id), values };
}

/** Median and quartiles of every step; NaN where no customer has a value. */
export interface StepQuantiles {
  n: Int32Array;
  q1: Float64Array;
  median: Float64Array;
  q3: Float64Array;
}

/**
 * Puts into `values[k]` the value a sort would put there, with no larger value before it and no
 * smaller one after (Hoare's selection, middle-of-three pivot): O(n) instead of a sort's O(n log n).
 * Runs of equal values (emotions are usually whole or half points) split evenly.
 */
export function selectInPlace(values: Float64Array, k: number): void {
  let left = 0;
  let right = values.length - 1;
  while (right > left) {
    const a = values[left];
    const b = values[(left + right) >> 1];
    const c = values[right];
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const swap = values[i];
        values[i] = values[j];
        values[j] = swap;
        i++;
        j--;
      }
    }
    // Now values[left..j] ≤ pivot ≤ values[i..right], and any between equal the pivot.
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

/**
 * The p-quantile of `values` (no NaN), as d3's quantileSorted gives it on the sorted values: the
 * value at rank (n − 1)·p, interpolated between its two neighbours. Reorders `values`.
 */
export function quantileInPlace(values: Float64Array, p: number): number {
  const n = values.length;
  if (n === 0) return NaN;
  const rank = (n - 1) * p;
  const k = Math.floor(rank);
  selectInPlace(values, k);
  const low = values[k];
  if (k + 1 >= n || rank === k) return low;
  // The next value in order: the smallest of those after k (none of them is smaller than values[k]).
  let high = values[k + 1];
  for (let i = k + 2; i < n; i++) if (values[i] < high) high = values[i];
  return low + (high - low) * (rank - k);
}

/** Per-step median and interquartile range over the matrix: one pass to bucket, then a selection per quantile and step. */
export function stepQuantiles(matrix: TraceMatrix): StepQuantiles {
  return drain(stepQuantilesSteps(matrix, 0));
}

/** Counts rows [from, to)'s values per step into `n`. */
function countRows(values: Float64Array, steps: number, n: Int32Array, from: number, to: number): void {
  for (let row = from; row < to; row++) {
    const offset = row * steps;
    for (let s = 0; s < steps; s++) if (!Number.isNaN(values[offset + s])) n[s]++;
  }
}

/** Copies rows [from, to)'s values into each step's bucket, at `fill[step]` onwards. */
function bucketRows(values: Float64Array, steps: number, buckets: Float64Array, fill: Int32Array, from: number, to: number): void {
  for (let row = from; row < to; row++) {
    const offset = row * steps;
    for (let s = 0; s < steps; s++) {
      const value = values[offset + s];
      if (!Number.isNaN(value)) buckets[fill[s]++] = value;
    }
  }
}

/**
 * `stepQuantiles` as steps (see `traceMatrixSteps`): with `every` > 0 it pauses after every `every`
 * rows counted and bucketed, and after each step's selections; with 0 it runs through.
 */
export function* stepQuantilesSteps(matrix: TraceMatrix, every: number): Generator<void, StepQuantiles> {
  const { customers, steps, values } = matrix;
  const batch = every > 0 ? every : customers;
  const n = new Int32Array(steps);
  for (let from = 0; from < customers; from += batch) {
    if (from > 0) yield;
    countRows(values, steps, n, from, Math.min(customers, from + batch));
  }
  const starts = new Int32Array(steps + 1);
  for (let s = 0; s < steps; s++) starts[s + 1] = starts[s] + n[s];
  const buckets = new Float64Array(starts[steps]);
  const fill = starts.slice(0, steps);
  for (let from = 0; from < customers; from += batch) {
    if (every > 0) yield;
    bucketRows(values, steps, buckets, fill, from, Math.min(customers, from + batch));
  }
  const q1 = new Float64Array(steps).fill(NaN);
  const median = new Float64Array(steps).fill(NaN);
  const q3 = new Float64Array(steps).fill(NaN);
  for (let s = 0; s < steps; s++) {
    if (n[s] === 0) continue;
    if (every > 0) yield;
    // Selection, not a sort: 100 000 customers' values per step sorted 24 times were most of the
    // quantiles' time. Each selection leaves the bucket partly ordered, which speeds the next one.
    const bucket = buckets.subarray(starts[s], starts[s + 1]);
    median[s] = quantileInPlace(bucket, 0.5);
    q1[s] = quantileInPlace(bucket, 0.25);
    q3[s] = quantileInPlace(bucket, 0.75);
  }
  return { n, q1, median, q3 };
}

/** One customer's values per step (NaN = none), or undefined when the id is not in the matrix. */
export function traceOf(matrix: TraceMatrix, id: string): Float64Array | undefined {
  const row = matrix.ids.indexOf(id);
  return row < 0 ? undefined : matrix.values.subarray(row * matrix.steps, (row + 1) * matrix.steps);
}
