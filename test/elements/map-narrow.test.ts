import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import { generateLargeJourney } from '../../src/samples/large.js';
import { deepActiveElement, laptopJourney, mapLanes, mountMap, settle } from './map-fixture.js';

/**
 * A map in a container under 640 px (a phone, a side panel): a narrow lane-name column, one step
 * column filling the rest, snapping by column. Measured on the map's own width, not the viewport's.
 */

const shadow = (map: JourneyMap) => map.shadowRoot!;
const scroller = (map: JourneyMap) => shadow(map).querySelector<HTMLElement>('.scroller')!;
const stepHeaders = (map: JourneyMap) => Array.from(shadow(map).querySelectorAll<HTMLElement>('.step-row > .step'));
const laneHeaders = (map: JourneyMap) => mapLanes(map).map((lane) => lane.gridCells()[0]);

async function mountNarrow(width: number, dir: 'ltr' | 'rtl' = 'ltr', journey = laptopJourney()): Promise<JourneyMap> {
  document.documentElement.dir = dir;
  return mountMap(journey, width);
}

/** Waits for scrolling caused by focus and snapping to come to rest. */
async function scrollRest(element: HTMLElement): Promise<void> {
  let last = Number.NaN;
  for (let i = 0; i < 30 && element.scrollLeft !== last; i += 1) {
    last = element.scrollLeft;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** True when `inner` lies within `outer`'s visible box (1 px of rounding allowed). */
function within(inner: DOMRect, outer: DOMRect): boolean {
  return inner.left >= outer.left - 1 && inner.right <= outer.right + 1;
}

describe('<journey-map> in a narrow container', () => {
  afterEach(() => {
    document.documentElement.dir = 'ltr';
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`at 375 px (${dir}): names in a narrow column (96 px, grown to the longest lane-name word, ≤ 28 %), one step column ≥ 70 % of the container, snapping by column`, async () => {
      const map = await mountNarrow(375, dir);
      const box = map.getBoundingClientRect();
      const corner = shadow(map).querySelector<HTMLElement>('.step-row > .corner')!.getBoundingClientRect();
      // 96 px, or wider just enough that no lane-name word is cut (layout/narrow.ts narrowHeaderWidth), never over 28 %.
      expect(corner.width).to.be.within(96, Math.floor(0.28 * box.width));
      for (const header of laneHeaders(map)) expect(header.getBoundingClientRect().width, 'lane header').to.be.at.most(corner.width + 0.5);
      const [first] = stepHeaders(map);
      expect(first.getBoundingClientRect().width).to.be.at.least(0.7 * box.width);
      // The name column and the whole first step are in view side by side, on the reading side.
      const view = scroller(map).getBoundingClientRect();
      expect(within(first.getBoundingClientRect(), view)).to.equal(true);
      if (dir === 'rtl') expect(corner.right).to.be.greaterThan(first.getBoundingClientRect().right);
      else expect(corner.left).to.be.lessThan(first.getBoundingClientRect().left);
      expect(getComputedStyle(scroller(map)).scrollSnapType).to.equal('x mandatory');
      expect(getComputedStyle(first).scrollSnapAlign).to.equal('start');
    });
  }

  it('at 375 px a whole step reads without horizontal scrolling inside its column', async () => {
    const journey = laptopJourney();
    journey.stages[0].description = 'Everything the office manager does before anyone from sales answers the phone, twice over.';
    const map = await mountNarrow(375, 'ltr', journey);
    const view = scroller(map).getBoundingClientRect();
    const cells = mapLanes(map).flatMap((lane) => lane.gridCells().filter((cell) => cell.dataset.stepId === 'ask'));
    expect(cells.length).to.be.at.least(4);
    for (const cell of cells) {
      expect(cell.scrollWidth, `${cell.textContent} scrolls`).to.be.at.most(cell.clientWidth + 1);
    }
    // The stage title and description wrap within the column in view.
    for (const part of ['.stage__title', '.stage__description']) {
      expect(within(shadow(map).querySelector<HTMLElement>(part)!.getBoundingClientRect(), view), part).to.equal(true);
    }
  });

  it('decides on the map\'s own width, not the viewport\'s: wide maps keep their columns and do not snap', async () => {
    const map = await mountNarrow(900);
    expect(shadow(map).querySelector<HTMLElement>('.step-row > .corner')!.getBoundingClientRect().width).to.equal(160);
    expect(getComputedStyle(stepHeaders(map)[0]).scrollSnapAlign).to.equal('none');
    const narrow = await mountNarrow(600);
    expect(shadow(narrow).querySelector<HTMLElement>('.step-row > .corner')!.getBoundingClientRect().width).to.be.within(96, 159);
    expect(getComputedStyle(stepHeaders(narrow)[0]).scrollSnapAlign).to.equal('start');
  });

  for (const dir of ['ltr', 'rtl'] as const) {
    it(`arrow keys move column by column and each focused step is wholly in view (${dir})`, async () => {
      const map = await mountNarrow(375, dir);
      const headers = stepHeaders(map);
      headers[0].focus();
      const next = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
      for (const index of [1, 2]) {
        await sendKeys({ press: next });
        expect(deepActiveElement()).to.equal(headers[index]);
        await scrollRest(scroller(map));
        expect(within(headers[index].getBoundingClientRect(), scroller(map).getBoundingClientRect()), `step ${index} in view`).to.equal(true);
      }
    });
  }

  it('keeps the column window: a far column is drawn once scrolled to', async () => {
    const map = await mountNarrow(375, 'ltr', generateLargeJourney({ stages: 8 }));
    await settle(map);
    const headers = stepHeaders(map);
    const target = headers[25];
    scroller(map).scrollLeft = target.offsetLeft - 96;
    await scrollRest(scroller(map));
    await settle(map);
    const cells = mapLanes(map).flatMap((lane) => lane.gridCells().filter((cell) => cell.dataset.stepId === target.dataset.stepId));
    expect(cells.some((cell) => (cell.textContent ?? '').trim().length > 0)).to.equal(true);
    expect(within(target.getBoundingClientRect(), scroller(map).getBoundingClientRect())).to.equal(true);
  });

  it('is accessible', async () => {
    const map = await mountNarrow(375);
    await expect(map).to.be.accessible();
  });
});
