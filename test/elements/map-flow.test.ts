import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { JourneyFlow } from '../../src/elements/journey-flow/journey-flow.component.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import type { JourneySelectEvent } from '../../src/events.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { deepActiveElement, mapLanes, mountMap, settle, tabStops } from './map-fixture.js';
import { b2bTrialMap } from '../../stories/flow-documents.js';

/** Signs up → Checks price (75 %) or straight to Pays (10 %), 15 % give up; Checks price → Pays or back. */
function trial(): JourneyDocument {
  return {
    schemaVersion: 1,
    title: 'Trial',
    stages: [
      {
        id: 'try',
        title: 'Try',
        steps: [
          {
            id: 'signup',
            title: 'Signs up',
            actions: ['Fills the form'],
            next: [
              { step: 'price', share: 0.75, count: 3000 },
              { step: 'pay', share: 0.1, count: 400 },
            ],
            exit: { share: 0.15, count: 600, label: 'Gives up' },
          },
          {
            id: 'price',
            title: 'Checks price',
            actions: ['Opens pricing'],
            next: [
              { step: 'pay', share: 0.5, count: 1500 },
              { step: 'signup', share: 0.25, count: 750 },
            ],
          },
        ],
      },
      { id: 'buy', title: 'Buy', steps: [{ id: 'pay', title: 'Pays', actions: ['Pays by card'], next: [] }] },
    ],
  };
}

const flowLane = (map: JourneyMap) => mapLanes(map).find((row) => row.laneKey === 'flow') as unknown as JourneyFlow;
const cells = (flow: JourneyFlow) => Array.from(flow.shadowRoot!.querySelectorAll<HTMLElement>('[role="gridcell"]'));
const announced = (flow: JourneyFlow) => (flow.shadowRoot!.querySelector('[role="status"]')?.textContent ?? '').trim();

async function press(map: JourneyMap, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(map);
}

describe('<journey-map>: the flow lane', () => {
  it('is a default lane of a branching document, right after the emotion lane (else first), and a row of the grid', async () => {
    const map = await mountMap(trial());
    await settle(map);
    expect(mapLanes(map).map((row) => row.laneKey)).to.deep.equal(['flow', 'actions']);
    const flow = flowLane(map);
    expect(flow.getAttribute('role')).to.equal('row');
    expect(flow.getAttribute('aria-rowindex')).to.equal('3');
    const [header, ...stepCells] = flow.gridCells();
    expect(header.getAttribute('role')).to.equal('rowheader');
    expect(header.getAttribute('aria-label')).to.equal('Flow');
    expect(stepCells.map((cell) => cell.getAttribute('aria-colindex'))).to.deep.equal(['2', '3', '4']);
    expect(stepCells[0].getAttribute('aria-label')).to.equal(
      'Signs up (ways out: 3, ways in: 1). Signs up → Checks price: 75%, 3000 customers; Signs up → Pays: 10%, 400 customers; Signs up → Leaves the journey: 15%, 600 customers (Gives up)',
    );
    await expect(map).to.be.accessible();
  });

  it('is not a default lane of a plain line, and a document’s own lanes win', async () => {
    const plain = trial();
    for (const stage of plain.stages) for (const step of stage.steps ?? []) (delete step.next, delete step.exit);
    let map = await mountMap(plain);
    expect(mapLanes(map).map((row) => row.laneKey)).to.deep.equal(['actions']);
    map = await mountMap({ ...trial(), lanes: [{ kind: 'actions' }, { kind: 'flow', title: 'Paths' }] });
    await settle(map);
    expect(mapLanes(map).map((row) => row.laneKey)).to.deep.equal(['actions', 'flow']);
    expect(flowLane(map).gridCells()[0].getAttribute('aria-label')).to.equal('Paths');
  });

  it('centres each node in its step column, loops above and drop-offs below the nodes', async () => {
    const map = await mountMap(trial(), 1200);
    await settle(map);
    const flow = flowLane(map);
    const root = flow.shadowRoot!;
    const headers = Array.from(map.shadowRoot!.querySelectorAll<HTMLElement>('.step-row [role="columnheader"]')).slice(1);
    const nodes = Array.from(root.querySelectorAll<SVGRectElement>('rect.node'));
    expect(nodes).to.have.length(3);
    nodes.forEach((node, i) => {
      const box = node.getBoundingClientRect();
      const column = headers[i].getBoundingClientRect();
      expect(Math.abs(box.left + box.width / 2 - (column.left + column.width / 2))).to.be.below(1.5);
    });
    const body = root.querySelector('.lane-body')!.getBoundingClientRect();
    const node = nodes[0].getBoundingClientRect();
    const loop = root.querySelector('.link--loop')!.getBoundingClientRect();
    const drop = root.querySelector('.exit .exit__stroke')!.getBoundingClientRect();
    expect(loop.top).to.be.below(node.top);
    expect(drop.bottom).to.be.above(node.bottom);
    // Nothing drawn leaves the row: arcs and drop-off labels stay inside it.
    for (const drawn of root.querySelectorAll('.svg path, .exit-label')) {
      const box = drawn.getBoundingClientRect();
      expect(box.top).to.be.at.least(body.top - 0.5);
      expect(box.bottom).to.be.at.most(body.bottom + 0.5);
    }
  });

  it('keeps every figure clear of every arrowhead and node in the narrowest columns, in English and Russian, left to right and right to left', async () => {
    for (const attributes of [{}, { locale: 'ru' }, { dir: 'rtl' }] as Array<Record<string, string>>) {
      // 1024 px: the B2B trial's seven steps get the narrowest columns, where the gap between two nodes is 40 px.
      const map = await mountMap(structuredClone(b2bTrialMap), 1024, attributes);
      await settle(map);
      const root = flowLane(map).shadowRoot!;
      const boxes = (selector: string) => Array.from(root.querySelectorAll<SVGGraphicsElement>(selector)).map((shape) => shape.getBoundingClientRect());
      const figures = Array.from(root.querySelectorAll<SVGTextElement>('.figure'));
      // The arrowheads of one colour are the subpaths of one path: each one's own box, drawn alone for a moment.
      const arrowheads = Array.from(root.querySelectorAll<SVGPathElement>('.arrow')).flatMap((path) =>
        path
          .getAttribute('d')!
          .split(/(?=M)/)
          .map((d) => {
            const alone = path.cloneNode() as SVGPathElement;
            alone.setAttribute('d', d);
            path.after(alone);
            const box = alone.getBoundingClientRect();
            alone.remove();
            return box;
          }),
      );
      const obstacles = [...arrowheads, ...boxes('.exit__arrow'), ...boxes('rect.node')];
      expect(figures.length).to.be.at.least(8);
      expect(obstacles.length).to.be.at.least(20);
      for (const figure of figures) {
        // The text's box grown by its 1.5 px halo; touching means closer than 1 px.
        const box = figure.getBoundingClientRect();
        const [left, right, top, bottom] = [box.left - 1.5, box.right + 1.5, box.top - 1.5, box.bottom + 1.5];
        for (const obstacle of obstacles) {
          const apart = left > obstacle.right + 1 || obstacle.left > right + 1 || top > obstacle.bottom + 1 || obstacle.top > bottom + 1;
          expect(apart, `${JSON.stringify(attributes)} "${figure.textContent}" at ${Math.round(box.left)},${Math.round(box.top)} touches a shape at ${Math.round(obstacle.left)},${Math.round(obstacle.top)}`).to.be.true;
        }
      }
    }
  });

  it('mirrors the flow in a right-to-left map: the first step on the right, in its column', async () => {
    const map = await mountMap(trial(), 1200, { dir: 'rtl' });
    await settle(map);
    const flow = flowLane(map);
    const headers = Array.from(map.shadowRoot!.querySelectorAll<HTMLElement>('.step-row [role="columnheader"]')).slice(1);
    const nodes = Array.from(flow.shadowRoot!.querySelectorAll<SVGRectElement>('rect.node')).map((node) => node.getBoundingClientRect());
    expect(nodes[0].left).to.be.above(nodes[2].left);
    nodes.forEach((box, i) => {
      const column = headers[i].getBoundingClientRect();
      expect(Math.abs(box.left + box.width / 2 - (column.left + column.width / 2))).to.be.below(1.5);
    });
  });

  it('keeps the map’s grid: one tab stop; left and right follow the links, up and down choose a way or leave the lane', async () => {
    const map = await mountMap(trial());
    await settle(map);
    const flow = flowLane(map);
    const [, signup, price, pay] = flow.gridCells();
    signup.focus();
    await settle(map);
    expect(tabStops(map)).to.deep.equal([signup]);
    await press(map, 'ArrowRight');
    // The heaviest way out of Signs up, focused inside its cell and announced.
    expect(deepActiveElement()).to.equal(signup);
    expect(announced(flow)).to.equal('Signs up → Checks price: 75%, 3000 customers');
    expect(flow.shadowRoot!.querySelector('.link--focused')).to.exist;
    await press(map, 'ArrowDown');
    expect(announced(flow)).to.equal('Signs up → Pays: 10%, 400 customers');
    await press(map, 'ArrowDown');
    expect(announced(flow)).to.equal('Signs up → Leaves the journey: 15%, 600 customers (Gives up)');
    await press(map, 'ArrowUp');
    await press(map, 'ArrowRight');
    // Along the link to its target's cell: the map's tab stop moves with it.
    expect(deepActiveElement()).to.equal(pay);
    expect(pay.getAttribute('tabindex')).to.equal('0');
    expect(signup.getAttribute('tabindex')).to.equal('-1');
    expect(announced(flow)).to.equal('');
    await press(map, 'ArrowLeft');
    expect(deepActiveElement()).to.equal(price);
    expect(announced(flow)).to.equal('Checks price → Pays: 50%, 1500 customers');
    // Up on a step leaves the lane for the row above, as in every lane.
    await press(map, 'ArrowRight');
    await press(map, 'ArrowUp');
    expect(deepActiveElement()?.getAttribute('role')).to.equal('columnheader');
    expect(announced(flow)).to.equal('');
  });

  it('selects the step on Enter, with toStepId on a link, and the map selects the column', async () => {
    const map = await mountMap(trial());
    await settle(map);
    const flow = flowLane(map);
    const [, signup] = flow.gridCells();
    signup.focus();
    await settle(map);
    let selected = oneEvent(map, 'journey-select') as Promise<JourneySelectEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ stageId: 'try', stepId: 'signup', lane: 'flow' });
    await press(map, 'ArrowRight');
    selected = oneEvent(map, 'journey-select') as Promise<JourneySelectEvent>;
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ stageId: 'try', stepId: 'signup', lane: 'flow', toStepId: 'price' });
    await settle(map);
    expect(cells(flow)[0].getAttribute('aria-selected')).to.equal('true');
  });

  it('counts the flow from individuals when the document has them, and collapses like any lane', async () => {
    const journey = trial();
    for (const stage of journey.stages) for (const step of stage.steps ?? []) (delete step.next, delete step.exit);
    journey.asOf = '2026-03-01';
    journey.individuals = [
      { id: 'a', events: [{ step: 'signup', at: '2026-01-01' }, { step: 'price', at: '2026-01-02' }, { step: 'pay', at: '2026-01-03' }] },
      { id: 'b', events: [{ step: 'signup', at: '2026-01-01' }, { step: 'pay', at: '2026-01-02' }] },
      { id: 'c', events: [{ step: 'signup', at: '2026-01-01' }] },
    ];
    const map = await mountMap(journey);
    await settle(map);
    const flow = flowLane(map);
    expect(flow.shadowRoot!.querySelector('.source')!.textContent).to.equal('Counted from 3 customers’ events.');
    expect(cells(flow)[0].getAttribute('aria-label')).to.contain('Signs up → Checks price: 33.3%, 1 customers');
    (flow.shadowRoot!.querySelector('.toggle') as HTMLButtonElement).click();
    await settle(map);
    expect(flow.gridCells().length).to.equal(1);
    expect(flow.shadowRoot!.querySelector('.lane-body') === null).to.equal(true);
  });

  it('is drawn in the map’s SVG export, over the same columns', async () => {
    const map = await mountMap(trial());
    await settle(map);
    const svg = new DOMParser().parseFromString(map.exportSVG(), 'image/svg+xml');
    const lane = svg.querySelector('[data-lane="flow"]')!;
    expect(lane).to.exist;
    expect(lane.querySelectorAll('.nodes rect')).to.have.length(3);
    expect(lane.querySelectorAll('.link--loop')).to.have.length(1);
    expect(lane.querySelectorAll('.exit')).to.have.length(1);
    expect(Array.from(lane.querySelectorAll('.figure')).map((figure) => figure.textContent)).to.include('75%');
  });

  it('is left out of the map’s CSV, whose rows are lanes’ cell texts (the transition table is <journey-flow>’s CSV)', async () => {
    const map = await mountMap(trial());
    await settle(map);
    const rows = map.exportCSV({ bom: false }).trim().split('\r\n');
    expect(rows.map((row) => row.split(',').at(-1))).to.deep.equal(['Lane key', 'actions', 'actions', 'actions']);
  });
});
