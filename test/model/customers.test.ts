import { expect } from '@open-wc/testing';
import { experienceScore, MOVING, STALLED, summarizeCustomers } from '../../src/model/customers.js';
import { normalizeJourney } from '../../src/model/normalize.js';
import { customerProgress } from '../../src/model/progress.js';
import type { Individual, IndividualEvent, JourneyDocument } from '../../src/model/types.js';

describe('experienceScore', () => {
  const scale = { min: -2, max: 2 };
  it('maps the mean emotion onto 0–100 over the scale and rounds', () => {
    // mean(-2, 1) = -0.5 → (−0.5 + 2) / 4 × 100 = 37.5 → 38
    expect(experienceScore([{ step: 'a', emotion: -2 }, { step: 'b', emotion: 1 }], scale)).to.equal(38);
    expect(experienceScore([{ step: 'a', emotion: 2 }], scale)).to.equal(100);
    expect(experienceScore([{ step: 'a', emotion: -2 }], scale)).to.equal(0);
    // on a 1..5 scale: mean(4, 5, 5) = 14/3 → (14/3 − 1) / 4 × 100 = 91.67 → 92
    expect(experienceScore([{ step: 'a', emotion: 4 }, { step: 'b', emotion: 5 }, { step: 'c', emotion: 5 }], { min: 1, max: 5 })).to.equal(92);
  });

  it('skips events without an emotion and clamps values beyond the scale', () => {
    expect(experienceScore([{ step: 'a' }, { step: 'b', emotion: 0 }], scale)).to.equal(50);
    expect(experienceScore([{ step: 'a', emotion: 9 }, { step: 'b', emotion: -2 }], scale)).to.equal(50);
    expect(experienceScore([{ step: 'a' }], scale)).to.equal(undefined);
    expect(experienceScore([], scale)).to.equal(undefined);
  });
});

describe('summarizeCustomers', () => {
  const doc: JourneyDocument = {
    schemaVersion: 1,
    title: 'T',
    asOf: '2026-10-01',
    // c is the last step, so final: nobody is there, and a and b stay steps one can stall at.
    stages: [{ id: 's', title: 'S', steps: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }, { id: 'c', title: 'C' }] }],
    individuals: [
      { id: 'c1', label: 'One', segment: 'SMB', events: [{ step: 'a', at: '2026-09-01', emotion: -1 }, { step: 'b', at: '2026-09-28', emotion: 1 }] },
      { id: 'c2', events: [{ step: 'b', at: '2026-09-02', emotion: -2 }] },
      { id: 'c3', events: [{ step: 'a', at: '2026-09-30' }] },
      { id: 'c4', events: [{ step: 'zz', at: '2026-09-30' }] },
      { id: 'c5', events: [] },
    ],
  };

  it('counts customers now and stalled per step, against the document asOf', () => {
    const summary = summarizeCustomers(normalizeJourney(doc), { now: 0 });
    expect(Array.from(summary.now)).to.deep.equal([1, 2, 0]);
    expect(Array.from(summary.stalled)).to.deep.equal([0, 1, 0]);
    expect(summary.offMap).to.equal(1);
    expect(summary.reference).to.equal(Date.UTC(2026, 9, 1));
    expect(summary.stallAfterDays).to.equal(14);
    expect(summary.customers.map((c) => [c.id, c.label, c.segment, c.currentStep, c.stalled, c.stalledDays, c.score])).to.deep.equal([
      ['c1', 'One', 'SMB', 1, false, 3, 50],
      ['c2', 'c2', undefined, 1, true, 29, 0],
      ['c3', 'c3', undefined, 0, false, 1, undefined],
      ['c4', 'c4', undefined, undefined, false, 1, undefined],
      ['c5', 'c5', undefined, undefined, false, undefined, undefined],
    ]);
  });

  it('lets the caller override asOf and the threshold', () => {
    const summary = summarizeCustomers(normalizeJourney(doc), { asOf: '2026-09-20', stallAfterDays: 5 });
    expect(Array.from(summary.stalled)).to.deep.equal([0, 1, 0]);
    expect(summary.customers[0].stalled).to.equal(false);
    expect(summary.customers[0].stalledDays).to.equal(0);
  });

  it('calls a customer at a final step finished, never stalled, as the flow does (the last step; `next: []`)', () => {
    const journey = normalizeJourney({
      schemaVersion: 1,
      title: 'T',
      asOf: '2026-10-01',
      stages: [{ id: 's', title: 'S', steps: [{ id: 'a', title: 'A', next: ['b', 'c'] }, { id: 'b', title: 'B', next: [] }, { id: 'c', title: 'C' }] }],
      individuals: [
        // At c, the last step, 30 days ago: finished, not stalled; the days since are still known.
        { id: 'f1', events: [{ step: 'a', at: '2026-08-01' }, { step: 'c', at: '2026-09-01' }] },
        // At b (`next: []`) 61 days ago: finished.
        { id: 'f2', events: [{ step: 'b', at: '2026-08-01' }] },
        // At a 61 days ago: a has ways on, so stalled.
        { id: 's1', events: [{ step: 'a', at: '2026-08-01' }] },
        // At a 1 day ago: moving.
        { id: 'm1', events: [{ step: 'a', at: '2026-09-30' }] },
      ],
    });
    const summary = summarizeCustomers(journey, { now: 0 });
    expect(summary.customers.map((c) => [c.id, c.currentStep, c.finished, c.stalled, c.stalledDays])).to.deep.equal([
      ['f1', 2, true, false, 30],
      ['f2', 1, true, false, 61],
      ['s1', 0, false, true, 61],
      ['m1', 0, false, false, 1],
    ]);
    expect(Array.from(summary.now)).to.deep.equal([2, 1, 1]);
    expect(Array.from(summary.stalled)).to.deep.equal([1, 0, 0]);
  });

  // One walk per customer (last event, score and dates together): the answers of `customerProgress`
  // and `experienceScore`, on the cases the walk treats apart.
  const day = 86_400_000;
  const walked: JourneyDocument = {
    schemaVersion: 1,
    title: 'T',
    asOf: '2026-10-01',
    stages: [{ id: 's', title: 'S', steps: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }, { id: 'c', title: 'C' }] }],
    individuals: [
      // A tie in `at`: the later listed event is the last.
      { id: 'tie', events: [{ step: 'a', at: '2026-09-20T10:00:00Z' }, { step: 'b', at: '2026-09-20T10:00:00Z' }] },
      // The undated third event inherits 08-01 (the dated event listed before it), so b on 09-01 is last.
      { id: 'undated-after', events: [{ step: 'b', at: '2026-09-01' }, { step: 'a', at: '2026-08-01' }, { step: 'a' }] },
      // One instant written with an offset and in UTC: a tie, mixed shapes.
      { id: 'offset', events: [{ step: 'a', at: '2026-09-25T13:00:00+03:00' }, { step: 'b', at: '2026-09-25T10:00:00Z' }] },
      // A plain date and that day's UTC midnight: a tie, mixed shapes.
      { id: 'plain-and-time', events: [{ step: 'b', at: '2026-09-25T00:00:00Z' }, { step: 'a', at: '2026-09-25' }] },
      // Undated first (before everything); the undated third ties with 09-30 and is listed later.
      { id: 'undated-first', events: [{ step: 'a' }, { step: 'b', at: '2026-09-30', emotion: 2 }, { step: 'a', emotion: -2 }] },
      // No dates at all: listed order, never stalled.
      { id: 'no-dates', events: [{ step: 'a', emotion: 1 }, { step: 'b' }] },
      // An unreadable date counts as none.
      { id: 'unreadable', events: [{ step: 'b', at: 'soon' }, { step: 'a', at: '2026-09-10', emotion: 9 }] },
      // The last event is off the map.
      { id: 'off', events: [{ step: 'a', at: '2026-09-01' }, { step: 'zz', at: '2026-09-29', emotion: -2 }] },
    ],
  };

  it('finds the last event, dates and score in one walk on hand-made cases (ties, undated, mixed shapes, unreadable)', () => {
    const summary = summarizeCustomers(normalizeJourney(walked), { now: 0 });
    expect(summary.customers.map((c) => [c.id, c.lastEvent, c.currentStep, c.lastAt, c.stalled, c.stalledDays, c.score])).to.deep.equal([
      // 10 days 14 hours before asOf.
      ['tie', 1, 1, Date.UTC(2026, 8, 20, 10), false, 10, undefined],
      ['undated-after', 0, 1, Date.UTC(2026, 8, 1), true, 30, undefined],
      ['offset', 1, 1, Date.UTC(2026, 8, 25, 10), false, 5, undefined],
      ['plain-and-time', 1, 0, Date.UTC(2026, 8, 25), false, 6, undefined],
      // mean(2, −2) = 0 → 50.
      ['undated-first', 2, 0, Date.UTC(2026, 8, 30), false, 1, 50],
      // mean(1) → (1 + 2) / 4 = 75.
      ['no-dates', 1, 1, undefined, false, undefined, 75],
      // 9 counts as the scale's top, 2 → 100; exactly 21 days, more than 14: stalled.
      ['unreadable', 1, 0, Date.UTC(2026, 8, 10), true, 21, 100],
      ['off', 1, undefined, Date.UTC(2026, 8, 29), false, 2, 0],
    ]);
    expect(Array.from(summary.now)).to.deep.equal([3, 4, 0]);
    expect(Array.from(summary.stalled)).to.deep.equal([1, 1, 0]);
    expect(summary.offMap).to.equal(1);
    expect(summary.reference - summary.customers[0].lastAt!).to.equal(10 * day + 14 * 3_600_000);
  });

  it('gives what customerProgress and experienceScore give, customer by customer, on generated mixed dates', () => {
    // A seeded mix of shapes, undated events, unreadable dates, ties and steps off the map.
    let seed = 17;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    const shapes = [
      (t: number) => new Date(t).toISOString(),
      (t: number) => new Date(t).toISOString().slice(0, 19) + 'Z',
      (t: number) => new Date(t).toISOString().slice(0, 10),
      (t: number) => new Date(t + 3 * 3_600_000).toISOString().slice(0, 19) + '+03:00',
      () => undefined,
      () => 'not a date',
    ];
    const individuals = Array.from({ length: 300 }, (_, n) => ({
      id: `g${n}`,
      events: Array.from({ length: Math.floor(random() * 6) }, () => {
        const t = Date.UTC(2026, 8, 1) + Math.floor(random() * 4) * day + (random() < 0.5 ? 0 : 3_600_000);
        // Mostly one shape per customer, now and then another.
        const shape = shapes[random() < 0.8 ? n % 3 : Math.floor(random() * shapes.length)];
        const at = shape(t);
        return {
          step: ['a', 'b', 'c', 'zz'][Math.floor(random() * 4)],
          ...(at === undefined ? {} : { at }),
          ...(random() < 0.7 ? { emotion: Math.round(random() * 8) / 2 - 2 } : {}),
        };
      }),
    }));
    const journey = normalizeJourney({ ...walked, individuals });
    const summary = summarizeCustomers(journey, { now: 0 });
    const final = [false, false, true];
    individuals.forEach((individual, n) => {
      const expected = customerProgress(journey.individuals[n], journey.stepIndexById, { asOf: '2026-10-01', finalSteps: final });
      const got = summary.customers[n];
      expect([got.currentStep, got.lastEvent, got.lastAt, got.finished, got.stalled, got.stalledDays], individual.id).to.deep.equal([
        expected.currentStep,
        expected.lastEvent,
        expected.lastAt,
        expected.finished,
        expected.stalled,
        expected.stalledDays,
      ]);
      expect(got.score, individual.id).to.equal(experienceScore(journey.individuals[n].events, journey.scale));
    });
  });

  it('reads unreadable dates of a date shape before the first readable one as lastEventOf does', () => {
    const individuals = [
      { id: 'u1', events: [{ step: 'a', at: '2026-99-99' }, { step: 'b', at: '2026-09-01' }] },
      { id: 'u2', events: [{ step: 'a', at: '2026-00-01' }, { step: 'b', at: '2026-09-01' }, { step: 'a' }] },
      { id: 'u3', events: [{ step: 'b', at: '2026-09-01T10:00:00Z' }, { step: 'a', at: '2026-09-99T10:00:00Z' }] },
      { id: 'u4', events: [{ step: 'b', at: '2026-09-01' }, { step: 'a', at: '2026-00-01' }] },
    ];
    const journey = normalizeJourney({ ...walked, individuals });
    const summary = summarizeCustomers(journey, { now: 0 });
    // u1: the unreadable text sorts last, so the walk hands the customer to lastEventOf; u2: it sorts
    // first and changes nothing; u3: an unreadable date after a readable one counts at the time
    // before it (a tie the later event wins); u4: one that sorts below the best ties with it too.
    expect(summary.customers.map((c) => [c.id, c.lastEvent, c.currentStep, c.lastAt])).to.deep.equal([
      ['u1', 1, 1, Date.UTC(2026, 8, 1)],
      ['u2', 2, 0, Date.UTC(2026, 8, 1)],
      ['u3', 1, 0, Date.UTC(2026, 8, 1, 10)],
      ['u4', 1, 0, Date.UTC(2026, 8, 1)],
    ]);
    individuals.forEach((_, n) => {
      const expected = customerProgress(journey.individuals[n], journey.stepIndexById, { asOf: '2026-10-01' });
      expect([summary.customers[n].lastEvent, summary.customers[n].lastAt]).to.deep.equal([expected.lastEvent, expected.lastAt]);
    });
  });

  it('reads a null, missing or non-object event (a hand-made journey that skipped validation) as undated, without emotion, as lastEventOf does', () => {
    // The walk reads each event once behind one null check; these take the path where it fails (or reads a primitive).
    const odd = [null, undefined, 7, 'x'] as unknown as IndividualEvent[];
    const individuals = [
      { id: 'null-last', events: [{ step: 'a', at: '2026-09-01', emotion: 2 }, odd[0]] },
      { id: 'hole-first', events: [odd[1], { step: 'b', at: '2026-09-02', emotion: -2 }] },
      { id: 'primitives', events: [{ step: 'b', at: '2026-09-03', emotion: 0 }, odd[2], odd[3], { step: 'a', at: '2026-09-01', emotion: 1 }] },
      { id: 'only-null', events: [odd[0]] },
    ];
    const journey = normalizeJourney({ ...walked, individuals: individuals as Individual[] });
    const summary = summarizeCustomers(journey, { now: 0 });
    expect(summary.customers.map((c) => [c.id, c.lastEvent, c.currentStep, c.lastAt, c.score])).to.deep.equal([
      // The null event inherits 09-01 and, listed later, is the last: it has no step, so the customer is off the map.
      ['null-last', 1, undefined, Date.UTC(2026, 8, 1), 100],
      ['hole-first', 1, 1, Date.UTC(2026, 8, 2), 0],
      // 7 and 'x' inherit 09-03 and tie with it; 'x' is listed later. mean(0, 1) = 0.5 → 63.
      ['primitives', 2, undefined, Date.UTC(2026, 8, 3), 63],
      ['only-null', 0, undefined, undefined, undefined],
    ]);
    expect(summary.offMap).to.equal(3);
    individuals.forEach((_, n) => {
      const expected = customerProgress(journey.individuals[n], journey.stepIndexById, { asOf: '2026-10-01' });
      expect([summary.customers[n].lastEvent, summary.customers[n].lastAt, summary.customers[n].currentStep]).to.deep.equal([expected.lastEvent, expected.lastAt, expected.currentStep]);
      expect(summary.customers[n].score).to.equal(experienceScore(journey.individuals[n].events, journey.scale));
    });
  });

  it('keeps the result in columns and builds one customer object on demand, the same one once all are built', () => {
    const summary = summarizeCustomers(normalizeJourney(doc), { now: 0 });
    expect(summary.count).to.equal(5);
    expect(Array.from(summary.currentSteps)).to.deep.equal([1, 1, 0, -1, -1]);
    expect(Array.from(summary.lastEvents)).to.deep.equal([1, 0, 0, 0, -1]);
    expect(Array.from(summary.states)).to.deep.equal([MOVING, STALLED, MOVING, MOVING, MOVING]);
    expect(Array.from(summary.scores).map((s) => (Number.isNaN(s) ? 'none' : s))).to.deep.equal([50, 0, 'none', 'none', 'none']);
    expect(summary.lastTimes[0]).to.equal(Date.UTC(2026, 8, 28));
    const alone = summary.customer(1);
    expect(alone).to.deep.equal({
      currentStep: 1,
      lastEvent: 0,
      lastAt: Date.UTC(2026, 8, 2),
      finished: false,
      stalled: true,
      stalledDays: 29,
      index: 1,
      id: 'c2',
      label: 'c2',
      segment: undefined,
      persona: undefined,
      score: 0,
    });
    expect(summary.customer(5)).to.equal(undefined);
    expect(summary.customer(-1)).to.equal(undefined);
    const all = summary.customers;
    expect(summary.customers).to.equal(all);
    expect(summary.customer(1)).to.equal(all[1]);
    expect(all[1]).to.deep.equal(alone);
  });
});
