/**
 * Issue "Reading at a glance": the y scale's words of a standalone curve stay inside their column at
 * 375 px in Russian ("Удовлетворённость" is longer than the column), left to right and right to left,
 * and never break inside a word: the column is measured in the chart's font, a word still too wide is
 * drawn smaller, then shortened with "…" (its whole text as tooltip).
 */
import { expect, html } from '@open-wc/testing';
import '../../src/define.js';
import type { EmotionCurve } from '../../src/elements/emotion-curve/emotion-curve.component.js';
import { axisWidth, fitTick, fitTicks } from '../../src/layout/axis-width.js';
import { bankCardJourneyRu } from '../../src/samples/bank-card-ru.js';
import { curveFixture } from '../elements/curve-fixture.js';
import { brokenWords } from './broken-words.js';

const scale = (labels: Record<string, string>) => ({ min: -2, max: 2, labels });
/** Every letter 10 px wide. */
const tens = (text: string) => Array.from(text).length * 10;

describe('reading at a glance: y scale at 375 px', () => {
  it('sizes the tick column for the longest scale label, between 96 and 136 px', () => {
    expect(axisWidth(scale({ '-2': 'Angry', '2': 'Delighted' }))).to.equal(96);
    // 17 letters × 6.3 + 16 = 123.1 → 124.
    expect(axisWidth(scale({ '1': 'Удовлетворённость', '2': 'Восторг' }))).to.equal(124);
    expect(axisWidth(scale({ '1': 'A very long scale word that has to wrap anyway' }))).to.equal(136);
    // Measured: "Delighted" 90 + 16.
    expect(axisWidth(scale({ '-2': 'Angry', '2': 'Delighted' }), tens)).to.equal(106);
  });

  it('fits a label without breaking a word: as it is, smaller, or shortened with its whole text as title', () => {
    expect(fitTick('Восторг', 100, tens)).to.deep.equal({ text: 'Восторг', scale: 1 });
    // Wraps at its spaces: its widest word (80 px) fits.
    expect(fitTick('Very happy customer', 100, tens)).to.deep.equal({ text: 'Very happy customer', scale: 1 });
    // 170 px in 150: drawn at 150 / 170 = 0.88 of its size.
    expect(fitTick('Удовлетворённость', 150, tens)).to.deep.equal({ text: 'Удовлетворённость', scale: 0.88 });
    // 170 px in 100: at 0.8 there are 125 px, 11 letters and "…".
    expect(fitTick('Удовлетворённость', 100, tens)).to.deep.equal({ text: 'Удовлетворё…', scale: 0.8, title: 'Удовлетворённость' });
    expect(fitTick('Very удовлетворённость', 100, tens)).to.deep.equal({ text: 'Very удовлетворё…', scale: 0.8, title: 'Very удовлетворённость' });
    // The tick box is the column less 12 px.
    expect(fitTicks(scale({ '1': 'Удовлетворённость' }), 162, tens).get('Удовлетворённость')).to.deep.equal({ text: 'Удовлетворённость', scale: 0.88 });
  });

  for (const dir of ['ltr', 'rtl']) {
    for (const fontSize of [16, 20, 28]) {
      it(`keeps every Russian scale word whole and inside the tick column (${dir}, ${fontSize} px font)`, async () => {
        const wrapper = (await curveFixture(
          html`<div dir=${dir} style="inline-size: 375px; font-size: ${fontSize}px"><emotion-curve locale="ru" .journey=${bankCardJourneyRu}></emotion-curve></div>`,
        )) as unknown as HTMLElement;
        const curve = wrapper.querySelector('emotion-curve') as EmotionCurve;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        await curve.updateComplete;
        const column = curve.shadowRoot!.querySelector('.ticks')!;
        const bounds = column.getBoundingClientRect();
        const ticks = Array.from(curve.shadowRoot!.querySelectorAll<HTMLElement>('.tick'));
        expect(ticks.length).to.equal(5);
        expect(column.getAttribute('lang')).to.equal('ru');
        const line = fontSize * 0.75 * 1.1;
        for (const tick of ticks) {
          const text = tick.textContent!.trim();
          const box = tick.getBoundingClientRect();
          expect(box.left, text).to.be.at.least(bounds.left - 0.5);
          expect(box.right, text).to.be.at.most(bounds.right + 0.5);
          // Nothing cut off inside the label, and no word broken: one line each.
          expect(tick.scrollWidth, text).to.be.at.most(tick.clientWidth + 1);
          expect(brokenWords(tick), text).to.deep.equal([]);
          expect(box.height, text).to.be.below(line * 1.5);
          // A shortened word names itself in full for a pointer.
          if (text.endsWith('…')) expect(tick.title).to.equal('Удовлетворённость');
          else expect(Object.values(bankCardJourneyRu.scale!.labels!)).to.include(text);
        }
        if (fontSize === 16) expect(ticks.map((tick) => tick.textContent!.trim())).to.include('Удовлетворённость');
      });
    }
  }
});
