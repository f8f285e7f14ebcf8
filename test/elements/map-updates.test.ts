import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import { sameData, stabilizeJourney } from '../../src/model/stable-journey.js';
import { normalizeJourney } from '../../src/model/normalize.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { laptopJourney, mapLanes, mountMap as renderMap, settle, withStep, type RowLike } from './map-fixture.js';
import { phoneSystemWithIndividuals } from '../../src/samples/index.js';


const lane = (map: JourneyMap, key: string) => mapLanes(map).find((row) => row.laneKey === key)!;
const cellText = (cell: Element) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('updates of <journey-map> proportional to what changed', () => {
  it('redraws the changed cell with its new text and writes nothing to the other cells', async () => {
    const journey = laptopJourney();
    const map = await renderMap(journey);
    const actions = lane(map, 'actions');
    const [, ...before] = actions.gridCells();
    expect(cellText(before[1])).to.equal('Calls sales');
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((found) => records.push(...found));
    observer.observe(actions.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });

    map.journey = withStep(journey, 'ask', (step) => ({ ...step, actions: ['Emails sales', 'Waits'] }));
    await settle(map);
    records.push(...observer.takeRecords());
    observer.disconnect();

    const [, ...after] = actions.gridCells();
    expect(Array.from(after[1].querySelectorAll('li'), (item) => item.textContent)).to.deep.equal(['Emails sales', 'Waits']);
    expect(after).to.deep.equal(before);
    expect(records.length).to.be.greaterThan(0);
    // Every change in the lane is inside the changed step's cell.
    for (const record of records) expect(after[1].contains(record.target), `mutation of ${record.target.nodeName}`).to.equal(true);
  });

  it('still redraws every cell when something all cells read changes (a channel label)', async () => {
    const journey = laptopJourney();
    const map = await renderMap(journey);
    expect(cellText(lane(map, 'touchpoints').gridCells()[1])).to.contain('Website');
    map.journey = { ...journey, channels: [{ id: 'web', label: 'Web shop' }, { id: 'phone', label: 'Phone' }] };
    await settle(map);
    const first = cellText(lane(map, 'touchpoints').gridCells()[1]);
    expect(first).to.contain('Web shop');
    expect(first).not.to.contain('Website');
  });

  it('moves the selection and the step headers with the data', async () => {
    const journey = laptopJourney();
    const map = await renderMap(journey);
    map.selected = 'ask';
    map.journey = withStep(journey, 'ask', (step) => ({ ...step, title: 'Phones sales' }));
    await settle(map);
    const headers = Array.from(map.shadowRoot!.querySelectorAll('.step-row > .step'));
    expect(cellText(headers[1])).to.contain('Phones sales');
    expect(headers[1].getAttribute('aria-selected')).to.equal('true');
    const cells = lane(map, 'actions').gridCells();
    expect(cells[2].getAttribute('aria-selected')).to.equal('true');
    expect(cells[1].getAttribute('aria-selected')).to.equal('false');
  });

  it('keeps the sticky header height as the scroller padding after an update', async () => {
    const journey = laptopJourney();
    const map = await renderMap(journey);
    map.journey = withStep(journey, 'ask', (step) => ({ ...step, title: 'A much longer title that wraps onto more lines in its column' }));
    await settle(map);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const head = map.shadowRoot!.querySelector<HTMLElement>('.head')!;
    const scroller = map.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    expect(scroller.style.scrollPaddingBlockStart).to.equal(`${head.offsetHeight}px`);
  });
});

/** Counts each lane's renders from now on (the lane elements' own `render`, wrapped on the instance). */
function countRenders(map: JourneyMap): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of mapLanes(map)) {
    const element = row as unknown as { render: () => unknown; laneKey: string };
    const render = element.render;
    counts.set(element.laneKey, 0);
    element.render = function (this: unknown) {
      counts.set(element.laneKey, (counts.get(element.laneKey) ?? 0) + 1);
      return render.call(this);
    };
  }
  return counts;
}

/** Records every change to the shadow DOM of the lanes other than `except`. */
function watchLanes(map: JourneyMap, except: string): () => string[] {
  const changed: string[] = [];
  const observers = mapLanes(map)
    .filter((row) => row.laneKey !== except)
    .map((row) => {
      const observer = new MutationObserver((records) => changed.push(...records.map((record) => `${row.laneKey}: ${record.type} ${record.target.nodeName}`)));
      observer.observe((row as unknown as Element).shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
      return observer;
    });
  return () => {
    for (const observer of observers) {
      changed.push(...observer.takeRecords().map((record) => `${record.type} ${record.target.nodeName}`));
      observer.disconnect();
    }
    return changed;
  };
}

describe('a one-cell change of <journey-map> renders one lane', () => {
  it('shows the new text in its cell and the exports, and the other lanes neither render nor change', async () => {
    const journey = laptopJourney();
    const map = await renderMap(journey);
    const renders = countRenders(map);
    const stop = watchLanes(map, 'actions');

    map.journey = withStep(journey, 'ask', (step) => ({ ...step, actions: ['Emails sales', 'Waits'] }));
    await settle(map);
    const changed = stop();

    const cell = lane(map, 'actions').gridCells()[2];
    expect(Array.from(cell.querySelectorAll('li'), (item) => item.textContent)).to.deep.equal(['Emails sales', 'Waits']);
    expect(map.exportCSV()).to.contain('Emails sales');
    expect(map.exportCSV()).not.to.contain('Calls sales');
    expect(map.exportSVG()).to.contain('Emails sales');
    expect(renders.get('actions')).to.equal(1);
    for (const [key, count] of renders) if (key !== 'actions') expect(count, `${key} rendered`).to.equal(0);
    expect(changed).to.deep.equal([]);
  });

  it('renders the lanes that read a changed field: an emotion redraws the curve and the overview line, not the text lanes', async () => {
    const journey = laptopJourney();
    const map = await renderMap(journey, 420);
    await waitUntil(() => map.shadowRoot!.querySelector('[part~="overview-spark"] path'), 'the overview is drawn when idle', { timeout: 20_000 });
    const spark = () => map.shadowRoot!.querySelector('[part~="overview-spark"] path')!.getAttribute('d');
    const before = spark();
    const renders = countRenders(map);

    map.journey = withStep(journey, 'ask', (step) => ({ ...step, emotion: { ana: 2, bo: 2 } }));
    await settle(map);
    await waitUntil(() => spark() !== before, 'the overview line follows the new emotion', { timeout: 20_000 });

    expect(renders.get('emotion')).to.be.greaterThan(0);
    for (const key of ['actions', 'thoughts', 'touchpoints', 'painPoints', 'backstage']) {
      if (renders.has(key)) expect(renders.get(key), `${key} rendered`).to.equal(0);
    }
  });

  it("renders the touchpoint lane when a step's owner changes (its switch markers read it) and still shows every other cell", async () => {
    // The search step's owner gives the map its owner lane before and after the change.
    const journey = withStep(laptopJourney(), 'search', (step) => ({ ...step, owner: 'Web team' }));
    const map = await renderMap(journey);
    const renders = countRenders(map);
    map.journey = withStep(journey, 'ask', (step) => ({ ...step, owner: 'Sales desk' }));
    await settle(map);
    expect(renders.get('touchpoints')).to.be.greaterThan(0);
    expect(renders.get('owner')).to.be.greaterThan(0);
    expect(renders.get('actions')).to.equal(0);
    expect(cellText(lane(map, 'owner').gridCells()[2])).to.equal('Sales desk');
    expect(cellText(lane(map, 'actions').gridCells()[2])).to.equal('Calls sales');
  });

  it('renders the flow lane only when what it draws changes (a step title), not for an action', async () => {
    const journey = { ...laptopJourney(), lanes: [{ kind: 'flow' }, { kind: 'actions' }] } as JourneyDocument;
    const map = await renderMap(journey);
    const renders = countRenders(map);
    const text = withStep(journey, 'ask', (step) => ({ ...step, actions: ['Emails sales'] }));
    map.journey = text;
    await settle(map);
    expect(renders.get('flow')).to.equal(0);
    expect(renders.get('actions')).to.equal(1);
    map.journey = withStep(text, 'ask', (step) => ({ ...step, title: 'Emails sales' }));
    await settle(map);
    expect(renders.get('flow')).to.be.greaterThan(0);
    const flow = mapLanes(map).find((row) => row.laneKey === 'flow')!;
    expect(flow.gridCells().map((cell) => cell.getAttribute('aria-label') ?? cell.textContent).join(' ')).to.contain('Emails sales');
  });
});

describe('opening a customer on <journey-map> renders what shows the customer', () => {
  /** The laptop map with the flow lane and two customers, one of them with events on two steps. */
  function withCustomers(): JourneyDocument {
    const journey = laptopJourney();
    return {
      ...journey,
      lanes: [{ kind: 'flow' }, { kind: 'actions' }, { kind: 'touchpoints' }, { kind: 'emotion' }, { kind: 'painPoints' }],
      individuals: [
        { id: 'c-1', label: 'ACME Ltd', events: [{ step: 'search', at: '2026-09-01', emotion: 1 }, { step: 'ask', at: '2026-09-03', emotion: -1, note: 'Waited on hold' }] },
        { id: 'c-2', label: 'Zeta GmbH', events: [{ step: 'search', at: '2026-09-02', emotion: 0 }] },
      ],
    } as JourneyDocument;
  }

  it('draws the customer row and their trace; the text lanes and the flow neither render nor change', async () => {
    const map = await renderMap(withCustomers());
    const renders = countRenders(map);
    const stop = watchLanes(map, 'emotion');

    map.customer = 'c-1';
    await settle(map);
    const changed = stop();

    const row = map.shadowRoot!.querySelector('.lanes > .customer-row')!;
    expect(cellText(row)).to.contain('ACME Ltd');
    expect(cellText(row)).to.contain('Waited on hold');
    const curve = mapLanes(map).find((candidate) => candidate.laneKey === 'emotion')!;
    expect(curve.shadowRoot!.querySelector('.highlight')?.getAttribute('data-customer')).to.equal('c-1');
    expect(renders.get('emotion')).to.be.greaterThan(0);
    for (const key of ['flow', 'actions', 'touchpoints', 'painPoints']) expect(renders.get(key), `${key} rendered`).to.equal(0);
    expect(changed).to.deep.equal([]);
  });

  it('still renders a lane when a setting it reads changes with the customer (the selected column)', async () => {
    const map = await renderMap(withCustomers());
    const renders = countRenders(map);
    map.customer = 'c-2';
    map.selected = 'ask';
    await settle(map);
    expect(renders.get('actions')).to.equal(1);
    expect(renders.get('flow')).to.be.greaterThan(0);
    expect(lane(map, 'actions').gridCells()[2].getAttribute('aria-selected')).to.equal('true');
  });

  it('collapsing one lane renders that lane, not the others', async () => {
    const map = await renderMap(withCustomers());
    const renders = countRenders(map);
    lane(map, 'actions').shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
    await settle(map);
    expect(renders.get('actions')).to.equal(1);
    expect(lane(map, 'actions').gridCells().length).to.equal(1);
    for (const key of ['flow', 'touchpoints', 'painPoints']) expect(renders.get(key), `${key} rendered`).to.equal(0);
  });

  it("keeps each of the map's rows in its own paint (opening a customer repaints no row under it), and nothing in a row is drawn outside it", async () => {
    const sample = phoneSystemWithIndividuals(40);
    const map = await renderMap(sample, 1200, { customer: sample.individuals![3].id });
    await settle(map);
    const rows = [...map.shadowRoot!.querySelectorAll<HTMLElement>('.lanes > [role="row"]')];
    expect(rows.length).to.be.greaterThan(10);
    for (const row of rows) {
      const name = row.className || (row as RowLike).laneKey;
      expect(getComputedStyle(row).contain, name).to.contain('paint');
      // The containment clips what overflows: nothing does.
      expect(row.scrollHeight, `${name} height`).to.be.at.most(row.clientHeight + 1);
      expect(row.scrollWidth, `${name} width`).to.be.at.most(row.clientWidth + 1);
    }
  });
});

describe('a wide <journey-map>', () => {
  /** 60 one-step stages, each step with one action. */
  function wideJourney(): JourneyDocument {
    return {
      schemaVersion: 1,
      title: 'Wide',
      stages: Array.from({ length: 60 }, (_, index) => ({
        id: `s${index}`,
        title: `Stage ${index}`,
        steps: [{ id: `p${index}`, title: `Step ${index}`, actions: [`Action ${index}`] }],
      })),
    };
  }

  it('draws far columns under their headers with their text once scrolled into view', async () => {
    const map = await renderMap(wideJourney());
    const scroller = map.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    scroller.scrollLeft = scroller.scrollWidth;
    await settle(map);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const headers = Array.from(map.shadowRoot!.querySelectorAll<HTMLElement>('.step-row > .step'));
    const [, ...cells] = lane(map, 'actions').gridCells();
    expect(cells).to.have.length(60);
    for (const index of [0, 30, 59]) {
      const cell = cells[index].getBoundingClientRect();
      const header = headers[index].getBoundingClientRect();
      expect(Math.abs(cell.left - header.left), `column ${index}`).to.be.at.most(1);
      expect(Math.abs(cell.right - header.right), `column ${index}`).to.be.at.most(1);
      expect(cellText(cells[index])).to.equal(`Action ${index}`);
    }
    // On screen, the far cell is laid out with its text: as tall as its content, not collapsed.
    const last = cells[59];
    expect(last.getBoundingClientRect().height).to.be.at.least(last.querySelector('li')!.getBoundingClientRect().height);
    expect(last.querySelector('li')!.getBoundingClientRect().height).to.be.greaterThan(0);
  });
});

describe('stabilizeJourney', () => {
  it('reuses the objects of steps whose data did not change, and only those', () => {
    const journey = laptopJourney();
    const previous = normalizeJourney(journey);
    const next = stabilizeJourney(normalizeJourney(withStep(journey, 'ask', (step) => ({ ...step, actions: ['Emails'] }))), previous);
    const ask = previous.steps.findIndex((step) => step.id === 'ask');
    next.steps.forEach((step, index) => {
      if (index === ask) expect(step).not.to.equal(previous.steps[index]);
      else expect(step).to.equal(previous.steps[index]);
    });
    expect(next.steps[ask].actions).to.deep.equal(['Emails']);
    expect(next.personas).to.equal(previous.personas);
    expect(next.channels).to.equal(previous.channels);
    expect(next).not.to.equal(previous);
  });

  it('treats moved steps, changed emotions and changed maps as changes', () => {
    const journey = laptopJourney();
    const previous = normalizeJourney(journey);
    const emotion = stabilizeJourney(normalizeJourney(withStep(journey, 'search', (step) => ({ ...step, emotion: { ana: 2, bo: 0 } }))), previous);
    expect(emotion.steps[0]).not.to.equal(previous.steps[0]);
    expect(emotion.steps[0].emotionByPersona).to.deep.equal({ ana: 2, bo: 0 });
    const reordered = { ...journey, stages: [...journey.stages].reverse() };
    const moved = stabilizeJourney(normalizeJourney(reordered), previous);
    expect(moved.steps.map((step) => step.index)).to.deep.equal(moved.steps.map((_, index) => index));
    expect(moved.steps).not.to.equal(previous.steps);
  });

  it('keeps the unchanged fields of a changed step as the objects they were', () => {
    const journey = laptopJourney();
    const previous = normalizeJourney(journey);
    const next = stabilizeJourney(normalizeJourney(withStep(journey, 'ask', (step) => ({ ...step, actions: ['Emails'] }))), previous);
    const ask = previous.steps.findIndex((step) => step.id === 'ask');
    expect(next.steps[ask]).not.to.equal(previous.steps[ask]);
    expect(next.steps[ask].actions).to.deep.equal(['Emails']);
    expect(next.steps[ask].touchpoints).to.equal(previous.steps[ask].touchpoints);
    expect(next.steps[ask].painPoints).to.equal(previous.steps[ask].painPoints);
    expect(next.steps[ask].emotionByPersona).to.equal(previous.steps[ask].emotionByPersona);
    expect(Object.keys(next.steps[ask])).to.deep.equal(Object.keys(previous.steps[ask]));
  });

  it('compares plain data, arrays and maps by value', () => {
    expect(sameData({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).to.equal(true);
    expect(sameData({ a: [1, 2] }, { a: [1, 2, 3] })).to.equal(false);
    expect(sameData({ a: 1 }, { a: 1, b: undefined })).to.equal(false);
    expect(sameData(new Map([['k', { v: 1 }]]), new Map([['k', { v: 1 }]]))).to.equal(true);
    expect(sameData(new Map([['k', { v: 1 }]]), new Map([['k', { v: 2 }]]))).to.equal(false);
    expect(sameData([1], { 0: 1, length: 1 })).to.equal(false);
    expect(sameData(Number.NaN, Number.NaN)).to.equal(true);
  });
});
