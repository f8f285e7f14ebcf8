import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/emotion-curve/emotion-curve.js';
import type { EmotionCurve } from '../../src/elements/emotion-curve/emotion-curve.component.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { bankCardJourneyRu } from '../../src/samples/bank-card-ru.js';
import { curveFixture } from './curve-fixture.js';

const scale = { min: -2, max: 2, labels: { '-2': 'Frustrated', '0': 'Neutral', '2': 'Delighted' } };

const journey: JourneyDocument = {
  schemaVersion: 1,
  title: 'Buying a phone system',
  scale,
  personas: [{ id: 'ops', name: 'Dana' }],
  stages: [
    {
      id: 'need',
      title: 'Need',
      steps: [
        { id: 'missed', title: 'Calls get missed', emotion: -2 },
        { id: 'search', title: 'Search', emotion: -1 },
      ],
    },
    {
      id: 'buy',
      title: 'Buy',
      steps: [
        { id: 'sign', title: 'Sign the contract, pay the first invoice and wait for the old provider to port the numbers', emotion: 1, momentOfTruth: true },
        { id: 'use', title: 'Use', emotion: 2 },
      ],
    },
  ],
};

const root = (el: EmotionCurve) => el.shadowRoot!;
const names = (el: EmotionCurve) => Array.from(root(el).querySelectorAll<HTMLElement>('.step-name'));
const rect = (el: Element) => el.getBoundingClientRect();

/** The screen x of each step's point (the first series' markers). */
function pointXs(el: EmotionCurve): Map<number, number> {
  const xs = new Map<number, number>();
  for (const point of root(el).querySelectorAll<SVGGElement>('.series--current .point')) {
    const box = rect(point.querySelector('.marker')!);
    xs.set(Number(point.dataset.step), box.left + box.width / 2);
  }
  return xs;
}

/** Where a label says its point is: its own start plus its `--point` share of its width. */
function labelPointX(label: HTMLElement): number {
  const box = rect(label);
  const share = parseFloat(label.style.getPropertyValue('--point')) / 100;
  return getComputedStyle(label).direction === 'rtl' ? box.right - share * box.width : box.left + share * box.width;
}

function expectNoOverlap(boxes: DOMRect[], what: string): void {
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      const apart = a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;
      expect(apart, `${what} ${i} and ${j} overlap`).to.equal(true);
    }
  }
}

/** The rendered lines of text of every step name (its clamped text box). */
const textBoxes = (el: EmotionCurve) => names(el).map((name) => rect(name.querySelector('.axis-text')!));

describe('<emotion-curve> axis', () => {
  it('names every step under its point, in full for screen readers and as the tooltip', async () => {
    const el = await curveFixture(html`<emotion-curve style="inline-size: 800px" .journey=${journey}></emotion-curve>`);
    const labels = names(el);
    expect(labels.map((label) => label.textContent!.trim())).to.deep.equal(journey.stages.flatMap((s) => (s.steps ?? []).map((step) => step.title)));
    expect(labels.map((label) => label.title)).to.deep.equal(labels.map((label) => label.textContent!.trim()));
    expect(root(el).querySelector('.step-names')!.getAttribute('aria-label')).to.equal('Step');
    const xs = pointXs(el);
    labels.forEach((label, i) => expect(Math.abs(labelPointX(label) - xs.get(i)!), `step ${i}`).to.be.below(1.5));
    // Wide columns: one tier, each name under its own column.
    expect(new Set(labels.map((label) => rect(label).top)).size).to.equal(1);
    await expect(el).to.be.accessible();
  });

  it('draws the stages as bands as wide as their steps', async () => {
    const el = await curveFixture(html`<emotion-curve style="inline-size: 800px" .journey=${journey}></emotion-curve>`);
    const bands = Array.from(root(el).querySelectorAll<HTMLElement>('.stage-band'));
    expect(bands.map((band) => band.textContent!.trim())).to.deep.equal(['Need', 'Buy']);
    const labels = names(el);
    expect(Math.abs(rect(bands[0]).left - rect(labels[0]).left)).to.be.below(1);
    expect(Math.abs(rect(bands[0]).right - rect(labels[1]).right)).to.be.below(1);
    expect(Math.abs(rect(bands[1]).right - rect(labels[3]).right)).to.be.below(1);
    // Every other stage is tinted behind the plot, with a line where a stage begins.
    expect(root(el).querySelectorAll('.stage-tint')).to.have.length(1);
    expect(root(el).querySelectorAll('.stage-line')).to.have.length(1);
  });

  it('fits the chart in its element: no column hides under the edge', async () => {
    const el = await curveFixture(html`<emotion-curve style="inline-size: 800px" .journey=${journey}></emotion-curve>`);
    const scroller = root(el).querySelector<HTMLElement>('.scroller')!;
    expect(scroller.scrollWidth).to.be.at.most(scroller.clientWidth);
  });

  it('shows the whole name of the step the keyboard is on', async () => {
    const el = await curveFixture(html`<emotion-curve style="inline-size: 400px" .journey=${journey}></emotion-curve>`);
    const long = names(el)[2];
    const clamped = rect(long.querySelector('.axis-text')!).height;
    root(el).querySelector<HTMLElement>('.plot')!.focus();
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowRight']) await sendKeys({ press: key });
    await el.updateComplete;
    expect(long.classList.contains('step-name--active')).to.equal(true);
    expect(rect(long.querySelector('.axis-text')!).height).to.be.above(clamped);
  });

  for (const dir of ['ltr', 'rtl']) {
    it(`staggers long Russian names at 375 px without overlap, under their points (${dir})`, async () => {
      const el = await curveFixture(
        html`<div dir=${dir} style="inline-size: 375px"><emotion-curve locale="ru" .journey=${bankCardJourneyRu}></emotion-curve></div>`,
      ).then((wrapper) => wrapper.querySelector('emotion-curve') as EmotionCurve);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await el.updateComplete;
      expect(root(el).querySelector('.step-names--staggered')).to.not.equal(null);
      expectNoOverlap(textBoxes(el), 'step names');
      const xs = pointXs(el);
      names(el).forEach((label, i) => {
        if (xs.has(i)) expect(Math.abs(labelPointX(label) - xs.get(i)!), `step ${i}`).to.be.below(1.5);
      });
      const first = rect(names(el)[0]);
      const second = rect(names(el)[1]);
      // The first step is at the start of the writing direction.
      expect(dir === 'rtl' ? first.right > second.right : first.left < second.left).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }
});
