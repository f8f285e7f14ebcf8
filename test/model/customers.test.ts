import { expect } from '@open-wc/testing';
import { experienceScore, summarizeCustomers } from '../../src/model/customers.js';
import { normalizeJourney } from '../../src/model/normalize.js';
import type { JourneyDocument } from '../../src/model/types.js';

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
});
