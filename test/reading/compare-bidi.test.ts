/**
 * Issue "Reading at a glance", direction runs on a compared map: on a right-to-left page with a
 * Romanian UI, "Comparată cu „…”" and a removed step's "(era în …)" are runs in the UI language's
 * direction (the closing quote and bracket stay after the text), the titles from the documents
 * isolated in their own language.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { phoneSystemFutureJourney, phoneSystemJourney } from '../../src/samples/index.js';
import { mountCompared } from '../elements/map-fixture.js';
import { charLeft } from './glyphs.js';

describe('reading at a glance: direction runs of a comparison', () => {
  it('keeps the UI words of the comparison in the UI language’s direction on a right-to-left page', async function () {
    this.timeout(60_000);
    document.documentElement.dir = 'rtl';
    try {
      const map = await mountCompared(phoneSystemFutureJourney, phoneSystemJourney, 'ro');
      const root = map.shadowRoot!;
      root.querySelector<HTMLDetailsElement>('[part="removed"]')!.open = true;
      const against = root.querySelector<HTMLElement>('.comparison__against')!;
      expect(against.textContent!.trim()).to.equal('Comparată cu „Choosing a business phone system”');
      expect(charLeft(against, '„')).to.be.below(charLeft(against, '”'));
      expect(against.querySelector('bdi')!.textContent).to.equal('Choosing a business phone system');
      const stage = root.querySelector<HTMLElement>('.removed__stage')!;
      expect(stage.textContent!.trim()).to.match(/^\(era în .+\)$/);
      expect(charLeft(stage, '(')).to.be.below(charLeft(stage, ')'));
      const pains = root.querySelector<HTMLElement>('.removed__pains-label')!;
      expect(getComputedStyle(pains).direction).to.equal('ltr');
      expect(getComputedStyle(root.querySelector('.removed__title')!).direction).to.equal('ltr');
      for (const title of root.querySelectorAll('.removed__step > s')) expect(title.querySelector('bdi'), title.textContent!).to.not.equal(null);
    } finally {
      document.documentElement.dir = 'ltr';
    }
  });
});
