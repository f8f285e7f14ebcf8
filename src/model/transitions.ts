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
  const reference = referenceInstant(options);
  const stallAfterDays = stallAfter(options);
  const rows = designed(journey);
  const tally = new Tally(journey.stepIndexById, new PairCounts(stepCount, rows), stepCount);
  const exitCounts = new Array<number>(stepCount).fill(0);
  const hereNow = new Array<number>(stepCount).fill(0);
  const finished = new Array<number>(stepCount).fill(0);
  // Customers' last dates repeat (a day, a batch import): each distinct text is parsed once.
  const instants = new Map<string, number | undefined>();
  const final = options.finalSteps ?? finalSteps(stepCount, journey.edges);
  for (const individual of journey.individuals) {
    const events = individual.events;
    // One pass in listed order, which is time order for most customers (events appended as they
    // happen); when it is not, what the pass counted is taken back and the events counted in order.
    const stop = tally.count(events, undefined, events.length, 1, true);
    if (stop < events.length) {
      tally.count(events, undefined, stop, -1, false);
      tally.count(events, orderedEventIndices(events), events.length, 1, false);
    }
    // Where the customer is now: the step of their last event, or nowhere when that step is off the
    // map (progress.ts countedStep, the rule of the table and the badges); then the one progress
    // rule (progressState): finished at a final step, else stalled or here now.
    // (tally.lastStep is countedStep's answer for tally.last, looked up once in the pass.)
    const { last, lastStep: now } = tally;
    if (now === undefined) continue;
    const at = final[now] ? undefined : momentOf(events, last, instants);
    const state = progressState(final[now] === true, at === undefined ? undefined : reference - at, stallAfterDays);
    if (state === 'finished') finished[now]++;
    else if (state === 'stalled') exitCounts[now]++;
    else hereNow[now]++;
  }

  const { pairs, entries } = tally;
  const transitions: FlowTransition[] = [];
  for (const row of rows) {
    transitions.push(withLabel({ from: row.from, to: row.to, planned: true, count: pairs.take(row.from, row.to) }, row.label));
  }
  for (const [from, to, count] of pairs.left()) transitions.push({ from, to, planned: false, count });
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
  return { source: 'individuals', transitions, exits, hereNow, entries: Array.from(entries), finished };
}

/** The entries and moves of customers, one customer at a time; no allocation per customer or event. */
class Tally {
  readonly entries: Int32Array;
  /** After `count`: the index in `events` of the last event counted, on the map or not (-1: none), and its step index (undefined: off the map or none). */
  last = -1;
  lastStep: number | undefined;
  constructor(
    private readonly stepIndexById: ReadonlyMap<string, number>,
    readonly pairs: PairCounts,
    stepCount: number,
  ) {
    this.entries = new Int32Array(stepCount);
  }

  /**
   * Adds `delta` to the entry and to every move (consecutive events at two different steps of the
   * map; events at steps the map lacks are skipped) of the first `end` events in `order` (indices
   * into `events`; listed order without it). With `checkOrder`, stops before the first dated event
   * that is not at or after the dated one listed before it (`textAtOrAfter`) and returns its position;
   * else returns `end`.
   */
  count(events: readonly IndividualEvent[], order: readonly number[] | undefined, end: number, delta: number, checkOrder: boolean): number {
    const { stepIndexById, pairs, entries } = this;
    let previous = -1;
    let last = -1;
    let lastStep: number | undefined;
    let seen: string | undefined;
    for (let position = 0; position < end; position++) {
      const k = order === undefined ? position : order[position];
      const event = events[k];
      if (checkOrder) {
        const at = event.at;
        if (typeof at === 'string') {
          if (seen !== undefined && !textAtOrAfter(at, seen)) {
            end = position;
            break;
          }
          seen = at;
        }
      }
      const step = stepIndexById.get(event.step);
      last = k;
      lastStep = step;
      if (step === undefined || step === previous) continue;
      if (previous < 0) entries[step] += delta;
      else pairs.add(previous, step, delta);
      previous = step;
    }
    this.last = last;
    this.lastStep = lastStep;
    return end;
  }
}

/**
 * True when date text `at` is at or after `before` judged as text, which is only sound for UTC
 * date-times of one length or plain dates; anything else answers false and the customer's events
 * are ordered by `orderedEventIndices` (which parses them).
 */
function textAtOrAfter(at: string, before: string): boolean {
  return at.length === before.length && (at.length === 10 || (at.endsWith('Z') && before.endsWith('Z'))) && at >= before;
}

/**
 * Counts of moves between two steps. The document's transitions each have a slot, found by the
 * source step (a few targets per step); moves `next` does not name go to a Map keyed by
 * from × stepCount + to. Linear in the transitions, whatever the number of steps.
 */
class PairCounts {
  /** Slots of step s: first[s] up to first[s + 1]; targets[slot] is the target step. */
  private readonly first: Int32Array;
  private readonly targets: Int32Array;
  private readonly counts: Int32Array;
  private readonly unplanned = new Map<number, number>();

  constructor(
    private readonly stepCount: number,
    rows: ReadonlyArray<{ from: number; to: number }>,
  ) {
    this.first = new Int32Array(stepCount + 1);
    for (const { from } of rows) this.first[from + 1]++;
    for (let s = 0; s < stepCount; s++) this.first[s + 1] += this.first[s];
    const next = this.first.slice(0, stepCount);
    this.targets = new Int32Array(rows.length);
    this.counts = new Int32Array(rows.length);
    for (const { from, to } of rows) this.targets[next[from]++] = to;
  }

  private slot(from: number, to: number): number {
    const { first, targets } = this;
    for (let slot = first[from], end = first[from + 1]; slot < end; slot++) if (targets[slot] === to) return slot;
    return -1;
  }

  add(from: number, to: number, delta: number): void {
    const slot = this.slot(from, to);
    if (slot >= 0) {
      this.counts[slot] += delta;
      return;
    }
    const key = from * this.stepCount + to;
    const count = (this.unplanned.get(key) ?? 0) + delta;
    if (count === 0) this.unplanned.delete(key);
    else this.unplanned.set(key, count);
  }

  /** The count of a transition of the document; a repeated one then counts 0. */
  take(from: number, to: number): number {
    const slot = this.slot(from, to);
    if (slot < 0) return 0;
    const count = this.counts[slot];
    this.counts[slot] = 0;
    return count;
  }

  /** The moves `next` does not name, as [from, to, count], by source then target index. */
  left(): Array<[number, number, number]> {
    return [...this.unplanned]
      .sort((a, b) => a[0] - b[0])
      .map(([key, count]) => [Math.floor(key / this.stepCount), key % this.stepCount, count]);
  }
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
