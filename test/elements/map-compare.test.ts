import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { deepActiveElement, gridRows, laptopJourney, mapLanes, mountCompared, settle } from './map-fixture.js';

/** The laptop journey as it should be: "wait" removed, "track" new, "ask" renamed and happier, a pain point resolved. */
function future(): JourneyDocument {
  const doc = laptopJourney();
  doc.title = 'Ordering a laptop (future)';
  doc.state = 'future';
  const [discover, buy] = doc.stages;
  const ask = discover!.steps![1]!;
  ask.title = 'Chats with sales';
  ask.emotion = { ana: 0.5, bo: -2 };
  ask.painPoints = [{ text: 'Price is unclear', category: 'financial', persona: 'bo' }, { text: 'Chat closes at 6 pm' }];
  buy!.steps = [buy!.steps![0]!, { id: 'track', title: 'Tracks delivery', actions: ['Opens the tracking page'] }];
  return doc;
}

const compared = (compareTo: unknown, locale = 'en', journey: JourneyDocument = future()) => mountCompared(journey, compareTo, locale);

const root = (map: JourneyMap) => map.shadowRoot!;
const header = (map: JourneyMap, id: string) => root(map).querySelector<HTMLElement>(`.step[data-step-id="${id}"]`)!;
const words = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim();

describe('<journey-map> compareTo', () => {
  it('marks new steps, renames, emotion deltas and pain points in the step headers, in colour and words', async () => {
    const map = await compared(laptopJourney());
    expect(words(header(map, 'track').querySelector('.changes'))).to.equal('New');
    const changes = Array.from(header(map, 'ask').querySelectorAll('.change')).map((item) => [words(item), item.className]);
    expect(changes).to.deep.equal([
      ['Was “Asks sales”', 'change'],
      ['Emotion of Ana Pop +1.5 · better', 'change change--better'],
      ['Resolved: 1 Long wait on the line', 'change change--better change--resolved'],
      ['New Chat closes at 6 pm', 'change change--worse'],
    ]);
    expect(header(map, 'ask').querySelector('s')!.textContent).to.equal('Long wait on the line');
    expect(header(map, 'search').querySelector('.changes')).to.equal(null);
  });

  it('lists removed steps with their former stage, above the grid', async () => {
    const map = await compared(laptopJourney());
    expect(words(root(map).querySelector('.comparison__against'))).to.equal('Compared with “Ordering a laptop”');
    const removed = root(map).querySelector('[part="removed"]')!;
    expect(removed.getAttribute('aria-label')).to.equal('Removed steps');
    expect(Array.from(removed.querySelectorAll('li')).map(words)).to.deep.equal(['Removed Waits (was in Buy)']);
  });

  it('draws the compared emotion curve dashed in the emotion lane', async () => {
    const map = await compared(laptopJourney());
    const curve = mapLanes(map).find((lane) => lane.laneKey === 'emotion')!;
    await curve.updateComplete;
    expect(curve.shadowRoot!.querySelectorAll('.series--compare').length).to.be.greaterThan(0);
  });

  it('the keyboard reaches the changes: the step header reads them', async () => {
    const map = await compared(laptopJourney());
    const ask = header(map, 'ask');
    ask.focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(deepActiveElement()?.getAttribute('data-step-id')).to.equal('order');
    await sendKeys({ press: 'ArrowLeft' });
    expect(deepActiveElement()).to.equal(ask);
    expect(words(ask)).to.include('Emotion of Ana Pop +1.5 · better');
  });

  it('is accessible with the comparison shown', async () => {
    await expect(await compared(laptopJourney())).to.be.accessible();
  });

  it('a bad compareTo: a clear error for the compared document, the map itself still shown', async () => {
    const map = await compared({ schemaVersion: 1, title: 'Broken', stages: [] });
    const error = root(map).querySelector('[part="compare-error"]')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(words(error)).to.equal(
      'The document to compare with has problems; the map is shown without the comparison. /stages The journey needs at least one stage.',
    );
    expect(root(map).querySelector('[role="grid"]')).not.to.equal(null);
    expect(root(map).querySelector('.changes')).to.equal(null);
  });

  it('in Russian', async () => {
    const map = await compared(laptopJourney(), 'ru');
    expect(words(header(map, 'track').querySelector('.changes'))).to.equal('Новое');
    expect(words(root(map).querySelector('[part="removed"] li'))).to.equal('Убрано Waits (был в этапе «Buy»)');
  });

  it('a language switched after the first render redraws the changes and the curve cells in it (the notes are made once per language)', async () => {
    const map = await compared(laptopJourney());
    const curve = mapLanes(map).find((lane) => lane.laneKey === 'emotion')!;
    const cellName = () => curve.shadowRoot!.querySelector('[role="gridcell"][data-step-id="ask"]')!.getAttribute('aria-label');
    expect(cellName()).to.include('current state');
    map.locale = 'ru';
    await settle(map);
    await curve.updateComplete;
    expect(words(header(map, 'track').querySelector('.changes'))).to.equal('Новое');
    expect(words(header(map, 'ask').querySelector('.change--better'))).to.include('+1,5');
    expect(cellName()).not.to.include('current state');
    map.locale = 'en';
    await settle(map);
    await curve.updateComplete;
    expect(words(header(map, 'track').querySelector('.changes'))).to.equal('New');
    expect(cellName()).to.include('current state');
  });

  it('selecting a column keeps its changes (one note per column, reused when the header is drawn again)', async () => {
    const map = await compared(laptopJourney());
    const before = words(header(map, 'ask').querySelector('.changes'));
    header(map, 'ask').click();
    await settle(map);
    expect(header(map, 'ask').getAttribute('aria-selected')).to.equal('true');
    expect(words(header(map, 'ask').querySelector('.changes'))).to.equal(before);
  });

  it('removing compareTo removes the comparison', async () => {
    const map = await compared(laptopJourney());
    map.compareTo = undefined;
    await settle(map);
    expect(root(map).querySelector('.comparison, .changes')).to.equal(null);
  });
});

/** The laptop journey with a "Returns" stage between Buy and Use: the future map has no such stage. */
function withReturns(): JourneyDocument {
  const doc = laptopJourney();
  doc.stages.splice(2, 0, { id: 'returns', title: 'Returns', steps: [{ id: 'return', title: 'Sends it back' }] });
  return doc;
}

/** A grid row as the keys of its cells: step ids, `ghost:` and the removed column's id, or the stage id. */
const keys = (cells: HTMLElement[]) =>
  cells.map((cell) => (cell.dataset.ghostId ? `ghost:${cell.dataset.ghostId}` : cell.dataset.ghostStageId ? `ghost-stage:${cell.dataset.ghostStageId}` : (cell.dataset.stepId ?? cell.dataset.stageId ?? cell.getAttribute('role'))));
const colIndexes = (cells: HTMLElement[]) => cells.map((cell) => Number(cell.getAttribute('aria-colindex')));
const ghostHeader = (map: JourneyMap, id: string) => root(map).querySelector<HTMLElement>(`.step-row [data-ghost-id="${id}"]`)!;

describe('<journey-map> compareTo: removed steps as ghost columns', () => {
  it('a removed step is a narrow ghost column between its old neighbours, in every row', async () => {
    const map = await compared(laptopJourney());
    const rows = gridRows(map);
    expect(keys(rows[1])).to.deep.equal(['columnheader', 'search', 'ask', 'order', 'ghost:wait', 'track', 'use']);
    expect(colIndexes(rows[1])).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    expect(root(map).querySelector('[role="grid"]')!.getAttribute('aria-colcount')).to.equal('7');
    // Buy spans Orders, the ghost and Tracks delivery.
    const buy = root(map).querySelector<HTMLElement>('.stage[data-stage-id="buy"]')!;
    expect([buy.getAttribute('aria-colindex'), buy.getAttribute('aria-colspan')]).to.deep.equal(['4', '3']);
    for (const lane of rows.slice(2)) {
      if (lane.length === 1) continue;
      expect(keys(lane).slice(1)).to.deep.equal(['search', 'ask', 'order', 'ghost:wait', 'track', 'use']);
      expect(colIndexes(lane)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    }
  });

  it('the flow lane has the ghost cell too, so its columns stay those of the header', async () => {
    const doc = future();
    doc.lanes = [{ kind: 'flow' }, { kind: 'actions' }];
    const map = await compared(laptopJourney(), 'en', doc);
    const rows = gridRows(map);
    const flow = mapLanes(map).find((lane) => lane.laneKey === 'flow')!;
    const flowCells = flow.gridCells();
    expect(keys(flowCells).slice(1)).to.deep.equal(['search', 'ask', 'order', 'ghost:wait', 'track', 'use']);
    expect(colIndexes(flowCells)).to.deep.equal(colIndexes(rows[1]));
    const ghost = ghostHeader(map, 'wait').getBoundingClientRect();
    const cell = flowCells.find((candidate) => candidate.dataset.ghostId === 'wait')!.getBoundingClientRect();
    expect(Math.abs(cell.left - ghost.left)).to.be.lessThan(1);
    expect(Math.abs(cell.width - ghost.width)).to.be.lessThan(1);
    const track = flowCells.find((candidate) => candidate.dataset.stepId === 'track')!.getBoundingClientRect();
    expect(Math.abs(track.left - header(map, 'track').getBoundingClientRect().left)).to.be.lessThan(1);
  });

  it('says what it was: "Removed step: …" to screen readers, "Removed" and the struck title on screen', async () => {
    const map = await compared(laptopJourney());
    const ghost = ghostHeader(map, 'wait');
    expect(ghost.getAttribute('role')).to.equal('columnheader');
    expect(words(ghost.querySelector('.ghost__spoken'))).to.equal('Removed step: Waits');
    expect(ghost.querySelector('.ghost__text')!.getAttribute('aria-hidden')).to.equal('true');
    expect(ghost.getAttribute('part')).to.equal('ghost');
    expect(words(ghost.querySelector('.ghost__tag'))).to.equal('Removed');
    expect(ghost.querySelector('s')!.textContent).to.equal('Waits');
    const cell = mapLanes(map)[0]!.gridCells().find((candidate) => candidate.dataset.ghostId === 'wait')!;
    expect([cell.getAttribute('role'), cell.getAttribute('aria-label')]).to.deep.equal(['gridcell', 'Removed step: Waits']);
  });

  it('lines up: narrow, between Orders and Tracks delivery, the same box in the header and every lane', async () => {
    const map = await compared(laptopJourney());
    const box = (element: Element) => element.getBoundingClientRect();
    const ghost = box(ghostHeader(map, 'wait'));
    const order = box(header(map, 'order'));
    const track = box(header(map, 'track'));
    expect(ghost.width).to.equal(48);
    expect(ghost.width).to.be.lessThan(order.width / 2);
    expect(Math.abs(ghost.left - order.right)).to.be.lessThan(1);
    expect(Math.abs(track.left - ghost.right)).to.be.lessThan(1);
    for (const lane of mapLanes(map)) {
      const cell = lane.gridCells().find((candidate) => candidate.dataset.ghostId === 'wait');
      if (!cell) continue;
      expect(Math.abs(box(cell).left - ghost.left), lane.laneKey).to.be.lessThan(1);
      expect(Math.abs(box(cell).width - ghost.width), lane.laneKey).to.be.lessThan(1);
    }
  });

  it('the keyboard reaches it like any column: across the step row and down its lanes', async () => {
    const map = await compared(laptopJourney());
    header(map, 'order').focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(deepActiveElement()).to.equal(ghostHeader(map, 'wait'));
    await sendKeys({ press: 'ArrowDown' });
    const active = deepActiveElement() as HTMLElement;
    expect([active.dataset.ghostId, active.getAttribute('role'), active.getAttribute('aria-label')]).to.deep.equal(['wait', 'gridcell', 'Removed step: Waits']);
    await sendKeys({ press: 'ArrowRight' });
    expect((deepActiveElement() as HTMLElement).dataset.stepId).to.equal('track');
    // Choosing a ghost cell selects nothing: there is no such step in the map.
    let selections = 0;
    map.addEventListener('journey-select', () => (selections += 1));
    ghostHeader(map, 'wait').click();
    active.click();
    expect(selections).to.equal(0);
  });

  it('a removed stage is a ghost stage header over its ghost columns', async () => {
    const map = await compared(withReturns());
    const rows = gridRows(map);
    expect(keys(rows[0])).to.deep.equal(['columnheader', 'discover', 'buy', 'ghost-stage:returns', 'use']);
    const stage = root(map).querySelector<HTMLElement>('[data-ghost-stage-id="returns"]')!;
    expect([words(stage.querySelector('.ghost__spoken')), stage.getAttribute('aria-colindex'), stage.getAttribute('aria-colspan')]).to.deep.equal(['Removed stage: Returns', '7', '1']);
    expect(stage.querySelector('s')!.textContent).to.equal('Returns');
    expect(keys(rows[1])).to.deep.equal(['columnheader', 'search', 'ask', 'order', 'ghost:wait', 'track', 'ghost:return', 'use']);
    expect(Math.abs(stage.getBoundingClientRect().left - ghostHeader(map, 'return').getBoundingClientRect().left)).to.be.lessThan(1);
  });

  it('in Russian', async () => {
    const map = await compared(withReturns(), 'ru');
    expect(words(ghostHeader(map, 'wait').querySelector('.ghost__spoken'))).to.equal('Убранный шаг: Waits');
    expect(words(ghostHeader(map, 'wait').querySelector('.ghost__tag'))).to.equal('Убрано');
    expect(words(root(map).querySelector('[data-ghost-stage-id="returns"] .ghost__spoken'))).to.equal('Убранный этап: Returns');
  });

  it('is accessible with ghost columns and a ghost stage', async () => {
    await expect(await compared(withReturns())).to.be.accessible();
  });

  it('removing compareTo removes the ghost columns and gives the steps their columns back', async () => {
    const map = await compared(withReturns());
    map.compareTo = undefined;
    await settle(map);
    expect(root(map).querySelector('.ghost')).to.equal(null);
    expect(keys(gridRows(map)[1])).to.deep.equal(['columnheader', 'search', 'ask', 'order', 'track', 'use']);
    expect(colIndexes(mapLanes(map)[0]!.gridCells())).to.deep.equal([1, 2, 3, 4, 5, 6]);
  });
});

describe('<journey-map> compareTo export', () => {
  it('the SVG draws each ghost column in its place, named, with a ghost header for a removed stage', async () => {
    const map = await compared(withReturns());
    const svg = new DOMParser().parseFromString(map.exportSVG(), 'image/svg+xml');
    const ghost = svg.querySelector('g.ghost[data-step="wait"]')!;
    expect(ghost.querySelector('title')!.textContent).to.equal('Removed step: Waits');
    expect(words(ghost.querySelector('text'))).to.equal('REMOVED Waits');
    expect(ghost.querySelector('tspan[text-decoration="line-through"]')!.textContent).to.equal('Waits');
    // Column order in the picture: Orders, the ghost (48 px), Tracks delivery.
    const ghostX = Number(ghost.querySelector('rect')!.getAttribute('x'));
    const steps = Array.from(svg.querySelectorAll('text.step')).map((text) => [words(text), Number(text.getAttribute('x'))] as const);
    const at = (title: string) => steps.find(([text]) => text === title)![1];
    expect(at('Orders')).to.be.lessThan(ghostX);
    expect(at('Tracks delivery')).to.be.greaterThan(ghostX);
    expect(Number(ghost.querySelector('rect')!.getAttribute('width'))).to.equal(48);
    const stage = svg.querySelector('g.ghost-stage[data-stage="returns"]')!;
    expect(stage.querySelector('title')!.textContent).to.equal('Removed stage: Returns');
    expect(svg.querySelector('g.ghost[data-step="return"]')).not.to.equal(null);
  });

  it('the CSV lists the changes of every changed step, then the removed steps', async () => {
    const map = await compared(laptopJourney());
    const lines = map.exportCSV({ bom: false }).split('\r\n');
    const changes = lines.filter((line) => line.includes(',Changes,'));
    expect(changes).to.deep.equal([
      'Discover,Chats with sales,Changes,"Was “Asks sales”\nEmotion of Ana Pop +1.5 · better\nResolved: Long wait on the line\nNew: Chat closes at 6 pm",changes',
      'Buy,Tracks delivery,Changes,New,changes',
      'Buy,Waits,Changes,Removed,changes',
    ]);
  });
});
