import { expect } from '@open-wc/testing';
import { validateJourney } from '../../src/model/validate.js';
import { validateJourneyInSlices } from '../../src/model/validate-sliced.js';
import { generateIndividuals, phoneSystemJourney, seededRandom } from '../../src/samples/index.js';

/**
 * The bench's customers with defects sprinkled in by a seeded random source: every kind of problem
 * validation reports about customers and their events, hazards the copy meets (getters that throw,
 * functions, cycles, forbidden keys), and fields after `individuals`, so their order counts.
 */
function damaged(seed: number, count: number): Record<string, unknown> {
  const random = seededRandom(seed);
  const individuals: unknown[] = generateIndividuals(phoneSystemJourney, { count, seed });
  for (let i = 0; i < individuals.length; i++) {
    const roll = random();
    if (roll > 0.12) continue;
    const customer = individuals[i] as Record<string, unknown>;
    const event = (customer.events as Array<Record<string, unknown>>)[0] ?? {};
    const kind = Math.floor(random() * 14);
    if (kind === 0) event.step = 'nowhere';
    else if (kind === 1) event.at = '2026-02-30';
    else if (kind === 2) event.emotion = 9;
    else if (kind === 3) event.channel = 'carrier-pigeon';
    else if (kind === 4) event.note = 3;
    else if (kind === 5) customer.id = (individuals[0] as { id: string }).id;
    else if (kind === 6) customer.persona = 'nobody';
    else if (kind === 7) individuals[i] = kind;
    else if (kind === 8) Object.defineProperty(customer, 'label', { enumerable: true, get: () => { throw new Error('no'); } });
    else if (kind === 9) customer.extra = { run: () => 1 };
    else if (kind === 10) customer.self = customer;
    else if (kind === 11) Object.defineProperty(customer, '__proto__', { enumerable: true, value: 1 });
    else if (kind === 12) customer.events = 'none';
    else delete customer.events;
  }
  return { ...phoneSystemJourney, individuals, asOf: 'soon', zzz: [() => 1, 2] };
}

const slices = { every: 7, budget: 1 };

describe('model/validate-sliced', function () {
  // Thousands of customers compared deeply: slow on a loaded machine, not a timing assertion.
  this.timeout(60_000);

  it('gives exactly validateJourney’s problems, order and copy on damaged generated customers', async () => {
    for (const [seed, locale] of [[1, 'en'], [2, 'ru'], [3, 'ro']] as const) {
      const doc = damaged(seed, 600);
      const sync = validateJourney(doc, { locale });
      const sliced = await validateJourneyInSlices(doc, { locale }, slices);
      expect(sync.warnings.length + sync.errors.length, `seed ${seed}`).to.be.greaterThan(50);
      expect(sliced).to.deep.equal(sync);
    }
  });

  it('gives exactly the same copy of a clean document, and pauses between slices', async () => {
    const doc = { ...phoneSystemJourney, individuals: generateIndividuals(phoneSystemJourney, { count: 700, seed: 7 }) };
    let pauses = 0;
    const sliced = await validateJourneyInSlices(doc, undefined, {
      every: 7,
      budget: 0,
      yieldToPage: () => {
        pauses++;
        return Promise.resolve();
      },
    });
    expect(sliced).to.deep.equal(validateJourney(doc));
    expect(sliced!.ok).to.equal(true);
    // A pause after every 7 customers copied and every 7 checked.
    expect(pauses).to.equal(2 * Math.floor(700 / 7));
  });

  it('reads each property once, as validateJourney does', async () => {
    let reads = 0;
    const individuals = generateIndividuals(phoneSystemJourney, { count: 30, seed: 2 });
    const doc = { ...phoneSystemJourney };
    Object.defineProperty(doc, 'individuals', { enumerable: true, get: () => (reads++, individuals) });
    const sliced = await validateJourneyInSlices(doc, undefined, slices);
    expect(reads).to.equal(1);
    expect(sliced).to.deep.equal(validateJourney(doc));
  });

  it('treats the inputs the copy cannot take as validateJourney does', async () => {
    const revoked = Proxy.revocable([], {});
    revoked.revoke();
    const inputs: unknown[] = [
      { ...phoneSystemJourney, individuals: revoked.proxy },
      { ...phoneSystemJourney, individuals: Object.setPrototypeOf([{ id: 'x', events: [] }], Date.prototype) },
      Object.assign([], { individuals: [] }),
      JSON.stringify({ ...phoneSystemJourney, individuals: generateIndividuals(phoneSystemJourney, { count: 50, seed: 4 }).map((c, i) => (i % 3 ? c : { ...c, events: 1 })) }),
      '{ broken',
      42,
      null,
    ];
    const cyclic: Record<string, unknown> = { ...phoneSystemJourney };
    cyclic.individuals = [cyclic];
    inputs.push(cyclic);
    for (const input of inputs) expect(await validateJourneyInSlices(input, undefined, slices)).to.deep.equal(validateJourney(input));
  });

  it('stops when cancelled', async () => {
    const doc = damaged(5, 500);
    let slicesRun = 0;
    const result = await validateJourneyInSlices(doc, undefined, { every: 7, budget: 0, cancelled: () => ++slicesRun > 3 });
    expect(result).to.equal(undefined);
    expect(slicesRun).to.equal(4);
  });
});
