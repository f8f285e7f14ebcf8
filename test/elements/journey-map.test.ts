import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import type { JourneyErrorEvent, JourneyLaneToggleEvent, JourneySelectEvent } from '../../src/events.js';
import { validateJourney } from '../../src/model/validate.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { deepActiveElement, gridRows, laptopJourney, mapLanes, mountMap, settle, tabStops } from './map-fixture.js';

/** `attributes` as written in HTML: "theme=dark selected=ask" (a name alone sets an empty value). */
const renderMap = (journey: JourneyDocument = laptopJourney(), width = 1200, attributes = ''): Promise<JourneyMap> =>
  mountMap(journey, width, Object.fromEntries(attributes.split(' ').filter(Boolean).map((pair) => [pair.split('=')[0], pair.split('=')[1] ?? ''])));

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
const shadow = (map: JourneyMap) => map.shadowRoot!;
const stepHeaders = (map: JourneyMap) => Array.from(shadow(map).querySelectorAll<HTMLElement>('.step-row > .step'));
const lane = (map: JourneyMap, key: string) => mapLanes(map).find((row) => row.laneKey === key)!;
/** The keyboard tests walk the rows with the doing lane first, as a document may order them. */
const WRITTEN_ORDER = 'lanes=actions,thoughts,touchpoints,emotion,painPoints,backstage';

/** Asserts every lane's step cells sit under the step headers within 1px. */
function expectAligned(map: JourneyMap): void {
  const headers = stepHeaders(map).map((cell) => cell.getBoundingClientRect());
  const rowHeader = shadow(map).querySelector('.step-row > .corner')!.getBoundingClientRect();
  for (const row of mapLanes(map)) {
    const [header, ...cells] = row.gridCells();
    expect(cells.length, row.laneKey).to.equal(headers.length);
    expect(Math.abs(header.getBoundingClientRect().left - rowHeader.left), `${row.laneKey} header`).to.be.at.most(1);
    expect(Math.abs(header.getBoundingClientRect().right - rowHeader.right), `${row.laneKey} header`).to.be.at.most(1);
    cells.forEach((cell, index) => {
      const box = cell.getBoundingClientRect();
      expect(Math.abs(box.left - headers[index].left), `${row.laneKey} cell ${index} left`).to.be.at.most(1);
      expect(Math.abs(box.right - headers[index].right), `${row.laneKey} cell ${index} right`).to.be.at.most(1);
    });
  }
}

async function focusTabStop(map: JourneyMap): Promise<HTMLElement> {
  const [stop] = tabStops(map);
  stop.focus();
  return stop;
}

/** Presses a key, with modifiers written as "Control+End", and returns the focused element. */
async function press(combo: string): Promise<Element | null> {
  const keys = combo.length > 1 ? combo.split('+') : [combo];
  const key = keys.pop()!;
  for (const modifier of keys) await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  for (const modifier of keys.reverse()) await sendKeys({ up: modifier });
  return deepActiveElement();
}

describe('<journey-map>', () => {
  describe('grid structure', () => {
    it('is one ARIA grid with counted rows and columns', async () => {
      const map = await renderMap();
      const grid = shadow(map).querySelector('[role="grid"]')!;
      expect(grid.getAttribute('aria-label')).to.equal('Customer journey map: Ordering a laptop');
      expect(grid.getAttribute('aria-colcount')).to.equal('6');
      expect(mapLanes(map).map((row) => row.laneKey)).to.deep.equal([
        'emotion',
        'actions',
        'thoughts',
        'touchpoints',
        'painPoints',
        'backstage',
      ]);
      expect(grid.getAttribute('aria-rowcount')).to.equal('8');
      expect(mapLanes(map).map((row) => [row.getAttribute('role'), row.getAttribute('aria-rowindex')])).to.deep.equal(
        [3, 4, 5, 6, 7, 8].map((index) => ['row', String(index)]),
      );
    });

    it('spans each stage header over its steps', async () => {
      const map = await renderMap();
      const stages = Array.from(shadow(map).querySelectorAll('.stage-row > .stage'));
      expect(stages.map((cell) => [text(cell), cell.getAttribute('aria-colindex'), cell.getAttribute('aria-colspan')])).to.deep.equal([
        ['Discover', '2', '2'],
        ['Buy', '4', '2'],
        ['Use', '6', '1'],
      ]);
      expect(stages.every((cell) => cell.getAttribute('role') === 'columnheader')).to.equal(true);
      const steps = stepHeaders(map);
      expect(steps.map((cell) => cell.querySelector('.step__title')!.textContent)).to.deep.equal([
        'Searches online',
        'Asks sales',
        'Orders',
        'Waits',
        'Use',
      ]);
      expect(steps.map((cell) => cell.getAttribute('aria-colindex'))).to.deep.equal(['2', '3', '4', '5', '6']);
      const [discover, buy] = stages.map((cell) => cell.getBoundingClientRect());
      expect(Math.abs(discover.right - buy.left)).to.be.at.most(1);
      expect(Math.abs(discover.width - 2 * steps[0].getBoundingClientRect().width)).to.be.at.most(1);
    });

    it('gives every lane a row header and one indexed cell per step', async () => {
      const map = await renderMap();
      for (const row of mapLanes(map)) {
        const cells = row.gridCells();
        expect(cells.map((cell) => cell.getAttribute('role'))).to.deep.equal(['rowheader', 'gridcell', 'gridcell', 'gridcell', 'gridcell', 'gridcell']);
        expect(cells.map((cell) => cell.getAttribute('aria-colindex'))).to.deep.equal(['1', '2', '3', '4', '5', '6']);
      }
      expect(text(lane(map, 'actions').gridCells()[0])).to.equal('Doing');
      expect(text(lane(map, 'actions').gridCells()[2])).to.equal('Calls sales');
    });

    it('marks moments of truth with words and an icon, and evidence with spoken text', async () => {
      const map = await renderMap();
      const [search, ask, order, wait] = stepHeaders(map);
      expect(text(ask.querySelector('[part="moment-of-truth"]'))).to.equal('Moment of truth');
      expect(ask.querySelector('[part="moment-of-truth"] svg')).to.exist;
      expect(search.querySelector('[part="moment-of-truth"]')).to.equal(null);
      expect(text(search.querySelector('[part="evidence"]'))).to.equal('Evidence: research');
      expect(text(search.querySelector('[part="evidence"] .visually-hidden'))).to.equal('Evidence:');
      expect(text(ask.querySelector('[part="evidence"]'))).to.equal('Evidence: assumption');
      expect(text(order.querySelector('[part="evidence"]'))).to.equal('Evidence: data');
      expect(wait.querySelector('[part="evidence"]')).to.equal(null);
    });

    it('draws a labelled line of visibility above the backstage lane', async () => {
      const map = await renderMap();
      const separator = lane(map, 'backstage').shadowRoot!.querySelector('[role="separator"]')!;
      expect(separator.getAttribute('aria-label')).to.equal('Line of visibility');
      expect(getComputedStyle(lane(map, 'backstage')).borderTopStyle).to.equal('dashed');
    });

    it('uses the lanes attribute when the document names no lanes', async () => {
      const map = await renderMap(laptopJourney(), 1200, 'lanes=painPoints,actions,bogus');
      expect(mapLanes(map).map((row) => row.laneKey)).to.deep.equal(['painPoints', 'actions']);
      expect(shadow(map).querySelector('[role="grid"]')!.getAttribute('aria-rowcount')).to.equal('4');
      const withLanes = { ...laptopJourney(), lanes: [{ kind: 'thoughts' as const, title: 'Inner voice' }] };
      const documentWins = await renderMap(withLanes, 1200, 'lanes=actions');
      expect(mapLanes(documentWins).map((row) => row.laneKey)).to.deep.equal(['thoughts']);
      expect(text(mapLanes(documentWins)[0].gridCells()[0])).to.equal('Inner voice');
    });
  });

  describe('header', () => {
    it('shows title, state badge, goal, description and compact personas', async () => {
      const map = await renderMap();
      const header = shadow(map).querySelector('[part="header"]')!;
      expect(text(header.querySelector('h2'))).to.equal('Ordering a laptop');
      expect(text(header.querySelector('[part="badge"]'))).to.equal('Current state');
      expect(text(header.querySelector('[part="goal"]'))).to.equal('Goal: A working laptop within a week');
      expect(text(header.querySelector('[part="description"]'))).to.equal('From the first search to the first login.');
      const cards = Array.from(header.querySelectorAll('persona-card'));
      expect(cards.map((card) => [card.persona?.name, card.compact])).to.deep.equal([
        ['Ana Pop', true],
        ['Bo Lind', true],
      ]);
      const future = await renderMap({ ...laptopJourney(), state: 'future' });
      expect(text(shadow(future).querySelector('[part="badge"]'))).to.equal('Future state');
    });

    it('opens a persona’s full card in a modal dialog and closes it', async () => {
      const map = await renderMap();
      const buttons = Array.from(shadow(map).querySelectorAll<HTMLButtonElement>('[part="persona-button"]'));
      expect(buttons.map(text)).to.deep.equal(['Profile of Ana Pop', 'Profile of Bo Lind']);
      buttons[1].click();
      await map.updateComplete;
      const dialog = shadow(map).querySelector('dialog')!;
      expect(dialog.open).to.equal(true);
      expect(dialog.getAttribute('aria-label')).to.equal('Bo Lind');
      const card = dialog.querySelector('persona-card')!;
      expect(card.compact).to.equal(false);
      expect(card.persona?.id).to.equal('bo');
      setTimeout(() => dialog.querySelector<HTMLButtonElement>('[part="dialog-close"]')!.click());
      await oneEvent(dialog, 'close');
      expect(dialog.open).to.equal(false);
      await map.updateComplete;
      expect(dialog.querySelector('persona-card')).to.equal(null);
    });

    it('speaks the chosen locale and takes host overrides', async () => {
      const map = await renderMap(laptopJourney(), 1200, 'locale=ru');
      expect(text(shadow(map).querySelector('[part="badge"]'))).to.equal('Текущее состояние');
      expect(text(shadow(map).querySelector('.step-row > .corner'))).to.equal('Слой');
      expect(text(lane(map, 'actions').gridCells()[0])).to.equal('Действия');
      map.strings = { 'state.current': 'As is', 'lane.actions': 'Tasks' };
      await settle(map);
      expect(text(shadow(map).querySelector('[part="badge"]'))).to.equal('As is');
      expect(text(lane(map, 'actions').gridCells()[0])).to.equal('Tasks');
    });
  });

  describe('column alignment', () => {
    it('lines every lane up with the step headers at 1200px', async () => {
      const map = await renderMap(laptopJourney(), 1200);
      const scroller = shadow(map).querySelector<HTMLElement>('.scroller')!;
      expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
      expectAligned(map);
    });

    // 700 px: the narrowest width with the wide layout (under 640 px a map shows one column at a time: map-narrow.test.ts).
    it('keeps alignment at 700px, where the grid scrolls sideways', async () => {
      const map = await renderMap(laptopJourney(), 700);
      const scroller = shadow(map).querySelector<HTMLElement>('.scroller')!;
      expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
      expect(stepHeaders(map)[0].getBoundingClientRect().width).to.equal(176);
      expectAligned(map);
      scroller.scrollLeft = 200;
      await settle(map);
      expectAligned(map);
      const corner = shadow(map).querySelector('.step-row > .corner')!.getBoundingClientRect();
      const laneHeader = lane(map, 'actions').gridCells()[0].getBoundingClientRect();
      expect(Math.abs(laneHeader.left - scroller.getBoundingClientRect().left - 1)).to.be.at.most(1);
      expect(Math.abs(corner.left - laneHeader.left)).to.be.at.most(1);
    });

    it('mirrors under dir="rtl" and stays aligned', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" style="inline-size: 900px"></div>`);
      const map = document.createElement('journey-map');
      map.journey = laptopJourney();
      wrapper.append(map);
      await settle(map);
      const [first, second] = stepHeaders(map).map((cell) => cell.getBoundingClientRect());
      expect(first.left).to.be.greaterThan(second.left);
      expectAligned(map);
    });

    it('keeps both header rows at the top while the lanes scroll', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1200px"></div>`);
      const map = document.createElement('journey-map');
      map.style.setProperty('--journey-max-block-size', '320px');
      map.journey = laptopJourney();
      wrapper.append(map);
      await settle(map);
      const scroller = shadow(map).querySelector<HTMLElement>('.scroller')!;
      expect(scroller.getBoundingClientRect().height).to.be.at.most(320);
      scroller.scrollTop = 250;
      await settle(map);
      const top = scroller.getBoundingClientRect().top + 1;
      const stage = shadow(map).querySelector('.stage')!.getBoundingClientRect();
      expect(Math.abs(stage.top - top)).to.be.at.most(1);
      expect(Math.abs(stepHeaders(map)[0].getBoundingClientRect().top - stage.bottom)).to.be.at.most(1);
      expect(lane(map, 'emotion').getBoundingClientRect().top).to.be.lessThan(top);
      expect(scroller.style.scrollPaddingBlockStart).to.equal(`${Math.round(shadow(map).querySelector<HTMLElement>('.head')!.offsetHeight)}px`);
    });

    it('re-lays out when the host is resized', async () => {
      const map = await renderMap(laptopJourney(), 1200);
      const before = stepHeaders(map)[0].getBoundingClientRect().width;
      map.parentElement!.style.inlineSize = '1100px';
      await waitUntil(() => stepHeaders(map)[0].getBoundingClientRect().width !== before);
      await settle(map);
      expect(stepHeaders(map)[0].getBoundingClientRect().width).to.equal(Math.floor((1100 - 2 - 160) / 5));
      expectAligned(map);
    });
  });

  describe('keyboard', () => {
    it('has exactly one tab stop in the grid, kept after lanes re-render', async () => {
      const map = await renderMap(laptopJourney(), 1200, WRITTEN_ORDER);
      expect(tabStops(map).length).to.equal(1);
      const first = await focusTabStop(map);
      expect(first.textContent?.trim()).to.equal('Stage');
      await press('ArrowDown');
      await press('ArrowDown');
      await press('ArrowRight');
      const active = deepActiveElement() as HTMLElement;
      expect(text(active)).to.equal('Compares models');
      map.persona = 'ana';
      await settle(map);
      expect(tabStops(map)).to.deep.equal([active]);
      map.journey = laptopJourney();
      await settle(map);
      expect(tabStops(map).length).to.equal(1);
    });

    it('tabs into the grid once and out again', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1200px">
        <journey-map .journey=${laptopJourney()}></journey-map>
        <button id="after">after</button>
      </div>`);
      const map = wrapper.querySelector('journey-map')!;
      await settle(map);
      const personaButtons = shadow(map).querySelectorAll<HTMLButtonElement>('[part="persona-button"]');
      personaButtons[personaButtons.length - 1].focus();
      expect(text(await press('Tab'))).to.equal('Stage');
      expect((await press('Tab'))?.id).to.equal('after');
      expect(text(await press('Shift+Tab'))).to.equal('Stage');
      expect(text(await press('Shift+Tab'))).to.equal('Profile of Bo Lind');
    });

    it('moves with arrows without wrapping, over spanning stage headers', async () => {
      const map = await renderMap(laptopJourney(), 1200, WRITTEN_ORDER);
      await focusTabStop(map);
      expect(text(await press('ArrowLeft'))).to.equal('Stage');
      expect(text(await press('ArrowUp'))).to.equal('Stage');
      expect(text(await press('ArrowRight'))).to.equal('Discover');
      expect(text(await press('ArrowRight'))).to.equal('Buy');
      expect(text(await press('ArrowDown'))).to.contain('Orders');
      expect(text(await press('ArrowDown'))).to.equal('Pays by card');
      expect(text(await press('ArrowLeft'))).to.equal('Calls sales');
      expect(text(await press('ArrowUp'))).to.contain('Asks sales');
      expect(text(await press('ArrowUp'))).to.equal('Discover');
      expect(text(await press('ArrowDown'))).to.contain('Asks sales');
      expect(text(await press('End'))).to.contain('Use');
      expect(text(await press('ArrowRight'))).to.contain('Use');
    });

    it('goes to row ends with Home/End and grid corners with Ctrl+Home/End', async () => {
      const map = await renderMap(laptopJourney(), 1200, WRITTEN_ORDER);
      await focusTabStop(map);
      await press('ArrowDown');
      await press('ArrowDown');
      expect(text(await press('End'))).to.equal('Logs in');
      expect(text(await press('Home'))).to.equal('Doing');
      const last = await press('Control+End');
      expect(last).to.equal(lane(map, 'backstage').gridCells()[5]);
      expect(text(await press('Control+Home'))).to.equal('Stage');
    });

    it('pages by five rows with PageDown/PageUp', async () => {
      const map = await renderMap(laptopJourney(), 1200, WRITTEN_ORDER);
      await focusTabStop(map);
      await press('ArrowRight');
      await press('ArrowDown');
      expect(await press('PageDown')).to.equal(lane(map, 'painPoints').gridCells()[1]);
      expect(await press('PageDown')).to.equal(lane(map, 'backstage').gridCells()[1]);
      expect(await press('PageUp')).to.equal(lane(map, 'actions').gridCells()[1]);
      expect(text(await press('PageUp'))).to.equal('Discover');
    });

    it('mirrors Left and Right under dir="rtl"', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" style="inline-size: 1200px"></div>`);
      const map = document.createElement('journey-map');
      map.journey = laptopJourney();
      wrapper.append(map);
      await settle(map);
      await focusTabStop(map);
      await press('ArrowDown');
      expect(text(await press('ArrowRight'))).to.equal('Lane');
      expect(await press('ArrowLeft')).to.equal(stepHeaders(map)[0]);
      expect(await press('ArrowLeft')).to.equal(stepHeaders(map)[1]);
      expect(await press('ArrowRight')).to.equal(stepHeaders(map)[0]);
    });

    it('selects a column with Enter or Space and reports it', async () => {
      const map = await renderMap(laptopJourney(), 1200, WRITTEN_ORDER);
      await focusTabStop(map);
      await press('ArrowDown');
      await press('ArrowDown');
      await press('ArrowRight');
      await press('ArrowRight');
      setTimeout(() => sendKeys({ press: 'Enter' }));
      const event = (await oneEvent(map, 'journey-select')) as JourneySelectEvent;
      expect(event.detail).to.deep.equal({ stageId: 'discover', stepId: 'ask', lane: 'actions' });
      expect(event.bubbles && event.composed).to.equal(true);
      await settle(map);
      expect(map.getAttribute('selected')).to.equal('ask');
      for (const row of mapLanes(map)) {
        expect(row.gridCells().map((cell) => cell.getAttribute('aria-selected')), row.laneKey).to.deep.equal([
          null,
          'false',
          'true',
          'false',
          'false',
          'false',
        ]);
      }
      expect(stepHeaders(map)[1].getAttribute('aria-selected')).to.equal('true');
      await press('ArrowUp');
      await press('ArrowRight');
      setTimeout(() => sendKeys({ press: ' ' }));
      const fromHeader = (await oneEvent(map, 'journey-select')) as JourneySelectEvent;
      expect(fromHeader.detail).to.deep.equal({ stageId: 'buy', stepId: 'order' });
      expect(map.selected).to.equal('order');
    });

    it('leaves the grid and clears the selection with Escape', async () => {
      const map = await renderMap(laptopJourney(), 1200, 'selected=order');
      expect(lane(map, 'actions').gridCells()[3].getAttribute('aria-selected')).to.equal('true');
      await focusTabStop(map);
      await press('ArrowDown');
      expect(await press('Escape')).to.equal(shadow(map).querySelector('.scroller'));
      await settle(map);
      expect(map.hasAttribute('selected')).to.equal(false);
      expect(lane(map, 'actions').gridCells()[3].getAttribute('aria-selected')).to.equal('false');
    });

    it('collapses and expands a lane from its row header with Enter', async () => {
      const map = await renderMap(laptopJourney(), 1200, WRITTEN_ORDER);
      await focusTabStop(map);
      await press('ArrowDown');
      await press('ArrowDown');
      setTimeout(() => sendKeys({ press: 'Enter' }));
      const event = (await oneEvent(map, 'journey-lane-toggle')) as JourneyLaneToggleEvent;
      expect(event.detail).to.deep.equal({ lane: 'actions', collapsed: true });
      await settle(map);
      expect(lane(map, 'actions').gridCells().length).to.equal(1);
      expect(deepActiveElement()).to.equal(lane(map, 'actions').gridCells()[0]);
      expect(tabStops(map).length).to.equal(1);
      await press('Enter');
      await settle(map);
      expect(lane(map, 'actions').gridCells().length).to.equal(6);
    });
  });

  describe('selection by pointer', () => {
    it('selects a column when a cell or a step header is clicked', async () => {
      const map = await renderMap();
      setTimeout(() => lane(map, 'painPoints').gridCells()[2].click());
      const fromCell = (await oneEvent(map, 'journey-select')) as JourneySelectEvent;
      expect(fromCell.detail).to.deep.equal({ stageId: 'discover', stepId: 'ask', lane: 'painPoints' });
      setTimeout(() => stepHeaders(map)[4].click());
      const fromHeader = (await oneEvent(map, 'journey-select')) as JourneySelectEvent;
      expect(fromHeader.detail).to.deep.equal({ stageId: 'use', stepId: 'use' });
      await settle(map);
      expect(map.getAttribute('selected')).to.equal('use');
      expect(lane(map, 'actions').gridCells()[5].classList.contains('selected')).to.equal(true);
    });
  });

  describe('lanes', () => {
    it('collapses a lane with its toggle and keeps its header', async () => {
      const map = await renderMap();
      const toggle = () => lane(map, 'thoughts').gridCells()[0].querySelector('button')!;
      expect(toggle().getAttribute('aria-expanded')).to.equal('true');
      setTimeout(() => toggle().click());
      const event = (await oneEvent(map, 'journey-lane-toggle')) as JourneyLaneToggleEvent;
      expect(event.detail).to.deep.equal({ lane: 'thoughts', collapsed: true });
      await settle(map);
      expect(toggle().getAttribute('aria-expanded')).to.equal('false');
      expect(lane(map, 'thoughts').gridCells().map((cell) => cell.getAttribute('role'))).to.deep.equal(['rowheader']);
      expect(lane(map, 'actions').gridCells().length).to.equal(6);
      toggle().click();
      await settle(map);
      expect(toggle().getAttribute('aria-expanded')).to.equal('true');
      expect(lane(map, 'thoughts').gridCells().length).to.equal(6);
    });

    it('renders composed lane children in the order written instead of the defaults', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1200px">
        <journey-map .journey=${laptopJourney()}>
          <stage-lane kind="painPoints"></stage-lane>
          <stage-lane kind="actions" lane-title="What they do"></stage-lane>
          <emotion-curve></emotion-curve>
        </journey-map>
      </div>`);
      const map = wrapper.querySelector('journey-map')!;
      await settle(map);
      expect(shadow(map).querySelectorAll('.lanes > stage-lane').length).to.equal(0);
      expect(mapLanes(map).map((row) => row.laneKey)).to.deep.equal(['painPoints', 'actions', 'emotion']);
      expect(mapLanes(map).map((row) => row.getAttribute('aria-rowindex'))).to.deep.equal(['3', '4', '5']);
      expect(shadow(map).querySelector('[role="grid"]')!.getAttribute('aria-rowcount')).to.equal('5');
      expect(text(mapLanes(map)[1].gridCells()[0])).to.equal('What they do');
      expectAligned(map);
      await expect(map).to.be.accessible();
    });

    it('filters pain points to the persona attribute', async () => {
      const map = await renderMap();
      const askCell = () => text(lane(map, 'painPoints').gridCells()[2]);
      expect(askCell()).to.contain('Long wait on the line');
      expect(askCell()).to.contain('Price is unclear');
      map.setAttribute('persona', 'ana');
      await settle(map);
      expect(askCell()).to.contain('Long wait on the line');
      expect(askCell()).not.to.contain('Price is unclear');
      map.setAttribute('persona', 'nobody');
      await settle(map);
      expect(askCell()).to.contain('Price is unclear');
    });
  });

  describe('data in', () => {
    it('never modifies the host’s object', async () => {
      const journey = laptopJourney();
      const before = JSON.stringify(journey);
      const map = await renderMap(journey, 1200, 'lanes=actions,painPoints persona=ana');
      lane(map, 'actions').gridCells()[1].click();
      await settle(map);
      expect(JSON.stringify(journey)).to.equal(before);
      expect(Object.keys(journey.stages[0].steps![0])).to.deep.equal(Object.keys(laptopJourney().stages[0].steps![0]));
    });

    it('loads a document from src, showing a status while loading', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1200px"></div>`);
      const map = document.createElement('journey-map');
      map.src = '/stories/assets/phone-system.json';
      wrapper.append(map);
      await map.updateComplete;
      expect(text(shadow(map).querySelector('[role="status"]'))).to.equal('Loading the journey…');
      await waitUntil(() => shadow(map).querySelector('[role="grid"]'), 'map from src', { timeout: 5000 });
      await settle(map);
      const expected = await (await fetch('/stories/assets/phone-system.json')).json();
      expect(text(shadow(map).querySelector('[part="title"]'))).to.equal(expected.title);
      expect(shadow(map).querySelector('[role="status"]')).to.equal(null);
    });

    it('finishes loading src when moved in the DOM while loading', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1200px"><div></div></div>`);
      const map = document.createElement('journey-map');
      map.src = '/stories/assets/phone-system.json';
      wrapper.append(map);
      await map.updateComplete;
      expect(text(shadow(map).querySelector('[role="status"]'))).to.equal('Loading the journey…');
      wrapper.firstElementChild!.append(map);
      await waitUntil(() => shadow(map).querySelector('[role="grid"]'), 'map from src after the move', { timeout: 5000 });
      const expected = await (await fetch('/stories/assets/phone-system.json')).json();
      expect(text(shadow(map).querySelector('[part="title"]'))).to.equal(expected.title);
    });

    it('names the HTTP status when src cannot be loaded', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const map = document.createElement('journey-map');
      map.src = '/test/fixtures/no-such-journey.json';
      setTimeout(() => wrapper.append(map));
      const event = (await oneEvent(map, 'journey-error')) as JourneyErrorEvent;
      expect(event.detail.source).to.equal('network');
      expect(event.detail.errors.length).to.equal(1);
      expect(event.detail.errors[0].message).to.match(/^Could not load \/test\/fixtures\/no-such-journey\.json: the server answered HTTP 404/);
      await map.updateComplete;
      const panel = shadow(map).querySelector('[role="alert"]')!;
      expect(panel.getAttribute('part')).to.equal('error');
      expect(text(panel.querySelector('.problems'))).to.equal(event.detail.errors[0].message);
      expect(text(panel)).to.contain('The journey could not be loaded:');
    });

    it('names the line and column of broken JSON from src', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const map = document.createElement('journey-map');
      map.src = '/test/fixtures/broken.json';
      setTimeout(() => wrapper.append(map));
      const event = (await oneEvent(map, 'journey-error')) as JourneyErrorEvent;
      expect(event.detail.source).to.equal('document');
      expect(event.detail.errors.map((problem) => [problem.code, problem.message])).to.deep.equal([
        ['json-parse', 'The text is not valid JSON: check line 6, column 5.'],
      ]);
      // The panel and the event name the file, not "(document)".
      expect(event.detail.errors[0]!.place).to.equal('file “/test/fixtures/broken.json”');
      await map.updateComplete;
      expect(text(shadow(map).querySelector('[role="alert"] .problems'))).to.equal('file “/test/fixtures/broken.json” The text is not valid JSON: check line 6, column 5.');
    });

    it('names where a bad asOf or review date shows (the header), in the map’s language', async () => {
      for (const [locale, expected] of [
        ['en', 'map header, “Data as of” /asOf'],
        ['ru', 'заголовок карты, «Данные на» /asOf'],
        ['ro', 'antetul hărții, „Date la” /asOf'],
      ] as const) {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1000px"></div>`);
        const map = document.createElement('journey-map');
        map.setAttribute('locale', locale);
        map.journey = { ...laptopJourney(), asOf: '2026-13-45', reviewedAt: 'spring' };
        wrapper.append(map);
        await settle(map);
        const where = (code: string, path: string) =>
          Array.from(shadow(map).querySelectorAll(`[part="warnings"] li[data-code="${code}"]`))
            .map((item) => text(item.querySelector('.problem__place')) + ' ' + text(item.querySelector('.problem__path')))
            .find((place) => place.endsWith(path));
        expect(where('invalid-date', '/asOf'), locale).to.equal(expected);
        if (locale === 'en') expect(where('invalid-date', '/reviewedAt')).to.equal('map header, review date /reviewedAt');
      }
    });

    it('aborts the previous request when src changes', async () => {
      const signals: AbortSignal[] = [];
      const original = window.fetch;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        if (init?.signal) signals.push(init.signal);
        return original(input, init);
      };
      try {
        const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1200px"></div>`);
        const map = document.createElement('journey-map');
        map.src = '/stories/assets/bank-card-ru.json';
        wrapper.append(map);
        await map.updateComplete;
        map.src = '/stories/assets/phone-system.json';
        await map.updateComplete;
        expect(signals.map((signal) => signal.aborted)).to.deep.equal([true, false]);
        await waitUntil(() => shadow(map).querySelector('[part="title"]'), 'loaded', { timeout: 5000 });
        const expected = await (await original('/stories/assets/phone-system.json')).json();
        expect(text(shadow(map).querySelector('[part="title"]'))).to.equal(expected.title);
      } finally {
        window.fetch = original;
      }
    });

    it('reads a child JSON script and follows changes to its text', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1200px"></div>`);
      const map = document.createElement('journey-map');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = JSON.stringify(laptopJourney());
      map.append(script);
      wrapper.append(map);
      await settle(map);
      expect(text(shadow(map).querySelector('[part="title"]'))).to.equal('Ordering a laptop');
      expect(mapLanes(map).length).to.equal(6);
      script.textContent = JSON.stringify({ ...laptopJourney(), title: 'Ordering a desk' });
      await waitUntil(() => text(shadow(map).querySelector('[part="title"]')) === 'Ordering a desk');
    });
  });

  describe('bad input', () => {
    it('lists every error with its path and fires journey-error', async () => {
      const invalid = { schemaVersion: 2, title: 7, stages: [{ id: 'a', title: 'A' }, { id: 'a', title: '' }] };
      const expected = validateJourney(invalid);
      expect(expected.errors.length).to.be.greaterThan(2);
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const map = document.createElement('journey-map');
      map.journey = invalid as unknown as JourneyDocument;
      setTimeout(() => wrapper.append(map));
      const event = (await oneEvent(map, 'journey-error')) as JourneyErrorEvent;
      expect(event.detail).to.deep.equal({ errors: expected.errors, warnings: expected.warnings, source: 'document' });
      const panel = shadow(map).querySelector('[role="alert"][part="error"]')!;
      const items = Array.from(panel.querySelectorAll('li'));
      expect(items.map((item) => [text(item.querySelector('code')), text(item.querySelector('.problem__message'))])).to.deep.equal(
        expected.errors.map((problem) => [problem.path || '(document)', problem.message]),
      );
      expect(shadow(map).querySelector('[role="grid"]')).to.equal(null);
      await expect(map).to.be.accessible();
    });

    it('localizes the problems', async () => {
      const invalid = { schemaVersion: 1, title: 'x', stages: 'none' };
      const map = await renderMap(invalid as unknown as JourneyDocument, 800, 'locale=ro');
      const messages = Array.from(shadow(map).querySelectorAll('.problem__message')).map(text);
      expect(messages).to.deep.equal(validateJourney(invalid, { locale: 'ro' }).errors.map((problem) => problem.message));
      expect(text(shadow(map).querySelector('.error__title'))).to.equal('Acest parcurs nu poate fi afișat');
    });

    it('draws the map with warnings, reports them and lets the note be dismissed', async () => {
      const journey = laptopJourney();
      journey.stages[1].steps![0].emotion = { ana: 9, bo: 1 };
      const expected = validateJourney(journey);
      expect(expected.ok).to.equal(true);
      expect(expected.warnings.length).to.be.greaterThan(0);
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1200px"></div>`);
      const map = document.createElement('journey-map');
      map.journey = journey;
      setTimeout(() => wrapper.append(map));
      const event = (await oneEvent(map, 'journey-error')) as JourneyErrorEvent;
      expect(event.detail).to.deep.equal({ errors: [], warnings: expected.warnings, source: 'document' });
      await settle(map);
      expect(shadow(map).querySelector('[role="grid"]')).to.exist;
      const note = shadow(map).querySelector('[part="warnings"]')!;
      expect(text(note.querySelector('summary'))).to.equal(`Shown with warnings: ${expected.warnings.length}`);
      expect(text(note.querySelector('li code'))).to.equal(expected.warnings[0].path);
      note.querySelector<HTMLButtonElement>('.warnings__dismiss')!.click();
      await map.updateComplete;
      expect(shadow(map).querySelector('[part="warnings"]')).to.equal(null);
    });

    it('counts the warnings with Intl in the locale of the map', async () => {
      const journey = laptopJourney();
      journey.stages[1].steps![0].emotion = { ana: 9, bo: 1 };
      const count = validateJourney(journey).warnings.length;
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1200px"></div>`);
      const map = document.createElement('journey-map');
      // The -u-nu-arab extension switches Intl to Arabic-Indic digits: a count not formatted by Intl shows Latin ones.
      map.locale = 'en-u-nu-arab';
      map.journey = journey;
      wrapper.append(map);
      await settle(map);
      const summary = text(shadow(map).querySelector('[part="warnings"] summary'));
      expect(summary).to.equal(`Shown with warnings: ${new Intl.NumberFormat('en-u-nu-arab').format(count)}`);
      expect(summary).to.not.match(/[0-9]/);
    });

    it('does not throw into the page for hostile input', async () => {
      const hostile = JSON.parse('{"schemaVersion":1,"title":"x","__proto__":{"polluted":true},"stages":[{"id":"a","title":"<img src=x onerror=alert(1)>"}]}');
      const map = await renderMap(hostile);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(stepHeaders(map)[0].querySelector('img')).to.equal(null);
      expect(text(stepHeaders(map)[0].querySelector('.step__title'))).to.equal('<img src=x onerror=alert(1)>');
      for (const value of [null, 42, 'not json', [], { schemaVersion: 1 }]) {
        map.journey = value as unknown as JourneyDocument;
        await map.updateComplete;
        expect(shadow(map).querySelector('[role="alert"]'), String(value)).to.exist;
      }
    });
  });

  describe('accessibility', () => {
    it('passes axe in the light theme', async () => {
      const map = await renderMap(laptopJourney(), 1200, 'theme=light selected=ask');
      await expect(map).to.be.accessible();
    });

    it('passes axe in the dark theme, with dark colours', async () => {
      const map = await renderMap(laptopJourney(), 1200, 'theme=dark');
      expect(getComputedStyle(shadow(map).querySelector('.scroller')!).backgroundColor).to.equal('rgb(17, 24, 39)');
      expect(getComputedStyle(lane(map, 'actions').gridCells()[1]).color).to.equal('rgb(243, 244, 246)');
      await expect(map).to.be.accessible();
    });

    it('follows the user’s colour scheme with theme="auto" unless a theme is forced', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      try {
        const map = await renderMap(laptopJourney(), 1200, 'theme=auto');
        const background = () => getComputedStyle(shadow(map).querySelector('.scroller')!).backgroundColor;
        expect(background()).to.equal('rgb(17, 24, 39)');
        map.theme = 'light';
        await settle(map);
        expect(background()).to.equal('rgb(255, 255, 255)');
        expect(getComputedStyle(lane(map, 'actions').gridCells()[1]).backgroundColor).to.equal('rgb(255, 255, 255)');
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('lets the page style its parts, including the cells of default lanes', async () => {
      const style = document.createElement('style');
      style.textContent = `journey-map::part(cell) { color: rgb(1, 2, 3); } journey-map::part(stage) { color: rgb(4, 5, 6); }
        journey-map::part(lane-header) { color: rgb(7, 8, 9); } journey-map::part(title) { color: rgb(10, 11, 12); }`;
      document.head.append(style);
      try {
        const map = await renderMap();
        expect(getComputedStyle(lane(map, 'actions').gridCells()[1]).color).to.equal('rgb(1, 2, 3)');
        expect(getComputedStyle(lane(map, 'actions').gridCells()[0]).color).to.equal('rgb(7, 8, 9)');
        expect(getComputedStyle(shadow(map).querySelector('.stage')!).color).to.equal('rgb(4, 5, 6)');
        expect(getComputedStyle(shadow(map).querySelector('[part="title"]')!).color).to.equal('rgb(10, 11, 12)');
      } finally {
        style.remove();
      }
    });

    it('keeps rows in the grid when the page lays lanes out at 600px', async () => {
      const map = await renderMap(laptopJourney(), 600, 'theme=dark selected=order');
      await expect(map).to.be.accessible();
      expect(gridRows(map).length).to.equal(8);
    });
  });
});

describe('journey-map: bad lanes answered the same way', () => {
  const doc = (lanes?: JourneyDocument['lanes']): JourneyDocument => ({
    schemaVersion: 1,
    title: 'Lanes',
    stages: [{ id: 'book', title: 'Book', steps: [{ id: 'call', title: 'Calls the booking line', actions: ['Dials'], painPoints: [{ text: 'Waits' }] }] }],
    ...(lanes && { lanes }),
  });
  const laneKeys = (map: HTMLElement) => mapLanes(map).map((lane) => lane.getAttribute('kind'));

  it('an unknown kind in the lanes attribute and in the document’s lanes: the same warning with journey-error, the rest drawn', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const fromAttribute = document.createElement('journey-map');
    fromAttribute.setAttribute('lanes', 'actions, timline, painPoints');
    fromAttribute.journey = doc();
    const attributeEvent = oneEvent(fromAttribute, 'journey-error') as Promise<JourneyErrorEvent>;
    wrapper.append(fromAttribute);
    const fromDocument = document.createElement('journey-map');
    fromDocument.journey = doc([{ kind: 'actions' }, { kind: 'timline' as never }, { kind: 'painPoints' }]);
    const documentEvent = oneEvent(fromDocument, 'journey-error') as Promise<JourneyErrorEvent>;
    wrapper.append(fromDocument);
    const [a, d] = await Promise.all([attributeEvent, documentEvent]);
    const essence = (event: JourneyErrorEvent) => event.detail.warnings.map(({ code, message, severity }) => ({ code, message, severity }));
    expect(a.detail.errors).to.deep.equal([]);
    expect(d.detail.errors).to.deep.equal([]);
    expect(essence(a)).to.deep.equal(essence(d));
    expect(essence(a)[0].code).to.equal('unknown-lane-kind');
    await settle(fromAttribute);
    await settle(fromDocument);
    expect(laneKeys(fromAttribute)).to.deep.equal(['actions', 'painPoints']);
    expect(laneKeys(fromDocument)).to.deep.equal(['actions', 'painPoints']);
    const warning = (map: JourneyMap) => text(shadow(map).querySelector('[part="warnings"] li'));
    expect(warning(fromDocument)).to.equal(`lane “timline” /lanes/1/kind ${essence(d)[0].message}`);
    expect(warning(fromAttribute)).to.equal(`the lanes attribute (document) ${essence(a)[0].message}`);
    fromDocument.remove();
    await expect(fromAttribute).to.be.accessible();
  });

  it('names the stage and step of a problem, not only its index, in the error panel (en, ru)', async () => {
    const broken = doc();
    (broken.stages[0].steps![0] as unknown as Record<string, unknown>).emotion = 'bad';
    const map = await mountMap(broken, 900, { locale: 'ru' });
    const item = shadow(map).querySelector('[role="alert"] .problems li')!;
    expect(text(item.querySelector('.problem__place'))).to.equal('этап «Book», шаг «Calls the booking line»');
    expect(text(item.querySelector('.problem__path'))).to.equal('/stages/0/steps/0/emotion');
  });
});
