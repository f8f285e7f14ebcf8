import { expect } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { generateLargeJourney } from '../../src/samples/large.js';
import { deepActiveElement, mapLanes, type RowLike } from './map-fixture.js';

/**
 * A map draws the step columns in view first and the rest in the next idle moments. These tests look
 * at the map between its first frame and the moment every column is drawn: the roles, indices and ids
 * of every cell are there from the start, and every column's content is there once `updateComplete`
 * resolves.
 */

// 40 stages of 5 steps: wide enough that most columns start out of view in a 700 px page.
const large = generateLargeJourney({ stages: 40 });
const stepCount = large.stages.reduce((n, stage) => n + (stage.steps?.length ?? 0), 0);

let container: HTMLElement;

function mount(journey: JourneyDocument = large, width = 700, lanes?: string): JourneyMap {
  container = document.createElement('div');
  container.style.inlineSize = `${width}px`;
  document.body.append(container);
  const map = document.createElement('journey-map') as JourneyMap;
  if (lanes) map.setAttribute('lanes', lanes);
  map.journey = journey;
  container.append(map);
  return map;
}

function stepHeaders(map: JourneyMap): HTMLElement[] {
  return Array.from(map.shadowRoot!.querySelectorAll<HTMLElement>('.step-row > [data-step-id]'));
}

/** The text of the cells of one step column in every lane that has a cell there. */
function columnText(map: JourneyMap, stepId: string): string {
  return mapLanes(map)
    .flatMap((lane) => lane.gridCells().filter((cell) => cell.dataset.stepId === stepId))
    .map((cell) => cell.textContent!.trim())
    .join('');
}

function columnCells(map: JourneyMap, stepId: string): HTMLElement[] {
  return mapLanes(map).flatMap((lane) => lane.gridCells().filter((cell) => cell.dataset.stepId === stepId));
}

/** Waits for the first frame after connecting: the columns in view are drawn, the others not yet. */
async function firstFrame(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** What the lane's cells in the first columns (in view) hold: text, or the emotion lane's cell names. */
function firstCells(lane: RowLike): string {
  const cells = lane.gridCells().filter((candidate) => candidate.getAttribute('role') === 'gridcell').slice(0, 4);
  return cells.map((cell) => cell.textContent!.trim() || cell.getAttribute('aria-label') || '').join('|');
}

/** The same map drawn in full, for what each lane's first cells hold once drawn. */
async function drawnInFull(journey: JourneyDocument, width: number): Promise<string[]> {
  const box = document.createElement('div');
  box.style.inlineSize = `${width}px`;
  document.body.append(box);
  const map = document.createElement('journey-map') as JourneyMap;
  map.journey = journey;
  box.append(map);
  await map.updateComplete;
  const texts = mapLanes(map).map(firstCells);
  box.remove();
  return texts;
}

/** The lanes whose top is inside the map's view: the scroller's height, at most the window's. */
function lanesInView(map: JourneyMap): RowLike[] {
  const scroller = map.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
  const top = scroller.getBoundingClientRect().top;
  const height = Math.min(scroller.clientHeight, innerHeight);
  return mapLanes(map).filter((lane) => lane.getBoundingClientRect().top - top < height);
}

afterEach(() => container?.remove());

describe('<journey-map> draws the columns in view first', () => {
  it('has every cell from the first frame, the ones in view filled and the far ones empty', async () => {
    const map = mount();
    await firstFrame();
    const headers = stepHeaders(map);
    expect(headers).to.have.length(stepCount);
    const first = headers[0];
    const last = headers[stepCount - 1];
    expect(first.textContent!.trim()).to.not.equal('');
    // The far column is there for assistive technology (role, index, id, its header named by the
    // step's title), only its cells have no content yet.
    const steps = large.stages.flatMap((stage) => stage.steps ?? []);
    expect(last.getAttribute('aria-colindex')).to.equal(String(stepCount + 1));
    expect(last.dataset.stepId).to.equal(steps[stepCount - 1].id);
    expect(last.textContent!.trim()).to.equal(steps[stepCount - 1].title);
    const lastId = last.dataset.stepId!;
    const cells = columnCells(map, lastId);
    expect(cells.length).to.be.greaterThan(5);
    for (const cell of cells) {
      expect(cell.getAttribute('role')).to.equal('gridcell');
      expect(cell.getAttribute('aria-colindex')).to.equal(String(stepCount + 1));
    }
    expect(columnText(map, lastId)).to.equal('');
    expect(columnText(map, first.dataset.stepId!)).to.not.equal('');
  });

  it('resolves updateComplete once every column is drawn', async () => {
    const map = mount();
    await map.updateComplete;
    const headers = stepHeaders(map);
    const empty = headers.filter((header) => columnText(map, header.dataset.stepId!) === '');
    expect(empty.map((header) => header.dataset.stepId)).to.deep.equal([]);
    const lastId = headers[stepCount - 1].dataset.stepId!;
    const step = large.stages.flatMap((stage) => stage.steps ?? []).find((candidate) => candidate.id === lastId)!;
    expect(headers[stepCount - 1].textContent).to.contain(step.title);
    expect(columnText(map, lastId)).to.contain((step.actions as string[])[0]);
  });

  it('draws the columns scrolled into view before the next frame', async () => {
    const map = mount();
    await firstFrame();
    const scroller = map.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    const scrolled = new Promise((resolve) => scroller.addEventListener('scroll', resolve, { once: true }));
    scroller.scrollLeft = scroller.scrollWidth;
    await scrolled;
    await firstFrame();
    const headers = stepHeaders(map);
    expect(columnText(map, headers[stepCount - 1].dataset.stepId!)).to.not.equal('');
    // Far from both edges, the middle of the map is still waiting for its idle moment.
    expect(columnText(map, headers[Math.floor(stepCount / 2)].dataset.stepId!)).to.equal('');
  });

  it('draws the column that End moves the focus to', async () => {
    const map = mount();
    await firstFrame();
    const lane = mapLanes(map).find((candidate) => candidate.laneKey === 'actions')!;
    const cells = lane.gridCells();
    cells[1].focus();
    await sendKeys({ press: 'End' });
    await firstFrame();
    await firstFrame();
    const focused = deepActiveElement() as HTMLElement;
    expect(focused).to.equal(lane.gridCells()[stepCount]);
    expect(focused.textContent!.trim()).to.not.equal('');
  });

  it('draws every column at once for printing', async () => {
    const map = mount();
    await firstFrame();
    window.dispatchEvent(new Event('beforeprint'));
    // The browser lays out for paper right after beforeprint: no waiting here.
    const empty = stepHeaders(map).filter((header) => columnText(map, header.dataset.stepId!) === '');
    expect(empty).to.have.length(0);
    window.dispatchEvent(new Event('afterprint'));
    await map.updateComplete;
  });

  it('keeps drawn columns drawn when one step changes, and draws the change', async () => {
    const map = mount();
    await map.updateComplete;
    const steps = large.stages.flatMap((stage) => stage.steps ?? []);
    const target = steps[steps.length - 1];
    const untouched = stepHeaders(map)[stepCount - 2];
    const next: JourneyDocument = {
      ...large,
      stages: large.stages.map((stage) =>
        stage.steps?.includes(target)
          ? { ...stage, steps: stage.steps.map((step) => (step === target ? { ...step, actions: ['Signs the renewal'] } : step)) }
          : stage,
      ),
    };
    map.journey = next;
    await firstFrame();
    // An unchanged column far out of view is not emptied and redrawn.
    expect(stepHeaders(map)[stepCount - 2]).to.equal(untouched);
    expect(columnText(map, steps[steps.length - 2].id)).to.not.equal('');
    await map.updateComplete;
    expect(columnText(map, target.id)).to.contain('Signs the renewal');
  });

  it('lets updateComplete resolve when the map is removed before every column is drawn', async () => {
    const map = mount();
    await firstFrame();
    container.remove();
    const result = await Promise.race([map.updateComplete.then(() => 'resolved'), new Promise((resolve) => setTimeout(() => resolve('hung'), 2000))]);
    expect(result).to.equal('resolved');
  });

  it("draws the emotion lane's markers and names its cells column by column too", async () => {
    const map = mount(large, 700, 'emotion, actions');
    await firstFrame();
    const curve = mapLanes(map).find((lane) => lane.laneKey === 'emotion')!;
    const root = (curve as unknown as HTMLElement).shadowRoot!;
    const cells = curve.gridCells().filter((cell) => cell.getAttribute('role') === 'gridcell');
    expect(cells).to.have.length(stepCount);
    const marker = (index: number) => root.querySelector(`.plot-svg .series--current .point[data-step="${index}"]`);
    // In view: a marker with its value label, and a cell named by the value.
    expect(marker(0)?.querySelector('.value-label')?.textContent).to.match(/\d/);
    expect(cells[0].getAttribute('aria-label')).to.match(/\d/);
    // Far out of view: the cell is there (role, index, step id) but has no name or marker yet; the line
    // already spans every column.
    const last = cells[stepCount - 1];
    expect(last.getAttribute('aria-colindex')).to.equal(String(stepCount + 1));
    expect(last.hasAttribute('aria-label')).to.equal(false);
    expect(marker(stepCount - 1)).to.equal(null);
    const line = root.querySelector<SVGPathElement>('.plot-svg .series--current .line')!;
    expect(line.getBBox().width).to.be.at.least(last.offsetLeft - cells[0].offsetLeft);
    await map.updateComplete;
    expect(last.getAttribute('aria-label')).to.match(/\d/);
    expect(marker(stepCount - 1)).to.not.equal(null);
  });

  it('draws the lanes in view first and the lanes below the view once idle', async () => {
    const full = await drawnInFull(large, 700);
    const map = mount();
    await firstFrame();
    const lanes = mapLanes(map);
    const inView = lanesInView(map);
    expect(inView.length).to.be.within(1, lanes.length - 2);
    inView.forEach((lane, i) => expect(firstCells(lane), lane.laneKey).to.equal(full[i]));
    // Below the view: the row and its cells are there (roles, indices), empty for a moment.
    const below = lanes[lanes.length - 1];
    expect(below.gridCells().length).to.equal(stepCount + 1);
    expect(full[lanes.length - 1].replaceAll('|', '')).to.not.equal('');
    expect(firstCells(below).replaceAll('|', '')).to.equal('');
    await map.updateComplete;
    expect(mapLanes(map).map(firstCells)).to.deep.equal(full);
  });

  it('fills a tall view with lanes before the first frame, more than the first few', async () => {
    await setViewport({ width: 1000, height: 1400 });
    try {
      const full = await drawnInFull(large, 900);
      const map = mount(large, 900);
      await firstFrame();
      const inView = lanesInView(map);
      expect(inView.length).to.be.greaterThan(3);
      inView.forEach((lane, i) => expect(firstCells(lane), lane.laneKey).to.equal(full[i]));
      // Lanes not drawn yet are estimated as tall as the shortest drawn one, so the lane just past the
      // view may be drawn too; every lane after it must wait for the idle chunk.
      const below = mapLanes(map).slice(inView.length + 1);
      expect(below.length).to.be.greaterThan(0);
      for (const lane of below) expect(firstCells(lane).replaceAll('|', ''), lane.laneKey).to.equal('');
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('draws every lane once the map scrolls down', async () => {
    const full = await drawnInFull(large, 700);
    const map = mount();
    await firstFrame();
    const scroller = map.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    const scrolled = new Promise((resolve) => scroller.addEventListener('scroll', resolve, { once: true }));
    scroller.scrollTop = 300;
    await scrolled;
    await firstFrame();
    expect(mapLanes(map).map(firstCells)).to.deep.equal(full);
  });

  it('does not redraw the lanes once more when every lane was in view from the start', async () => {
    await setViewport({ width: 1000, height: 1800 });
    try {
      const small = generateLargeJourney({ stages: 1, stepsPerStage: 3 });
      const map = mount(small, 900, 'actions, thoughts, emotion');
      await firstFrame();
      const lane = mapLanes(map)[0] as unknown as { mapColumnWindow: unknown };
      const first = lane.mapColumnWindow;
      // Everything was drawn in the first frame: completing gives the lanes no new window to render.
      await map.updateComplete;
      expect(lane.mapColumnWindow).to.equal(first);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('shows a long cell in view cut, with its fade and "Show all", in the first frame', async () => {
    const journey = generateLargeJourney({ stages: 3 });
    const first = journey.stages[0].steps![0];
    const long = Array.from({ length: 14 }, (_, i) => `A long action that takes a whole line of its own, number ${i + 1}`);
    const map = mount({ ...journey, stages: [{ ...journey.stages[0], steps: [{ ...first, actions: long }, ...journey.stages[0].steps!.slice(1)] }, ...journey.stages.slice(1)] }, 900, 'actions, thoughts');
    // In the first frame's animation callback, before it is painted: measured on the layout the
    // map's own lane-window reads made, not in a round and a repaint of their own after the frame.
    await firstFrame();
    const cell = mapLanes(map)[0].gridCells().find((candidate) => candidate.dataset.stepId === first.id)!;
    expect(cell.textContent).to.contain(long[0]);
    expect(cell.classList.contains('clipped')).to.equal(true);
    const button = cell.querySelector('.show-all');
    expect(button, 'the "Show all" button').to.not.equal(null);
    expect(button!.getAttribute('aria-expanded')).to.equal('false');
    // The short cells beside it are capped, not cut.
    const short = mapLanes(map)[0].gridCells().find((candidate) => candidate.dataset.stepId === journey.stages[0].steps![1].id)!;
    expect(short.classList.contains('clipped')).to.equal(false);
  });

  it('passes axe while far columns are still empty', async () => {
    const map = mount(generateLargeJourney({ stages: 10 }), 900);
    await firstFrame();
    expect(columnText(map, stepHeaders(map)[49].dataset.stepId!)).to.equal('');
    await expect(map).to.be.accessible();
  });
});
