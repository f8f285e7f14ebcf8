import { expect } from '@open-wc/testing';
import { CustomerTraces, customerDataSteps } from '../../src/elements/emotion-curve/customer-traces.js';
import { normalizeJourney } from '../../src/model/normalize.js';
import { validateJourney } from '../../src/model/validate.js';
import type { JourneyDocument, NormalizedJourney } from '../../src/model/types.js';
import { drain } from '../../src/model/safe-copy.js';

function journeyWith(count: number, shift = 0): NormalizedJourney {
  const doc: JourneyDocument = {
    schemaVersion: 1,
    title: 'Traces',
    scale: { min: -2, max: 2 },
    personas: [
      { id: 'ops', name: 'Dana' },
      { id: 'cfo', name: 'Eli' },
    ],
    stages: [{ id: 's', title: 'S', steps: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }, { id: 'c', title: 'C' }] }],
    individuals: Array.from({ length: count }, (_, k) => ({
      id: `c${k}`,
      persona: k % 3 === 0 ? 'cfo' : 'ops',
      events: [
        { step: 'a', emotion: ((k + shift) % 5) - 2 },
        { step: 'c', emotion: ((k * 7 + shift) % 9) / 2 - 2 },
      ],
    })),
  };
  const result = validateJourney(doc);
  expect(result.ok).to.equal(true);
  return normalizeJourney(result.journey!);
}

const plain = (data: ReturnType<CustomerTraces['now']>) => ({
  persona: data.persona,
  values: data.matrix && Array.from(data.matrix.values),
  ids: data.matrix?.ids,
  n: data.quantiles && Array.from(data.quantiles.n),
  q1: data.quantiles && Array.from(data.quantiles.q1),
  median: data.quantiles && Array.from(data.quantiles.median),
  q3: data.quantiles && Array.from(data.quantiles.q3),
});

/** Pauses that are plain promises: the test decides nothing about the page's tasks. */
const quick = { budget: 0, every: 7, yieldToPage: () => Promise.resolve() };

describe('CustomerTraces: the customers of very large documents in slices', () => {
  it('up to the threshold: computed when asked for, kept while journey and persona stay', () => {
    let ready = 0;
    const traces = new CustomerTraces(() => ready++, { ...quick, threshold: 50 });
    const journey = journeyWith(50);
    const data = traces.get(journey, undefined)!;
    expect(plain(data)).to.deep.equal(plain(drain(customerDataSteps(journey, undefined, 0))));
    expect(traces.get(journey, undefined)).to.equal(data);
    expect(traces.get(journey, 'ops')!.matrix!.customers).to.equal(33);
    expect(ready).to.equal(0);
  });

  it('above it: nothing at first, then exactly what one go gives, and onReady once', async () => {
    let ready = 0;
    const traces = new CustomerTraces(() => ready++, { ...quick, threshold: 20 });
    const journey = journeyWith(100);
    expect(traces.get(journey, 'ops')).to.equal(undefined);
    expect(traces.get(journey, 'ops')).to.equal(undefined);
    await traces.settled;
    expect(ready).to.equal(1);
    const data = traces.get(journey, 'ops')!;
    expect(plain(data)).to.deep.equal(plain(drain(customerDataSteps(journey, 'ops', 0))));
    expect(data.matrix!.customers).to.equal(66);
  });

  it('a new journey abandons the slices running: only the new one is ready, once', async () => {
    let ready = 0;
    const traces = new CustomerTraces(() => ready++, { ...quick, threshold: 20 });
    const first = journeyWith(100);
    const second = journeyWith(120, 1);
    expect(traces.get(first, undefined)).to.equal(undefined);
    const abandoned = traces.settled;
    expect(traces.get(second, undefined)).to.equal(undefined);
    await abandoned;
    await traces.settled;
    expect(ready).to.equal(1);
    // The first was not kept: asking for it starts again.
    expect(plain(traces.get(second, undefined)!)).to.deep.equal(plain(drain(customerDataSteps(second, undefined, 0))));
    expect(traces.get(first, undefined)).to.equal(undefined);
    traces.cancel();
    await traces.settled;
    expect(ready).to.equal(1);
  });

  it('now() gives the data at once and abandons the slices running (a map lane does not wait)', async () => {
    let ready = 0;
    const traces = new CustomerTraces(() => ready++, { ...quick, threshold: 20 });
    const journey = journeyWith(100);
    expect(traces.get(journey, undefined)).to.equal(undefined);
    const running = traces.settled;
    const data = traces.now(journey, undefined);
    expect(plain(data)).to.deep.equal(plain(drain(customerDataSteps(journey, undefined, 0))));
    await running;
    expect(ready).to.equal(0);
    expect(traces.get(journey, undefined)).to.equal(data);
  });

  it('a journey without customers has no matrix', () => {
    const traces = new CustomerTraces(() => {}, { threshold: 0 });
    const data = traces.get(journeyWith(0), undefined)!;
    expect(data.matrix).to.equal(undefined);
    expect(data.quantiles).to.equal(undefined);
  });
});
