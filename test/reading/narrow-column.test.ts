/**
 * Issue "Reading at a glance", narrow screens (item 10): at 375 px one step column takes all the width
 * beside the lane names, and a whole step reads inside it without horizontal scrolling: every cell of
 * the column lies in view, nothing in a cell runs past its edges or scrolls, for the samples' real
 * texts in en, ru and ro, left to right and right to left.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { bankCardJourneyRu, partnerProgrammeJourneyRo, phoneSystemJourney } from '../../src/samples/index.js';
import { mapLanes, mountMap } from '../elements/map-fixture.js';

const LANES = 'emotion,actions,thoughts,touchpoints,painPoints,opportunities,backstage,metrics,owner,insights';

/** The light-DOM elements of `cell` (and of the shadow roots under it) that draw a box. */
function boxes(root: Element | ShadowRoot): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const element of root.querySelectorAll<HTMLElement>('*')) {
    const box = element.getBoundingClientRect();
    if (box.width > 0 && box.height > 0 && getComputedStyle(element).position !== 'fixed') found.push(element);
    if (element.shadowRoot) found.push(...boxes(element.shadowRoot));
  }
  return found;
}

describe('reading at a glance: one step column at 375 px', () => {
  afterEach(() => {
    document.documentElement.dir = 'ltr';
  });

  for (const [name, journey, locale] of [
    ['en', phoneSystemJourney, 'en'],
    ['ru', bankCardJourneyRu, 'ru'],
    ['ro', partnerProgrammeJourneyRo, 'ro'],
  ] as const) {
    for (const dir of ['ltr', 'rtl'] as const) {
      it(`shows a whole step in its column without horizontal scrolling (${name}, ${dir})`, async function () {
        this.timeout(60_000);
        document.documentElement.dir = dir;
        const map = await mountMap(journey, 375, { locale, lanes: LANES });
        const root = map.shadowRoot!;
        const scroller = root.querySelector<HTMLElement>('.scroller')!.getBoundingClientRect();
        const corner = root.querySelector<HTMLElement>('.step-row > .corner')!.getBoundingClientRect();
        const step = root.querySelector<HTMLElement>('.step-row > .step')!;
        const column = step.getBoundingClientRect();
        // The step column takes all the width the lane names leave (one column, no second one peeking).
        expect(column.width + corner.width).to.be.within(scroller.width - 2, scroller.width + 1);
        expect(column.left).to.be.at.least(scroller.left - 1);
        expect(column.right).to.be.at.most(scroller.right + 1);
        const cells = mapLanes(map).flatMap((lane) => lane.gridCells().filter((cell) => cell.dataset.stepId === step.dataset.stepId));
        expect(cells.length).to.be.at.least(8);
        for (const cell of cells) {
          const box = cell.getBoundingClientRect();
          const what = `${(cell.closest('[lane]') ?? cell).getAttribute('lane') ?? ''} ${cell.textContent!.trim().slice(0, 40)}`;
          expect(box.left, what).to.be.within(column.left - 1, column.left + 1);
          expect(box.right, what).to.be.within(column.right - 1, column.right + 1);
          expect(cell.scrollWidth, `${what} scrolls`).to.be.at.most(cell.clientWidth + 1);
          for (const inner of boxes(cell)) {
            const rect = inner.getBoundingClientRect();
            const label = `${what}: <${inner.localName} class="${inner.className}">`;
            expect(rect.left, label).to.be.at.least(box.left - 1);
            expect(rect.right, label).to.be.at.most(box.right + 1);
          }
        }
      });
    }
  }

  it('keeps every row whole: a lane\'s cells end where its name does (the flow lane\'s legend is taller than its drawing)', async function () {
    this.timeout(60_000);
    const map = await mountMap(phoneSystemJourney, 375);
    const lanes = mapLanes(map);
    expect(lanes.map((lane) => lane.laneKey)).to.include('flow');
    for (const lane of lanes) {
      const [header, cell] = lane.gridCells();
      const name = header.getBoundingClientRect();
      const box = cell.getBoundingClientRect();
      expect(box.top, lane.laneKey).to.be.within(name.top - 1, name.top + 1);
      expect(box.bottom, lane.laneKey).to.be.within(name.bottom - 1, name.bottom + 1);
    }
    // The flow lane's stage tint fills the stretched row to its bottom border, not only the drawing's height.
    const flow = lanes.find((lane) => lane.laneKey === 'flow')!;
    const body = flow.shadowRoot!.querySelector('.lane-body')!.getBoundingClientRect();
    const tints = Array.from(flow.shadowRoot!.querySelectorAll('.band--odd')).map((band) => band.getBoundingClientRect());
    expect(tints.length).to.be.at.least(1);
    for (const tint of tints) {
      expect(tint.top).to.be.within(body.top - 0.5, body.top + 0.5);
      // Down to the row's 1 px bottom border.
      expect(tint.bottom).to.be.within(body.bottom - 1.5, body.bottom - 0.5);
    }
  });
});
