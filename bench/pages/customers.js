// A page with only `summarizeCustomers` and its plain pass (and the harness's `noop`): the row's
// measurement without the map and table workloads, whose documents share hidden classes with these
// events and make V8 throw the optimized walk away mid-run (docs/performance.md, issue 17).
import './customers-bench.js';

window.bench.ready = true;
