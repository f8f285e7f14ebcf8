import { expect } from '@open-wc/testing';
import { summarizeCustomers } from '../../src/model/customers.js';
import { normalizeJourney } from '../../src/model/normalize.js';
import { seededRandom } from '../../src/samples/individuals.js';
import { customerProgress, finalSteps, orderedEventIndices } from '../../src/model/progress.js';
import { transitionTable, type FlowExit, type FlowTransition, type TransitionTable } from '../../src/model/transitions.js';
import type { Individual, IndividualEvent, JourneyDocument, NormalizedJourney, Stage } from '../../src/model/types.js';

const AS_OF = '2026-10-01';

/** Four steps a, b, c, d in one stage; `next` and `exit` per step as given. */
function journey(fields: Record<string, Partial<Stage>> = {}, individuals?: Individual[]) {
  const doc: JourneyDocument = {
    schemaVersion: 1,
    title: 't',
    stages: [{ id: 's', title: 'S', steps: ['a', 'b', 'c', 'd'].map((id) => ({ id, title: id.toUpperCase(), ...fields[id] })) }],
  };
  if (individuals) doc.individuals = individuals;
  return normalizeJourney(doc);
}


/**
 * The counting rule written the plain way (the module comment of transitions.ts, one customer at a
 * time through progress.ts): what the fast table must equal on any data.
 */
function referenceTable(journey: NormalizedJourney, options: { asOf?: string; stallAfterDays?: number }): TransitionTable {
  const n = journey.steps.length;
  const final = finalSteps(n, journey.edges);
  const pairs = new Map<number, number>();
  const zero = () => new Array<number>(n).fill(0);
  const [exitCounts, hereNow, entries, finished] = [zero(), zero(), zero(), zero()];
  for (const individual of journey.individuals) {
    let previous: number | undefined;
    for (const k of orderedEventIndices(individual.events)) {
      const step = journey.stepIndexById.get(individual.events[k].step);
      if (step === undefined || step === previous) continue;
      if (previous === undefined) entries[step]++;
      else pairs.set(previous * n + step, (pairs.get(previous * n + step) ?? 0) + 1);
      previous = step;
    }
    const progress = customerProgress(individual, journey.stepIndexById, { ...options, finalSteps: final });
    if (progress.currentStep === undefined) continue;
    const tally = progress.finished ? finished : progress.stalled ? exitCounts : hereNow;
    tally[progress.currentStep]++;
  }
  const transitions: FlowTransition[] = [];
  journey.edges.forEach(([from, to], index) => {
    if (from === to) return;
    const row: FlowTransition = { from, to, planned: true, count: pairs.get(from * n + to) ?? 0 };
    pairs.delete(from * n + to);
    const label = journey.edgeFigures?.[index]?.label;
    transitions.push(label === undefined ? row : { ...row, label });
  });
  [...pairs].sort((a, b) => a[0] - b[0]).forEach(([key, count]) => transitions.push({ from: Math.floor(key / n), to: key % n, planned: false, count }));
  const visits = hereNow.map((here, step) => here + exitCounts[step] + finished[step]);
  for (const row of transitions) visits[row.from] += row.count!;
  for (const row of transitions) if (visits[row.from] > 0) row.share = row.count! / visits[row.from];
  const exits: FlowExit[] = [];
  exitCounts.forEach((count, step) => {
    if (count > 0) exits.push(visits[step] > 0 ? { step, count, share: count / visits[step] } : { step, count });
  });
  return { source: 'individuals', transitions, exits, hereNow, entries, finished };
}

describe('model/transitions', () => {
  describe('plain', () => {
    it('is the default chain with no figures when nothing is written or counted', () => {
      expect(transitionTable(journey())).to.deep.equal({
        source: 'plain',
        transitions: [
          { from: 0, to: 1, planned: true },
          { from: 1, to: 2, planned: true },
          { from: 2, to: 3, planned: true },
        ],
        exits: [],
      });
    });

    it('keeps labels and labelled exits, drops self-loops', () => {
      const table = transitionTable(journey({ a: { next: [{ step: 'c', label: 'Skips' }, 'a'], exit: { label: 'Leaves' } } }));
      expect(table.source).to.equal('plain');
      expect(table.transitions).to.deep.equal([
        { from: 0, to: 2, planned: true, label: 'Skips' },
        { from: 1, to: 2, planned: true },
        { from: 2, to: 3, planned: true },
      ]);
      expect(table.exits).to.deep.equal([{ step: 0, label: 'Leaves' }]);
    });
  });

  describe('explicit', () => {
    it('uses the shares and counts as written, loops included', () => {
      const table = transitionTable(
        journey({
          a: { next: ['b', { step: 'c', share: 0.25, count: 310, label: 'Checks price' }], exit: { share: 0.12, count: 150 } },
          c: { next: ['d', { step: 'a', share: 0.1 }] },
        }),
      );
      expect(table).to.deep.equal({
        source: 'explicit',
        transitions: [
          { from: 0, to: 1, planned: true },
          { from: 0, to: 2, planned: true, share: 0.25, count: 310, label: 'Checks price' },
          { from: 1, to: 2, planned: true },
          { from: 2, to: 3, planned: true },
          { from: 2, to: 0, planned: true, share: 0.1 },
        ],
        exits: [{ step: 0, share: 0.12, count: 150 }],
      });
    });

    it('wins over counting when the document also has customers', () => {
      const table = transitionTable(journey({ d: { exit: { count: 3 } } }, [{ id: 'x', events: [{ step: 'a' }, { step: 'b' }] }]));
      expect(table.source).to.equal('explicit');
      expect(table.exits).to.deep.equal([{ step: 3, count: 3 }]);
    });
  });

  describe('counted from individuals', () => {
    const events = (...steps: Array<[string, string?]>) => steps.map(([step, at]) => (at ? { step, at } : { step }));

    it('counts consecutive events, loops and unplanned skips; stalled last events are exits', () => {
      const customers: Individual[] = [
        // a → b → c, last event 2026-09-30: here now at c.
        { id: '1', events: events(['a', '2026-09-01'], ['b', '2026-09-10'], ['c', '2026-09-30']) },
        // a → b → a (loop) → b, stalled at b since 2026-09-02 (29 days).
        { id: '2', events: events(['a', '2026-09-01'], ['b', '2026-09-01T10:00:00Z'], ['a', '2026-09-02'], ['b', '2026-09-02T08:00:00Z']) },
        // a → c: a skip `next` does not name; stalled at c.
        { id: '3', events: events(['a', '2026-08-01'], ['c', '2026-08-03']) },
        // Listed out of order: b, a by time is a → b; repeated b makes no transition; here now at b.
        { id: '4', events: events(['b', '2026-09-29'], ['a', '2026-09-20'], ['b', '2026-09-30']) },
      ];
      const table = transitionTable(journey({}, customers), { asOf: AS_OF });
      expect(table).to.deep.equal({
        source: 'individuals',
        transitions: [
          // Visits of a: 5 (1, 2 twice, 3, 4); of b: 4 (1, 2 twice, 4); of c: 2.
          { from: 0, to: 1, planned: true, count: 4, share: 4 / 5 },
          { from: 1, to: 2, planned: true, count: 1, share: 1 / 4 },
          { from: 2, to: 3, planned: true, count: 0, share: 0 },
          { from: 0, to: 2, planned: false, count: 1, share: 1 / 5 },
          { from: 1, to: 0, planned: false, count: 1, share: 1 / 4 },
        ],
        exits: [
          { step: 1, count: 1, share: 1 / 4 },
          { step: 2, count: 1, share: 1 / 2 },
        ],
        hereNow: [0, 1, 1, 0],
        entries: [4, 0, 0, 0],
        finished: [0, 0, 0, 0],
      });
    });

    it('keeps ties in listed order and undated events in their listed place', () => {
      const customers: Individual[] = [
        // Same moment: listed order a, c. Then b has no date: it stays after c.
        { id: '1', events: events(['a', '2026-09-30T10:00:00Z'], ['c', '2026-09-30T10:00:00Z'], ['b']) },
      ];
      const table = transitionTable(journey({}, customers), { asOf: AS_OF });
      expect(table.transitions.filter((row) => row.count! > 0).map(({ from, to }) => [from, to])).to.deep.equal([
        [0, 2],
        [2, 1],
      ]);
      // b inherits c's moment (Sept 30): one day before asOf, so here now, not an exit.
      expect(table.hereNow).to.deep.equal([0, 1, 0, 0]);
      expect(table.exits).to.deep.equal([]);
    });

    it('takes back what a customer listed out of order late counted, and counts their events in time order', () => {
      const customers: Individual[] = [
        // Listed a (3rd), c (5th), b (4th): in time a → b → c, so a → c (a skip `next` does not name) is not a move.
        { id: '1', events: events(['a', '2026-09-03'], ['c', '2026-09-05'], ['b', '2026-09-04']) },
        // A date and a date-time with an offset do not compare as text: read as times, b (Sept 1, 22:00 UTC) comes before a.
        { id: '2', events: events(['a', '2026-09-02'], ['b', '2026-09-02T00:00:00+02:00'], ['c', '2026-09-29']) },
      ];
      const table = transitionTable(journey({}, customers), { asOf: AS_OF });
      expect(table).to.deep.equal({
        source: 'individuals',
        transitions: [
          // Visits of a: 2 (1 → b, 2 → c); of b: 2 (1 → c, 2 → a); of c: 2 (1 stalled since Sept 5, 2 here now).
          { from: 0, to: 1, planned: true, count: 1, share: 1 / 2 },
          { from: 1, to: 2, planned: true, count: 1, share: 1 / 2 },
          { from: 2, to: 3, planned: true, count: 0, share: 0 },
          { from: 0, to: 2, planned: false, count: 1, share: 1 / 2 },
          { from: 1, to: 0, planned: false, count: 1, share: 1 / 2 },
        ],
        exits: [{ step: 2, count: 1, share: 1 / 2 }],
        hereNow: [0, 0, 1, 0],
        entries: [1, 1, 0, 0],
        finished: [0, 0, 0, 0],
      });
    });

    it('uses `now` without asOf, and a custom stall-after', () => {
      const customers: Individual[] = [{ id: '1', events: events(['a', '2026-09-20'], ['b', '2026-09-25']) }];
      const now = Date.UTC(2026, 9, 1);
      expect(transitionTable(journey({}, customers), { now }).exits).to.deep.equal([]);
      expect(transitionTable(journey({}, customers), { now, stallAfterDays: 5 }).exits).to.deep.equal([{ step: 1, count: 1, share: 1 }]);
    });

    it('keeps a written exit label on the counted exit', () => {
      const customers: Individual[] = [{ id: '1', events: events(['a', '2026-01-01']) }];
      const table = transitionTable(journey({ a: { exit: { label: 'Gives up' } } }, customers), { asOf: AS_OF });
      expect(table.exits).to.deep.equal([{ step: 0, count: 1, share: 1, label: 'Gives up' }]);
    });

    it('counts a customer whose last event is at a final step as finished, stalled or not, never as a drop-off', () => {
      const customers: Individual[] = [
        // Reached d, the last step, long ago: finished, not stalled at d.
        { id: '1', events: events(['a', '2026-01-01'], ['c', '2026-01-02'], ['d', '2026-01-03']) },
        // Reached b (`next: []`, so the journey may end there) yesterday: finished too.
        { id: '2', events: events(['a', '2026-09-29'], ['b', '2026-09-30']) },
        // Stalled at c, which leads on to d: a drop-off.
        { id: '3', events: events(['a', '2026-01-01'], ['c', '2026-01-05']) },
        // Here now at a.
        { id: '4', events: events(['a', '2026-09-30']) },
      ];
      const table = transitionTable(journey({ a: { next: ['b', 'c'] }, b: { next: [] } }, customers), { asOf: AS_OF });
      expect(table).to.deep.equal({
        source: 'individuals',
        transitions: [
          // Visits of a: 4 (3 ways on + 1 here now); of c: 2 (1 way on + 1 drop-off).
          { from: 0, to: 1, planned: true, count: 1, share: 1 / 4 },
          { from: 0, to: 2, planned: true, count: 2, share: 2 / 4 },
          { from: 2, to: 3, planned: true, count: 1, share: 1 / 2 },
        ],
        exits: [{ step: 2, count: 1, share: 1 / 2 }],
        hereNow: [1, 0, 0, 0],
        entries: [4, 0, 0, 0],
        finished: [0, 1, 0, 1],
      });
    });

    it('counts each customer where the customers table and the step badges do: at the step of their last event, or nowhere when it is off the map', () => {
      const customers: Individual[] = [
        // a → b, then a step the map lacks (its last event): off the map, counted at no step (not at b).
        { id: 'off', events: events(['a', '2026-09-01'], ['b', '2026-09-02'], ['zz', '2026-09-29']) },
        // a → b, b again yesterday: here now at b, measured from the last event (not the first at b).
        { id: 'repeat', events: events(['a', '2026-08-01'], ['b', '2026-08-02'], ['b', '2026-09-30']) },
        // a → (off the map) → c: the transition runs across the event off the map; here now at c.
        { id: 'across', events: events(['a', '2026-09-01'], ['zz', '2026-09-05'], ['c', '2026-09-29']) },
      ];
      const mapped = journey({}, customers);
      const table = transitionTable(mapped, { asOf: AS_OF });
      expect(table).to.deep.equal({
        source: 'individuals',
        transitions: [
          // Visits of a: 3 (3 ways on); of b: 1 (repeat here now; off is on no step); of c: 1.
          { from: 0, to: 1, planned: true, count: 2, share: 2 / 3 },
          { from: 1, to: 2, planned: true, count: 0, share: 0 },
          { from: 2, to: 3, planned: true, count: 0, share: 0 },
          { from: 0, to: 2, planned: false, count: 1, share: 1 / 3 },
        ],
        exits: [],
        hereNow: [0, 1, 1, 0],
        entries: [3, 0, 0, 0],
        finished: [0, 0, 0, 0],
      });
      // The table and the badges (summarizeCustomers) say the same per step: now = here now + drop-offs + finished.
      const summary = summarizeCustomers(mapped, { asOf: AS_OF });
      const dropOffs = [0, 0, 0, 0];
      for (const exit of table.exits) dropOffs[exit.step] = exit.count!;
      expect(Array.from(summary.now)).to.deep.equal(table.hereNow!.map((here, step) => here + dropOffs[step] + table.finished![step]));
      expect(Array.from(summary.stalled)).to.deep.equal(dropOffs);
      expect(summary.offMap).to.equal(1);
      expect(summary.customers.map((c) => c.currentStep)).to.deep.equal([undefined, 1, 2]);
    });

    it('equals the counting rule written the plain way on generated data (out of order, ties, undated, unreadable and mixed dates, steps off the map, loops, repeated next)', () => {
      const rnd = seededRandom(16);
      const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
      const dates = ['2026-01-01', '2026-01-02', '2026-03-01', '2026-09-30', '2026-01-01T10:00:00Z', '2026-01-01T09:00:00Z', '2026-01-01T10:00:00+02:00', '2026-02-01T00:00:00.000Z', 'soon', '2026-13-01', '2026-00-01', '2026-01-99T10:00:00Z', undefined];
      for (let round = 0; round < 200; round++) {
        const size = 2 + Math.floor(rnd() * 8);
        const ids = Array.from({ length: size }, (_, i) => `s${i}`);
        const steps = ids.map((id) => ({ id, title: id, ...(rnd() < 0.5 ? { next: Array.from({ length: Math.floor(rnd() * 4) }, () => pick(ids)) } : {}) }));
        const individuals: Individual[] = Array.from({ length: 20 }, (_, c) => ({
          id: `c${c}`,
          events: Array.from({ length: Math.floor(rnd() * 7) }, (): IndividualEvent => {
            const at = pick(dates);
            const step = rnd() < 0.1 ? 'elsewhere' : pick(ids);
            return at === undefined ? { step } : { step, at };
          }),
        }));
        const doc = normalizeJourney({ schemaVersion: 1, title: 't', stages: [{ id: 'st', title: 'St', steps }], individuals });
        for (const options of [{ asOf: '2026-03-15' }, { asOf: '2026-03-15', stallAfterDays: 0 }, { asOf: '2026-01-01T12:00:00Z', stallAfterDays: 100 }]) {
          expect(transitionTable(doc, options), `round ${round}, ${JSON.stringify(options)}`).to.deep.equal(referenceTable(doc, options));
        }
      }
    });

    it('ends on a cycle of 100 000 events without hanging', () => {
      const loop: Individual = { id: 'l', events: Array.from({ length: 100_000 }, (_, i) => ({ step: i % 2 ? 'b' : 'a' })) };
      const table = transitionTable(journey({ b: { next: ['a'] } }, [loop]), { asOf: AS_OF });
      expect(table.transitions.map(({ from, to, count }) => [from, to, count])).to.deep.equal([
        [0, 1, 50_000],
        [1, 0, 49_999],
        [2, 3, 0],
      ]);
    });
  });
});
