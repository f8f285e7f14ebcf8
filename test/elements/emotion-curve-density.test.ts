import { expect, html } from '@open-wc/testing';
import '../../src/elements/emotion-curve/emotion-curve.js';
import '../../src/elements/journey-map/journey-map.js';
import type { EmotionCurve } from '../../src/elements/emotion-curve/emotion-curve.component.js';
import { DENSITY_THRESHOLD } from '../../src/layout/density.js';
import { SLICED_CUSTOMERS } from '../../src/model/validate-sliced.js';
import { validateJourney } from '../../src/model/validate.js';
import { validateOnce } from '../../src/model/validated.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { curveFixture } from './curve-fixture.js';
import { mountMap } from './map-fixture.js';

const scale = { min: -2, max: 2 };

/** One persona over four steps, `count` customers whose values cycle through the scale. */
function withCustomers(count: number): JourneyDocument {
  const steps = ['a', 'b', 'c', 'd'];
  return {
    schemaVersion: 1,
    title: 'Density',
    state: 'current',
    scale,
    personas: [{ id: 'ops', name: 'Dana' }],
    stages: [
      { id: 's1', title: 'One', steps: [{ id: 'a', title: 'A', emotion: { ops: -2 } }, { id: 'b', title: 'B', emotion: { ops: 2 } }] },
      { id: 's2', title: 'Two', steps: [{ id: 'c', title: 'C', emotion: { ops: -2 } }, { id: 'd', title: 'D', emotion: { ops: 2 } }] },
    ],
    individuals: Array.from({ length: count }, (_, k) => ({
      id: `c${k}`,
      events: steps.map((step, s) => ({ step, emotion: ((k + s) % 5) - 2 })),
    })),
  };
}



/**
 * Whether the loading status ("Loading the journey…") showed in `el`'s shadow root, watched from
 * now: a mutation observer sees it even when it shows for less than a frame.
 */
function watchLoading(el: HTMLElement): () => boolean {
  let seen = false;
  const observer = new MutationObserver(() => {
    seen ||= el.shadowRoot!.querySelector('[part="loading"][role="status"]')?.textContent === 'Loading the journey…';
  });
  observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
  return () => {
    observer.disconnect();
    return seen;
  };
}

const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement | null;

/**
 * Whether every colour is `rgb` within ±1 per channel: the canvas stores premultiplied colour, so a
 * channel read back may be 1 off.
 */
const allNear = (colors: Set<string>, rgb: number[]) =>
  colors.size > 0 && [...colors].every((color) => color.split(',').every((channel, i) => Math.abs(Number(channel) - rgb[i]) <= 1));

/** Painted pixels and the colours they are painted in (where opaque enough to read them back). */
function paint(canvas: HTMLCanvasElement): { painted: number; colors: Set<string> } {
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  const colors = new Set<string>();
  for (let i = 0; i < data.length; i += 4) {
    if (data[i + 3] === 0) continue;
    painted++;
    if (data[i + 3] > 150) colors.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
  }
  return { painted, colors };
}

describe('<emotion-curve> density', () => {
  it('never lets the customer counts under the steps run together: at 375 px in Russian only every other one is written', async () => {
    const steps = Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, title: `Шаг ${i + 1}`, emotion: { ops: (i % 5) - 2 } }));
    const journey: JourneyDocument = {
      ...withCustomers(0),
      locale: 'ru',
      stages: [{ id: 'all', title: 'Все', steps }],
      individuals: Array.from({ length: 1200 }, (_, k) => ({ id: `c${k}`, events: steps.map((step, s) => ({ step: step.id, emotion: ((k + s) % 5) - 2 })) })),
    };
    const el = await curveFixture(html`<emotion-curve locale="ru" style="inline-size: 375px" .journey=${journey}></emotion-curve>`);
    const labels = Array.from(el.shadowRoot!.querySelectorAll<HTMLElement>('.counts .n-label'));
    expect(labels).to.have.length(12);
    const written = labels.filter((label) => label.textContent!.trim() !== '');
    expect(written[0]!.textContent!.replace(/\s+/g, ' ')).to.equal('1,2 тыс.');
    expect(written.length, 'some counts are written').to.be.at.least(4);
    expect(written.length, 'not all of them fit').to.be.below(12);
    // The text itself (it may overflow its 48 px column), from one count to the next: never touching.
    const boxes = written.map((label) => {
      const range = document.createRange();
      range.selectNodeContents(label);
      return range.getBoundingClientRect();
    });
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left - boxes[i - 1]!.right, `gap before count ${i}`).to.be.at.least(4);
  });

  it('traces="density" paints the density in the theme colour, with the ramp in the legend', async () => {
    const el = await curveFixture(html`<emotion-curve theme="light" traces="density" style="inline-size: 600px" .journey=${withCustomers(300)}></emotion-curve>`);
    const canvas = $(el, 'canvas.traces') as HTMLCanvasElement;
    expect(canvas.classList.contains('density')).to.equal(true);
    const { painted, colors } = paint(canvas);
    expect(painted).to.be.greaterThan(1000);
    // --journey-individual in light: #334155.
    expect(allNear(colors, [51, 65, 85]), [...colors].join(' ')).to.equal(true);
    const legend = $(el, '[part="legend"] li[data-key="density"]')!;
    expect(legend.textContent).to.contain('fainter for fewer, stronger for more');
    expect(legend.querySelectorAll('.density-step')).to.have.length(4);
    // The legend draws the median and the band as they are drawn over the density.
    expect(getComputedStyle(legend.parentElement!.querySelector('li[data-key="band"] .band')!).strokeDasharray).to.equal('4px, 3px');
    await expect(el).to.be.accessible();
  });

  it('the dark theme paints the density in its own ink', async () => {
    const el = await curveFixture(html`<emotion-curve theme="dark" traces="density" style="inline-size: 600px" .journey=${withCustomers(300)}></emotion-curve>`);
    const { colors } = paint($(el, 'canvas.traces') as HTMLCanvasElement);
    // --journey-individual in dark: #cbd5e1.
    expect(allNear(colors, [203, 213, 225]), [...colors].join(' ')).to.equal(true);
  });

  it('auto draws lines up to the threshold and a density above it; lines on request', async () => {
    const el = await curveFixture(html`<emotion-curve style="inline-size: 600px" .journey=${withCustomers(DENSITY_THRESHOLD)}></emotion-curve>`);
    expect($(el, 'canvas.traces')!.className).to.equal('traces');
    expect($(el, 'li[data-key="density"]')).to.equal(null);
    el.journey = withCustomers(DENSITY_THRESHOLD + 1);
    await el.updateComplete;
    expect($(el, 'canvas.traces')!.className).to.equal('traces density');
    expect(paint($(el, 'canvas.traces') as HTMLCanvasElement).painted).to.be.greaterThan(1000);
    el.traces = 'lines';
    await el.updateComplete;
    expect($(el, 'canvas.traces')!.className).to.equal('traces');
    expect($(el, 'li[data-key="density"]')).to.equal(null);
  });

  it('persona lines, the median and a highlighted customer sit above the density', async () => {
    const el = await curveFixture(
      html`<emotion-curve traces="density" highlight="c3" style="inline-size: 600px" .journey=${withCustomers(300)}></emotion-curve>`,
    );
    const canvas = $(el, 'canvas.traces')!;
    const svg = $(el, '.plot-svg')!;
    // The SVG comes after the canvas in the same positioned box: it is painted over it.
    expect(canvas.compareDocumentPosition(svg) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect($(el, '.series--median .line')!.getAttribute('d')).to.match(/^M/);
    expect($(el, '.highlight__line')!.getAttribute('d')).to.match(/^M/);
    // What is under a persona's marker: the marker first, the canvas only below it.
    const marker = $(el, '.series--current .point .marker')!;
    const box = marker.getBoundingClientRect();
    const stack = el.shadowRoot!.elementsFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    expect(stack.indexOf(marker)).to.be.within(0, stack.indexOf(canvas) - 1);
    // The persona line keeps a halo of the background around it.
    expect(getComputedStyle($(el, '.series--current .line')!).filter).to.contain('drop-shadow');
  });

  it('a density painted in the arrays a larger one left (kept between paints) is the density painted afresh', async () => {
    const pixelsOf = async (width: number, count: number) => {
      const el = await curveFixture(html`<emotion-curve traces="density" style=${`inline-size: ${width}px`} .journey=${withCustomers(count)}></emotion-curve>`);
      const canvas = $(el, 'canvas.traces') as HTMLCanvasElement;
      const data = Array.from(canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data);
      el.remove();
      return data;
    };
    const first = await pixelsOf(400, 700);
    expect(first.some((channel) => channel > 0)).to.be.true;
    await pixelsOf(900, 900);
    expect(await pixelsOf(400, 700)).to.deep.equal(first);
  });

  it('up to 20 000 customers the density is binned and painted with the chart: it is in the first frame', async () => {
    const el = document.createElement('emotion-curve') as EmotionCurve;
    el.setAttribute('traces', 'density');
    el.style.inlineSize = '1200px';
    el.journey = withCustomers(SLICED_CUSTOMERS);
    document.body.append(el);
    try {
      // Animation frame callbacks run before the frame is painted: whatever is on the canvas now is in it.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const canvas = $(el, 'canvas.traces') as HTMLCanvasElement;
      expect(canvas, 'the chart is drawn before the first frame').to.exist;
      const first = paint(canvas).painted;
      await el.updateComplete;
      expect(first).to.be.greaterThan(1000);
      expect(paint(canvas).painted).to.equal(first);
      expect($(el, '.n-label')!.textContent).to.equal('n = 20,000');
    } finally {
      el.remove();
    }
  });

  it('validates more than 20 000 customers in slices: the loading status first, then the density and the same problems', async () => {
    const doc = withCustomers(SLICED_CUSTOMERS + 1);
    (doc.individuals![5].events[1] as { step: string }).step = 'nowhere';
    const el = document.createElement('emotion-curve') as EmotionCurve;
    el.style.inlineSize = '600px';
    el.traces = 'density';
    el.journey = doc;
    const reported = new Promise<{ warnings: unknown[] }>((resolve) =>
      el.addEventListener('journey-error', (event) => resolve((event as CustomEvent).detail), { once: true }),
    );
    document.body.append(el);
    const loading = watchLoading(el);
    await el.updateComplete;
    expect(loading()).to.equal(true);
    expect($(el, '[part="loading"]')).to.equal(null);
    expect(paint($(el, 'canvas.traces') as HTMLCanvasElement).painted).to.be.greaterThan(1000);
    expect($(el, '.n-label')!.textContent).to.equal('n = 20,001');
    const { warnings } = await reported;
    expect(warnings).to.deep.equal(validateJourney(doc).warnings);
    expect(warnings.map((w) => (w as { path: string }).path)).to.deep.equal(['/individuals/5/events/1/step']);
    el.remove();
  });

  it('prepares the customers of more than 20 000 in slices after validation; a new document draws its own', async () => {
    const first = withCustomers(SLICED_CUSTOMERS + 1);
    const second = withCustomers(SLICED_CUSTOMERS + 2);
    // Validated already (as after an edit): what is left in slices is the customers' matrix and quartiles.
    validateOnce(first, 'en');
    validateOnce(second, 'en');
    const el = document.createElement('emotion-curve') as EmotionCurve;
    el.style.inlineSize = '600px';
    el.journey = first;
    document.body.append(el);
    // Replaced before its customers are drawn (whether their first slice was enough or not).
    el.journey = second;
    await el.updateComplete;
    expect($(el, '[part="loading"]')).to.equal(null);
    expect($(el, '.n-label')!.textContent).to.equal('n = 20,002');
    expect(paint($(el, 'canvas.traces') as HTMLCanvasElement).painted).to.be.greaterThan(1000);
    el.remove();
  });

  it('a map draws its emotion lane as a density with traces="density"', async () => {
    const map = await mountMap(withCustomers(50), 1200, { traces: 'density' });
    const curve = map.shadowRoot!.querySelector('emotion-curve') as EmotionCurve;
    await curve.updateComplete;
    const canvas = curve.shadowRoot!.querySelector('canvas.traces') as HTMLCanvasElement;
    expect(canvas.className).to.equal('traces density');
    expect(paint(canvas).painted).to.be.greaterThan(500);
    map.traces = 'lines';
    await map.updateComplete;
    await curve.updateComplete;
    expect(canvas.className).to.equal('traces');
  });
});
