// Map workloads: the typical B2B map (8 stages, 24 steps, all lanes) and the large one (60 stages,
// 300 steps, 12 lanes), each against the static-table floor; updates; scrolling; mount/unmount cycles.
import { generateLargeJourney, phoneSystemFutureJourney, phoneSystemJourney, phoneSystemWithIndividuals } from '../../dist/samples/index.js';
import { deepSignature, freshContainer, nextFrame, workload } from './harness.js';
import { buildStaticTable } from './static-table.js';
import './insights.js';
// `summarizeCustomers` against one plain pass (also in a page of their own: customers.html).
import './customers-bench.js';

const bundle = new URLSearchParams(location.search).get('bundle') ?? '/dist/journey-elements.bundle.js';
await import(bundle);
await customElements.whenDefined('journey-map');

const large = generateLargeJourney();
const documents = { typical: phoneSystemJourney, future: phoneSystemFutureJourney, large };

/** The step whose emotion and first action the update workloads change: the third column. */
const stepOf = (journey) => journey.stages.flatMap((stage) => stage.steps ?? [])[2];

/** A new document with one step changed, sharing every untouched object (an immutable update). */
function withStep(journey, change) {
  const target = stepOf(journey);
  return {
    ...journey,
    stages: journey.stages.map((stage) =>
      stage.steps?.includes(target) ? { ...stage, steps: stage.steps.map((step) => (step === target ? change(step) : step)) } : stage,
    ),
  };
}

let container;
let map;
let table;
let next;
let before = '';

async function mountMap(journey) {
  map = document.createElement('journey-map');
  map.journey = journey;
  container.append(map);
  await map.updateComplete;
}

function mapDrawn(element, journey) {
  const root = element?.shadowRoot;
  const grid = root?.querySelector('[role="grid"]');
  if (!grid) return 'no grid rendered';
  if (root.querySelector('[role="alert"]')) return 'the map shows an error panel';
  const steps = journey.stages.reduce((n, stage) => n + (stage.steps?.length || 1), 0);
  if (grid.getAttribute('aria-colcount') !== String(steps + 1)) return `aria-colcount ${grid.getAttribute('aria-colcount')} for ${steps} steps`;
  const curve = root.querySelector('emotion-curve') ?? element.querySelector('emotion-curve');
  if (!curve?.shadowRoot?.querySelector('path')) return 'the emotion lane drew no line';
  return true;
}

for (const size of ['typical', 'large']) {
  workload(`map-first-${size}`, {
    setup() {
      container = freshContainer();
    },
    run() {
      map = document.createElement('journey-map');
      map.journey = documents[size];
      container.append(map);
    },
    check: () => mapDrawn(map, documents[size]),
    teardown() {
      container.remove();
      map = undefined;
    },
  });

  // The same, until every column is drawn: a map draws the columns in view first and the rest in the
  // following idle moments; `updateComplete` resolves once the last one is in the DOM.
  workload(`map-complete-${size}`, {
    setup() {
      container = freshContainer();
    },
    async run() {
      map = document.createElement('journey-map');
      map.journey = documents[size];
      container.append(map);
      await map.updateComplete;
    },
    check() {
      const drawn = mapDrawn(map, documents[size]);
      if (drawn !== true) return drawn;
      const steps = [...map.shadowRoot.querySelectorAll('.step-row [role="columnheader"]')];
      const last = steps[steps.length - 1];
      return last?.textContent.trim() ? true : 'the last step header is still empty';
    },
    teardown() {
      container.remove();
      map = undefined;
    },
  });

  workload(`table-first-${size}`, {
    setup() {
      container = freshContainer();
    },
    run() {
      table = buildStaticTable(documents[size]);
      container.append(table);
    },
    check: () => (table.querySelectorAll('td').length > 0 ? true : 'empty table'),
    teardown() {
      container.remove();
      table = undefined;
    },
  });
}

/** A clearly different emotion within the default -2..2 scale, for a number or per-persona values. */
function shifted(emotion) {
  const move = (value) => (value >= 0.5 ? value - 1.5 : value + 1.5);
  if (typeof emotion === 'number') return move(emotion);
  return Object.fromEntries(Object.entries(emotion ?? { default: 0 }).map(([persona, value]) => [persona, move(value)]));
}

const updates = {
  'map-update-emotion': (journey) => withStep(journey, (step) => ({ ...step, emotion: shifted(step.emotion) })),
  'map-update-text': (journey, round) =>
    withStep(journey, (step) => ({ ...step, actions: [`Calls the vendor back, attempt ${round + 2}`, ...(step.actions ?? []).slice(1)] })),
  'map-replace': () => phoneSystemFutureJourney,
};
let round = 0;
for (const [name, makeNext] of Object.entries(updates)) {
  workload(name, {
    async setup() {
      container = freshContainer();
      await mountMap(phoneSystemJourney);
      await nextFrame();
      round++;
      next = makeNext(phoneSystemJourney, round);
      before = deepSignature(map);
    },
    run() {
      map.journey = next;
    },
    check() {
      const drawn = mapDrawn(map, next);
      if (drawn !== true) return drawn;
      return deepSignature(map) !== before ? true : 'the update changed nothing on screen';
    },
    teardown() {
      container.remove();
      map = undefined;
    },
  });
}

/** The static table's cell of `lane` in the column of `stepOf` (the row header comes first). */
const tableCell = (lane) => [...table.querySelectorAll('tbody tr')].find((row) => row.firstChild.textContent === lane).children[3];

// The floor of an update: the same cell's new text set by hand in the static table, nothing else.
let nextText = '';
workload('table-update-text', {
  async setup() {
    container = freshContainer();
    table = buildStaticTable(phoneSystemJourney);
    container.append(table);
    await nextFrame();
    round++;
    nextText = `Calls the vendor back, attempt ${round + 2}`;
  },
  run() {
    tableCell('actions').querySelector('li').textContent = nextText;
  },
  check: () => (tableCell('actions').textContent.includes(nextText) ? true : 'the cell did not change'),
  teardown() {
    container.remove();
    table = undefined;
  },
});

// An editable map: the same cell's first action changed through the in-place editor. Setup opens the
// editor on the cell (Enter) and types the text; the timed part is the commit (Enter in the editor):
// the edit, its JSON Patch, the journey-change event and the map drawing the new document.
const actionsCell = (element) =>
  [...element.shadowRoot.querySelectorAll('.lanes > *')].find((lane) => lane.laneKey === 'actions')?.gridCells()[3];
let editField;
workload('map-edit-text', {
  async setup() {
    container = freshContainer();
    map = document.createElement('journey-map');
    map.editable = true;
    map.journey = phoneSystemJourney;
    container.append(map);
    await map.updateComplete;
    await nextFrame();
    round++;
    nextText = `Calls the vendor back, attempt ${round + 2}`;
    const cell = actionsCell(map);
    cell.focus();
    cell.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await map.updateComplete;
    editField = map.shadowRoot.querySelector('.editor textarea');
    editField.value = nextText;
    editField.dispatchEvent(new Event('input', { bubbles: true }));
    await nextFrame();
    before = deepSignature(map);
  },
  run() {
    editField.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
  },
  check() {
    const drawn = mapDrawn(map, phoneSystemJourney);
    if (drawn !== true) return drawn;
    if (map.shadowRoot.querySelector('.editor')) return 'the editor is still open';
    if (!actionsCell(map)?.textContent.includes(nextText)) return 'the cell does not show the edit';
    return deepSignature(map) !== before ? true : 'the edit changed nothing on screen';
  },
  teardown() {
    container.remove();
    map = undefined;
    editField = undefined;
  },
});

workload('table-replace', {
  setup() {
    container = freshContainer();
    table = buildStaticTable(phoneSystemJourney);
    container.append(table);
  },
  run() {
    const replacement = buildStaticTable(phoneSystemFutureJourney);
    table.replaceWith(replacement);
    table = replacement;
  },
  check: () => (table.textContent.includes('future state') ? true : 'the table was not replaced'),
  teardown() {
    container.remove();
    table = undefined;
  },
});

// Hardening: documents far beyond a real map, each drawn until the map has settled (formerly timed
// test assertions, ≤ 2 s; the tests in test/hardening/size.test.ts check what is drawn).
/** `count` steps in stages of 100, each with one action. */
function manySteps(count) {
  const stages = [];
  for (let s = 0; s * 100 < count; s += 1) {
    const size = Math.min(100, count - s * 100);
    stages.push({
      id: `stage-${s}`,
      title: `Stage ${s + 1}`,
      steps: Array.from({ length: size }, (_, k) => ({ id: `step-${s}-${k}`, title: `Step ${s * 100 + k + 1}`, actions: ['Acts'] })),
    });
  }
  return { schemaVersion: 1, title: `${count} steps`, stages };
}

const hardening = {
  // Too many columns: validated and normalized in full, then a notice instead of a grid.
  'map-huge-steps': {
    build: () => manySteps(100_000),
    check: (root) => (root.querySelector('[role="status"]')?.textContent.includes('100,000') ? true : 'no "too large" notice'),
  },
  // One cell holding a megabyte of text.
  'map-huge-text': {
    build() {
      const doc = manySteps(3);
      doc.lanes = [{ kind: 'text', field: 'transcript', title: 'Transcript' }];
      doc.stages[0].steps[1].transcript = 'Customers wait on hold and explain everything twice. '.repeat(20_000).slice(0, 1_000_000);
      return doc;
    },
    check: (root) => (root.querySelector('[role="grid"]') ? true : 'no grid'),
  },
  // An unknown field nested 10 000 deep: cut off at 100 levels with a warning.
  'map-huge-depth': {
    build() {
      let deep = 'bottom';
      for (let i = 0; i < 10_000; i += 1) deep = i % 2 ? { level: deep } : [deep];
      return { ...manySteps(5), research: deep };
    },
    check: (root) => (root.querySelector('[part="warnings"]')?.textContent.includes('100') ? true : 'no depth warning'),
  },
};
for (const [name, { build, check }] of Object.entries(hardening)) {
  let doc;
  workload(name, {
    setup() {
      container = freshContainer();
      doc = build();
    },
    async run() {
      map = document.createElement('journey-map');
      map.journey = doc;
      container.append(map);
      await map.updateComplete;
    },
    check: () => check(map.shadowRoot),
    teardown() {
      container.remove();
      map = undefined;
      doc = undefined;
    },
  });
}

/** The grid's scroll container, reached through the map's documented `scroller` part. */
const scrollerOf = (element) => element.shadowRoot.querySelector('[part~="scroller"]');

window.scrollBench = {
  async mount() {
    container = freshContainer();
    await mountMap(large);
    await nextFrame();
    const scroller = scrollerOf(map);
    return { scrollWidth: scroller.scrollWidth, clientWidth: scroller.clientWidth };
  },
  /** Scrolls the grid sideways by `step` px in each of `frames` animation frames; returns rAF timestamps. */
  scroll(frames, step) {
    const scroller = scrollerOf(map);
    const stamps = [];
    return new Promise((resolve) => {
      const tick = (now) => {
        stamps.push(now);
        if (stamps.length > frames) {
          resolve(stamps);
          return;
        }
        scroller.scrollLeft += step;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  },
  position: () => scrollerOf(map).scrollLeft,
  unmount() {
    container.remove();
    map = undefined;
  },
};

window.cycleBench = {
  /** Mounts the typical map, waits until it has drawn (including its measured layout), removes it. */
  async cycle() {
    const box = freshContainer();
    const element = document.createElement('journey-map');
    element.journey = phoneSystemJourney;
    box.append(element);
    await element.updateComplete;
    await nextFrame();
    const drawn = mapDrawn(element, phoneSystemJourney);
    box.remove();
    return drawn;
  },
};

window.bench.ready = true;

// Customers (issue: individual customers). A typical map with 200 generated customers: opening one
// customer (`customer` set) against a one-cell text update of the same map; and computing every
// customer's current step, score and stalled flag for 10 000 customers against one plain pass over
// their events (a step lookup, the emotion and a text comparison of `at` per event).
const withCustomers = phoneSystemWithIndividuals(200);
let customerIds = [];
workload('map-open-customer', {
  async setup() {
    container = freshContainer();
    await mountMap(withCustomers);
    await nextFrame();
    round++;
    customerIds = withCustomers.individuals.map((individual) => individual.id);
    next = customerIds[round % customerIds.length];
  },
  run() {
    map.customer = next;
  },
  check() {
    const drawn = mapDrawn(map, withCustomers);
    if (drawn !== true) return drawn;
    const label = withCustomers.individuals.find((individual) => individual.id === next).label ?? next;
    const header = map.shadowRoot.querySelector('.customer-row [role="rowheader"]');
    return header?.textContent.includes(label) ? true : 'the customer lane does not show the customer';
  },
  teardown() {
    container.remove();
    map = undefined;
  },
});
workload('map-update-text-customers', {
  async setup() {
    container = freshContainer();
    await mountMap(withCustomers);
    await nextFrame();
    round++;
    next = updates['map-update-text'](withCustomers, round);
    before = deepSignature(map);
  },
  run() {
    map.journey = next;
  },
  check() {
    const drawn = mapDrawn(map, next);
    if (drawn !== true) return drawn;
    return deepSignature(map) !== before ? true : 'the update changed nothing on screen';
  },
  teardown() {
    container.remove();
    map = undefined;
  },
});

// <journey-customers> with 10 000 customers: each run presses the name column's sort button, which
// reverses the order (a full sort with Intl.Collator), timed to the frame that shows the new rows.
const tableDocument = { ...phoneSystemWithIndividuals(10_000), asOf: '2026-10-01' };
let customersTable;
let sortedFirst;
workload('customers-sort', {
  async setup() {
    container = freshContainer(1000);
    customersTable = document.createElement('journey-customers');
    customersTable.setAttribute('locale', 'en');
    customersTable.style.blockSize = '480px';
    customersTable.journey = tableDocument;
    container.append(customersTable);
    await customersTable.updateComplete;
    await nextFrame();
    sortedFirst = customersTable.shadowRoot.querySelector('tbody tr.row th')?.textContent;
  },
  run() {
    customersTable.shadowRoot.querySelector('.sort[data-column="label"]').click();
  },
  check() {
    const first = customersTable.shadowRoot.querySelector('tbody tr.row th')?.textContent;
    const sorted = customersTable.shadowRoot.querySelector('th[aria-sort="descending"] .sort[data-column="label"]');
    return sorted && first && first !== sortedFirst ? true : 'the table was not sorted the other way';
  },
  teardown() {
    container.remove();
    customersTable = undefined;
  },
});

// The flow's rows (issue 16) live in their own module; the bundle above defines <journey-flow>.
await import('./flow-bench.js');
