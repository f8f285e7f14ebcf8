/**
 * Issue "Reading at a glance", item 4: one colour per persona. A marker on the curve is its persona's
 * colour (the colour of its line and avatar) and its shape says the sentiment, in the map's emotion
 * lane, the standalone chart and the export, light and dark; markers keep ≥ 3:1 against what they sit
 * on (non-text contrast). The customers' band and median take their persona's colour when they are
 * all of one persona.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/define.js';
import type { EmotionCurve } from '../../src/elements/emotion-curve/emotion-curve.component.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { customerColorSlot } from '../../src/layout/curve-model.js';
import { normalizeJourney } from '../../src/model/normalize.js';
import { curveFixture } from '../elements/curve-fixture.js';
import { laptopJourney, mapLanes, mountMap } from '../elements/map-fixture.js';

const canvas = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;

/** Colours painted one over the other (the first opaque), as the browser paints them: `rgb(r, g, b)`. */
function painted(...layers: string[]): string {
  canvas.clearRect(0, 0, 1, 1);
  for (const layer of layers) {
    canvas.fillStyle = '#000';
    canvas.fillStyle = layer;
    canvas.fillRect(0, 0, 1, 1);
  }
  const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
  return `rgb(${r}, ${g}, ${b})`;
}

function luminance(colour: string): number {
  const [r, g, b] = colour.match(/\d+/g)!.map(Number).map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const ratio = (a: string, b: string) => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
};

/** Bo has a value at one step only: still Bo's colour, not a loose sentiment-coloured dot. */
function sparseJourney(): JourneyDocument {
  const journey = laptopJourney();
  const [discover, buy, use] = journey.stages;
  discover!.steps![0]!.emotion = { ana: 1 };
  discover!.steps![1]!.emotion = { ana: -1, bo: 2 };
  buy!.steps![0]!.emotion = { ana: 0 };
  use!.emotion = { ana: 1 };
  return journey;
}

const style = (element: Element) => getComputedStyle(element);

/** Every current and compared series: its markers in its line's colour, filled or outlined. */
function expectPersonaMarkers(root: ShadowRoot): void {
  const series = Array.from(root.querySelectorAll('.plot-svg .series--current, .plot-svg .series--compare'));
  expect(series.length).to.be.greaterThan(1);
  for (const group of series) {
    const line = style(group.querySelector('.line')!).stroke;
    const markers = Array.from(group.querySelectorAll('.marker'));
    expect(markers.length, group.getAttribute('data-series-key')!).to.be.greaterThan(0);
    for (const marker of markers) {
      const paint = group.classList.contains('series--compare') ? style(marker).stroke : style(marker).fill;
      expect(paint, `${group.getAttribute('data-series-key')} ${marker.parentElement!.getAttribute('class')}`).to.equal(line);
    }
  }
}

describe('reading at a glance: one colour per persona on the curve', () => {
  for (const theme of ['light', 'dark']) {
    it(`colours the map's markers by persona, shapes by sentiment, ≥ 3:1 on the plot (${theme})`, async () => {
      const map = await mountMap(sparseJourney(), 1200, { lanes: 'emotion', theme });
      const root = mapLanes(map)[0]!.shadowRoot!;
      expectPersonaMarkers(root);
      const bo = root.querySelector('[data-series-key="current:bo"]')!;
      expect(bo.querySelectorAll('.marker').length).to.equal(1);
      expect(style(bo.querySelector('.marker')!).fill).to.equal(style(bo.querySelector('.line')!).stroke);
      const ana = root.querySelector('[data-series-key="current:ana"]')!;
      expect(style(ana.querySelector('.marker')!).fill).to.not.equal(style(bo.querySelector('.marker')!).fill);
      // The shape says the sentiment: three sentiments, three outlines (of the plain, non-moment markers).
      const shape = (sentiment: string) => ana.querySelector(`.point--${sentiment}:not(.point--moment) .marker`)?.getAttribute('d');
      const shapes = ['positive', 'neutral', 'negative'].map(shape).filter(Boolean);
      expect(new Set(shapes).size).to.equal(shapes.length);
      expect(shapes.length).to.be.greaterThan(1);
      // Non-text contrast: every marker against the surface and both tinted zones.
      const surface = style(map.shadowRoot!.querySelector('.scroller')!).backgroundColor;
      const backgrounds = [painted(surface), ...['.zone--positive', '.zone--negative'].map((zone) => painted(surface, style(root.querySelector(zone)!).fill))];
      for (const marker of root.querySelectorAll('.series--current .marker')) {
        for (const background of backgrounds) {
          expect(ratio(style(marker).fill, background), `${style(marker).fill} on ${background}`).to.be.at.least(3);
        }
      }
    });
  }

  it('draws the standalone chart’s markers (and a compared journey’s) in the persona’s colour', async () => {
    const curve: EmotionCurve = await curveFixture(html`<emotion-curve style="inline-size: 900px"></emotion-curve>`);
    const future = laptopJourney();
    future.stages[0]!.steps![1]!.emotion = { ana: 1, bo: 1 };
    curve.journey = laptopJourney();
    curve.compare = future;
    await curve.updateComplete;
    expectPersonaMarkers(curve.shadowRoot!);
  });

  it('exports the same colours: each marker in its persona’s line colour', async () => {
    const map = await mountMap(sparseJourney(), 1200, { lanes: 'emotion' });
    const svg = new DOMParser().parseFromString(map.exportSVG(), 'image/svg+xml');
    const lines = Array.from(svg.querySelectorAll('.emotion-line--current'), (line) => line.getAttribute('stroke'));
    expect(lines.length).to.equal(2);
    const fills = new Set(Array.from(svg.querySelectorAll('.point .marker'), (marker) => marker.getAttribute('fill')));
    expect([...fills].sort()).to.deep.equal([...lines].sort());
  });

  describe('the customers’ band and median', () => {
    const withCustomers = (personas: Array<string | undefined>): JourneyDocument => ({
      ...laptopJourney(),
      individuals: personas.map((persona, k) => ({
        id: `c${k}`,
        ...(persona ? { persona } : {}),
        events: ['search', 'ask', 'order'].map((step, s) => ({ step, emotion: ((k + s) % 5) - 2 })),
      })),
    });

    it('picks the persona shown, or the one persona of every customer, else none', () => {
      const journey = normalizeJourney(withCustomers(['bo', 'bo', 'bo']));
      expect(customerColorSlot(journey)).to.equal(2);
      expect(customerColorSlot(journey, 'ana')).to.equal(1);
      expect(customerColorSlot(normalizeJourney(withCustomers(['bo', 'ana'])))).to.equal(0);
      expect(customerColorSlot(normalizeJourney(withCustomers(['bo', undefined])))).to.equal(0);
      expect(customerColorSlot(normalizeJourney(withCustomers(['nobody'])))).to.equal(0);
    });

    it('draws the band, median and traces of one persona’s customers in that persona’s colour', async () => {
      const map = await mountMap(withCustomers(['bo', 'bo', 'bo', 'bo']), 1200, { lanes: 'emotion' });
      const root = mapLanes(map)[0]!.shadowRoot!;
      const bo = style(root.querySelector('[data-series-key="current:bo"] .line')!).stroke;
      expect(style(root.querySelector('.band')!).fill).to.equal(bo);
      expect(style(root.querySelector('.series--median .line')!).stroke).to.equal(bo);
      expect(style(root.querySelector('.traces')!).color).to.equal(bo);
      const svg = new DOMParser().parseFromString(map.exportSVG(), 'image/svg+xml');
      const exportedBo = svg.querySelectorAll('.emotion-line--current')[1]!.getAttribute('stroke');
      expect(svg.querySelector('.band')!.getAttribute('fill')).to.equal(exportedBo);
      expect(svg.querySelector('.emotion-line--median')!.getAttribute('stroke')).to.equal(exportedBo);
    });

    it('keeps the customers’ own colour when they are of several personas', async () => {
      const map = await mountMap(withCustomers(['bo', 'ana', undefined]), 1200, { lanes: 'emotion' });
      const root = mapLanes(map)[0]!.shadowRoot!;
      const lines = Array.from(root.querySelectorAll('.series--current .line'), (line) => style(line).stroke);
      const band = style(root.querySelector('.band')!).fill;
      expect(lines).to.not.include(band);
      expect(band).to.equal('rgb(51, 65, 85)');
    });
  });
});
