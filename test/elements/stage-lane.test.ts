import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
// Only the map and its lanes: <emotion-curve> stays undefined until a test loads it.
import '../../src/elements/journey-map/journey-map.js';
import { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import type { StageLane } from '../../src/elements/stage-lane/stage-lane.component.js';
import type { JourneyErrorEvent, JourneyLaneToggleEvent, JourneySelectEvent } from '../../src/events.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { validateJourney } from '../../src/model/validate.js';
import { deepActiveElement, laptopJourney, mapLanes, settle } from './map-fixture.js';

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function standalone(attributes: Record<string, string>, journey: unknown = laptopJourney(), width = 1200): Promise<StageLane> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px"></div>`);
  const lane = document.createElement('stage-lane');
  for (const [name, value] of Object.entries(attributes)) lane.setAttribute(name, value);
  lane.journey = journey as JourneyDocument;
  wrapper.append(lane);
  await settle(lane);
  return lane;
}

const grid = (lane: StageLane) => lane.shadowRoot!.querySelector('[role="grid"]')!;
const headerCells = (lane: StageLane) => Array.from(lane.shadowRoot!.querySelectorAll<HTMLElement>('.head > [role="columnheader"]'));

describe('<stage-lane>', () => {
  describe('standalone', () => {
    it('is a grid of its own with a header row of step titles', async () => {
      const lane = await standalone({ kind: 'actions' });
      expect(lane.hasAttribute('role')).to.equal(false);
      expect(grid(lane).getAttribute('aria-label')).to.equal('Doing');
      expect(grid(lane).getAttribute('aria-rowcount')).to.equal('2');
      expect(grid(lane).getAttribute('aria-colcount')).to.equal('6');
      expect(headerCells(lane).map(text)).to.deep.equal([
        'Lane',
        'Searches online Evidence: research',
        'Asks sales Moment of truth Evidence: assumption',
        'Orders Evidence: data',
        'Waits',
        'Use',
      ]);
      const cells = lane.gridCells();
      expect(cells.map((cell) => cell.getAttribute('role'))).to.deep.equal(['rowheader', 'gridcell', 'gridcell', 'gridcell', 'gridcell', 'gridcell']);
      expect(cells.map(text)).to.deep.equal(['Doing', 'Compares models', 'Calls sales', 'Pays by card', 'Tracks the parcel', 'Logs in']);
      expect(cells.map((cell) => cell.getAttribute('aria-colindex'))).to.deep.equal(['1', '2', '3', '4', '5', '6']);
    });

    it('lines its cells up under its step headers and re-lays out on resize', async () => {
      const lane = await standalone({ kind: 'actions' }, laptopJourney(), 1100);
      const check = () => {
        const [, ...headers] = headerCells(lane).map((cell) => cell.getBoundingClientRect());
        const [, ...cells] = lane.gridCells().map((cell) => cell.getBoundingClientRect());
        cells.forEach((cell, index) => {
          expect(Math.abs(cell.left - headers[index].left)).to.be.at.most(1);
          expect(Math.abs(cell.right - headers[index].right)).to.be.at.most(1);
        });
        return headers[0].width;
      };
      expect(check()).to.equal(Math.floor((1100 - 2 - 160) / 5));
      lane.parentElement!.style.inlineSize = '1300px';
      await waitUntil(() => check() === Math.floor((1300 - 2 - 160) / 5));
    });

    it('has one tab stop and moves with the arrow keys', async () => {
      const lane = await standalone({ kind: 'actions' });
      const all = [...headerCells(lane), ...lane.gridCells()];
      expect(all.filter((cell) => cell.tabIndex === 0).length).to.equal(1);
      all.find((cell) => cell.tabIndex === 0)!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(deepActiveElement()).to.equal(lane.gridCells()[0]);
      await sendKeys({ press: 'End' });
      expect(deepActiveElement()).to.equal(lane.gridCells()[5]);
      await sendKeys({ press: 'ArrowUp' });
      expect(text(deepActiveElement())).to.equal('Use');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowLeft' });
      setTimeout(() => sendKeys({ press: 'Enter' }));
      const event = (await oneEvent(lane, 'journey-select')) as JourneySelectEvent;
      expect(event.detail).to.deep.equal({ stageId: 'buy', stepId: 'wait', lane: 'actions' });
      await lane.updateComplete;
      expect(lane.gridCells()[4].getAttribute('aria-selected')).to.equal('true');
      expect(headerCells(lane)[4].getAttribute('aria-selected')).to.equal('true');
      await sendKeys({ press: 'Escape' });
      await lane.updateComplete;
      expect(deepActiveElement()).to.equal(lane.shadowRoot!.querySelector('.scroller'));
      expect(lane.gridCells()[4].getAttribute('aria-selected')).to.equal('false');
    });

    it('reports a click on a step header or a cell', async () => {
      const lane = await standalone({ kind: 'painPoints' });
      setTimeout(() => headerCells(lane)[2].click());
      expect(((await oneEvent(lane, 'journey-select')) as JourneySelectEvent).detail).to.deep.equal({ stageId: 'discover', stepId: 'ask' });
      setTimeout(() => lane.gridCells()[1].click());
      expect(((await oneEvent(lane, 'journey-select')) as JourneySelectEvent).detail).to.deep.equal({
        stageId: 'discover',
        stepId: 'search',
        lane: 'painPoints',
      });
    });

    it('collapses itself from its toggle', async () => {
      const lane = await standalone({ kind: 'actions' });
      const toggle = () => lane.gridCells()[0].querySelector('button')!;
      setTimeout(() => toggle().click());
      const event = (await oneEvent(lane, 'journey-lane-toggle')) as JourneyLaneToggleEvent;
      expect(event.detail).to.deep.equal({ lane: 'actions', collapsed: true });
      await lane.updateComplete;
      expect(lane.collapsed).to.equal(true);
      expect(lane.hasAttribute('collapsed')).to.equal(true);
      expect(toggle().getAttribute('aria-expanded')).to.equal('false');
      expect(lane.gridCells().length).to.equal(1);
      toggle().click();
      await lane.updateComplete;
      expect(lane.gridCells().length).to.equal(6);
    });

    it('shows a custom text field, a lane title and the persona filter', async () => {
      const journey = laptopJourney();
      journey.stages[0].steps![0].channelNotes = 'Found via search ads';
      const notes = await standalone({ kind: 'text', field: 'channelNotes', 'lane-title': 'Channel notes' }, journey);
      expect(notes.laneKey).to.equal('text:channelNotes');
      expect(text(notes.gridCells()[0])).to.equal('Channel notes');
      expect(text(notes.gridCells()[1])).to.equal('Found via search ads');
      const pains = await standalone({ kind: 'painPoints', persona: 'bo' });
      expect(text(pains.gridCells()[2])).to.contain('Price is unclear');
      expect(text(pains.gridCells()[2])).not.to.contain('Long wait');
    });

    it('draws the line of visibility above a backstage lane', async () => {
      const lane = await standalone({ kind: 'backstage' });
      const separator = lane.shadowRoot!.querySelector('[role="separator"]')!;
      expect(separator.getAttribute('aria-label')).to.equal('Line of visibility');
      expect(getComputedStyle(lane.shadowRoot!.querySelector('.row')!).borderTopStyle).to.equal('dashed');
      expect(text(lane.gridCells()[2])).to.contain('Routes the call');
    });

    it('speaks the locale of its lang ancestor', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="ru-RU" style="inline-size: 1200px"></div>`);
      const lane = document.createElement('stage-lane');
      lane.kind = 'actions';
      lane.journey = laptopJourney();
      wrapper.append(lane);
      await settle(lane);
      expect(text(headerCells(lane)[0])).to.equal('Слой');
      expect(text(lane.gridCells()[0])).to.equal('Действия');
      expect(text(headerCells(lane)[2])).to.contain('Момент истины');
    });

    it('shows an error panel and fires journey-error for an invalid document', async () => {
      const invalid = { schemaVersion: 1, title: 'x', stages: [{ id: 'a' }] };
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const lane = document.createElement('stage-lane');
      lane.journey = invalid as unknown as JourneyDocument;
      setTimeout(() => wrapper.append(lane));
      const event = (await oneEvent(lane, 'journey-error')) as JourneyErrorEvent;
      const expected = validateJourney(invalid);
      expect(event.detail).to.deep.equal({ errors: expected.errors, warnings: expected.warnings, source: 'document' });
      const panel = lane.shadowRoot!.querySelector('[role="alert"]')!;
      expect(Array.from(panel.querySelectorAll('code')).map(text)).to.deep.equal(expected.errors.map((problem) => problem.path));
      expect(lane.gridCells()).to.deep.equal([]);
    });

    it('turns the toggle animation off for reduced motion', async () => {
      const lane = await standalone({ kind: 'actions' });
      const chevron = () => getComputedStyle(lane.gridCells()[0].querySelector('svg')!).transitionDuration;
      expect(chevron()).to.equal('0.15s');
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        expect(chevron()).to.equal('0s');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('passes axe in light and dark themes', async () => {
      const light = await standalone({ kind: 'touchpoints', theme: 'light' });
      await expect(light).to.be.accessible();
      const dark = await standalone({ kind: 'backstage', theme: 'dark' });
      expect(getComputedStyle(dark.gridCells()[1]).backgroundColor).to.equal('rgb(17, 24, 39)');
      await expect(dark).to.be.accessible();
    });
  });

  describe('inside a map', () => {
    it('becomes a row of the map, and a grid of its own again when moved out', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1200px">
        <journey-map .journey=${laptopJourney()}><stage-lane kind="opportunities"></stage-lane><stage-lane kind="actions"></stage-lane></journey-map>
      </div>`);
      const map = wrapper.querySelector('journey-map')!;
      await settle(map);
      const [, lane] = Array.from(map.querySelectorAll('stage-lane'));
      expect(lane.getAttribute('role')).to.equal('row');
      expect(lane.getAttribute('aria-rowindex')).to.equal('4');
      expect(lane.shadowRoot!.querySelector('[role="grid"]')).to.equal(null);
      expect(lane.gridCells().map(text)).to.deep.equal(['Doing', 'Compares models', 'Calls sales', 'Pays by card', 'Tracks the parcel', 'Logs in']);
      lane.journey = laptopJourney();
      wrapper.append(lane);
      await settle(lane);
      expect(lane.hasAttribute('role')).to.equal(false);
      expect(lane.hasAttribute('aria-rowindex')).to.equal(false);
      expect(grid(lane).getAttribute('aria-label')).to.equal('Doing');
      await settle(map);
      expect(mapLanes(map).map((row) => row.laneKey)).to.deep.equal(['opportunities']);
      expect(map.shadowRoot!.querySelector('[role="grid"]')!.getAttribute('aria-rowcount')).to.equal('3');
    });

    it('joins a map that is defined after the lane connected', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1200px"></div>`);
      const late = document.createElement('late-journey-map') as JourneyMap;
      const lane = document.createElement('stage-lane');
      lane.kind = 'thoughts';
      late.append(lane);
      wrapper.append(late);
      await lane.updateComplete;
      expect(lane.hasAttribute('role')).to.equal(false);
      customElements.define('late-journey-map', class extends JourneyMap {});
      late.journey = laptopJourney();
      await settle(late);
      expect(lane.getAttribute('role')).to.equal('row');
      expect(lane.gridCells().map(text)).to.deep.equal(['Thinking & feeling', '', '', '', 'Will it arrive on time?', '']);
    });

    it('keeps a role the author set', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1200px">
        <journey-map .journey=${laptopJourney()}><stage-lane role="row" kind="actions"></stage-lane></journey-map>
        <stage-lane role="region" aria-label="Actions" kind="actions"></stage-lane>
      </div>`);
      const map = wrapper.querySelector('journey-map')!;
      await settle(map);
      const [inside, outside] = Array.from(wrapper.querySelectorAll('stage-lane'));
      outside.journey = laptopJourney();
      await settle(outside);
      expect(inside.getAttribute('role')).to.equal('row');
      expect(outside.getAttribute('role')).to.equal('region');
    });

    it('follows the map’s layout, selection and collapsed lanes', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 700px">
        <journey-map selected="order" .journey=${laptopJourney()}><stage-lane kind="actions"></stage-lane></journey-map>
      </div>`);
      const map = wrapper.querySelector('journey-map')!;
      await settle(map);
      const lane = map.querySelector('stage-lane')!;
      expect(lane.gridCells()[1].getBoundingClientRect().width).to.equal(176);
      expect(lane.gridCells().map((cell) => cell.getAttribute('aria-selected'))).to.deep.equal([null, 'false', 'false', 'true', 'false', 'false']);
      lane.gridCells()[0].querySelector('button')!.click();
      await settle(map);
      expect(lane.gridCells().length).to.equal(1);
      expect(lane.collapsed).to.equal(false);
    });

    it('skips the emotion lane while <emotion-curve> is undefined, and adds it once defined', async () => {
      expect(customElements.get('emotion-curve')).to.equal(undefined);
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1200px"></div>`);
      const map = document.createElement('journey-map');
      map.journey = laptopJourney();
      wrapper.append(map);
      await settle(map);
      expect(mapLanes(map).map((row) => row.laneKey)).to.deep.equal(['actions', 'thoughts', 'touchpoints', 'painPoints', 'backstage']);
      expect(map.shadowRoot!.querySelector('[role="grid"]')!.getAttribute('aria-rowcount')).to.equal('7');
      await expect(map).to.be.accessible();
      await import('../../src/elements/emotion-curve/emotion-curve.js');
      await waitUntil(() => mapLanes(map).length === 6);
      await settle(map);
      expect(mapLanes(map).map((row) => row.laneKey)).to.deep.equal(['emotion', 'actions', 'thoughts', 'touchpoints', 'painPoints', 'backstage']);
      expect(mapLanes(map).map((row) => row.getAttribute('aria-rowindex'))).to.deep.equal(['3', '4', '5', '6', '7', '8']);
    });
  });
});
