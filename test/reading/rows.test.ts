/**
 * Issue "Reading at a glance": the curve first, rows that do not explode, stage headers as tall as
 * their text.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { laptopJourney, mapLanes, mountMap, settle, withStep } from '../elements/map-fixture.js';

const lane = (map: JourneyMap, key: string) => mapLanes(map).find((row) => row.laneKey === key)!;
const height = (element: Element) => element.getBoundingClientRect().height;

/** The laptop journey with one very verbose "Doing" cell (twenty actions) at "ask". */
function verboseJourney(): JourneyDocument {
  return withStep(laptopJourney(), 'ask', (step) => ({
    ...step,
    actions: Array.from({ length: 20 }, (_, i) => `Action number ${i + 1} of a very detailed research note`),
  }));
}

describe('reading at a glance: rows', () => {
  it('puts the emotion lane right under the step headers by default', async () => {
    const map = await mountMap(laptopJourney());
    expect(mapLanes(map)[0].laneKey).to.equal('emotion');
    expect(mapLanes(map)[0].getAttribute('aria-rowindex')).to.equal('3');
  });

  it('keeps the document’s own lane order', async () => {
    const journey: JourneyDocument = { ...laptopJourney(), lanes: [{ kind: 'actions' }, { kind: 'emotion' }] };
    const map = await mountMap(journey);
    expect(mapLanes(map).map((row) => row.laneKey)).to.deep.equal(['actions', 'emotion']);
  });

  it('shows the title, personas, headers and the whole emotion lane on the first screen at 1440×900', async () => {
    const map = await mountMap(await import('../../src/samples/phone-system.js').then((m) => m.phoneSystemJourney), 1400);
    const curve = lane(map, 'emotion');
    // The map sits at the top of the test page, as on a page with only the map.
    expect(curve.getBoundingClientRect().bottom - map.getBoundingClientRect().top).to.be.at.most(900);
  });

  it('caps a verbose cell at about eight lines, with a fade and a "Show all" button', async () => {
    const map = await mountMap(verboseJourney());
    const actions = lane(map, 'actions');
    const [, search, ask] = actions.gridCells();
    const lineHeight = 1.4 * parseFloat(getComputedStyle(ask).fontSize);
    expect(height(ask)).to.be.at.most(9 * lineHeight + 20);
    // Other cells of the row are as tall as the capped one, not as tall as twenty actions.
    expect(height(search)).to.equal(height(ask));
    expect(ask.classList.contains('clipped')).to.equal(true);
    expect(getComputedStyle(ask, '::after').backgroundImage).to.include('linear-gradient');
    expect(search.querySelector('.show-all')).to.equal(null);
    const button = ask.querySelector<HTMLButtonElement>('.show-all')!;
    expect(button.textContent?.trim()).to.equal('Show all');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    // Everything is still in the DOM for screen readers.
    expect(ask.querySelectorAll('li')).to.have.length(20);
    await expect(map).to.be.accessible();

    button.click();
    await settle(actions);
    await settle(map);
    expect(height(ask)).to.be.above(20 * lineHeight);
    const less = ask.querySelector<HTMLButtonElement>('.show-all')!;
    expect(less.textContent?.trim()).to.equal('Show less');
    expect(less.getAttribute('aria-expanded')).to.equal('true');
  });

  it('reads the selected column in full: Enter on a capped cell shows all of it', async () => {
    const map = await mountMap(verboseJourney(), 1200, { lanes: 'actions,emotion' });
    const actions = lane(map, 'actions');
    const ask = actions.gridCells()[2];
    const capped = height(ask);
    ask.focus();
    await sendKeys({ press: 'Enter' });
    await settle(map);
    await settle(actions);
    expect(map.selected).to.equal('ask');
    expect(height(ask)).to.be.above(capped * 1.5);
    expect(ask.querySelector('.show-all')).to.equal(null);
  });

  it('localizes "Show all"', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="ru" style="inline-size: 1200px"></div>`);
    const map = document.createElement('journey-map');
    map.journey = verboseJourney();
    wrapper.append(map);
    await settle(map);
    await settle(lane(map, 'actions'));
    expect(lane(map, 'actions').gridCells()[2].querySelector('.show-all')?.textContent?.trim()).to.equal('Показать всё');
  });

  it('keeps stage headers as tall as two lines of description, with the rest on focus', async () => {
    const journey = laptopJourney();
    journey.stages[2].description = 'A very long description of the last stage, which is one column wide. '.repeat(6);
    const map = await mountMap(journey);
    const stages = Array.from(map.shadowRoot!.querySelectorAll<HTMLElement>('.stage-row > .stage'));
    const description = stages[2].querySelector<HTMLElement>('.stage__description')!;
    // Line height "normal" is about 1.2em; two lines, not six.
    const line = 1.25 * parseFloat(getComputedStyle(description).fontSize);
    expect(height(description)).to.be.at.most(2 * line + 1);
    expect(description.title).to.equal(journey.stages[2].description);
    expect(height(stages[0])).to.equal(height(stages[2]));
    expect(height(stages[0])).to.be.below(110);
    stages[2].focus();
    expect(height(description)).to.be.above(4 * line);
  });
});
