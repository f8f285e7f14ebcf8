import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/elements/emotion-curve/emotion-curve.js';
import '../../src/elements/journey-map/journey-map.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import type { EmotionCurve } from '../../src/elements/emotion-curve/emotion-curve.component.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { SVG_TRACES_MAX } from '../../src/layout/individuals-canvas.js';
import { curveFixture } from './curve-fixture.js';

const scale = { min: -2, max: 2, labels: { '-2': 'Frustrated', '-1': 'Annoyed', '0': 'Neutral', '1': 'Satisfied', '2': 'Delighted' } };

/** Two personas over four steps; Marcus has no value at "Sign". */
const current: JourneyDocument = {
  schemaVersion: 1,
  title: 'Buying a phone system',
  state: 'current',
  scale,
  personas: [
    { id: 'ops', name: 'Dana' },
    { id: 'cfo', name: 'Marcus' },
  ],
  channels: [
    { id: 'phone', label: 'Phone call', icon: 'phone' },
    { id: 'chat', label: 'Live chat', icon: 'chat' },
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
        { id: 'sign', title: 'Sign', emotion: { ops: 1 }, momentOfTruth: true },
        { id: 'use', title: 'Use', emotion: { ops: 2, cfo: 1.5 } },
      ],
    },
  ],
};

const future: JourneyDocument = {
  ...current,
  title: 'Buying a phone system (to be)',
  state: 'future',
  stages: [
    { id: 'need', title: 'Need', steps: [{ id: 'missed', title: 'Calls get missed', emotion: { ops: 0, cfo: 0 } }] },
    { id: 'buy', title: 'Buy', steps: [{ id: 'use', title: 'Use', emotion: { ops: 2, cfo: 2 } }] },
  ],
};

function withCustomers(count: number): JourneyDocument {
  const steps = ['missed', 'search', 'sign', 'use'];
  return {
    ...current,
    individuals: Array.from({ length: count }, (_, k) => ({
      id: `c${k}`,
      label: `Customer ${k}`,
      events: steps.map((step, s) => ({ step, emotion: ((k + s) % 5) - 2, channel: s % 2 ? 'chat' : 'phone' })),
    })),
  };
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));


const $ = (el: EmotionCurve, selector: string) => el.shadowRoot!.querySelector(selector) as HTMLElement | null;
const $$ = (el: EmotionCurve, selector: string) => Array.from(el.shadowRoot!.querySelectorAll(selector)) as HTMLElement[];
function paintedPixels(canvas: HTMLCanvasElement): { painted: number; maxAlpha: number } {
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  let maxAlpha = 0;
  for (let i = 3; i < data.length; i += 4) {
    if (data[i] > 0) painted++;
    maxAlpha = Math.max(maxAlpha, data[i]);
  }
  return { painted, maxAlpha };
}

const liveText = (el: EmotionCurve) => $(el, '[role="status"]')!.textContent!.trim();

describe('<emotion-curve>', () => {
  afterEach(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('draws one line per persona with markers whose shape says the sentiment', async () => {
    const el = await curveFixture(html`<emotion-curve style="inline-size: 600px" .journey=${current}></emotion-curve>`);
    const series = $$(el, '.plot-svg .series--current');
    expect(series.map((g) => g.dataset.seriesKey)).to.deep.equal(['current:ops', 'current:cfo']);
    const dana = $$(el, '.series--current[data-series-key="current:ops"] .point');
    expect(dana.map((p) => p.getAttribute('class'))).to.deep.equal([
      'point point--negative',
      'point point--negative',
      'point point--positive point--moment',
      'point point--positive',
    ]);
    // Triangle down for negative, triangle up for positive.
    expect(dana[0].querySelector('path')!.getAttribute('d')).to.equal('M0,6L5.196,-3L-5.196,-3Z');
    expect(dana[3].querySelector('path')!.getAttribute('d')).to.equal('M0,-6L5.196,3L-5.196,3Z');
    expect(dana[2].querySelector('.moment-ring')).to.exist;
    // At the last step Marcus's +1.5 sits next to Dana's +2: one label says both, on Dana's point.
    expect(dana.map((p) => p.querySelector('.value-label')!.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal(['-2', '-1', '+1', '+2 / +1.5']);
    expect($$(el, '.tick').map((t) => t.textContent)).to.deep.equal(['Frustrated', 'Annoyed', 'Neutral', 'Satisfied', 'Delighted']);
    expect($(el, '.neutral-line')).to.exist;
    expect($(el, '.zone--positive')).to.exist;
    expect($$(el, '.legend li').map((li) => li.textContent!.trim())).to.deep.equal(['Dana', 'Marcus']);
  });

  it('leaves a gap for a missing value instead of drawing zero', async () => {
    const el = await curveFixture(html`<emotion-curve style="inline-size: 600px" curve="linear" .journey=${current}></emotion-curve>`);
    const marcus = $(el, '[data-series-key="current:cfo"] .line')!.getAttribute('d')!;
    expect(marcus.match(/M/g)).to.have.length(2);
    expect($$(el, '[data-series-key="current:cfo"] .point').map((p) => p.dataset.step)).to.deep.equal(['0', '1', '3']);
    // Columns of 121px after the chart's 18px padding and borders and the 96px axis: the "Sign"
    // column's centre (302) is never visited.
    expect(marcus).to.equal('M60,163.5L181,117M423,47.25Z');
  });

  it('is a named chart described by its generated summary', async () => {
    const el = await curveFixture(html`<emotion-curve style="inline-size: 600px" .journey=${current}></emotion-curve>`);
    const plot = $(el, '[part="plot"]')!;
    expect(plot.getAttribute('aria-label')).to.equal('Buying a phone system');
    const summary = el.shadowRoot!.getElementById(plot.getAttribute('aria-describedby')!)!;
    expect(summary.textContent).to.equal(
      'Emotion across the 4 steps of “Buying a phone system”. ' +
        'Dana: lowest -2 (Frustrated) at “Calls get missed”, highest +2 (Delighted) at “Use”; overall rising from -2 (Frustrated) to +2 (Delighted). ' +
        'Marcus: lowest -1 (Annoyed) at “Calls get missed”, highest +1.5 (Satisfied) at “Use”; overall rising from -1 (Annoyed) to +1.5 (Satisfied).',
    );
    expect($$(el, '[tabindex="0"]')).to.deep.equal([plot]);
  });

  it('reveals a table of values per step and series from a visible button', async () => {
    const el = await curveFixture(html`<emotion-curve style="inline-size: 600px" .journey=${current}></emotion-curve>`);
    const toggle = $(el, '[part="toggle"]') as HTMLButtonElement;
    expect(toggle.textContent!.trim()).to.equal('Show table');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect($(el, '.table-wrap')!.hidden).to.equal(true);
    // Closed, the table is not built at all; the toggle still controls its (empty) wrapper.
    expect($(el, `#${toggle.getAttribute('aria-controls')}`)).to.equal($(el, '.table-wrap'));
    expect($(el, 'table')).to.equal(null);
    toggle.click();
    await el.updateComplete;
    expect(toggle.textContent!.trim()).to.equal('Hide table');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect($(el, '.table-wrap')!.hidden).to.equal(false);
    const table = $(el, 'table')!;
    expect(table.querySelector('caption')!.textContent).to.equal('Buying a phone system: emotion by step');
    expect(Array.from(table.querySelectorAll('thead th')).map((th) => th.textContent)).to.deep.equal(['Stage', 'Step', 'Dana', 'Marcus']);
    const rows = Array.from(table.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.children).map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
    );
    expect(rows).to.deep.equal([
      ['Need', 'Calls get missed', '-2 (Frustrated)', '-1 (Annoyed)'],
      ['Need', 'Search', '-1 (Annoyed)', '0 (Neutral)'],
      ['Buy', 'Sign (Moment of truth)', '+1 (Satisfied)', 'no value'],
      ['Buy', 'Use', '+2 (Delighted)', '+1.5 (Satisfied)'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('moves between points with the keyboard and announces each one', async () => {
    const el = await curveFixture(html`<emotion-curve style="inline-size: 600px" .journey=${current}></emotion-curve>`);
    $(el, '[part="plot"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(liveText(el)).to.equal('Need, Calls get missed, Dana: -2 (Frustrated)');
    expect($(el, '.focus-ring')).to.exist;
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(liveText(el)).to.equal('Buy, Sign, Dana: +1 (Satisfied); Moment of truth');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    // Marcus has no value at "Sign": the nearest earlier point.
    expect(liveText(el)).to.equal('Need, Search, Marcus: 0 (Neutral)');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(liveText(el)).to.equal('Buy, Use, Marcus: +1.5 (Satisfied)');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(liveText(el)).to.equal('Need, Calls get missed, Dana: -2 (Frustrated)');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(liveText(el)).to.equal('Need, Calls get missed, Dana: -2 (Frustrated)');

    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event = await oneEvent(el, 'journey-select');
    expect(event.detail).to.deep.equal({ stageId: 'need', stepId: 'missed', persona: 'ops', lane: 'emotion' });
    expect(event.bubbles && event.composed).to.equal(true);

    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(liveText(el)).to.equal('');
    expect($(el, '.focus-ring')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal($(el, '[part="plot"]'));
  });

  it('mirrors Left and Right on right-to-left pages', async () => {
    const el = await curveFixture(html`<emotion-curve dir="rtl" style="inline-size: 600px" .journey=${current}></emotion-curve>`);
    const xs = $$(el, '[data-series-key="current:ops"] .point').map((p) => p.getBoundingClientRect().x);
    expect(xs[0]).to.be.greaterThan(xs[3]);
    $(el, '[part="plot"]')!.focus();
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(liveText(el)).to.equal('Need, Search, Dana: -1 (Annoyed)');
  });

  it('draws a compared journey dashed, shades the difference and adds it to the legend', async () => {
    const el = await curveFixture(
      html`<emotion-curve style="inline-size: 600px" curve="linear" .journey=${current} .compare=${future}></emotion-curve>`,
    );
    const compared = $$(el, '.plot-svg .series--compare');
    expect(compared.map((g) => g.dataset.seriesKey)).to.deep.equal(['compare:ops', 'compare:cfo']);
    const line = compared[0].querySelector('.line')!;
    expect(getComputedStyle(line).strokeDasharray).to.equal('6px, 4px');
    expect(compared[0].querySelectorAll('.point')).to.have.length(2);
    const differences = $$(el, '.difference');
    expect(differences).to.have.length(2);
    expect(differences[0].getAttribute('d')).to.match(/^M[\d.]+,[\d.]+L/);
    expect($$(el, '.legend li').map((li) => li.textContent!.trim())).to.deep.equal([
      'Dana (current state)',
      'Marcus (current state)',
      'Dana (future state)',
      'Marcus (future state)',
    ]);
  });

  it('shows the problems of an invalid document in an alert and fires journey-error', async () => {
    const el = document.createElement('emotion-curve');
    setTimeout(() => {
      el.journey = { schemaVersion: 1, title: 'Broken', stages: 'nope' };
      document.body.append(el);
    });
    const event = await oneEvent(el, 'journey-error');
    expect(event.detail.errors.length).to.be.greaterThan(0);
    expect(event.detail.source).to.equal('document');
    await el.updateComplete;
    const alert = $(el, '[role="alert"]')!;
    expect(alert.textContent).to.contain('/stages');
    // A curve is no map: the title speaks of the journey.
    expect($(el, '.error__title')!.textContent).to.equal('This journey cannot be shown');
    expect($(el, '[part="plot"]')).to.equal(null);
    el.remove();
  });

  it('stays empty and quiet until it has a journey', async () => {
    let errors = 0;
    const el = await curveFixture(html`<emotion-curve @journey-error=${() => errors++}></emotion-curve>`);
    expect(el.shadowRoot!.children.length).to.equal(0);
    expect(errors).to.equal(0);
    el.journey = current;
    await el.updateComplete;
    expect($$(el, '.plot-svg .series--current')).to.have.length(2);
    expect(errors).to.equal(0);
  });

  it('takes the curve shape and any string from its attributes and properties', async () => {
    const el = await curveFixture(
      html`<emotion-curve style="inline-size: 600px" curve="step" .strings=${{ 'curve.table.show': 'Data' }} .journey=${current}></emotion-curve>`,
    );
    // Columns of 121px: a step curve turns halfway (120.5) between the first two points.
    expect($(el, '[data-series-key="current:ops"] .line')!.getAttribute('d')).to.match(/^M60,[\d.]+L120\.5,[\d.]+L120\.5,/);
    expect($(el, '[part="toggle"]')!.textContent!.trim()).to.equal('Data');
  });

  it('keeps drawing the main journey when the compared one is invalid', async () => {
    const el = await curveFixture(html`<emotion-curve style="inline-size: 600px" .journey=${current} .compare=${{ title: 1 }}></emotion-curve>`);
    expect($(el, '[role="alert"]')!.textContent).to.contain('The compared journey cannot be drawn');
    expect($$(el, '.plot-svg .series--current')).to.have.length(2);
    expect($$(el, '.plot-svg .series--compare')).to.have.length(0);
  });

  it('draws customers as translucent canvas traces with median, quartile band and n', async () => {
    const el = await curveFixture(html`<emotion-curve style="inline-size: 600px" .journey=${withCustomers(200)}></emotion-curve>`);
    const canvas = $(el, 'canvas.traces') as HTMLCanvasElement;
    expect(canvas.width).to.equal(Math.round(Number.parseFloat(canvas.style.width) * window.devicePixelRatio));
    expect(paintedPixels(canvas).painted).to.be.greaterThan(1000);
    el.journey = withCustomers(1);
    await el.updateComplete;
    // A few customers are SVG paths, no canvas: one customer alone is drawn at half opacity.
    expect($(el, 'canvas')).to.equal(null);
    const trace = $(el, 'svg.traces path.trace')!;
    expect(trace.getAttribute('d')).to.match(/^M[\d.]+,[\d.]+C/);
    expect(getComputedStyle(trace).strokeOpacity).to.equal('0.5');
    expect(getComputedStyle(trace).stroke).to.equal(getComputedStyle($(el, 'svg.traces')!).color);
    el.journey = withCustomers(SVG_TRACES_MAX);
    await el.updateComplete;
    expect($$(el, 'svg.traces path.trace')).to.have.length(SVG_TRACES_MAX);
    expect($(el, 'canvas')).to.equal(null);
    el.journey = withCustomers(SVG_TRACES_MAX + 1);
    await el.updateComplete;
    expect($(el, 'svg.traces')).to.equal(null);
    expect(paintedPixels($(el, 'canvas.traces') as HTMLCanvasElement).painted).to.be.greaterThan(1000);
    el.journey = withCustomers(200);
    await el.updateComplete;
    expect($(el, '.series--median .line')!.getAttribute('d')).to.match(/^M/);
    expect($(el, '.band')!.getAttribute('d')).to.match(/^M.*Z$/);
    expect($$(el, '.n-label').map((t) => t.textContent)).to.deep.equal(['n = 200', 'n = 200', 'n = 200', 'n = 200']);
    ($(el, '[part="toggle"]') as HTMLButtonElement).click();
    await el.updateComplete;
    const head = Array.from($(el, 'table')!.querySelectorAll('thead th')).map((th) => th.textContent!.trim());
    expect(head).to.deep.equal(['Stage', 'Step', 'Dana', 'Marcus', 'Median', 'Lower quartile', 'Upper quartile', 'Customers (n)']);
    const first = Array.from($(el, 'tbody tr')!.children).map((cell) => cell.textContent!.trim());
    expect(first.slice(4)).to.deep.equal(['0', '-1', '+1', '200']);
  });

  it('draws at its own width in the first render, before the size observer reports', async () => {
    const el = await fixture<EmotionCurve>(html`<emotion-curve style="inline-size: 600px" .journey=${withCustomers(50)}></emotion-curve>`);
    const canvas = $(el, 'canvas.traces') as HTMLCanvasElement;
    // The plot is the host's width less the chart's padding and borders (18 px) and the 96 px
    // tick-label column, in whole 121 px columns.
    expect(canvas.style.width).to.equal('484px');
    expect(paintedPixels(canvas).painted).to.be.greaterThan(100);
    const line = $(el, '.series--median .line')!.getAttribute('d');
    await frame();
    await frame();
    expect($(el, '.series--median .line')!.getAttribute('d')).to.equal(line);
  });

  it('draws the highlighted customer on top with their channels marked', async () => {
    const el = await curveFixture(
      html`<emotion-curve style="inline-size: 600px" highlight="c3" .journey=${withCustomers(20)}></emotion-curve>`,
    );
    const highlight = $(el, '.highlight')!;
    expect(highlight.dataset.customer).to.equal('c3');
    expect(highlight.parentElement!.lastElementChild === highlight || highlight.nextElementSibling === null).to.equal(true);
    expect(Array.from(highlight.querySelectorAll('.channel-mark')).map((m) => m.getAttribute('data-channel'))).to.deep.equal([
      'phone',
      'chat',
      'phone',
      'chat',
    ]);
    expect(highlight.querySelector('.channel-mark title')!.textContent).to.equal('Phone call');
    expect($$(el, '.legend li').map((li) => li.textContent!.trim())).to.include('Customer Customer 3');
    el.highlight = 'nobody';
    await el.updateComplete;
    expect($(el, '.highlight')).to.equal(null);
  });

  it('animates data changes, unless the user prefers reduced motion', async () => {
    const el = await curveFixture(html`<emotion-curve style="inline-size: 600px" .journey=${current}></emotion-curve>`);
    const line = () => $(el, '.plot-svg .series--current .line')!;
    // A new size snaps into place; new data glides.
    expect(getComputedStyle(line()).transitionDuration).to.equal('0s');
    el.journey = future;
    await el.updateComplete;
    expect(getComputedStyle(line()).transitionDuration).to.equal('0.4s');
    expect(getComputedStyle(line()).transitionProperty).to.equal('d');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(line()).transitionDuration).to.equal('0s');
    expect(getComputedStyle($(el, '.point')!).transitionDuration).to.equal('0s');
  });

  it('filters to one persona and speaks Russian', async () => {
    const el = await curveFixture(
      html`<emotion-curve style="inline-size: 600px" locale="ru" persona="cfo" .journey=${current}></emotion-curve>`,
    );
    expect($$(el, '.plot-svg .series--current').map((g) => g.dataset.seriesKey)).to.deep.equal(['current:cfo']);
    expect($(el, '.legend')).to.equal(null);
    expect($(el, '[part="toggle"]')!.textContent!.trim()).to.equal('Показать таблицу');
    expect($(el, '#summary')!.textContent).to.contain('Marcus: минимум -1 (Annoyed) на шаге «Calls get missed»');
  });

  it('has no accessibility violations with customers, compare and highlight', async () => {
    const el = await curveFixture(
      html`<emotion-curve style="inline-size: 600px" highlight="c1" .journey=${withCustomers(50)} .compare=${future}></emotion-curve>`,
    );
    await expect(el).to.be.accessible();
  });
});

describe('<emotion-curve> as the emotion lane of <journey-map>', () => {
  async function mapFixture(template: ReturnType<typeof html>): Promise<{ map: JourneyMap; curve: EmotionCurve }> {
    const map = await fixture<JourneyMap>(template);
    await frame();
    await frame();
    await map.updateComplete;
    const curve = map.shadowRoot!.querySelector('emotion-curve') as EmotionCurve;
    await curve.updateComplete;
    return { map, curve };
  }

  const centreX = (element: Element) => {
    const rect = element.getBoundingClientRect();
    return rect.x + rect.width / 2;
  };
  const stepHeaders = (map: JourneyMap) =>
    Array.from(map.shadowRoot!.querySelectorAll<HTMLElement>('.step-row [role="columnheader"][data-step-id]'));

  for (const dir of ['ltr', 'rtl']) {
    it(`puts every point on its step header's centre (${dir})`, async () => {
      const { map, curve } = await mapFixture(html`<journey-map dir=${dir} style="inline-size: 900px" .journey=${current}></journey-map>`);
      const headers = stepHeaders(map);
      expect(headers).to.have.length(4);
      const dana = $$(curve, '.plot-svg [data-series-key="current:ops"] .marker');
      expect(dana).to.have.length(4);
      dana.forEach((marker, i) => expect(Math.abs(centreX(marker) - centreX(headers[i]))).to.be.below(1));
      const marcus = $$(curve, '.plot-svg [data-series-key="current:cfo"] .point');
      expect(marcus.map((p) => p.dataset.step)).to.deep.equal(['0', '1', '3']);
      marcus.forEach((point) =>
        expect(Math.abs(centreX(point.querySelector('.marker')!) - centreX(headers[Number(point.dataset.step)]))).to.be.below(1),
      );
      const cells = curve.gridCells().slice(1);
      cells.forEach((cell, i) => {
        expect(Math.abs(cell.getBoundingClientRect().x - headers[i].getBoundingClientRect().x)).to.be.below(1);
        expect(Math.abs(cell.getBoundingClientRect().width - headers[i].getBoundingClientRect().width)).to.be.below(1);
      });
    });
  }

  it('turns the lane toggle animation off for reduced motion, like the other lanes', async () => {
    const { curve } = await mapFixture(html`<journey-map style="inline-size: 900px" .journey=${current}></journey-map>`);
    const chevron = () => getComputedStyle(curve.shadowRoot!.querySelector('[part="toggle"] svg')!).transitionDuration;
    expect(chevron()).to.equal('0.15s');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(chevron()).to.equal('0s');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('is a grid row: a row header, then one named cell per step over a hidden plot', async () => {
    const { curve } = await mapFixture(html`<journey-map style="inline-size: 900px" .journey=${current}></journey-map>`);
    expect(curve.getAttribute('role')).to.equal('row');
    expect(curve.getAttribute('aria-rowindex')).to.equal('3');
    expect(curve.laneKey).to.equal('emotion');
    const [header, ...cells] = curve.gridCells();
    expect(header.getAttribute('role')).to.equal('rowheader');
    expect(header.getAttribute('aria-label')).to.equal('Emotion');
    expect(cells.map((cell) => cell.getAttribute('role'))).to.deep.equal(['gridcell', 'gridcell', 'gridcell', 'gridcell']);
    expect(cells.every((cell) => cell.tabIndex === -1)).to.equal(true);
    expect(cells.map((cell) => cell.getAttribute('aria-label'))).to.deep.equal([
      'Dana: -2 (Frustrated); Marcus: -1 (Annoyed)',
      'Dana: -1 (Annoyed); Marcus: 0 (Neutral)',
      'Dana: +1 (Satisfied); Marcus: no value; Moment of truth',
      'Dana: +2 (Delighted); Marcus: +1.5 (Satisfied)',
    ]);
    expect($(curve, '.plot-svg')!.getAttribute('aria-hidden')).to.equal('true');
    expect($(curve, '[part="plot"]')).to.equal(null);
    expect($(curve, '[part="toggle"]')!.getAttribute('aria-expanded')).to.equal('true');
    await expect(curve).to.be.accessible();
  });

  it('leaves the keyboard to the map: arrows reach its cells, Enter selects the column', async () => {
    const { map, curve } = await mapFixture(html`<journey-map style="inline-size: 900px" .journey=${current}></journey-map>`);
    stepHeaders(map)[1].focus();
    await sendKeys({ press: 'ArrowDown' });
    const focused = curve.shadowRoot!.activeElement as HTMLElement;
    expect(focused.getAttribute('role')).to.equal('gridcell');
    expect(focused.dataset.stepId).to.equal('search');
    setTimeout(() => sendKeys({ press: 'Enter' }));
    const event = await oneEvent(map, 'journey-select');
    expect(event.detail).to.deep.include({ stageId: 'need', stepId: 'search', lane: 'emotion' });
    await map.updateComplete;
    await curve.updateComplete;
    expect(focused.getAttribute('aria-selected')).to.equal('true');
    expect($(curve, '.selected-column')).to.exist;
  });

  it('collapses from its header toggle, keeping only the row header', async () => {
    const { map, curve } = await mapFixture(html`<journey-map style="inline-size: 900px" .journey=${current}></journey-map>`);
    setTimeout(() => ($(curve, '[part="toggle"]') as HTMLButtonElement).click());
    const event = await oneEvent(curve, 'journey-lane-toggle');
    expect(event.detail).to.deep.equal({ lane: 'emotion', collapsed: true });
    await map.updateComplete;
    await curve.updateComplete;
    expect(curve.gridCells()).to.have.length(1);
    expect($(curve, '.lane-body')).to.equal(null);
    expect($(curve, '[part="toggle"]')!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('follows the map persona filter and locale', async () => {
    const { curve } = await mapFixture(
      html`<journey-map locale="ro" persona="cfo" style="inline-size: 900px" .journey=${current}></journey-map>`,
    );
    expect($$(curve, '.plot-svg .series--current').map((g) => g.dataset.seriesKey)).to.deep.equal(['current:cfo']);
    expect(curve.gridCells()[0].getAttribute('aria-label')).to.equal('Emoție');
    expect(curve.gridCells()[3].getAttribute('aria-label')).to.equal('Marcus: fără valoare; Moment al adevărului');
  });
});
