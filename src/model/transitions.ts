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
 *   event is an exit when they are stalled (`progress.ts`), else the customer is "here now". Events
 *   at steps the map lacks are skipped. A share is the count over the step's visits (its outgoing
 *   transitions + exits + here now + finished). Transitions customers took that `next` does not
 *   name are rows too; transitions of `next` nobody took have count 0.
 * - `plain`: neither: the transitions of `next` (or the default following step) with no figures.
 */
import { orderedEventIndices, progressFrom, referenceInstant, stallAfter, type ProgressOptions } from './progress.js';
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
  // Counts keyed by from * stepCount + to: one Map lookup per event, no string keys.
  const counts = new Map<number, number>();
  const exitCounts = new Array<number>(stepCount).fill(0);
  const hereNow = new Array<number>(stepCount).fill(0);
  const entries = new Array<number>(stepCount).fill(0);
  const finished = new Array<number>(stepCount).fill(0);
  const final = new Array<boolean>(stepCount).fill(true);
  for (const [from, to] of journey.edges) if (from !== to) final[from] = false;
  for (const individual of journey.individuals) {
    const events = individual.events;
    const order = inTimeOrder(events) ? undefined : orderedEventIndices(events);
    let previous = -1;
    let last = -1;
    for (let position = 0; position < events.length; position++) {
      const k = order ? order[position] : position;
      const step = stepIndexById.get(events[k].step);
      if (step === undefined || step === previous) continue;
      if (previous < 0) entries[step]++;
      else {
        const key = previous * stepCount + step;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      previous = step;
      last = k;
    }
    if (previous < 0) continue;
    if (final[previous]) {
      finished[previous]++;
      continue;
    }
    const progress = progressFrom(events, last, momentOf(events, last), stepIndexById, reference, stallAfterDays);
    if (progress.stalled) exitCounts[previous]++;
    else hereNow[previous]++;
  }

  const transitions: FlowTransition[] = [];
  for (const row of designed(journey)) {
    const key = row.from * stepCount + row.to;
    transitions.push(withLabel({ from: row.from, to: row.to, planned: true, count: counts.get(key) ?? 0 }, row.label));
    counts.delete(key);
  }
  for (const key of [...counts.keys()].sort((a, b) => a - b)) {
    transitions.push({ from: Math.floor(key / stepCount), to: key % stepCount, planned: false, count: counts.get(key)! });
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

/**
 * True when the dated events are listed in time order, judged as text: the common case (events
 * appended as they happen) then needs no date parsing. Only UTC date-times of one length, or plain
 * dates, compare as text; anything else answers false and is ordered by `orderedEventIndices`.
 */
function inTimeOrder(events: readonly IndividualEvent[]): boolean {
  let previous: string | undefined;
  for (const event of events) {
    const at = event.at;
    if (typeof at !== 'string') continue;
    if (previous !== undefined) {
      const textual = at.length === previous.length && (at.length === 10 || (at.endsWith('Z') && previous.endsWith('Z')));
      if (!textual || at < previous) return false;
    }
    previous = at;
  }
  return true;
}

/** The moment of event `index`: its `at`, else that of the nearest dated event listed before it. */
function momentOf(events: readonly IndividualEvent[], index: number): number | undefined {
  for (let k = index; k >= 0; k--) {
    const at = parseInstant(events[k].at);
    if (at !== undefined) return at;
  }
  return undefined;
}
