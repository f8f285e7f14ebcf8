// Computing every customer's current step, score and stalled flag (`summarizeCustomers`) for 10 000
// customers × ~20 events, against one plain pass over the same events that reads what the rule
// needs of each (its step looked up, its emotion, its date compared as text). Registered in the map
// page (bench/pages/map.js, beside the map and table workloads) and in a page of its own
// (customers.html), where no other workload shares the event objects' hidden classes with it.
import { summarizeCustomers } from '../../dist/model/customers.js';
import { normalizeJourney } from '../../dist/model/normalize.js';
import { phoneSystemWithIndividuals } from '../../dist/samples/index.js';
import { workload } from './harness.js';

let manyCustomers;
let summaryResult;
let plainResult;
const customersJourney = () => (manyCustomers ??= normalizeJourney(phoneSystemWithIndividuals(10_000)));

workload('customers-summarize', {
  setup() {
    customersJourney();
  },
  run() {
    summaryResult = summarizeCustomers(manyCustomers);
  },
  // Every generated customer has events on steps of the map: each is counted at exactly one step.
  // (Read from the columns: building 10 000 summary objects here would leave garbage for the next sample.)
  check() {
    if (summaryResult?.count !== 10_000) return 'not every customer was summarized';
    const placed = summaryResult.now.reduce((sum, n) => sum + n, 0);
    return placed === 10_000 && summaryResult.offMap === 0 ? true : `${placed} customers placed on the map`;
  },
});

workload('customers-plain-pass', {
  setup() {
    customersJourney();
  },
  run() {
    const steps = manyCustomers.stepIndexById;
    let sum = 0;
    let known = 0;
    let latest = '';
    for (const individual of manyCustomers.individuals) {
      for (const event of individual.events) {
        if (steps.get(event.step) !== undefined) known++;
        if (typeof event.emotion === 'number') sum += event.emotion;
        if (typeof event.at === 'string' && event.at > latest) latest = event.at;
      }
    }
    plainResult = known > 0 && latest !== '' && Number.isFinite(sum);
  },
  check: () => (plainResult === true ? true : 'the pass read nothing'),
});
