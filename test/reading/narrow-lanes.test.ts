/**
 * Issue "Reading at a glance", narrow screens: in a 375 px map the lane-name column grows to the
 * longest word of a lane name, so no UI word breaks inside ("Возможности", "Oportunități", even where
 * the browser has no hyphenation dictionary) and no name runs out of its column.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { bankCardJourneyRu, partnerProgrammeJourneyRo, phoneSystemJourney } from '../../src/samples/index.js';
import { mountMap } from '../elements/map-fixture.js';
import { brokenWords } from './broken-words.js';

/** Every element matching `selector` in `root` and the shadow roots under it. */
function deepAll(root: ParentNode, selector: string): HTMLElement[] {
  const found = [...root.querySelectorAll<HTMLElement>(selector)];
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) found.push(...deepAll(element.shadowRoot, selector));
  return found;
}

describe('reading at a glance: lane names of a narrow map', () => {
  for (const [name, journey, locale] of [
    ['ru', bankCardJourneyRu, 'ru'],
    ['ro', partnerProgrammeJourneyRo, 'ro'],
    ['en', phoneSystemJourney, 'en'],
    ['ru UI on an English document', phoneSystemJourney, 'ru'],
  ] as const) {
    it(`never breaks a lane name inside a word at 375 px (${name})`, async function () {
      this.timeout(60_000);
      const lanes = 'emotion,actions,thoughts,touchpoints,painPoints,opportunities,backstage,metrics,owner,insights';
      const map = await mountMap(journey, 375, { locale, lanes });
      const titles = deepAll(map.shadowRoot!, '[part="toggle"] .title');
      expect(titles.length).to.be.at.least(8);
      for (const title of titles) {
        expect(brokenWords(title), title.textContent!).to.deep.equal([]);
        expect(title.scrollWidth, title.textContent!).to.be.at.most(title.clientWidth);
      }
      // The column grew no more than it had to: at most 40 % of the map.
      const header = deepAll(map.shadowRoot!, '[role="rowheader"]')[0].getBoundingClientRect().width;
      expect(header).to.be.within(96, 150);
    });
  }
});
