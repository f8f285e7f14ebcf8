import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { EmotionCurve } from '../../src/elements/emotion-curve/emotion-curve.component.js';
import { DrawnColumns, sameCurveInputs } from '../../src/elements/emotion-curve/curve-state.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import { normalizeJourney } from '../../src/model/normalize.js';
import { laptopJourney, mapLanes, mountMap as renderMap, settle, withStep } from './map-fixture.js';


const emotionLane = (map: JourneyMap) => mapLanes(map).find((row) => row.laneKey === 'emotion') as unknown as EmotionCurve;

/** Counts the curve's renders from now on. */
function countRenders(curve: EmotionCurve): { count: number } {
  const counter = { count: 0 };
  const instance = curve as unknown as { render: () => unknown };
  const render = instance.render.bind(curve);
  instance.render = () => {
    counter.count++;
    return render();
  };
  return counter;
}

/** Records every change in the curve's shadow root while `work` runs. */
async function mutationsDuring(curve: EmotionCurve, work: () => Promise<void>): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((found) => records.push(...found));
  observer.observe(curve.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
  await work();
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

describe('<emotion-curve> inside <journey-map>: re-plots only when what it draws changed', () => {
  it('leaves the curve untouched when an update changes only an action’s text', async () => {
    const journey = laptopJourney();
    const map = await renderMap(journey);
    const curve = emotionLane(map);
    const line = curve.shadowRoot!.querySelector('.plot-svg .series--current .line')!;
    const label = curve.shadowRoot!.querySelector('[role="gridcell"]')!.getAttribute('aria-label');
    const renders = countRenders(curve);
    const records = await mutationsDuring(curve, async () => {
      map.journey = withStep(journey, 'ask', (step) => ({ ...step, actions: ['Emails sales'] }));
      await settle(map);
    });
    expect(records, records.map((r) => r.target.nodeName).join()).to.have.length(0);
    expect(renders.count, 'renders of the curve').to.equal(0);
    // The same nodes still show the same data (the update did reach the map's other lanes).
    expect(curve.shadowRoot!.querySelector('.plot-svg .series--current .line')).to.equal(line);
    expect(curve.shadowRoot!.querySelector('[role="gridcell"]')!.getAttribute('aria-label')).to.equal(label);
    const actions = mapLanes(map).find((row) => row.laneKey === 'actions')!;
    expect(actions.shadowRoot!.textContent).to.contain('Emails sales');
  });

  it('re-plots when a step’s emotion, title or moment of truth changes', async () => {
    const journey = laptopJourney();
    const map = await renderMap(journey);
    const curve = emotionLane(map);
    const before = curve.shadowRoot!.querySelector('.plot-svg .series--current .line')!.getAttribute('d');
    const renders = countRenders(curve);
    map.journey = withStep(journey, 'ask', (step) => ({ ...step, emotion: { ana: 2, bo: -2 } }));
    await settle(map);
    expect(renders.count).to.be.greaterThan(0);
    expect(curve.shadowRoot!.querySelector('.plot-svg .series--current .line')!.getAttribute('d')).not.to.equal(before);
    const cell = () => curve.shadowRoot!.querySelectorAll('[role="gridcell"]')[1].getAttribute('aria-label')!;
    expect(cell()).to.contain('+2');
    map.journey = withStep(journey, 'ask', (step) => ({ ...step, emotion: { ana: 2, bo: -2 }, momentOfTruth: true }));
    await settle(map);
    expect(cell()).to.contain('oment of truth');
  });

  it('compares documents by what the curve reads of them', () => {
    const journey = laptopJourney();
    const a = normalizeJourney(journey);
    const same = { ...a, steps: a.steps.map((step) => ({ ...step, emotionByPersona: { ...step.emotionByPersona } })) };
    expect(sameCurveInputs(a, same)).to.equal(true);
    const emotion = { ...a, steps: a.steps.map((step, i) => (i === 1 ? { ...step, emotionByPersona: { ...step.emotionByPersona, ana: 2 } } : step)) };
    expect(sameCurveInputs(a, emotion)).to.equal(false);
    const title = { ...a, steps: a.steps.map((step, i) => (i === 1 ? { ...step, title: 'Phones sales' } : step)) };
    expect(sameCurveInputs(a, title)).to.equal(false);
    expect(sameCurveInputs(a, { ...a, scale: { ...a.scale } })).to.equal(false);
    expect(sameCurveInputs(a, { ...a, individuals: [...a.individuals] })).to.equal(true);
    expect(sameCurveInputs(a, { ...a, individuals: [{ id: 'x', events: [] }] })).to.equal(false);
  });

  it('keeps a drawn column drawn while its step changes only outside the curve', () => {
    const a = normalizeJourney(laptopJourney());
    const window = (...steps: typeof a.steps) => ({ shows: (step: (typeof a.steps)[number]) => steps.includes(step) });
    const drawn = new DrawnColumns('emotion');
    const first = drawn.shows(a, window(a.steps[0], a.steps[1]));
    expect(a.steps.map((_, i) => first(i))).to.deep.equal(a.steps.map((_, i) => i < 2));
    expect(drawn.adds(a, window(a.steps[0]))).to.equal(false);
    expect(drawn.adds(a, window(a.steps[2]))).to.equal(true);
    // A new object for step 0 with a new action: the map's window does not show it yet, the curve keeps it.
    const text = { ...a, steps: a.steps.map((step, i) => (i === 0 ? { ...step, actions: ['Emails sales'] } : step)) };
    expect(drawn.adds(text, window())).to.equal(false);
    expect(drawn.shows(text, window())(0)).to.equal(true);
    // A new emotion for it is new curve data: it waits for the window like the other lanes' changed cells.
    const emotion = { ...a, steps: a.steps.map((step, i) => (i === 0 ? { ...step, emotionByPersona: { ana: 2 } } : step)) };
    expect(drawn.shows(emotion, window())(0)).to.equal(false);
    expect(drawn.adds(emotion, window(emotion.steps[0]))).to.equal(true);
  });
});
