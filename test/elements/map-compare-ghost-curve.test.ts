import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { laptopJourney, mapLanes, settle } from './map-fixture.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import type { JourneyDocument } from '../../src/model/types.js';

/** The laptop journey without "wait": compared with the current one, "wait" is a ghost column. */
function future(): JourneyDocument {
  const doc = laptopJourney();
  doc.stages[1]!.steps = [doc.stages[1]!.steps![0]!];
  return doc;
}

/** The current laptop journey, where "wait" felt bad to both personas. */
function current(): JourneyDocument {
  const doc = laptopJourney();
  doc.stages[1]!.steps![1]!.emotion = { ana: -2, bo: -2 };
  return doc;
}

async function compared(): Promise<JourneyMap> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1100px"></div>`);
  const map = document.createElement('journey-map') as JourneyMap;
  map.journey = future();
  map.compareTo = current();
  wrapper.append(map);
  await settle(map);
  return map;
}

/** The vertices of a path (every "x,y" pair after a command letter or as a curve's end point). */
const vertices = (d: string) => Array.from(d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g), (m) => [Number(m[1]), Number(m[2])] as const);

/** The x, y of an element's own `translate(x, y)`. */
const translation = (element: Element) => {
  const match = /translate\((-?[\d.]+)[ ,]+(-?[\d.]+)\)/.exec(element.getAttribute('transform') ?? '');
  return match ? [Number(match[1]), Number(match[2])] : [0, 0];
};

/** How far an element's ancestors move it along x. */
const ancestorsX = (element: Element) => {
  let x = 0;
  for (let node = element.parentElement; node; node = node.parentElement) x += translation(node)[0]!;
  return x;
};

/** The export's legend entries, each a text of wrapped lines (one tspan a line). */
const legendOf = (svg: Document) => Array.from(svg.querySelectorAll('text.legend'), (text) => Array.from(text.querySelectorAll('tspan'), (line) => line.textContent).join(' '));

describe('<journey-map> compareTo: the dashed curve through a ghost column', () => {
  it('on screen, the compared line has a point at the ghost’s centre, at the removed step’s value', async () => {
    const map = await compared();
    const curve = mapLanes(map).find((lane) => lane.laneKey === 'emotion')!;
    await curve.updateComplete;
    const plot = curve.shadowRoot!.querySelector('svg.plot-svg')!;
    const ghost = curve.shadowRoot!.querySelector<HTMLElement>('[data-ghost-id="wait"]') ?? map.shadowRoot!.querySelector<HTMLElement>('[data-ghost-id="wait"]')!;
    const box = ghost.getBoundingClientRect();
    const ghostX = Math.round(box.left + box.width / 2 - plot.getBoundingClientRect().left);
    const series = (key: string) => curve.shadowRoot!.querySelector(`[data-series-key="${key}"]`)!;
    // −2 is where Bo's compared marker at "ask" sits (Bo felt −2 there).
    const boAsk = series('compare:bo').querySelector<SVGGElement>('[data-step="1"]')!;
    const minusTwo = Number(/translate\([-\d.]+px, ([-\d.]+)px\)/.exec(boAsk.getAttribute('style') ?? '')![1]);
    const ana = vertices(series('compare:ana').querySelector('path.line')!.getAttribute('d')!);
    expect(ana.some(([x, y]) => Math.abs(x - ghostX) <= 0.5 && y === minusTwo)).to.equal(true);
    // The map's own line has no point there.
    const now = vertices(series('current:ana').querySelector('path.line')!.getAttribute('d')!);
    expect(now.some(([x]) => Math.abs(x - ghostX) <= 0.5)).to.equal(false);
  });

  it('the exported SVG draws the same: the dashed line passes through the ghost column at the removed step’s value', async () => {
    const map = await compared();
    const svg = new DOMParser().parseFromString(map.exportSVG(), 'image/svg+xml');
    const rect = svg.querySelector('g.ghost[data-step="wait"] rect')!;
    const ghostX = Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')) / 2;
    // −2: the lower of the "ask" markers (Ana felt −1 there, Bo −2, in both documents).
    const minusTwo = Math.max(...Array.from(svg.querySelectorAll('g.point[data-step="ask"]'), (point) => translation(point)[1]));
    const [ana, bo] = Array.from(svg.querySelectorAll('path.emotion-line--compare'));
    const offset = ancestorsX(ana!);
    expect(vertices(ana!.getAttribute('d')!).some(([x, y]) => x + offset === ghostX && y === minusTwo)).to.equal(true);
    expect(vertices(bo!.getAttribute('d')!).some(([x, y]) => x + offset === ghostX && y === minusTwo)).to.equal(true);
    const own = Array.from(svg.querySelectorAll('path.emotion-line--current'));
    expect(own.some((path) => vertices(path.getAttribute('d')!).some(([x]) => x + offset === ghostX))).to.equal(false);
  });

  it('on screen, the compared line has its hollow marker at the ghost', async () => {
    const map = await compared();
    const curve = mapLanes(map).find((lane) => lane.laneKey === 'emotion')!;
    await curve.updateComplete;
    const plot = curve.shadowRoot!.querySelector('svg.plot-svg')!;
    const ghost = map.shadowRoot!.querySelector<HTMLElement>('.step-row [data-ghost-id="wait"]')!;
    const box = ghost.getBoundingClientRect();
    const ghostX = box.left + box.width / 2 - plot.getBoundingClientRect().left;
    for (const key of ['compare:ana', 'compare:bo']) {
      const marker = curve.shadowRoot!.querySelector<SVGGElement>(`[data-series-key="${key}"] .point--ghost[data-ghost="wait"]`)!;
      const [x] = /translate\(([-\d.]+)px/.exec(marker.getAttribute('style') ?? '')!.slice(1).map(Number);
      expect(Math.abs(x! - ghostX)).to.be.at.most(0.5);
      // −2 is a triangle pointing down, hollow like the compared line's other markers.
      expect(marker.classList.contains('point--negative')).to.equal(true);
      const style = getComputedStyle(marker.querySelector('.marker')!);
      expect(style.fill).to.not.equal(style.stroke);
    }
    expect(curve.shadowRoot!.querySelectorAll('[data-series-key^="current:"] .point--ghost')).to.have.length(0);
  });

  it('the export draws the marker too, and its legend says what the dashed line and the shaded area are', async () => {
    const map = await compared();
    const svg = new DOMParser().parseFromString(map.exportSVG(), 'image/svg+xml');
    const rect = svg.querySelector('g.ghost[data-step="wait"] rect')!;
    const ghostX = Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')) / 2;
    const markers = Array.from(svg.querySelectorAll('g.point--ghost[data-ghost="wait"]'));
    expect(markers).to.have.length(2);
    for (const marker of markers) expect(translation(marker)[0]! + ancestorsX(marker)).to.equal(ghostX);
    const legend = legendOf(svg);
    expect(legend).to.include('Dashed: “Ordering a laptop” (compared)');
    expect(legend).to.include('Shaded: the difference between them');
    expect(svg.querySelector('line.legend-swatch[stroke-dasharray]')).not.to.equal(null);
    expect(svg.querySelector('rect.legend-swatch')).not.to.equal(null);
  });

  it('the export’s legend in Russian and Romanian', async () => {
    for (const [locale, dashed, shaded] of [
      ['ru', 'Пунктир: «Ordering a laptop» (для сравнения)', 'Заливка: разница между ними'],
      ['ro', 'Linie întreruptă: „Ordering a laptop” (comparată)', 'Zona colorată: diferența dintre ele'],
    ]) {
      const map = await compared();
      map.locale = locale;
      await settle(map);
      const svg = new DOMParser().parseFromString(map.exportSVG(), 'image/svg+xml');
      const legend = legendOf(svg);
      expect(legend).to.include.members([dashed, shaded]);
    }
  });
});
