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
  const { stepIndexById } = journey;
  const reference = referenceInstant(options);
  const stallAfterDays = stallAfter(options);
  // Counts keyed by from * stepCount + to, no string keys: a flat array while it stays small (a 1 000-step
  // map takes 4 MB), else a Map.
  const counts: Counts = stepCount * stepCount <= DENSE_LIMIT ? new PairCounts(stepCount) : new SparseCounts();
  // The flat array itself when there is one: an increment in the loop, not a call.
  const dense = counts instanceof PairCounts ? counts.counts : undefined;
  const exitCounts = new Array<number>(stepCount).fill(0);
  const hereNow = new Array<number>(stepCount).fill(0);
  const entries = new Array<number>(stepCount).fill(0);
  const finished = new Array<number>(stepCount).fill(0);
  // Customers' last dates repeat (a day, a batch import): each distinct text is parsed once.
  const instants = new Map<string, number | undefined>();
  const final = options.finalSteps ?? finalSteps(stepCount, journey.edges);
  // Each customer's step indices (−1: not on the map), looked up once in the walk that checks their order.
  let stepAt = new Int32Array(16);
  for (const individual of journey.individuals) {
    const events = individual.events;
    const n = events.length;
    if (n === 0) continue;
    if (n > stepAt.length) stepAt = new Int32Array(2 * n);
    const order = lookUpInOrder(events, stepIndexById, stepAt) ? undefined : orderedEventIndices(events);
    let previous = -1;
    for (let position = 0; position < n; position++) {
      const step = stepAt[order === undefined ? position : order[position]];
      if (step < 0 || step === previous) continue;
      if (previous < 0) entries[step]++;
      else if (dense) dense[previous * stepCount + step]++;
      else counts.add(previous * stepCount + step);
      previous = step;
    }
    // Where the customer is now: the step of their last event, or nowhere when that step is off the
    // map (progress.ts countedStep, the rule of the table and the badges); then finished, stalled or
    // here now (progress.ts progressState).
    const last = order === undefined ? n - 1 : order[n - 1];
    const now = stepAt[last];
    if (now < 0) continue;
    const isFinal = final[now] === true;
    const at = isFinal ? undefined : momentOf(events, last, instants);
    const state = progressState(isFinal, at === undefined ? undefined : reference - at, stallAfterDays);
    if (state === 'finished') finished[now]++;
    else if (state === 'stalled') exitCounts[now]++;
    else hereNow[now]++;
  }

  const transitions: FlowTransition[] = designed(journey).map((row) =>
    withLabel<FlowTransition>({ from: row.from, to: row.to, planned: true, count: counts.take(row.from * stepCount + row.to) }, row.label),
  );
  for (const [key, count] of counts.left()) {
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

/** Most step pairs counted in a flat array (4 MB). */
const DENSE_LIMIT = 1 << 20;

interface Counts {
  add(key: number): void;
  /** The count of `key`, which is then no longer left. */
  take(key: number): number;
  /** The keys not taken with their counts, by key. */
  left(): Array<[number, number]>;
}

/** Pair counts in a flat array: one typed-array increment per transition. */
class PairCounts implements Counts {
  readonly counts: Uint32Array;
  constructor(stepCount: number) {
    this.counts = new Uint32Array(stepCount * stepCount);
  }
  add(key: number): void {
    this.counts[key]++;
  }
  take(key: number): number {
    const count = this.counts[key];
    this.counts[key] = 0;
    return count;
  }
  left(): Array<[number, number]> {
    const rows: Array<[number, number]> = [];
    const counts = this.counts;
    for (let key = 0; key < counts.length; key++) if (counts[key] > 0) rows.push([key, counts[key]]);
    return rows;
  }
}

/** Pair counts in a Map, for maps too large for the flat array. */
class SparseCounts implements Counts {
  private readonly counts = new Map<number, number>();
  add(key: number): void {
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
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
 * Writes each event's step index into `stepAt` (−1 for a step the map lacks) and answers whether
 * the dated events are listed in time order, judged as text: the common case (events appended as
 * they happen) then needs no date parsing. Only UTC date-times of one length, or plain dates, compare
 * as text; anything else answers false and is ordered by `orderedEventIndices`.
 */
function lookUpInOrder(events: readonly IndividualEvent[], stepIndexById: ReadonlyMap<string, number>, stepAt: Int32Array): boolean {
  let ordered = true;
  let previous: string | undefined;
  for (let k = 0; k < events.length; k++) {
    const event = events[k];
    stepAt[k] = stepIndexById.get(event.step) ?? -1;
    const at = event.at;
    if (!ordered || typeof at !== 'string') continue;
    if (previous !== undefined) {
      const textual = at.length === previous.length && (at.length === 10 || (at.endsWith('Z') && previous.endsWith('Z')));
      if (!textual || at < previous) ordered = false;
    }
    previous = at;
  }
  return ordered;
}

/** The moment of event `index`: its `at`, else that of the nearest dated event listed before it. */
function momentOf(events: readonly IndividualEvent[], index: number, instants: Map<string, number | undefined>): number | undefined {
  for (let k = index; k >= 0; k--) {
    const text = events[k].at;
    if (typeof text !== 'string') continue;
    let at = instants.get(text);
    if (at === undefined && !instants.has(text)) {
      at = parseInstant(text);
      if (instants.size < 100_000) instants.set(text, at);
    }
    if (at !== undefined) return at;
  }
  return undefined;
}
