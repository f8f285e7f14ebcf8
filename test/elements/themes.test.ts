/**
 * Light and dark: the page's `color-scheme` (default), `theme="auto"` (the system's scheme) and
 * `theme="dark"` change what every element paints, the
 * contrast stays AA (axe), and the worked corporate palette of docs/theming.md applies in both themes.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { EmotionCurve } from '../../src/elements/emotion-curve/emotion-curve.component.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { CORPORATE_PALETTE_CSS } from '../../stories/helpers.js';
import { laptopJourney, mapLanes, settle } from './map-fixture.js';

const LIGHT_SURFACE = 'rgb(255, 255, 255)';
const DARK_SURFACE = 'rgb(17, 24, 39)';
const LIGHT_TEXT = 'rgb(31, 41, 55)';
const DARK_TEXT = 'rgb(243, 244, 246)';

const shadow = (element: Element) => element.shadowRoot!;
const style = (element: Element | null) => getComputedStyle(element!);
const lane = (map: JourneyMap, key: string) => mapLanes(map).find((row) => row.laneKey === key)!;

function journeyWithCustomers(customers: number): JourneyDocument {
  const journey = laptopJourney();
  const steps = ['search', 'ask', 'order', 'wait', 'use'];
  return {
    ...journey,
    individuals: Array.from({ length: customers }, (_, k) => ({
      id: `c${k}`,
      events: steps.map((step, s) => ({ step, emotion: ((k + s) % 5) - 2 })),
    })),
  };
}

/** Renders `markup` (one element) into a sized wrapper and gives it the journey. */
async function render<T extends HTMLElement & { updateComplete: Promise<unknown> }>(
  markup: string,
  journey: unknown = laptopJourney(),
  width = 1000,
): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px"></div>`);
  wrapper.innerHTML = markup;
  const element = wrapper.firstElementChild as T;
  if (element.localName === 'persona-card') (element as unknown as { persona: unknown }).persona = laptopJourney().personas![0];
  else (element as unknown as { journey: unknown }).journey = journey;
  await settle(element);
  return element;
}

/** The painted surface and text of each element. */
const surfaces: Record<string, (element: HTMLElement) => Element> = {
  'journey-map': (element) => shadow(element).querySelector('.scroller')!,
  'stage-lane': (element) => shadow(element).querySelector('.scroller')!,
  'emotion-curve': (element) => shadow(element).querySelector('.chart')!,
  'persona-card': (element) => shadow(element).querySelector('.card')!,
  // These paint their surface on the host itself.
  'journey-flow': (element) => element,
  'journey-customers': (element) => element,
  'opportunity-matrix': (element) => element,
};
const LANE = ' kind="actions"';

/** The colour of the most opaque pixel on a canvas, as [r, g, b]. */
function inkColour(canvas: HTMLCanvasElement): number[] {
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  let best = 3;
  for (let i = 3; i < data.length; i += 4) if (data[i] > data[best]) best = i;
  return [data[best - 3], data[best - 2], data[best - 1]];
}
const near = (a: number[], b: number[]) => a.every((value, i) => Math.abs(value - b[i]) <= 12);
const SLATE_LIGHT = [51, 65, 85];
const SLATE_DARK = [203, 213, 225];

describe('themes', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  for (const [tag, surface] of Object.entries(surfaces)) {
    const attributes = tag === 'stage-lane' ? LANE : '';

    it(`<${tag}> is dark with theme="dark" and passes axe`, async () => {
      const element = await render(`<${tag}${attributes} theme="dark"></${tag}>`);
      expect(style(surface(element)).backgroundColor).to.equal(DARK_SURFACE);
      expect(style(surface(element)).color).to.equal(DARK_TEXT);
      await expect(element).to.be.accessible();
    });

    it(`<${tag}> follows the page's color-scheme by default, not the system's`, async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const element = await render(`<${tag}${attributes}></${tag}>`);
      // A page that declares no colour scheme is light, even on a dark system.
      expect(style(surface(element)).backgroundColor).to.equal(LIGHT_SURFACE);
      expect(style(surface(element)).color).to.equal(LIGHT_TEXT);
      document.documentElement.style.colorScheme = 'dark';
      try {
        expect(style(surface(element)).backgroundColor).to.equal(DARK_SURFACE);
        await expect(element).to.be.accessible();
        element.setAttribute('theme', 'light');
        await settle(element);
        expect(style(surface(element)).backgroundColor).to.equal(LIGHT_SURFACE);
      } finally {
        document.documentElement.style.removeProperty('color-scheme');
      }
    });

    it(`<${tag}> theme="auto" follows the system's scheme`, async () => {
      const element = await render(`<${tag}${attributes} theme="auto"></${tag}>`);
      expect(style(surface(element)).backgroundColor).to.equal(LIGHT_SURFACE);
      await emulateMedia({ colorScheme: 'dark' });
      expect(style(surface(element)).backgroundColor).to.equal(DARK_SURFACE);
      expect(style(surface(element)).color).to.equal(DARK_TEXT);
      await expect(element).to.be.accessible();
    });
  }

  it('dark lanes inside a map: cells, headers and the emotion curve take the map’s dark theme', async () => {
    const map = await render<JourneyMap>('<journey-map theme="dark" selected="ask"></journey-map>', journeyWithCustomers(30), 1200);
    const [header, cell] = lane(map, 'actions').gridCells();
    expect(style(cell).backgroundColor).to.equal(DARK_SURFACE);
    expect(style(header).color).to.equal(DARK_TEXT);
    const curve = lane(map, 'emotion') as unknown as EmotionCurve;
    const series = shadow(curve).querySelector('.plot-svg .series--current .line');
    expect(style(series).stroke).to.equal('rgb(147, 197, 253)');
    await expect(map).to.be.accessible();
  });

  it('redraws the curve’s canvas traces when the system scheme or the map’s theme switches', async () => {
    // More than 40 customers: their traces are a canvas (up to 40 they are SVG paths coloured by CSS).
    const map = await render<JourneyMap>('<journey-map theme="auto"></journey-map>', journeyWithCustomers(60), 1200);
    const canvas = shadow(lane(map, 'emotion')).querySelector<HTMLCanvasElement>('canvas.traces')!;
    expect(near(inkColour(canvas), SLATE_LIGHT), `light ${inkColour(canvas)}`).to.equal(true);
    await emulateMedia({ colorScheme: 'dark' });
    await waitUntil(() => near(inkColour(canvas), SLATE_DARK), 'dark traces after the system switch');
    map.theme = 'light';
    await waitUntil(() => near(inkColour(canvas), SLATE_LIGHT), 'light traces after theme="light"');
    map.theme = 'dark';
    await waitUntil(() => near(inkColour(canvas), SLATE_DARK), 'dark traces after theme="dark"');
  });

  describe('the corporate palette of docs/theming.md', () => {
    let sheet: HTMLStyleElement;
    beforeEach(() => {
      sheet = document.createElement('style');
      sheet.textContent = CORPORATE_PALETTE_CSS;
      document.head.append(sheet);
    });
    afterEach(() => sheet.remove());

    const expected = {
      light: { accent: 'rgb(0, 89, 79)', selection: 'rgb(227, 241, 238)', stage: 'rgb(215, 232, 228)', series2: 'rgb(168, 67, 28)' },
      dark: { accent: 'rgb(127, 214, 200)', selection: 'rgb(23, 58, 53)', stage: 'rgb(31, 56, 51)', series2: 'rgb(255, 174, 133)' },
    };

    for (const theme of ['light', 'dark'] as const) {
      it(`colours the map in the ${theme} theme and keeps AA contrast`, async () => {
        const map = await render<JourneyMap>(`<journey-map theme="${theme}" selected="ask"></journey-map>`, laptopJourney(), 1200);
        const colours = expected[theme];
        expect(style(shadow(map).querySelector('[part="badge"]')).color).to.equal(colours.accent);
        expect(style(shadow(map).querySelector('.stage')).backgroundColor).to.equal(colours.stage);
        const selected = lane(map, 'actions').gridCells().find((cell) => cell.getAttribute('aria-selected') === 'true')!;
        expect(style(selected).backgroundColor).to.equal(colours.selection);
        const lines = shadow(lane(map, 'emotion')).querySelectorAll('.plot-svg .series--current .line');
        expect([style(lines[0]).stroke, style(lines[1]).stroke]).to.deep.equal([colours.accent, colours.series2]);
        expect(style(shadow(map).querySelector('.step-row > .step')).borderRadius).to.equal('0px');
        expect(style(shadow(map).querySelector('.scroller')).borderTopLeftRadius).to.equal('2px');
        await expect(map).to.be.accessible();
      });
    }
  });
});
