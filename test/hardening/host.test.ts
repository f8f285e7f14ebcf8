/**
 * Host behaviour: whatever the host page does with the objects it passes (freezes them, wraps them in
 * hostile proxies, mutates them later, shares them, renders many maps), the elements keep working and
 * never change what they were given.
 *
 * The rule these tests pin down (docs/security.md): an element reads a document once, when it is
 * assigned. Mutating that object afterwards changes nothing on screen; assign a new object to update.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { EmotionCurve } from '../../src/elements/emotion-curve/emotion-curve.component.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import type { PersonaCard } from '../../src/elements/persona-card/persona-card.component.js';
import type { StageLane } from '../../src/elements/stage-lane/stage-lane.component.js';
import type { JourneyDocument, Persona } from '../../src/model/types.js';
import { phoneSystemJourney, phoneSystemWithIndividuals } from '../../src/samples/index.js';
import { laptopJourney, settle } from '../elements/map-fixture.js';
import { pageErrors } from './page-errors.js';

// Tests reach into documents to mutate or wrap arbitrary places.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Loose)[key]);
  }
  return value;
}

const throwing = () => {
  throw new Error('host getter failed');
};

async function page(width = 1000): Promise<HTMLDivElement> {
  return fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px"></div>`);
}

async function mount<K extends 'journey-map' | 'emotion-curve' | 'stage-lane'>(
  wrapper: HTMLElement,
  tag: K,
  journey: unknown,
  attributes: Record<string, string> = {},
): Promise<HTMLElementTagNameMap[K]> {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  (element as { journey?: unknown }).journey = journey;
  wrapper.append(element);
  await settle(element as unknown as { updateComplete: Promise<unknown> });
  return element;
}

const root = (element: Element) => element.shadowRoot!;
const titleOf = (map: JourneyMap) => root(map).querySelector('[part="title"]')?.textContent;
const stepTitles = (element: Element) =>
  Array.from(root(element).querySelectorAll('.step__title')).map((title) => title.textContent);
const actionsOf = (lane: StageLane) => Array.from(root(lane).querySelectorAll('[role="gridcell"] li')).map((item) => item.textContent);

/** Every kind of element given a document shows it: the map its grid, lanes their cells, the curve its plot. */
function expectRendered(element: Element): void {
  const shadow = root(element);
  expect(shadow.querySelector('[role="alert"]'), `${element.localName} error panel`).to.equal(null);
  if (element.localName === 'emotion-curve') expect(shadow.querySelector('[part="plot"]'), 'plot').to.exist;
  else expect(shadow.querySelector('[role="grid"]'), `${element.localName} grid`).to.exist;
}

describe('hardening: host behaviour', function () {
  this.timeout(60000);

  describe('frozen documents', () => {
    it('render in every element, with selection and collapsing still working', async () => {
      const doc = deepFreeze(phoneSystemWithIndividuals(40, 7));
      const errors = pageErrors();
      try {
        const wrapper = await page();
        const map = await mount(wrapper, 'journey-map', doc);
        const curve = await mount(wrapper, 'emotion-curve', doc);
        const lane = await mount(wrapper, 'stage-lane', doc, { kind: 'painPoints' });
        const card = document.createElement('persona-card');
        card.persona = doc.personas![0];
        wrapper.append(card);
        await card.updateComplete;
        for (const element of [map, curve, lane]) expectRendered(element);
        expect(root(card).querySelector('[part="name"]')!.textContent).to.equal(doc.personas![0].name);
        expect(titleOf(map)).to.equal(doc.title);

        // Interaction writes element state, never the document.
        root(map).querySelector<HTMLElement>('.step-row > .step')!.click();
        root(map).querySelector('stage-lane')!.shadowRoot!.querySelector<HTMLButtonElement>('.toggle')!.click();
        await settle(map);
        expect(map.selected).to.be.a('string');
        expect(errors.list).to.deep.equal([]);
      } finally {
        errors.dispose();
      }
    });
  });

  describe('proxies whose getters throw', () => {
    const cases: Array<[string, () => unknown]> = [
      ['the whole document', () => new Proxy(structuredClone(phoneSystemJourney), { get: throwing })],
      ['a document whose keys cannot be listed', () => new Proxy(structuredClone(phoneSystemJourney), { ownKeys: throwing })],
      ['a revoked proxy', () => {
        const { proxy, revoke } = Proxy.revocable(structuredClone(phoneSystemJourney), {});
        revoke();
        return proxy;
      }],
      ['one stage', () => {
        const doc: Loose = structuredClone(phoneSystemJourney);
        doc.stages[1] = new Proxy(doc.stages[1], { get: throwing });
        return doc;
      }],
      ['the title getter', () => {
        const doc: Loose = structuredClone(laptopJourney());
        Object.defineProperty(doc, 'title', { get: throwing, enumerable: true });
        return doc;
      }],
      ['the stages array length', () => {
        const doc: Loose = structuredClone(laptopJourney());
        doc.stages = new Proxy(doc.stages, { get: (target, key) => (key === 'length' ? throwing() : target[key]) });
        return doc;
      }],
    ];

    for (const [name, build] of cases) {
      it(`${name}: error panel in the map, lane and curve, nothing thrown`, async () => {
        const errors = pageErrors();
        try {
          const wrapper = await page();
          const reported: string[] = [];
          wrapper.addEventListener('journey-error', (event) => reported.push(...event.detail.errors.map((problem) => problem.code)));
          const elements = [
            await mount(wrapper, 'journey-map', build()),
            await mount(wrapper, 'emotion-curve', build()),
            await mount(wrapper, 'stage-lane', build(), { kind: 'actions' }),
          ];
          for (const element of elements) {
            const panel = root(element).querySelector('[role="alert"]');
            expect(panel, `${element.localName} error panel`).to.exist;
            expect(panel!.querySelector('[data-code="unreadable"]'), `${element.localName} names the unreadable value`).to.exist;
          }
          expect(reported.filter((code) => code === 'unreadable').length).to.be.at.least(3);
          expect(errors.list).to.deep.equal([]);
        } finally {
          errors.dispose();
        }
      });
    }

    it('a persona whose getters throw: the card renders nothing and nothing is thrown', async () => {
      const errors = pageErrors();
      try {
        const wrapper = await page(400);
        const card = document.createElement('persona-card') as PersonaCard;
        card.persona = new Proxy({ id: 'p', name: 'Ana' }, { get: throwing }) as Persona;
        wrapper.append(card);
        await card.updateComplete.catch(() => undefined);
        await settle(card);
        expect(errors.list).to.deep.equal([]);
        expect(root(card).querySelector('[part="card"]')).to.equal(null);
        // The card recovers when given a readable persona.
        card.persona = { id: 'p', name: 'Ana' };
        await card.updateComplete;
        expect(root(card).querySelector('[part="name"]')!.textContent).to.equal('Ana');
      } finally {
        errors.dispose();
      }
    });
  });

  describe('the host mutating its object after passing it', () => {
    it('changes nothing on screen until a new object is assigned', async () => {
      const doc: Loose = laptopJourney();
      const wrapper = await page();
      const map = await mount(wrapper, 'journey-map', doc);
      const curve = (await mount(wrapper, 'emotion-curve', doc)) as EmotionCurve;
      // The table alternative is built when it is opened; its step titles show what the curve holds.
      (root(curve).querySelector('[part="toggle"]') as HTMLButtonElement).click();
      await curve.updateComplete;
      const lane = (await mount(wrapper, 'stage-lane', doc, { kind: 'actions' })) as StageLane;
      const before = { title: titleOf(map), steps: stepTitles(map), actions: actionsOf(lane), curve: root(curve).querySelector('tbody th')!.textContent };

      doc.title = 'Changed in place';
      doc.stages[0].steps[0].title = 'Renamed in place';
      doc.stages[0].steps[0].actions.push('Added in place');
      doc.stages.push({ id: 'extra', title: 'Extra stage' });
      for (const element of [map, curve, lane]) element.requestUpdate();
      // A re-render for another reason (here: a resize) must not pick the mutation up either.
      wrapper.style.inlineSize = '900px';
      await settle(map);
      await settle(curve);
      await settle(lane);
      expect(titleOf(map)).to.equal(before.title);
      expect(stepTitles(map)).to.deep.equal(before.steps);
      expect(actionsOf(lane)).to.deep.equal(before.actions);
      expect(root(curve).querySelector('tbody th')!.textContent).to.equal(before.curve);

      // The documented way to update: assign a new object.
      const next = structuredClone(doc);
      map.journey = next;
      curve.journey = next;
      lane.journey = next;
      await settle(map);
      await settle(curve);
      await settle(lane);
      expect(titleOf(map)).to.equal('Changed in place');
      expect(stepTitles(map)[0]).to.equal('Renamed in place');
      expect(stepTitles(map)).to.have.length(before.steps.length + 1);
      expect(actionsOf(lane)).to.include('Added in place');
      expect(root(curve).querySelector('tbody th')!.textContent).to.contain('Renamed in place');
    });
  });

  describe('one document shared by many elements', () => {
    it('renders in all of them and is not modified', async () => {
      const doc = phoneSystemWithIndividuals(30, 11);
      const snapshot = structuredClone(doc);
      const errors = pageErrors();
      try {
        const wrapper = await page();
        const elements: Element[] = [];
        for (let i = 0; i < 10; i += 1) elements.push(await mount(wrapper, 'journey-map', doc, i % 2 ? { persona: 'cfo', theme: 'dark' } : { locale: 'ru' }));
        elements.push(await mount(wrapper, 'emotion-curve', doc, { highlight: doc.individuals![0].id }));
        elements.push(await mount(wrapper, 'stage-lane', doc, { kind: 'touchpoints' }));
        for (const element of elements) expectRendered(element);
        // Interact with a few, which must not write through to the shared object.
        for (const map of elements.slice(0, 3) as JourneyMap[]) {
          root(map).querySelector<HTMLElement>('.step-row > .step:nth-child(3)')!.click();
          await settle(map);
        }
        expect(doc).to.deep.equal(snapshot);
        expect(errors.list).to.deep.equal([]);
      } finally {
        errors.dispose();
      }
    });
  });

  describe('many maps on one page', () => {
    it('50 maps of a typical journey all render (longer test)', async function () {
      this.timeout(120000);
      const errors = pageErrors();
      try {
        const wrapper = await page(1100);
        const maps: JourneyMap[] = [];
        for (let i = 0; i < 50; i += 1) {
          const map = document.createElement('journey-map');
          map.journey = i % 2 ? phoneSystemJourney : laptopJourney();
          maps.push(map);
        }
        wrapper.append(...maps);
        await Promise.all(maps.map((map) => settle(map)));
        for (const map of maps) {
          expectRendered(map);
          expect(root(map).querySelectorAll('.step-row > .step').length).to.equal(
            (map.journey as JourneyDocument).stages.reduce((sum, stage) => sum + (stage.steps?.length || 1), 0),
          );
        }
        expect(errors.list).to.deep.equal([]);
      } finally {
        errors.dispose();
      }
    });
  });
});
