/**
 * The transition table of a journey: every transition and exit with its share and count, and where
 * the numbers come from. Pure; never throws; linear in steps, transitions and events (cycles are
 * just rows of the table).
 *
 * Source, in this order:
 * - `explicit`: some `next` item or `exit` of the document has a `share` or `count`; those are used
 *   as written (a transition with neither has no figures).
 * - `individuals`: counted from the customers' events. Consecutive events of one customer, in the
 *   order of `progress.ts` (by `at`, ties in listed order), make a transition; two consecutive events
 *   at the same step make none. A customer whose last event is at a final step (one the document
 *   names no way on from: `next: []`, or the last step) has **finished**; any other customer's last
 *   event is an exit when they are stalled, else the customer is "here now" (`progressState` in
 *   `progress.ts`, the rule the table and the map's badges use too). Events at steps the map lacks
 *   are skipped in transitions; a customer whose last event is on such a step is off the map and
 *   counted at no step (`countedStep`). A share is the count over the step's visits (its outgoing
 *   transitions + exits + here now + finished). Transitions customers took that `next` does not
 *   name are rows too; transitions of `next` nobody took have count 0.
 * - `plain`: neither: the transitions of `next` (or the default following step) with no figures.
 */
import { finalSteps, orderedEventIndices, progressState, referenceInstant, stallAfter, type ProgressOptions } from './progress.js';
import { parseInstant } from './dates.js';
import type { FlowFigures, IndividualEvent, NormalizedJourney } from './types.js';

export type FlowSource = 'explicit' | 'individuals' | 'plain';

export interface FlowTransition extends FlowFigures {
  /** Step indices. */
  from: number;
  to: number;
  /** False for a transition customers took that the document's `next` does not name. */
  planned: boolean;
}

export interface FlowExit extends FlowFigures {
  /** Step index. */
  step: number;
}

export interface TransitionTable {
  source: FlowSource;
  /** In edge order, then (counted only) the unplanned transitions by source and target index. */
  transitions: FlowTransition[];
  /** In step order. */
  exits: FlowExit[];
  /** Counted only: customers whose current step this is and who are not stalled, by step index. */
  hereNow?: number[];
  /** Counted only: customers whose first event is at this step, by step index. */
  entries?: number[];
  /** Counted only: customers whose last event is at this step, a final one (no way on), by step index. */
  finished?: number[];
}

const hasNumbers = (figures: FlowFigures | undefined): boolean =>
  figures !== undefined && (typeof figures.share === 'number' || typeof figures.count === 'number');

export function transitionTable(journey: NormalizedJourney, options: ProgressOptions = {}): TransitionTable {
  const figures = journey.edgeFigures ?? [];
  if (figures.some(hasNumbers) || journey.steps.some((step) => hasNumbers(step.exit))) return explicitTable(journey);
  if (journey.individuals.some((individual) => individual.events.length > 0)) return countedTable(journey, options);
  return {
    source: 'plain',
    transitions: designed(journey).map(({ from, to, label }) => withLabel<FlowTransition>({ from, to, planned: true }, label)),
    exits: writtenExits(journey),
  };
}

/** The document's transitions without self-loops, with what is written on them. */
function designed(journey: NormalizedJourney): Array<{ from: number; to: number } & FlowFigures> {
  const figures = journey.edgeFigures ?? [];
  const rows: Array<{ from: number; to: number } & FlowFigures> = [];
  journey.edges.forEach(([from, to], index) => {
    if (from !== to) rows.push({ from, to, ...(figures[index] ?? {}) });
  });
  return rows;
}

function withLabel<T extends FlowFigures>(row: T, label: string | undefined): T {
  if (label !== undefined) row.label = label;
  return row;
}

function writtenExits(journey: NormalizedJourney): FlowExit[] {
  const exits: FlowExit[] = [];
  for (const step of journey.steps) {
    const exit = step.exit;
    if (!exit || typeof exit !== 'object') continue;
    const row: FlowExit = { step: step.index };
    if (typeof exit.share === 'number') row.share = exit.share;
    if (typeof exit.count === 'number') row.count = exit.count;
    exits.push(withLabel(row, typeof exit.label === 'string' ? exit.label : undefined));
  }
  return exits;
}

function explicitTable(journey: NormalizedJourney): TransitionTable {
  return {
    source: 'explicit',
    transitions: designed(journey).map((row) => ({ ...row, planned: true })),
    exits: writtenExits(journey),
  };
}

function countedTable(journey: NormalizedJourney, options: ProgressOptions): TransitionTable {
  const stepCount = journey.steps.length;
  const counts: Counts = stepCount * stepCount <= DENSE_LIMIT ? new PairCounts(stepCount * stepCount) : new SparseCounts();
  const tally: Tally = {
    stepCount,
    stepIndexById: journey.stepIndexById,
    reference: referenceInstant(options),
    stallAfterDays: stallAfter(options),
    final: options.finalSteps ?? finalSteps(stepCount, journey.edges),
    counts,
    dense: counts instanceof PairCounts ? counts.counts : undefined,
    pairs: 0,
    exits: new Array<number>(stepCount).fill(0),
    hereNow: new Array<number>(stepCount).fill(0),
    entries: new Array<number>(stepCount).fill(0),
    finished: new Array<number>(stepCount).fill(0),
    instants: new Map(),
  };
  // One call per customer: a small function the engine optimizes after a few customers, where one
  // long loop would wait for an on-stack replacement of the whole table (measured in Chromium).
  for (const individual of journey.individuals) countCustomer(individual.events, tally);
  const { hereNow, finished, entries } = tally;
  const exitCounts = tally.exits;
  let pairs = tally.pairs;

  const transitions: FlowTransition[] = [];
  const figures = journey.edgeFigures;
  journey.edges.forEach(([from, to], index) => {
    if (from === to) return;
    const count = counts.take(from * stepCount + to);
    pairs -= count;
    transitions.push(withLabel<FlowTransition>({ from, to, planned: true, count }, figures?.[index]?.label));
  });
  for (const [key, count] of counts.left(pairs)) {
    transitions.push({ from: Math.floor(key / stepCount), to: key % stepCount, planned: false, count });
  }
  const visits = hereNow.map((here, step) => here + exitCounts[step] + finished[step]);
  for (const row of transitions) visits[row.from] += row.count!;
  for (const row of transitions) if (visits[row.from] > 0) row.share = row.count! / visits[row.from];

  const written = new Map(writtenExits(journey).map((exit) => [exit.step, exit.label]));
  const exits: FlowExit[] = [];
  exitCounts.forEach((count, step) => {
    if (count === 0 && !written.has(step)) return;
    const row: FlowExit = { step, count };
    if (visits[step] > 0) row.share = count / visits[step];
    exits.push(withLabel(row, written.get(step)));
  });
  return { source: 'individuals', transitions, exits, hereNow, entries, finished };
}

/** What `countCustomer` reads and adds to, for every customer of one table. */
interface Tally {
  readonly stepCount: number;
  readonly stepIndexById: ReadonlyMap<string, number>;
  readonly reference: number;
  readonly stallAfterDays: number;
  readonly final: readonly boolean[];
  readonly counts: Counts;
  /** The flat array of `counts` when there is one: an increment in the loop, not a call. */
  readonly dense: Uint32Array | undefined;
  /** Pairs counted in all: when the designed transitions took them all, no unplanned one is looked for. */
  pairs: number;
  readonly exits: number[];
  readonly hereNow: number[];
  readonly entries: number[];
  readonly finished: number[];
  /** Dates of uncommon shapes (offsets, fractions), parsed the slow way, each distinct text once. */
  readonly instants: Map<string, number | undefined>;
}

/**
 * Counts one customer into `t`: their entry and pairs, then where they are now (finished, stalled or
 * here now). One walk in listed order, the common case (events appended as they happen): each step
 * looked up once, its pair counted at once. When a date turns out listed before an earlier one, what
 * the walk counted is taken back and the events are counted again in time order.
 */
function countCustomer(events: readonly IndividualEvent[], t: Tally): void {
  const n = events.length;
  if (n === 0) return;
  const { stepIndexById, stepCount, dense, entries } = t;
  let previous = -1;
  let before: string | undefined;
  // The step of the event at hand, kept after the loop: the last listed event's, where the customer
  // is now when their events are in order.
  let step: number | undefined;
  let pairs = 0;
  let k = 0;
  for (; k < n; k++) {
    const event = events[k];
    const at = event.at;
    if (typeof at === 'string') {
      if (before !== undefined && !textInOrder(before, at)) break;
      before = at;
    }
    step = stepIndexById.get(event.step);
    if (step === undefined || step === previous) continue;
    if (previous < 0) entries[step]++;
    else {
      if (dense) dense[previous * stepCount + step]++;
      else t.counts.add(previous * stepCount + step, 1);
      pairs++;
    }
    previous = step;
  }
  let last = n - 1;
  if (k < n) {
    const order = orderedEventIndices(events);
    pairs += walk(events, undefined, k, -1, entries, t.counts, stepIndexById, stepCount) + walk(events, order, n, 1, entries, t.counts, stepIndexById, stepCount);
    last = order[n - 1];
    step = stepIndexById.get(events[last].step);
  }
  t.pairs += pairs;
  // Where the customer is now: the step of their last event, or nowhere when that step is off the
  // map (progress.ts countedStep, the rule of the table and the badges); then finished, stalled or
  // here now (progress.ts progressState).
  if (step === undefined) return;
  const isFinal = t.final[step] === true;
  const at = isFinal ? undefined : momentOf(events, last, t.instants);
  const state = progressState(isFinal, at === undefined ? undefined : t.reference - at, t.stallAfterDays);
  if (state === 'finished') t.finished[step]++;
  else if (state === 'stalled') t.exits[step]++;
  else t.hereNow[step]++;
}

/** Most step pairs counted in a flat array (4 MB). */
const DENSE_LIMIT = 1 << 20;
/** Most step pairs whose flat array is kept for the next table (1 MB): a map of up to 512 steps. */
const KEEP_LIMIT = 1 << 18;

interface Counts {
  add(key: number, delta: number): void;
  /** The count of `key`, which is then no longer left. */
  take(key: number): number;
  /** The keys not taken with their counts, by key; `remaining`: how many pairs they hold together. */
  left(remaining: number): Array<[number, number]>;
}

/** A zeroed flat array of the last table, reused by the next one (not allocated and zeroed again). */
let spare: Uint32Array | undefined;

/**
 * Pair counts in a flat array: one typed-array increment per transition. The array is all zero again
 * once `left` has run (taken keys are zeroed, the left ones as they are read), and is then kept for
 * the next table.
 */
class PairCounts implements Counts {
  readonly counts: Uint32Array;
  constructor(size: number) {
    const kept = spare;
    spare = undefined;
    this.counts = kept !== undefined && kept.length === size ? kept : new Uint32Array(size);
  }
  add(key: number, delta: number): void {
    this.counts[key] += delta;
  }
  take(key: number): number {
    const count = this.counts[key];
    this.counts[key] = 0;
    return count;
  }
  left(remaining: number): Array<[number, number]> {
    const rows: Array<[number, number]> = [];
    const counts = this.counts;
    for (let key = 0; remaining > 0 && key < counts.length; key++) {
      const count = counts[key];
      if (count === 0) continue;
      rows.push([key, count]);
      counts[key] = 0;
      remaining -= count;
    }
    if (counts.length <= KEEP_LIMIT) spare = counts;
    return rows;
  }
}

/** Pair counts in a Map, for maps too large for the flat array. */
class SparseCounts implements Counts {
  private readonly counts = new Map<number, number>();
  add(key: number, delta: number): void {
    const count = (this.counts.get(key) ?? 0) + delta;
    if (count > 0) this.counts.set(key, count);
    else this.counts.delete(key);
  }
  take(key: number): number {
    const count = this.counts.get(key) ?? 0;
    this.counts.delete(key);
    return count;
  }
  left(): Array<[number, number]> {
    return [...this.counts].sort((a, b) => a[0] - b[0]);
  }
}

/**
 * Whether a date `at` listed after `before` is at or after it, judged as text: true only when both
 * are plain dates or UTC date-times of one length (text order is then time order, and an unreadable
 * one, which counts as undated, keeps its listed place either way); any other pair answers false and
 * the customer is ordered by `orderedEventIndices`.
 */
function textInOrder(before: string, at: string): boolean {
  const n = at.length;
  return n === before.length && (n === 10 || (at.charCodeAt(n - 1) === 90 && before.charCodeAt(n - 1) === 90)) && at >= before;
}

/**
 * The loop of `countedTable` for one customer's first `length` events, in `order` (event indices) or
 * else as listed, adding `delta` to their entry and pair counts: −1 takes back what the loop counted
 * before it found the events out of order, +1 counts them in time order. Answers the pairs × delta.
 */
function walk(
  events: readonly IndividualEvent[],
  order: readonly number[] | undefined,
  length: number,
  delta: number,
  entries: number[],
  counts: Counts,
  stepIndexById: ReadonlyMap<string, number>,
  stepCount: number,
): number {
  let previous = -1;
  let pairs = 0;
  for (let position = 0; position < length; position++) {
    const step = stepIndexById.get(events[order === undefined ? position : order[position]].step);
    if (step === undefined || step === previous) continue;
    if (previous < 0) entries[step] += delta;
    else {
      counts.add(previous * stepCount + step, delta);
      pairs += delta;
    }
    previous = step;
  }
  return pairs;
}

/**
 * The moment of event `index`: its `at`, else that of the nearest dated event listed before it. The
 * common shapes (`2026-04-01`, `…T10:00:00Z`) are read at once; others once per distinct text.
 */
function momentOf(events: readonly IndividualEvent[], index: number, instants: Map<string, number | undefined>): number | undefined {
  for (let k = index; k >= 0; k--) {
    const text = events[k].at;
    if (typeof text !== 'string') continue;
    let at: number | undefined;
    if (text.length === 10 || text.length === 20 || text.length === 24) at = parseInstant(text);
    else {
      at = instants.get(text);
      if (at === undefined && !instants.has(text)) {
        at = parseInstant(text);
        if (instants.size < 100_000) instants.set(text, at);
      }
    }
    if (at !== undefined) return at;
  }
  return undefined;
}
