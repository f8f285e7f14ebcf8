/**
 * Issue "Reading at a glance" (item 3): a standalone curve's stage bands and step names never break
 * inside a word. A name with a word wider than its band ("Renewal" over one 48 px column) reads on
 * one line cut with "…", its whole name the tooltip; the others wrap at their spaces.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/define.js';
import type { EmotionCurve } from '../../src/elements/emotion-curve/emotion-curve.component.js';
import { bankCardJourneyRu, phoneSystemJourney } from '../../src/samples/index.js';
import { curveFixture } from '../elements/curve-fixture.js';
import { brokenWords } from './broken-words.js';

describe('reading at a glance: words on the curve\'s horizontal axis', () => {
  for (const [name, journey, width] of [
    ['en, 1440 px', phoneSystemJourney, 1408],
    ['en, 375 px', phoneSystemJourney, 343],
    ['ru, 1024 px', bankCardJourneyRu, 992],
  ] as const) {
    for (const dir of ['ltr', 'rtl']) {
      it(`breaks no stage or step name inside a word (${name}, ${dir})`, async () => {
        const wrapper = (await curveFixture(
          html`<div dir=${dir} style="inline-size: ${width}px"><emotion-curve .journey=${journey}></emotion-curve></div>`,
        )) as unknown as HTMLElement;
        const curve = wrapper.querySelector('emotion-curve') as EmotionCurve;
        await curve.updateComplete;
        const texts = Array.from(curve.shadowRoot!.querySelectorAll<HTMLElement>('.stage-band .axis-text, .step-name .axis-text'));
        expect(texts.length).to.be.above(journey.stages.length);
        for (const text of texts) {
          const label = text.textContent!.trim();
          expect(brokenWords(text), label).to.deep.equal([]);
          if (text.classList.contains('axis-text--cut')) {
            expect(text.closest('li')!.title, label).to.equal(label);
            expect(text.getBoundingClientRect().height, label).to.be.below(20);
          }
        }
        if (name === 'en, 375 px') {
          // The last stage has one column of 48 px: "Renewal" is wider than its band.
          const last = texts.filter((text) => text.closest('.stage-band')).at(-1)!;
          expect(last.textContent).to.equal('Renewal and advocacy');
          expect(last.classList.contains('axis-text--cut')).to.equal(true);
          expect(last.scrollWidth).to.be.above(last.clientWidth);
        }
      });
    }
  }
});
