// Workloads of the second wave's map features (issues "fix first" and "over time"), each with the
// floor its issue names, measured in the same run (run.mjs `--only=insights`):
// - a filter change against a one-cell update (`map-update-text`, map.js);
// - lintJourney of the large sample against its validation (pure, no DOM; each sample repeats both
//   REPEAT times, since one validation of the large sample is ~1 ms and a sample's fixed cost is ~10);
// - the large map compared with another large document (`compareTo`) against the large map alone.
import { lintJourney, validateJourney } from '../../dist/index.js';
import { generateLargeJourney, phoneSystemJourney } from '../../dist/samples/index.js';
import { deepSignature, freshContainer, nextFrame, workload } from './harness.js';

const large = generateLargeJourney();
/** The same 300 step ids, other texts, emotions and metrics: every step changed, the worst case of a comparison. */
const largeOther = generateLargeJourney({ seed: 2 });

let container;
let map;
let before = '';
let round = 0;

workload('map-filter-change', {
  async setup() {
    container = freshContainer();
    map = document.createElement('journey-map');
    map.journey = phoneSystemJourney;
    container.append(map);
    await map.updateComplete;
    await nextFrame();
    round++;
    before = deepSignature(map);
  },
  run() {
    // Alternating criteria, so each round dims another set of columns.
    map.filter = round % 2 ? { minSeverity: 4 } : { evidence: 'research' };
  },
  check() {
    const shades = map.shadowRoot.querySelectorAll('[part="dimmed"]').length;
    if (!shades) return 'no column is dimmed';
    return deepSignature(map) !== before ? true : 'the filter changed nothing on screen';
  },
  teardown() {
    container.remove();
    map = undefined;
  },
});

let result;
/** Both pure rows repeat their call: one call is below the harness's resolution on a loaded machine. */
const REPEAT = 50;
workload('lint-large', {
  run() {
    for (let i = 0; i < REPEAT; i++) result = lintJourney(large, { now: Date.UTC(2026, 11, 4) });
  },
  check: () => (result.ok && result.rules['empty-lane'] ? true : 'lint did not run'),
  teardown() {
    result = undefined;
  },
});
workload('validate-large', {
  run() {
    for (let i = 0; i < REPEAT; i++) result = validateJourney(large);
  },
  check: () => (result.ok ? true : 'the large sample did not validate'),
  teardown() {
    result = undefined;
  },
});

workload('map-compare-large', {
  setup() {
    container = freshContainer();
  },
  run() {
    map = document.createElement('journey-map');
    map.journey = largeOther;
    map.compareTo = large;
    container.append(map);
  },
  check() {
    const root = map.shadowRoot;
    if (!root?.querySelector('[role="grid"]')) return 'no grid rendered';
    return root.querySelector('[part="comparison"]') ? true : 'no comparison shown';
  },
  teardown() {
    container.remove();
    map = undefined;
  },
});

// The same until every column is drawn (`updateComplete`: the map draws the columns in view first and
// the rest in idle chunks), and the compared map's own document (seed 2) alone, first render and until
// every column is drawn: the floor with the same texts, without the comparison.
const lastHeaderDrawn = () => {
  const steps = [...map.shadowRoot.querySelectorAll('.step-row [role="columnheader"]')];
  return steps[steps.length - 1]?.querySelector('.step__title') && steps.length >= 300 ? true : 'not every step header is drawn';
};
workload('map-compare-complete-large', {
  setup() {
    container = freshContainer();
  },
  async run() {
    map = document.createElement('journey-map');
    map.journey = largeOther;
    map.compareTo = large;
    container.append(map);
    await map.updateComplete;
  },
  check() {
    if (!map.shadowRoot?.querySelector('[part="comparison"]')) return 'no comparison shown';
    return lastHeaderDrawn();
  },
  teardown() {
    container.remove();
    map = undefined;
  },
});
for (const complete of [false, true]) {
  workload(complete ? 'map-complete-large-other' : 'map-alone-large-other', {
    setup() {
      container = freshContainer();
    },
    async run() {
      map = document.createElement('journey-map');
      map.journey = largeOther;
      container.append(map);
      if (complete) await map.updateComplete;
    },
    check() {
      if (!map.shadowRoot?.querySelector('[role="grid"]')) return 'no grid rendered';
      return complete ? lastHeaderDrawn() : true;
    },
    teardown() {
      container.remove();
      map = undefined;
    },
  });
}
