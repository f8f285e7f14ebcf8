/**
 * Injection: hostile strings in every string field of a document never execute, never become
 * attributes that run code, and are shown exactly as written. Unsafe picture URLs are dropped with a
 * warning.
 */
import { aTimeout, expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { EmotionCurve } from '../../src/elements/emotion-curve/emotion-curve.component.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import type { PersonaCard } from '../../src/elements/persona-card/persona-card.component.js';
import type { JourneyErrorEvent } from '../../src/events.js';
import type { JourneyDocument, Persona } from '../../src/model/types.js';
import { validateJourney } from '../../src/model/validate.js';
import { phoneSystemJourney } from '../../src/samples/index.js';
import { mapLanes, settle } from '../elements/map-fixture.js';
import { hostileId, hostileJourney, templateFields } from './hostile-document.js';
import { HOSTILE_STRINGS, type HostileString } from './hostile-strings.js';
import { pageErrors } from './page-errors.js';
import { auditTrees, renderedElements } from './shadow-walk.js';

// Hostile picture URLs that are relative (and so allowed) would be fetched from the test server; this
// page loads images only from data: URLs, so nothing hostile goes over the network. A blocked picture
// fails like a missing one: the card shows initials, and handlers that slipped through would still run.
const csp = document.createElement('meta');
csp.httpEquiv = 'Content-Security-Policy';
csp.content = "img-src data:; media-src 'none'";
document.head.append(csp);

/** Gives handlers of anything that slipped through (onerror, onload, ontoggle…) time to run. */
async function letHandlersRun(): Promise<void> {
  await nextFrame();
  await aTimeout(60);
  await nextFrame();
}

/** Attributes that must never carry data: styling, structure and anything fetched or drawn. */
const STRUCTURAL_ATTRIBUTES = ['class', 'part', 'exportparts', 'style', 'slot', 'href', 'src', 'srcset', 'd', 'transform', 'xlink:href'];

function expectNothingExecutable(root: ParentNode, label: string): void {
  const audit = auditTrees(root);
  expect(audit.eventHandlers, `${label}: on* attributes`).to.deep.equal([]);
  expect(audit.executable, `${label}: executable elements`).to.deep.equal([]);
  expect(audit.unsafeUrls, `${label}: unsafe URLs`).to.deep.equal([]);
}

function expectNoDataInStructure(root: ParentNode, text: string, label: string): void {
  const leaks: string[] = [];
  for (const element of renderedElements(root)) {
    for (const name of STRUCTURAL_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value !== null && value.includes(text)) leaks.push(`<${element.localName} ${name}>`);
    }
  }
  expect(leaks, `${label}: data in structural attributes`).to.deep.equal([]);
}

// Elements rendered by the test, for the queries below.
const shadow = (element: Element) => element.shadowRoot!;
const textOf = (element: Element | null | undefined) => element?.textContent;

/** The string fields of schema.json, as `definition.property` (enumerations excluded: they cannot hold free text). */
async function schemaStringFields(): Promise<{ fields: Set<string>; stepFields: Set<string> }> {
  const schema = await (await fetch(new URL('../../src/model/schema.json', import.meta.url))).json();
  type Prop = { type?: string; enum?: unknown[]; $ref?: string; items?: Prop; additionalProperties?: Prop | boolean; anyOf?: Prop[] };
  const isText = (prop: Prop | boolean | undefined): boolean =>
    typeof prop === 'object' &&
    ((prop.type === 'string' && !prop.enum) || prop.$ref === '#/$defs/id' || prop.$ref === '#/$defs/stringList' || Boolean(prop.anyOf?.some((option) => isText(option))));
  const fields = new Set<string>();
  const collect = (definition: string, properties: Record<string, Prop> = {}) => {
    for (const [name, prop] of Object.entries(properties)) {
      if (name === '$schema') continue;
      if (isText(prop) || (prop.type === 'array' && isText(prop.items)) || (prop.type === 'object' && isText(prop.additionalProperties))) {
        fields.add(`${definition}.${name}`);
      }
    }
  };
  collect('root', schema.properties);
  for (const [definition, body] of Object.entries<{ properties?: Record<string, Prop> }>(schema.$defs)) collect(definition, body.properties);
  return { fields, stepFields: new Set(Object.keys(schema.$defs.stepFields.properties)) };
}

interface Rendered {
  map: JourneyMap;
  curve: EmotionCurve;
  card: PersonaCard;
  mapEvents: JourneyErrorEvent[];
}

async function renderAll(doc: JourneyDocument, highlight: string): Promise<Rendered> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1100px"></div>`);
  const map = document.createElement('journey-map');
  const mapEvents: JourneyErrorEvent[] = [];
  map.addEventListener('journey-error', (event) => mapEvents.push(event));
  map.journey = doc;
  const curve = document.createElement('emotion-curve');
  curve.journey = doc;
  curve.highlight = highlight;
  const card = document.createElement('persona-card');
  card.persona = doc.personas![0] as Persona;
  wrapper.append(map, curve, card);
  await settle(map);
  await Promise.all([curve.updateComplete, card.updateComplete]);
  // The table alternative is built when it is opened: open it, its text is checked too.
  (shadow(curve).querySelector('[part="toggle"]') as HTMLButtonElement).click();
  await curve.updateComplete;
  return { map, curve, card, mapEvents };
}

/** The first step cell of a map's lane (grid cell 0 is the row header). */
function laneCell(map: JourneyMap, key: string, column = 0): HTMLElement | undefined {
  return mapLanes(map).find((lane) => lane.laneKey === key)?.gridCells()[column + 1];
}

async function checkPayload(hostile: HostileString): Promise<void> {
  const text = hostile.value;
  const doc = hostileJourney(text);
  const validation = validateJourney(doc);
  expect(validation.errors, 'the hostile document is valid').to.deep.equal([]);
  const imageWarning = validation.warnings.some((warning) => warning.code === 'unsafe-url' && warning.path === '/personas/0/image');
  if (hostile.unsafeUrl) expect(imageWarning, 'unsafe image URL reported').to.equal(true);

  const errors = pageErrors();
  try {
    const { map, curve, card, mapEvents } = await renderAll(doc, hostileId(text, 'customer'));
    // The full persona card too, in the map's dialog.
    shadow(map).querySelector<HTMLButtonElement>('[part="persona-button"]')!.click();
    await map.updateComplete;
    await letHandlersRun();

    expect(window.__pwned, 'sentinel').to.equal(undefined);
    expect(errors.list, 'errors thrown into the page').to.deep.equal([]);
    const wrapper = map.parentElement!;
    expectNothingExecutable(wrapper, hostile.name);
    if (text.length >= 4) expectNoDataInStructure(wrapper, text, hostile.name);

    // The map is drawn (no error panel), and the text shown is the text given.
    expect(shadow(map).querySelector('[role="grid"]'), 'grid').to.exist;
    expect(shadow(map).querySelector('[role="alert"]'), 'error panel').to.equal(null);
    expect(textOf(shadow(map).querySelector('[part="title"]')), 'map title').to.equal(text);
    expect(textOf(shadow(map).querySelector('[part="goal"]'))?.endsWith(` ${text}`), 'goal').to.equal(true);
    expect(textOf(shadow(map).querySelector('.step-row .step__title')), 'step title').to.equal(text);
    expect(textOf(laneCell(map, 'actions')?.querySelector('li')), 'actions cell').to.equal(text);
    expect(textOf(laneCell(map, 'thoughts')?.querySelector('q')), 'thoughts cell').to.equal(text);
    expect(textOf(laneCell(map, 'painPoints')?.querySelector('.chip__category')), 'pain-point category').to.equal(text);
    expect(textOf(laneCell(map, 'painPoints')?.querySelector('.pain__text')), 'pain-point text').to.equal(text);
    expect(textOf(laneCell(map, 'text:notes')?.querySelector('p')), 'custom text lane').to.equal(text);
    expect(textOf(laneCell(map, `text:${hostileId(text, 'field')}`)?.querySelector('li')), 'custom field lane').to.equal(text);
    expect(textOf(laneCell(map, 'text:notes', 2)?.querySelector('p')), 'custom text of a stage without steps').to.equal(text);
    const dialogCard = shadow(map).querySelector('dialog persona-card');
    expect(textOf(dialogCard && shadow(dialogCard).querySelector('[part="quote"] p')), 'quote in the dialog').to.equal(text);

    // The standalone persona card and emotion curve.
    expect(textOf(shadow(card).querySelector('[part="name"]')), 'persona name').to.equal(text);
    expect(textOf(shadow(card).querySelector('[part="role"]')), 'persona role').to.equal(text);
    expect(textOf(shadow(card).querySelector('dt')), 'attribute name').to.equal(hostileId(text, 'attribute'));
    expect(textOf(shadow(card).querySelector('dd')), 'attribute value').to.equal(text);
    if (hostile.unsafeUrl) expect(shadow(card).querySelector('img'), 'no picture from an unsafe URL').to.equal(null);
    expect(textOf(shadow(curve).querySelector('tbody th[scope="row"]')), 'curve table step').to.equal(text);
    // A scale word too wide for the tick column is drawn shortened with the whole label (trimmed) as its tooltip (layout/axis-width.ts).
    const ticks = Array.from(shadow(curve).querySelectorAll('.tick')).map((tick) => tick.getAttribute('title') ?? tick.textContent);
    expect(ticks, 'scale labels').to.include(text.trim());

    // The map reports what it dropped.
    const reported = mapEvents.flatMap((event) => event.detail.warnings);
    if (hostile.unsafeUrl) {
      expect(reported.some((warning) => warning.code === 'unsafe-url' && warning.path === '/personas/0/image'), 'journey-error names the URL').to.equal(true);
    }
    expect(reported.some((warning) => warning.code === 'unknown-lane-kind' && warning.path === '/lanes/14/kind'), 'journey-error names the lane kind').to.equal(true);
    expect(mapEvents.flatMap((event) => event.detail.errors)).to.deep.equal([]);
    shadow(map).querySelector('dialog')?.close();
  } finally {
    errors.dispose();
    delete window.__pwned;
  }
}

describe('hardening: injection', function () {
  this.timeout(120000);

  beforeEach(() => {
    delete window.__pwned;
  });

  describe('the corpus', () => {
    it('holds at least 40 hostile strings with unique names', () => {
      expect(HOSTILE_STRINGS.length).to.be.at.least(40);
      expect(new Set(HOSTILE_STRINGS.map((hostile) => hostile.name)).size).to.equal(HOSTILE_STRINGS.length);
    });

    it('is live: the HTML payloads run when inserted as HTML (so the sentinel works)', async () => {
      const sandbox = document.createElement('div');
      document.body.append(sandbox);
      try {
        for (const hostile of HOSTILE_STRINGS.filter((item) => item.live === 'html' || item.live === 'attribute')) {
          delete window.__pwned;
          // Deliberately unsafe, to prove the payload: this is what the elements must never do.
          sandbox.innerHTML = hostile.live === 'html' ? hostile.value : `<div title="${hostile.value}"></div>`;
          for (const element of Array.from(sandbox.querySelectorAll<HTMLElement>('[autofocus]'))) element.focus();
          await letHandlersRun();
          expect(window.__pwned, hostile.name).to.equal(hostile.name);
          sandbox.replaceChildren();
        }
      } finally {
        sandbox.remove();
        delete window.__pwned;
      }
    });

    it('is live: the disguised URLs are read as javascript:, vbscript: or data: by the browser', () => {
      const dangerous = new Set(['javascript:', 'vbscript:', 'data:']);
      for (const hostile of HOSTILE_STRINGS.filter((item) => item.live === 'url')) {
        expect(dangerous.has(new URL(hostile.value, document.baseURI).protocol), hostile.name).to.equal(true);
      }
      const template = document.createElement('template');
      for (const hostile of HOSTILE_STRINGS.filter((item) => item.live === 'html-url')) {
        template.innerHTML = `<a href="${hostile.value}"></a>`;
        expect((template.content.firstElementChild as HTMLAnchorElement).protocol, hostile.name).to.equal('javascript:');
      }
    });

    it('is placed in every string field of schema.json', async () => {
      const { fields, stepFields } = await schemaStringFields();
      const covered = templateFields(stepFields);
      expect(fields.size).to.be.above(40);
      expect([...fields].filter((field) => !covered.has(field)), 'string fields the hostile document leaves out').to.deep.equal([]);
    });
  });

  describe('every string field of a map, a curve and a persona card', () => {
    for (const hostile of HOSTILE_STRINGS) {
      it(`${hostile.name}: shown as text, nothing runs`, async () => {
        await checkPayload(hostile);
      });
    }
  });

  describe('hostile `src` URLs', () => {
    for (const hostile of HOSTILE_STRINGS.filter((item) => item.live === 'url')) {
      it(`${hostile.name}: an error panel, nothing runs`, async () => {
        const errors = pageErrors();
        try {
          const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 900px"></div>`);
          const loader = document.createElement('journey-map');
          loader.setAttribute('src', hostile.value);
          wrapper.append(loader);
          await waitUntil(() => shadow(loader).querySelector('[role="alert"]'), 'error panel', { timeout: 3000 });
          await letHandlersRun();
          expect(window.__pwned).to.equal(undefined);
          expect(errors.list).to.deep.equal([]);
          expectNothingExecutable(wrapper, hostile.name);
        } finally {
          errors.dispose();
        }
      });
    }
  });

  describe('hostile attribute values', () => {
    const attributes = ['locale', 'lanes', 'persona', 'selected', 'theme', 'heading-level', 'curve', 'highlight', 'src'];
    for (const hostile of HOSTILE_STRINGS.filter((_, index) => index % 3 === 0)) {
      it(`${hostile.name} in every attribute: no throw, nothing runs`, async () => {
        const errors = pageErrors();
        try {
          const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 900px"></div>`);
          const map = document.createElement('journey-map');
          const curve = document.createElement('emotion-curve');
          const card = document.createElement('persona-card');
          for (const element of [map, curve, card]) {
            for (const name of attributes) element.setAttribute(name, hostile.value);
          }
          // `src` is ignored while a `journey` is given.
          map.journey = phoneSystemJourney;
          curve.journey = phoneSystemJourney;
          card.persona = phoneSystemJourney.personas![0];
          wrapper.append(map, curve, card);
          await settle(map);
          await Promise.all([curve.updateComplete, card.updateComplete]);
          await letHandlersRun();
          expect(window.__pwned).to.equal(undefined);
          expect(errors.list).to.deep.equal([]);
          expectNothingExecutable(wrapper, hostile.name);
          expect(shadow(map).querySelector('[role="grid"]'), 'map drawn').to.exist;
          expect(shadow(card).querySelector('[part="name"]'), 'card drawn').to.exist;
          expect(shadow(curve).querySelector('[part="plot"], [part="error"]'), 'curve drawn').to.exist;
        } finally {
          errors.dispose();
        }
      });
    }
  });
});
