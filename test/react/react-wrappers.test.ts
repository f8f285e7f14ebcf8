import { expect, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import React from 'react';
import ReactDOMClient from 'react-dom/client';
// The react entry alone: it must register the elements itself (no define.js here).
import { EmotionCurve, JourneyMap, PersonaCard, StageLane, type JourneySelectEvent } from '../../src/react/index.js';
import type { JourneyMap as JourneyMapElement } from '../../src/elements/journey-map/journey-map.component.js';
import type { StageLane as StageLaneElement } from '../../src/elements/stage-lane/stage-lane.component.js';
import type { JourneyErrorEvent, JourneyLaneToggleEvent } from '../../src/events.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { validateJourney } from '../../src/model/validate.js';
import { deepActiveElement, laptopJourney, mapLanes, settle, tabStops } from '../elements/map-fixture.js';

// Tells React this is a test environment, so `act` flushes renders and effects without warnings.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const h = React.createElement;
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A spy: every call's first argument. */
function recorder<T>(): ((value: T) => void) & { calls: T[] } {
  const calls: T[] = [];
  return Object.assign((value: T) => void calls.push(value), { calls });
}

let container: HTMLDivElement;
let root: ReactDOMClient.Root;

async function render(node: React.ReactNode): Promise<void> {
  await React.act(async () => root.render(node));
}

function mapIn(host: Element = container): JourneyMapElement {
  return host.querySelector('journey-map')!;
}

beforeEach(() => {
  container = document.createElement('div');
  container.style.inlineSize = '1200px';
  document.body.append(container);
  root = ReactDOMClient.createRoot(container);
});

afterEach(async () => {
  await React.act(async () => root.unmount());
  container.remove();
});

describe('journey-elements/react', () => {
  it('registers every element when imported', () => {
    for (const tag of ['journey-map', 'stage-lane', 'emotion-curve', 'persona-card']) {
      expect(customElements.get(tag), tag).to.be.a('function');
    }
    expect([JourneyMap, StageLane, EmotionCurve, PersonaCard].map((component) => component.displayName)).to.deep.equal([
      'JourneyMap',
      'StageLane',
      'EmotionCurve',
      'PersonaCard',
    ]);
  });

  describe('JourneyMap', () => {
    it('passes the journey as a property and the map draws it', async () => {
      const journey = laptopJourney();
      const ref = React.createRef<JourneyMapElement>();
      await render(h(JourneyMap, { journey, locale: 'en', ref, className: 'cjm', style: { display: 'block' } }));
      const map = mapIn();
      expect(ref.current).to.equal(map);
      expect(map.journey).to.equal(journey);
      expect(map.hasAttribute('journey')).to.equal(false);
      expect(map.className).to.equal('cjm');
      expect(map.style.display).to.equal('block');
      await settle(map);
      expect(text(map.shadowRoot!.querySelector('[part="title"]'))).to.equal('Ordering a laptop');
      expect(map.shadowRoot!.querySelectorAll('.step-row > .step').length).to.equal(5);
      expect(mapLanes(map).length).to.be.greaterThan(0);
    });

    it('calls onJourneySelect with the detail when a step header is clicked', async () => {
      const onJourneySelect = recorder<JourneySelectEvent>();
      await render(h(JourneyMap, { journey: laptopJourney(), onJourneySelect }));
      const map = mapIn();
      await settle(map);
      map.shadowRoot!.querySelectorAll<HTMLElement>('.step-row > .step')[2].click();
      expect(onJourneySelect.calls.map((event) => event.detail)).to.deep.equal([{ stageId: 'buy', stepId: 'order' }]);
      expect(onJourneySelect.calls[0].type).to.equal('journey-select');
      await settle(map);
      expect(map.getAttribute('selected')).to.equal('order');
    });

    it('calls onJourneySelect when a cell is chosen with the keyboard', async () => {
      const onJourneySelect = recorder<JourneySelectEvent>();
      await render(h(JourneyMap, { journey: laptopJourney(), onJourneySelect }));
      const map = mapIn();
      await settle(map);
      tabStops(map)[0].focus();
      // Stage row, step row, the emotion lane (first by default), then the doing lane.
      for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowRight']) await sendKeys({ press: key });
      expect(text(deepActiveElement())).to.equal('Calls sales');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => onJourneySelect.calls.length === 1, 'onJourneySelect was not called');
      expect(onJourneySelect.calls[0].detail).to.deep.equal({ stageId: 'discover', stepId: 'ask', lane: 'actions' });
    });

    it('calls onJourneyError with the problems of a bad document', async () => {
      const invalid = { schemaVersion: 2, title: 7, stages: [{ id: 'a', title: 'A' }, { id: 'a', title: '' }] };
      const expected = validateJourney(invalid);
      const onJourneyError = recorder<JourneyErrorEvent>();
      await render(h(JourneyMap, { journey: invalid as unknown as JourneyDocument, onJourneyError }));
      const map = mapIn();
      await waitUntil(() => onJourneyError.calls.length > 0, 'onJourneyError was not called');
      expect(onJourneyError.calls[0].detail).to.deep.equal({ errors: expected.errors, warnings: expected.warnings, source: 'document' });
      await settle(map);
      expect(map.shadowRoot!.querySelector('[role="alert"][part="error"]')).not.to.equal(null);
      expect(map.shadowRoot!.querySelector('[role="grid"]')).to.equal(null);
    });

    it('calls onJourneyLaneToggle when a lane is collapsed', async () => {
      const onJourneyLaneToggle = recorder<JourneyLaneToggleEvent>();
      await render(h(JourneyMap, { journey: laptopJourney(), onJourneyLaneToggle }));
      const map = mapIn();
      await settle(map);
      tabStops(map)[0].focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => onJourneyLaneToggle.calls.length === 1, 'onJourneyLaneToggle was not called');
      expect(onJourneyLaneToggle.calls[0].detail).to.deep.equal({ lane: 'emotion', collapsed: true });
    });

    it('updates the element when the props change on a re-render', async () => {
      const first = recorder<JourneySelectEvent>();
      const second = recorder<JourneySelectEvent>();
      await render(h(JourneyMap, { journey: laptopJourney(), locale: 'en', onJourneySelect: first }));
      const map = mapIn();
      await settle(map);
      await render(h(JourneyMap, { journey: { ...laptopJourney(), title: 'Ordering a desk' }, locale: 'ro', selected: 'wait', onJourneySelect: second }));
      expect(mapIn()).to.equal(map);
      await settle(map);
      expect(text(map.shadowRoot!.querySelector('[part="title"]'))).to.equal('Ordering a desk');
      expect(map.locale).to.equal('ro');
      expect(map.getAttribute('selected')).to.equal('wait');
      map.shadowRoot!.querySelectorAll<HTMLElement>('.step-row > .step')[0].click();
      expect(first.calls.length).to.equal(0);
      expect(second.calls.map((event) => event.detail.stepId)).to.deep.equal(['search']);
      // Without the prop, the event reaches no handler.
      await render(h(JourneyMap, { journey: laptopJourney() }));
      map.shadowRoot!.querySelectorAll<HTMLElement>('.step-row > .step')[1].click();
      expect(second.calls.length).to.equal(1);
    });

    it('removes its listeners when unmounted', async () => {
      const onJourneySelect = recorder<JourneySelectEvent>();
      const onJourneyError = recorder<JourneyErrorEvent>();
      await render(h(JourneyMap, { journey: laptopJourney(), onJourneySelect, onJourneyError }));
      const map = mapIn();
      await settle(map);
      await render(null);
      expect(map.isConnected).to.equal(false);
      map.dispatchEvent(new CustomEvent('journey-select', { detail: { stageId: 'buy', stepId: 'order' } }));
      map.dispatchEvent(new CustomEvent('journey-error', { detail: { errors: [], warnings: [], source: 'document' } }));
      await nextFrame();
      expect(onJourneySelect.calls.length).to.equal(0);
      expect(onJourneyError.calls.length).to.equal(0);
    });

    it('calls a handler once per event in StrictMode, whose double effects must not add listeners twice', async () => {
      const onJourneySelect = recorder<JourneySelectEvent>();
      await render(h(React.StrictMode, null, h(JourneyMap, { journey: laptopJourney(), onJourneySelect })));
      const map = mapIn();
      await settle(map);
      map.shadowRoot!.querySelectorAll<HTMLElement>('.step-row > .step')[3].click();
      expect(onJourneySelect.calls.map((event) => event.detail)).to.deep.equal([{ stageId: 'buy', stepId: 'wait' }]);
    });

    it('takes composed lanes as children', async () => {
      await render(h(JourneyMap, { journey: laptopJourney() }, h(StageLane, { kind: 'thoughts' }), h(EmotionCurve)));
      const map = mapIn();
      await settle(map);
      for (const row of mapLanes(map)) await settle(row);
      expect(mapLanes(map).map((row) => row.laneKey)).to.deep.equal(['thoughts', 'emotion']);
    });
  });

  describe('StageLane', () => {
    it('draws a standalone lane and reports a chosen cell', async () => {
      const onJourneySelect = recorder<JourneySelectEvent>();
      const ref = React.createRef<StageLaneElement>();
      await render(h(StageLane, { journey: laptopJourney(), kind: 'actions', onJourneySelect, ref }));
      const lane = ref.current!;
      expect(lane.localName).to.equal('stage-lane');
      await settle(lane);
      const cells = lane.gridCells();
      expect(text(cells[1])).to.equal('Compares models');
      cells[2].click();
      expect(onJourneySelect.calls.map((event) => event.detail)).to.deep.equal([{ stageId: 'discover', stepId: 'ask', lane: 'actions' }]);
    });

    it('calls onJourneyError for a bad document', async () => {
      const onJourneyError = recorder<JourneyErrorEvent>();
      await render(h(StageLane, { journey: { schemaVersion: 1, title: 'x', stages: 'none' } as unknown as JourneyDocument, onJourneyError }));
      await waitUntil(() => onJourneyError.calls.length > 0, 'onJourneyError was not called');
      expect(onJourneyError.calls[0].detail.errors.length).to.be.greaterThan(0);
      expect(onJourneyError.calls[0].detail.source).to.equal('document');
    });
  });

  describe('EmotionCurve', () => {
    it('draws the curve of a standalone journey and reports a bad one', async () => {
      const onJourneyError = recorder<JourneyErrorEvent>();
      await render(h(EmotionCurve, { journey: laptopJourney(), onJourneyError }));
      const curve = container.querySelector('emotion-curve')!;
      await settle(curve);
      expect(curve.shadowRoot!.querySelector('svg')).not.to.equal(null);
      expect(onJourneyError.calls.length).to.equal(0);
      await render(h(EmotionCurve, { journey: { schemaVersion: 1, title: 'Broken', stages: 'nope' } as unknown as JourneyDocument, onJourneyError }));
      await waitUntil(() => onJourneyError.calls.length > 0, 'onJourneyError was not called');
      expect(onJourneyError.calls[0].detail.errors.length).to.be.greaterThan(0);
    });
  });

  describe('PersonaCard', () => {
    it('shows the persona passed as a prop', async () => {
      const persona = { id: 'ana', name: 'Ana Pop', role: 'Office manager', goals: ['Fast delivery'] };
      await render(h(PersonaCard, { persona, compact: true }));
      const card = container.querySelector('persona-card')!;
      await card.updateComplete;
      expect(card.persona).to.equal(persona);
      expect(card.hasAttribute('compact')).to.equal(true);
      expect(text(card.shadowRoot!.querySelector('[part="name"]'))).to.equal('Ana Pop');
      expect(text(card.shadowRoot!.querySelector('[part="role"]'))).to.equal('Office manager');
    });
  });
});
