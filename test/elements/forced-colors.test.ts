/**
 * Forced colours (Windows High Contrast): the map, its lanes, the emotion curve and persona cards stay
 * readable in the user's system colours. Emulated through the `emulate-forced-colors` server command
 * (scripts/forced-colors-plugin.mjs), because emulateMedia has no forced-colors option.
 */
import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { EmotionCurve } from '../../src/elements/emotion-curve/emotion-curve.component.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import type { PersonaCard } from '../../src/elements/persona-card/persona-card.component.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { deepActiveElement, laptopJourney, mapLanes, mountMap, settle, tabStops } from './map-fixture.js';

const forcedColors = (active: boolean) => executeServerCommand('emulate-forced-colors', { active });

/** A system colour as computed styles report it in the current mode. */
function system(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

const TRANSPARENT = 'rgba(0, 0, 0, 0)';
const shadow = (element: Element) => element.shadowRoot!;
const style = (element: Element | null) => getComputedStyle(element!);
const lane = (map: JourneyMap, key: string) => mapLanes(map).find((row) => row.laneKey === key)!;

const renderMap = (journey: JourneyDocument = laptopJourney(), attributes: Record<string, string> = {}): Promise<JourneyMap> =>
  mountMap(journey, 1200, attributes);

/** An outline a user can see: solid, at least 2px, in the given colour. */
function expectOutline(element: Element, color: string, what: string): void {
  const computed = style(element);
  expect(computed.outlineStyle, `${what} outline style`).to.equal('solid');
  expect(parseFloat(computed.outlineWidth), `${what} outline width`).to.be.at.least(2);
  expect(computed.outlineColor, `${what} outline colour`).to.equal(color);
}

/** Text on its background in a pairing of system colours meant to be read together. */
function expectReadable(element: Element, what: string): void {
  const { color, backgroundColor } = style(element);
  const pairs: Array<[string, string[]]> = [
    [system('CanvasText'), [system('Canvas'), TRANSPARENT]],
    [system('Highlight'), [system('Canvas'), TRANSPARENT]],
    [system('HighlightText'), [system('Highlight')]],
    [system('ButtonText'), [system('ButtonFace'), TRANSPARENT]],
  ];
  const pair = pairs.find(([text]) => text === color);
  expect(pair, `${what}: text colour ${color} is a system text colour`).to.exist;
  // Fully transparent shows the Canvas behind it, whatever its colour channels say.
  const background = /^rgba\(.*, 0\)$/.test(backgroundColor) ? TRANSPARENT : backgroundColor;
  expect(pair![1], `${what}: ${color} on ${backgroundColor}`).to.include(background);
}

const scale = { min: -2, max: 2, labels: { '-2': 'Frustrated', '0': 'Neutral', '2': 'Delighted' } };

function curveJourney(customers = 0): JourneyDocument {
  const steps = ['missed', 'search', 'sign', 'use'];
  return {
    schemaVersion: 1,
    title: 'Buying a phone system',
    scale,
    personas: [
      { id: 'ops', name: 'Dana' },
      { id: 'cfo', name: 'Marcus' },
    ],
    stages: [
      {
        id: 'need',
        title: 'Need',
        steps: [
          { id: 'missed', title: 'Calls get missed', emotion: { ops: -2, cfo: -1 } },
          { id: 'search', title: 'Search', emotion: { ops: -1, cfo: 0 } },
        ],
      },
      {
        id: 'buy',
        title: 'Buy',
        steps: [
          { id: 'sign', title: 'Sign', emotion: { ops: 1, cfo: 0 }, momentOfTruth: true },
          { id: 'use', title: 'Use', emotion: { ops: 2, cfo: 1.5 } },
        ],
      },
    ],
    individuals: Array.from({ length: customers }, (_, k) => ({
      id: `c${k}`,
      events: steps.map((step, s) => ({ step, emotion: ((k + s) % 5) - 2 })),
    })),
  };
}

async function renderCurve(journey: JourneyDocument, attributes = ''): Promise<EmotionCurve> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 640px"></div>`);
  wrapper.innerHTML = `<emotion-curve ${attributes}></emotion-curve>`;
  const curve = wrapper.firstElementChild as EmotionCurve;
  curve.journey = journey;
  await settle(curve);
  return curve;
}

/** The colour of the most opaque pixel on a canvas, as [r, g, b]. */
function inkColour(canvas: HTMLCanvasElement): number[] {
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  let best = -1;
  for (let i = 3; i < data.length; i += 4) if (best < 0 || data[i] > data[best]) best = i;
  expect(data[best], 'something is drawn').to.be.greaterThan(0);
  return [data[best - 3], data[best - 2], data[best - 1]];
}

const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
const near = (a: number[], b: number[]) => a.every((value, i) => Math.abs(value - b[i]) <= 12);

describe('forced colours', () => {
  beforeEach(() => forcedColors(true));
  afterEach(() => forcedColors(false));

  it('is emulated, and off again afterwards', async () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    await forcedColors(false);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(false);
  });

  describe('<journey-map>', () => {
    it('paints surfaces in Canvas, text and rules in CanvasText', async () => {
      const map = await renderMap();
      const canvas = system('Canvas');
      const canvasText = system('CanvasText');
      expect(style(shadow(map).querySelector('.scroller')).backgroundColor).to.equal(canvas);
      expect(style(shadow(map).querySelector('.scroller')).borderTopColor).to.equal(canvasText);
      const [header, cell] = lane(map, 'actions').gridCells();
      for (const [what, element] of [
        ['lane header', header],
        ['cell', cell],
        ['stage header', shadow(map).querySelector('.stage')!],
        ['step header', shadow(map).querySelector('.step-row > .step')!],
        ['corner', shadow(map).querySelector('.step-row > .corner')!],
      ] as const) {
        expectReadable(element, what);
        const computed = style(element);
        expect(parseFloat(computed.borderInlineEndWidth), `${what} rule`).to.be.at.least(1);
        expect(computed.borderInlineEndColor, `${what} rule`).to.equal(canvasText);
        expect(computed.borderBlockEndColor, `${what} rule`).to.equal(canvasText);
      }
      expect(style(shadow(map).querySelector('.description')).color).to.equal(canvasText);
      const backstage = lane(map, 'backstage');
      expect(style(backstage).borderTopStyle).to.equal('dashed');
      expect(style(backstage).borderTopColor).to.equal(canvasText);
    });

    it('shows the selected column with a Highlight outline, not a fill, and keeps its text readable', async () => {
      const map = await renderMap(laptopJourney(), { selected: 'ask' });
      const highlight = system('Highlight');
      const step = shadow(map).querySelector('.step-row > .step.selected')!;
      expect(step.getAttribute('data-step-id')).to.equal('ask');
      expectOutline(step, highlight, 'selected step');
      expectReadable(step, 'selected step');
      for (const row of mapLanes(map)) {
        const cells = row.gridCells();
        const selected = cells.filter((cell) => cell.getAttribute('aria-selected') === 'true');
        expect(selected, row.laneKey).to.have.length(1);
        expectOutline(selected[0], highlight, `${row.laneKey} selected cell`);
        if (row.laneKey !== 'emotion') expectReadable(selected[0], `${row.laneKey} selected cell`);
        const other = cells.find((cell) => cell.getAttribute('aria-selected') === 'false')!;
        expect(style(other).outlineStyle, `${row.laneKey} unselected cell`).to.equal('none');
      }
    });

    it('draws keyboard focus as a CanvasText ring, told apart from the Highlight selection', async () => {
      // The doing lane first, as a document may order its lanes: the walk crosses it, then the curve.
      const map = await renderMap(laptopJourney(), { selected: 'ask', lanes: 'actions,thoughts,touchpoints,emotion,painPoints,backstage' });
      tabStops(map)[0].focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowRight' });
      const canvasText = system('CanvasText');
      let focused = deepActiveElement()!;
      expect(focused).to.equal(lane(map, 'actions').gridCells()[1]);
      expectOutline(focused, canvasText, 'focused cell');
      await sendKeys({ press: 'ArrowRight' });
      expectOutline(deepActiveElement()!, canvasText, 'focused selected cell');
      for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'ArrowDown' });
      focused = deepActiveElement()!;
      expect(focused).to.equal(lane(map, 'emotion').gridCells()[2]);
      expectOutline(focused, canvasText, 'focused emotion cell');
      await sendKeys({ press: 'Home' });
      expectOutline(deepActiveElement()!, canvasText, 'focused row header');
    });

    it('keeps both state badges bordered and readable', async () => {
      for (const state of ['current', 'future'] as const) {
        const map = await renderMap({ ...laptopJourney(), state });
        const badge = shadow(map).querySelector('[part="badge"]')!;
        const computed = style(badge);
        expect(computed.borderTopStyle, state).to.equal('solid');
        expect(parseFloat(computed.borderTopWidth), state).to.be.at.least(1);
        expect([system('CanvasText'), system('Highlight')], state).to.include(computed.borderTopColor);
        expectReadable(badge, `${state} badge`);
      }
    });

    it('keeps pain points bordered chips with their category as a word', async () => {
      const map = await renderMap();
      const cell = lane(map, 'painPoints').gridCells()[2];
      const chips = Array.from(cell.querySelectorAll('.chip'));
      expect(chips).to.have.length(2);
      for (const chip of chips) {
        const computed = style(chip);
        expect(computed.borderTopColor).to.equal(system('CanvasText'));
        expect(parseFloat(computed.borderInlineStartWidth)).to.be.at.least(1);
        expectReadable(chip, 'chip');
      }
      expect(chips.map((chip) => chip.querySelector('.chip__category')?.textContent?.trim())).to.deep.equal(['Process', 'Financial']);
    });

    it('marks the moment of truth with a word and an icon in CanvasText', async () => {
      const map = await renderMap();
      const moment = shadow(map).querySelector('.step[data-step-id="ask"] .step__moment')!;
      expect(moment.textContent).to.include('Moment of truth');
      expect(moment.querySelector('svg')).to.exist;
      expect(style(moment).color).to.equal(system('CanvasText'));
    });

    it('passes axe', async () => {
      const map = await renderMap(laptopJourney(), { selected: 'ask' });
      await expect(map).to.be.accessible();
    });
  });

  describe('<emotion-curve>', () => {
    it('draws lines, markers and the neutral line in CanvasText, without tinted zones', async () => {
      const curve = await renderCurve(curveJourney());
      const canvasText = system('CanvasText');
      const lines = Array.from(shadow(curve).querySelectorAll('.plot-svg .series--current .line'));
      expect(lines).to.have.length(2);
      for (const line of lines) expect(style(line).stroke).to.equal(canvasText);
      // Same colour, so the personas differ by dash pattern.
      expect(style(lines[0]).strokeDasharray).not.to.equal(style(lines[1]).strokeDasharray);
      const markers = Array.from(shadow(curve).querySelectorAll('.plot-svg .point .marker'));
      expect(markers.length).to.be.greaterThan(0);
      for (const marker of markers) expect(style(marker).fill).to.equal(canvasText);
      expect(style(shadow(curve).querySelector('.neutral-line')).stroke).to.equal(canvasText);
      for (const zone of shadow(curve).querySelectorAll('.zone--positive, .zone--negative')) {
        expect(['none', TRANSPARENT, 'transparent']).to.include(style(zone).fill);
      }
      // Sentiment is told by marker shape: three different shapes for -, 0 and +.
      const shapes = new Set(
        ['negative', 'neutral', 'positive'].map((sentiment) =>
          shadow(curve).querySelector(`.series--current .point--${sentiment}:not(.point--moment) .marker`)!.getAttribute('d'),
        ),
      );
      expect(shapes.size).to.equal(3);
      for (const label of shadow(curve).querySelectorAll('.value-label')) expect(style(label).fill).to.equal(canvasText);
    });

    it('does not fill the selected column in a map with Highlight, which would hide the lines', async () => {
      const map = await renderMap(curveJourney(), { selected: 'search' });
      const curve = lane(map, 'emotion');
      const column = shadow(curve).querySelector('.selected-column');
      expect(column).to.exist;
      expect(style(column).fill).to.equal(system('Canvas'));
      expectOutline(curve.gridCells()[2], system('Highlight'), 'selected emotion cell');
    });

    it('rings the focused point in Highlight, the focused plot in CanvasText', async () => {
      const curve = await renderCurve(curveJourney());
      const highlight = system('Highlight');
      shadow(curve).querySelector<HTMLElement>('[part="plot"]')!.focus();
      await sendKeys({ press: 'Home' });
      await curve.updateComplete;
      const ring = shadow(curve).querySelector('.focus-ring');
      expect(ring).to.exist;
      expect(style(ring).stroke).to.equal(highlight);
      expect(style(shadow(curve).querySelector('[part="plot"]')).outlineColor).to.equal(system('CanvasText'));
    });

    it('draws the customers’ canvas traces in GrayText and redraws them when the mode switches', async () => {
      await forcedColors(false);
      const curve = await renderCurve(curveJourney(60), 'theme="light"');
      const canvas = shadow(curve).querySelector<HTMLCanvasElement>('canvas.traces')!;
      const normal = inkColour(canvas);
      expect(near(normal, [51, 65, 85]), `light traces ${normal}`).to.equal(true);
      await forcedColors(true);
      const grayText = rgb(system('GrayText'));
      await waitUntil(() => near(inkColour(canvas), grayText), 'the traces are redrawn in GrayText');
      expect(style(shadow(curve).querySelector('.band')).fill).to.equal(system('GrayText'));
      await forcedColors(false);
      await waitUntil(() => near(inkColour(canvas), [51, 65, 85]), 'the traces are redrawn in the palette');
    });

    it('passes axe standalone, with its legend and table', async () => {
      const curve = await renderCurve(curveJourney(20));
      shadow(curve).querySelector<HTMLButtonElement>('.table-toggle')?.click();
      await nextFrame();
      await curve.updateComplete;
      await expect(curve).to.be.accessible();
    });
  });

  describe('<persona-card>', () => {
    it('borders the card and the avatar in CanvasText', async () => {
      const card = await fixture<PersonaCard>(html`<persona-card .persona=${{ id: 'ana', name: 'Ana Pop', role: 'Office manager', quote: 'Just make it work.' }}></persona-card>`);
      await card.updateComplete;
      const canvasText = system('CanvasText');
      for (const selector of ['.card', '.avatar']) {
        const element = shadow(card).querySelector(selector);
        expect(element, selector).to.exist;
        expect(style(element).borderTopStyle, selector).to.equal('solid');
        expect(style(element).borderTopColor, selector).to.equal(canvasText);
      }
      expectReadable(shadow(card).querySelector('.avatar')!, 'avatar initials');
      await expect(card).to.be.accessible();
    });
  });
});
