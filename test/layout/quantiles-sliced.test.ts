import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { stepQuantiles, stepQuantilesSteps, traceMatrix, traceMatrixSteps, type StepQuantiles, type TraceMatrix } from '../../src/layout/quantiles.js';
import type { Individual } from '../../src/model/types.js';

const STEPS = ['a', 'b', 'c', 'd', 'e'];
const stepIndexById = new Map(STEPS.map((id, i) => [id, i]));

/** Runs the steps, counting the pauses. */
function run<T>(steps: Generator<void, T>): { value: T; pauses: number } {
  let pauses = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { value: next.value, pauses };
    pauses++;
  }
}

/** NaN-aware, bit for bit: `Array.from` keeps NaN, and deep.equal treats NaN as NaN. */
const plain = (m: TraceMatrix) => ({ ...m, values: Array.from(m.values) });
const plainQ = (q: StepQuantiles) => ({ n: Array.from(q.n), q1: Array.from(q.q1), median: Array.from(q.median), q3: Array.from(q.q3) });

/**
 * Customers as a generator of test data would make them, damaged too: events on unknown steps, no
 * emotion or a non-finite one, two events on one step with and without dates, no events at all.
 */
const customer = fc.record({
  persona: fc.constantFrom(undefined, 'ops', 'cfo'),
  events: fc.array(
    fc.record({
      step: fc.constantFrom(...STEPS, 'unknown'),
      emotion: fc.oneof(fc.constantFrom(-2, -1.5, -1, 0, 0.5, 1, 2), fc.double({ min: -2, max: 2, noNaN: true }), fc.constant(undefined), fc.constant(Number.NaN)),
      at: fc.constantFrom(undefined, '2026-03-01T10:00:00Z', '2026-03-02', 'not a date'),
    }),
    { maxLength: 8 },
  ),
});

const toIndividuals = (list: { persona?: string; events: { step: string; emotion?: number; at?: string }[] }[]): Individual[] =>
  list.map((item, k) => ({
    id: `c${k}`,
    ...(item.persona ? { persona: item.persona } : {}),
    events: item.events.map((event) => ({ step: event.step, ...(event.emotion === undefined ? {} : { emotion: event.emotion }), ...(event.at ? { at: event.at } : {}) })),
  }));

describe('layout/quantiles in slices', () => {
  it('the matrix and quartiles in slices are those computed at once, on generated and damaged customers', () => {
    fc.assert(
      fc.property(fc.array(customer, { maxLength: 60 }), fc.integer({ min: 1, max: 9 }), fc.constantFrom(undefined, 'ops'), (list, every, persona) => {
        const individuals = toIndividuals(list);
        const whole = traceMatrix(individuals, stepIndexById, STEPS.length, persona);
        const sliced = run(traceMatrixSteps(individuals, stepIndexById, STEPS.length, persona, every));
        expect(plain(sliced.value)).to.deep.equal(plain(whole));
        expect(sliced.pauses).to.equal(Math.max(0, Math.ceil(whole.customers / every) - 1));
        if (whole.customers === 0) return;
        const quantiles = run(stepQuantilesSteps(whole, every));
        expect(plainQ(quantiles.value)).to.deep.equal(plainQ(stepQuantiles(whole)));
      }),
      { numRuns: 200 },
    );
  });

  it('pauses where it says: 7 customers every 3 → 2 pauses for the matrix; quartiles 3 + 3 for rows and 1 per step with values', () => {
    const individuals: Individual[] = Array.from({ length: 7 }, (_, k) => ({ id: `c${k}`, events: [{ step: 'a', emotion: k - 3 }, { step: 'c', emotion: 1 }] }));
    const matrix = run(traceMatrixSteps(individuals, stepIndexById, STEPS.length, undefined, 3));
    expect(matrix.pauses).to.equal(2);
    const quantiles = run(stepQuantilesSteps(matrix.value, 3));
    // Counting: rows 0–2 | 3–5 | 6 (2 pauses); bucketing: a pause before each of the 3 batches; steps a and c: 1 each.
    expect(quantiles.pauses).to.equal(2 + 3 + 2);
    // By hand: step a holds −3…3, median 0, quartiles −1.5 and 1.5; step c is 1 everywhere; b, d, e are empty.
    expect(plainQ(quantiles.value)).to.deep.equal({
      n: [7, 0, 7, 0, 0],
      q1: [-1.5, NaN, 1, NaN, NaN],
      median: [0, NaN, 1, NaN, NaN],
      q3: [1.5, NaN, 1, NaN, NaN],
    });
    // With 0 nothing pauses.
    expect(run(traceMatrixSteps(individuals, stepIndexById, STEPS.length, undefined, 0)).pauses).to.equal(0);
    expect(run(stepQuantilesSteps(matrix.value, 0)).pauses).to.equal(0);
  });
});
