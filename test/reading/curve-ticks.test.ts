/**
 * Issue "Reading at a glance": the y scale's words of a standalone curve stay inside their column at
 * 375 px in Russian ("Удовлетворённость" is longer than the column), left to right and right to left.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/define.js';
import type { EmotionCurve } from '../../src/elements/emotion-curve/emotion-curve.component.js';
import { axisWidth } from '../../src/layout/axis-width.js';
import { bankCardJourneyRu } from '../../src/samples/bank-card-ru.js';
import { curveFixture } from '../elements/curve-fixture.js';

describe('reading at a glance: y scale at 375 px', () => {
  it('sizes the tick column for the longest scale word, between 96 and 136 px', () => {
    const scale = (labels: Record<string, string>) => ({ min: -2, max: 2, labels });
    expect(axisWidth(scale({ '-2': 'Angry', '2': 'Delighted' }))).to.equal(96);
    // 17 letters × 6.3 + 16 = 123.1 → 124.
    expect(axisWidth(scale({ '1': 'Удовлетворённость', '2': 'Восторг' }))).to.equal(124);
    expect(axisWidth(scale({ '1': 'A very long scale word that has to wrap anyway' }))).to.equal(136);
  });

  for (const dir of ['ltr', 'rtl']) {
    it(`keeps every Russian scale word inside the tick column (${dir})`, async () => {
      const wrapper = (await curveFixture(
        html`<div dir=${dir} style="inline-size: 375px"><emotion-curve locale="ru" .journey=${bankCardJourneyRu}></emotion-curve></div>`,
      )) as unknown as HTMLElement;
      const curve = wrapper.querySelector('emotion-curve') as EmotionCurve;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await curve.updateComplete;
      const column = curve.shadowRoot!.querySelector('.ticks')!;
      const bounds = column.getBoundingClientRect();
      const ticks = Array.from(curve.shadowRoot!.querySelectorAll<HTMLElement>('.tick'));
      expect(ticks.map((tick) => tick.textContent!.trim())).to.include('Удовлетворённость');
      expect(column.getAttribute('lang')).to.equal('ru');
      for (const tick of ticks) {
        const box = tick.getBoundingClientRect();
        expect(box.left, tick.textContent!).to.be.at.least(bounds.left - 0.5);
        expect(box.right, tick.textContent!).to.be.at.most(bounds.right + 0.5);
        // Nothing cut off inside the label, and no word broken: one line each.
        expect(tick.scrollWidth, tick.textContent!).to.be.at.most(tick.clientWidth + 1);
        expect(box.height, tick.textContent!).to.be.below(16);
      }
    });
  }
});
