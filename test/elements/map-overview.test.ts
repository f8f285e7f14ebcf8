import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { generateLargeJourney } from '../../src/samples/large.js';
import { deepActiveElement, laptopJourney, mountMap, settle, tabStops } from './map-fixture.js';

/**
 * The overview strip above a map whose columns do not fit: stages in proportion to their steps, the
 * emotion line, a window over the columns in view; one tab stop, arrows between stages, Enter jumps.
 */

const shadow = (map: JourneyMap) => map.shadowRoot!;
const box = (map: JourneyMap) => shadow(map).querySelector<HTMLElement>('[part~="overview"]');
const buttons = (map: JourneyMap) => Array.from(shadow(map).querySelectorAll<HTMLButtonElement>('[part~="overview-stage"]'));
const scroller = (map: JourneyMap) => shadow(map).querySelector<HTMLElement>('.scroller')!;
const windowBox = (map: JourneyMap) => shadow(map).querySelector<HTMLElement>('[part~="overview-window"]')!;

async function mountWithOverview(journey: JourneyDocument, width: number, dir: 'ltr' | 'rtl' = 'ltr'): Promise<JourneyMap> {
  document.documentElement.dir = dir;
  const map = await mountMap(journey, width);
  await waitUntil(() => buttons(map).length > 0, 'the strip is drawn when idle', { timeout: 20_000 });
  return map;
}

async function frames(count = 3): Promise<void> {
  for (let i = 0; i < count; i += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** The window's inline start and size as a fraction of the strip (its CSS percentages). */
function windowShare(map: JourneyMap): { start: number; size: number } {
  const style = windowBox(map).style;
  return { start: parseFloat(style.insetInlineStart) / 100, size: parseFloat(style.inlineSize) / 100 };
}

// 60 stages of one step: the sample's 60 stages, light enough for a loaded test machine.
const large = generateLargeJourney({ stepsPerStage: 1 });

describe('<journey-map> overview strip', function () {
  // Maps of 60 columns on a loaded machine.
  this.timeout(60_000);
  let container: HTMLElement | undefined;
  afterEach(() => {
    document.documentElement.dir = 'ltr';
    container?.remove();
    container = undefined;
  });

  it('is a toolbar of stages with one tab stop and names such as "Stage 12 of 60: …"', async () => {
    const map = await mountWithOverview(large, 1200);
    const toolbar = shadow(map).querySelector('[part~="overview"] [role="toolbar"]')!;
    expect(toolbar.getAttribute('aria-label')).to.equal('Map overview: jump to a stage');
    const stages = buttons(map);
    expect(stages).to.have.length(60);
    expect(stages[11].getAttribute('aria-label')).to.equal(`Stage 12 of 60: ${large.stages[11].title}`);
    expect(stages.filter((button) => button.tabIndex === 0)).to.have.length(1);
    expect(stages[0].getAttribute('aria-current')).to.equal('location');
    // Stages as wide as their steps: one step each here.
    const strip = box(map)!.getBoundingClientRect().width;
    expect(Math.abs(stages[5].getBoundingClientRect().width - strip / 60)).to.be.below(2);
    expect(shadow(map).querySelector('[part~="overview-spark"] path')!.getAttribute('d')).to.match(/^M/);
    // The grid keeps its own single tab stop.
    expect(tabStops(map)).to.have.length(1);
  });

  it('is built after the first frame, in an idle moment, in a box reserved from the start', async () => {
    container = document.createElement('div');
    container.style.inlineSize = '900px';
    document.body.append(container);
    const map = document.createElement('journey-map') as JourneyMap;
    map.journey = large;
    container.append(map);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const reserved = box(map);
    expect(reserved, 'the box is there at once').to.not.equal(null);
    expect(buttons(map), 'nothing built for the first frame').to.have.length(0);
    expect(reserved!.getBoundingClientRect().height).to.be.greaterThan(30);
    await waitUntil(() => buttons(map).length === 60, 'drawn when idle', { timeout: 20_000 });
  });

  it('arrows move between stages; Enter scrolls to the stage and focuses its header', async () => {
    const map = await mountWithOverview(large, 1000);
    const stages = buttons(map);
    stages[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(deepActiveElement()).to.equal(buttons(map)[1]);
    await sendKeys({ press: 'End' });
    expect(deepActiveElement()).to.equal(buttons(map)[59]);
    await sendKeys({ press: 'Home' });
    expect(deepActiveElement()).to.equal(buttons(map)[0]);
    for (let i = 0; i < 11; i += 1) await sendKeys({ press: 'ArrowRight' });
    const twelfth = buttons(map)[11];
    expect(deepActiveElement()).to.equal(twelfth);
    expect(buttons(map).filter((button) => button.tabIndex === 0)).to.deep.equal([twelfth]);
    await sendKeys({ press: 'Enter' });
    await settle(map);
    const header = deepActiveElement() as HTMLElement;
    expect(header.getAttribute('part')).to.equal('stage');
    expect(header.dataset.stageId).to.equal(large.stages[11].id);
    expect(header.tabIndex, 'the grid tab stop moves there').to.equal(0);
    const view = scroller(map).getBoundingClientRect();
    const corner = shadow(map).querySelector('.step-row > .corner')!.getBoundingClientRect();
    expect(Math.abs(header.getBoundingClientRect().left - corner.right)).to.be.at.most(2);
    expect(header.getBoundingClientRect().left).to.be.below(view.right);
    // The first step of the stage is drawn.
    const firstStep = shadow(map).querySelector<HTMLElement>(`.step-row > [data-step-id="${large.stages[11].steps![0].id}"]`)!;
    expect(firstStep.textContent).to.contain(large.stages[11].steps![0].title);
  });

  it('names as many stages as fit without overlap at 1440 px, and always the stage in view (also at the end, and right to left)', async () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const map = await mountWithOverview(large, 1440, dir);
      const names = () => Array.from(box(map)!.querySelectorAll<HTMLElement>('.overview__name'));
      const check = (at: string) => {
        const rects = names().map((name) => name.getBoundingClientRect());
        // Far more than none (segments of ~22 px), never two on each other, each inside the strip.
        expect(rects.length, at).to.be.greaterThan(6);
        const strip = box(map)!.getBoundingClientRect();
        for (const [i, rect] of rects.entries()) {
          expect(rect.left, at).to.be.at.least(strip.left - 0.5);
          expect(rect.right, at).to.be.at.most(strip.right + 0.5);
          for (const other of rects.slice(i + 1)) expect(rect.right <= other.left || other.right <= rect.left, `${at}: ${i} overlaps`).to.equal(true);
        }
        const current = buttons(map).findIndex((button) => button.getAttribute('aria-current') === 'location');
        const named = names().find((name) => name.classList.contains('overview__name--current'))!;
        expect(named.textContent, at).to.equal(large.stages[current]!.title);
        expect(getComputedStyle(named).fontWeight, at).to.equal('700');
      };
      check(`${dir} start`);
      buttons(map)[59]!.click();
      await frames();
      check(`${dir} end`);
      buttons(map)[33]!.click();
      await frames();
      check(`${dir} middle`);
      map.remove();
    }
  });

  it('a click jumps too, and the window follows the scroll', async () => {
    const map = await mountWithOverview(large, 1000);
    buttons(map)[30].click();
    await frames();
    const total = scroller(map).scrollWidth - 160;
    expect(Math.abs(scroller(map).scrollLeft - (30 / 60) * total)).to.be.at.most(2);
    expect(windowShare(map).start).to.be.closeTo(0.5, 0.01);
    expect(buttons(map)[30].getAttribute('aria-current')).to.equal('location');
    scroller(map).scrollLeft = (45 / 60) * total;
    await frames();
    expect(windowShare(map).start).to.be.closeTo(0.75, 0.01);
    expect(buttons(map)[45].getAttribute('aria-current')).to.equal('location');
    expect(buttons(map)[30].hasAttribute('aria-current')).to.equal(false);
    // 1000 px less 2 px of border and 160 px of names, of 60 columns of 176 px.
    expect(windowShare(map).size).to.be.closeTo(838 / (60 * 176), 0.002);
  });

  it('right to left: the strip runs from the right, ArrowLeft goes to the next stage, a jump scrolls left', async () => {
    const map = await mountWithOverview(large, 1000, 'rtl');
    const stages = buttons(map);
    expect(stages[1].getBoundingClientRect().right).to.be.at.most(stages[0].getBoundingClientRect().left + 1);
    stages[0].focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(deepActiveElement()).to.equal(buttons(map)[1]);
    await sendKeys({ press: 'Enter' });
    await settle(map);
    expect(scroller(map).scrollLeft).to.be.below(-100);
    expect((deepActiveElement() as HTMLElement).dataset.stageId).to.equal(large.stages[1].id);
    expect(windowShare(map).start).to.be.closeTo(1 / 60, 0.005);
  });

  it('is shown only when the columns do not fit, and no-overview hides it', async () => {
    const fits = await mountMap(laptopJourney(), 1400);
    await frames(5);
    expect(box(fits)).to.equal(null);
    const narrow = await mountWithOverview(laptopJourney(), 700);
    // Three stages (the last, with no steps, is a column of its own).
    expect(buttons(narrow).length).to.equal(3);
    narrow.setAttribute('no-overview', '');
    await settle(narrow);
    expect(box(narrow)).to.equal(null);
  });

  it('is accessible', async function () {
    // axe over a few hundred cells on a loaded machine.
    this.timeout(60_000);
    const map = await mountWithOverview(generateLargeJourney({ stages: 12 }), 900);
    await expect(map).to.be.accessible();
  });
});
