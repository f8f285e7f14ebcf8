import { expect } from '@open-wc/testing';
import { quantileSorted } from 'd3-array';
import fc from 'fast-check';
import { lastEventPerStep, quantileInPlace, selectInPlace, stepQuantiles, traceMatrix, traceOf } from '../../src/layout/quantiles.js';
import type { Individual } from '../../src/model/types.js';

const stepIndexById = new Map([
  ['a', 0],
  ['b', 1],
  ['c', 2],
]);

const individuals: Individual[] = [
  { id: 'c1', persona: 'ops', events: [{ step: 'a', emotion: -2 }, { step: 'b', emotion: 0 }] },
  { id: 'c2', persona: 'cfo', events: [{ step: 'a', emotion: 1 }, { step: 'b', emotion: 1 }, { step: 'c', emotion: 2 }] },
  { id: 'c3', events: [{ step: 'a', emotion: 0 }, { step: 'unknown', emotion: 2 }, { step: 'b', note: 'no emotion' }] },
  {
    id: 'c4',
    persona: 'ops',
    events: [
      { step: 'a', at: '2026-03-02T10:00:00Z', emotion: 2 },
      // Earlier in time though later in the list: the March 2 event is the last one.
      { step: 'a', at: '2026-03-01T10:00:00Z', emotion: -1 },
      { step: 'b', emotion: -1 },
      { step: 'b', emotion: -2 },
    ],
  },
];

describe('layout/quantiles', () => {
  it('keeps the last event per customer and step, by date, else by list order', () => {
    const chosen = new Int32Array(3);
    lastEventPerStep(individuals[3], stepIndexById, chosen);
    expect(Array.from(chosen)).to.deep.equal([0, 3, -1]);
    lastEventPerStep(individuals[2], stepIndexById, chosen);
    expect(Array.from(chosen)).to.deep.equal([0, -1, -1]);
  });

  it('builds a row-major matrix with NaN for missing values', () => {
    const matrix = traceMatrix(individuals, stepIndexById, 3);
    expect(matrix.customers).to.equal(4);
    expect(matrix.ids).to.deep.equal(['c1', 'c2', 'c3', 'c4']);
    expect(Array.from(matrix.values)).to.deep.equal([-2, 0, NaN, 1, 1, 2, 0, NaN, NaN, 2, -2, NaN]);
    expect(Array.from(traceOf(matrix, 'c2')!)).to.deep.equal([1, 1, 2]);
    expect(traceOf(matrix, 'nobody')).to.equal(undefined);
  });

  it('filters by persona, keeping customers without one', () => {
    const matrix = traceMatrix(individuals, stepIndexById, 3, 'ops');
    expect(matrix.ids).to.deep.equal(['c1', 'c3', 'c4']);
  });

  it('computes n, quartiles and median per step (d3 R-7 interpolation)', () => {
    const q = stepQuantiles(traceMatrix(individuals, stepIndexById, 3));
    // a: -2, 0, 1, 2   b: -2, 0, 1   c: 2
    expect(Array.from(q.n)).to.deep.equal([4, 3, 1]);
    expect(Array.from(q.q1)).to.deep.equal([-0.5, -1, 2]);
    expect(Array.from(q.median)).to.deep.equal([0.5, 0, 2]);
    expect(Array.from(q.q3)).to.deep.equal([1.25, 0.5, 2]);
  });

  it('leaves steps nobody reached as NaN with n = 0', () => {
    const q = stepQuantiles(traceMatrix([{ id: 'x', events: [{ step: 'b', emotion: 1 }] }], stepIndexById, 3));
    expect(Array.from(q.n)).to.deep.equal([0, 1, 0]);
    expect(Array.from(q.median)).to.deep.equal([NaN, 1, NaN]);
    expect(stepQuantiles(traceMatrix([], stepIndexById, 3)).n.length).to.equal(3);
  });

  it('handles 10 000 customers over 24 steps', () => {
    const steps = 24;
    const ids = new Map(Array.from({ length: steps }, (_, i) => [`s${i}`, i]));
    // Customer k has emotion (k mod 5) - 2 on every step: 2000 of each value in -2..2.
    const many: Individual[] = Array.from({ length: 10000 }, (_, k) => ({
      id: `c${k}`,
      events: Array.from({ length: steps }, (_, s) => ({ step: `s${s}`, emotion: (k % 5) - 2 })),
    }));
    const q = stepQuantiles(traceMatrix(many, ids, steps));
    expect(Array.from(q.n)).to.deep.equal(new Array(steps).fill(10000));
    expect(Array.from(q.median)).to.deep.equal(new Array(steps).fill(0));
    expect(Array.from(q.q1)).to.deep.equal(new Array(steps).fill(-1));
    expect(Array.from(q.q3)).to.deep.equal(new Array(steps).fill(1));
  });
});

describe('layout/quantiles: selection instead of a sort', () => {
  it('quantileInPlace gives exactly what d3 quantileSorted gives on the sorted values', () => {
    const values = fc.array(fc.oneof(fc.integer({ min: -4, max: 4 }).map((v) => v / 2), fc.double({ min: -2, max: 2, noNaN: true })), { minLength: 1, maxLength: 300 });
    fc.assert(
      fc.property(values, fc.constantFrom(0.25, 0.5, 0.75, 0.1, 0.9), (list, p) => {
        const expected = quantileSorted([...list].sort((a, b) => a - b), p);
        expect(quantileInPlace(Float64Array.from(list), p)).to.equal(expected);
      }),
      { seed: 20261205, numRuns: 2000 },
    );
  });

  it('selects by hand: [5, 1, 4, 2, 3] has 1 at rank 0, 3 at rank 2, 5 at rank 4', () => {
    for (const [k, expected] of [[0, 1], [2, 3], [4, 5]]) {
      const values = Float64Array.from([5, 1, 4, 2, 3]);
      selectInPlace(values, k);
      expect(values[k]).to.equal(expected);
      for (let i = 0; i < k; i++) expect(values[i]).to.be.at.most(expected);
      for (let i = k + 1; i < 5; i++) expect(values[i]).to.be.at.least(expected);
    }
    // Rank 1.5 of [1, 2, 3, 4] (the 0.5-quantile): halfway between 2 and 3.
    expect(quantileInPlace(Float64Array.from([4, 1, 3, 2]), 0.5)).to.equal(2.5);
    expect(quantileInPlace(Float64Array.from([7]), 0.25)).to.equal(7);
    expect(quantileInPlace(new Float64Array(0), 0.5)).to.be.NaN;
  });
});
