/**
 * Right to left: `dir="rtl"` on any ancestor mirrors the map, its sticky headers, standalone lanes and
 * the curve's axis, with nothing but logical CSS properties in the elements' styles.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { CSSResult, ReactiveElement } from 'lit';
import '../../src/define.js';
import type { EmotionCurve } from '../../src/elements/emotion-curve/emotion-curve.component.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import type { StageLane } from '../../src/elements/stage-lane/stage-lane.component.js';
import { laptopJourney, mapLanes, settle } from './map-fixture.js';

const shadow = (element: Element) => element.shadowRoot!;
const box = (element: Element | null) => element!.getBoundingClientRect();
const near = (a: number, b: number, what: string) => expect(Math.abs(a - b), `${what}: ${a} vs ${b}`).to.be.at.most(1);

/** Renders an element in a sized `dir="rtl"` section (the direction comes from an ancestor, not the element). */
async function renderRtl<T extends HTMLElement & { updateComplete: Promise<unknown> }>(markup: string, width: number): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl"><section style="inline-size: ${width}px"></section></div>`);
  const section = wrapper.querySelector('section')!;
  section.innerHTML = markup;
  const element = section.firstElementChild as T;
  (element as unknown as { journey: unknown }).journey = laptopJourney();
  await settle(element);
  return element;
}

describe('right to left', () => {
  it('keeps the map’s lane headers and corner stuck on the right while the grid scrolls', async () => {
    const map = await renderRtl<JourneyMap>('<journey-map></journey-map>', 600);
    const scroller = shadow(map).querySelector<HTMLElement>('.scroller')!;
    expect(scroller.scrollWidth).to.be.greaterThan(scroller.clientWidth);
    const edge = () => box(scroller).right - 1;
    const check = (when: string) => {
      near(box(shadow(map).querySelector('.step-row > .corner')).right, edge(), `corner ${when}`);
      for (const lane of mapLanes(map)) near(box(lane.gridCells()[0]).right, edge(), `${lane.laneKey} header ${when}`);
      const steps = Array.from(shadow(map).querySelectorAll('.step-row > .step'));
      expect(box(steps[0]).left, `steps run right to left ${when}`).to.be.greaterThan(box(steps[1]).left);
    };
    check('at the start');
    // Scrolling towards the end goes left: negative scrollLeft in right-to-left boxes.
    scroller.scrollLeft = -(scroller.scrollWidth - scroller.clientWidth);
    await settle(map);
    expect(scroller.scrollLeft).to.be.below(0);
    check('at the end');
    // A long stage's title slides with it and stays clear of the sticky lane headers.
    const laneHeader = box(mapLanes(map)[0].gridCells()[0]);
    for (const title of shadow(map).querySelectorAll('.stage__title')) {
      const rect = box(title);
      if (rect.right > box(scroller).left && rect.left < laneHeader.left) expect(rect.right).to.be.at.most(laneHeader.left + 1);
    }
  });

  it('keeps the map’s header rows at the top when it scrolls down', async () => {
    const map = await renderRtl<JourneyMap>('<journey-map style="--journey-max-block-size: 300px"></journey-map>', 900);
    const scroller = shadow(map).querySelector<HTMLElement>('.scroller')!;
    scroller.scrollTop = 200;
    await settle(map);
    near(box(shadow(map).querySelector('.stage')).top, box(scroller).top + 1, 'stage row');
  });

  it('mirrors a standalone lane: header on the right, first step next to it', async () => {
    const stageLane = await renderRtl<StageLane>('<stage-lane kind="actions"></stage-lane>', 600);
    const [header, first, second] = stageLane.gridCells();
    const scroller = shadow(stageLane).querySelector('.scroller')!;
    near(box(header).right, box(scroller).right - 1, 'lane header');
    near(box(first).right, box(header).left, 'first cell');
    expect(box(first).left).to.be.greaterThan(box(second).left);
  });

  it('puts the standalone curve’s axis on the right and its first step next to it', async () => {
    const curve = await renderRtl<EmotionCurve>('<emotion-curve></emotion-curve>', 700);
    const axis = box(shadow(curve).querySelector('.axis'));
    const scroller = box(shadow(curve).querySelector('.scroller'));
    near(axis.right, scroller.right - 1, 'axis');
    const markers = Array.from(shadow(curve).querySelectorAll('.plot-svg .series--current[data-series-key$=":ana"] .marker'));
    expect(markers.length).to.be.greaterThan(2);
    const xs = markers.map((marker) => box(marker).x);
    expect(xs[0]).to.be.greaterThan(xs[1]);
    expect(xs[0]).to.be.below(axis.left);
  });

  it('uses only logical properties for directions in the elements’ styles', () => {
    const physical = /(?:margin|padding|border|inset|scroll-margin|scroll-padding)-(?:left|right)\b|(?:^|[\s;{])(?:left|right)\s*:|text-align\s*:\s*(?:left|right)|float\s*:\s*(?:left|right)|clear\s*:\s*(?:left|right)/;
    for (const tag of ['journey-map', 'stage-lane', 'emotion-curve', 'persona-card']) {
      const element = customElements.get(tag) as unknown as typeof ReactiveElement;
      const styles = element.elementStyles.map((style) => (style as CSSResult).cssText ?? '').join('\n');
      expect(styles.length, tag).to.be.greaterThan(100);
      const found = styles.split('\n').filter((line) => physical.test(line));
      expect(found, `${tag} physical properties`).to.deep.equal([]);
    }
  });
});
