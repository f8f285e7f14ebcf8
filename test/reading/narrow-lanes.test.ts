/**
 * Issue "Reading at a glance", narrow screens: in a 375 px map the lane-name column grows to the
 * longest word of a lane name up to 28 % of the map, so no UI word breaks inside ("Возможности",
 * "Oportunități", even where the browser has no hyphenation dictionary): a word still wider ends in
 * "…", the whole name in the tooltip; no name runs out of its column.
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { bankCardJourneyRu, customersSample, partnerProgrammeJourneyRo, phoneSystemJourney } from '../../src/samples/index.js';
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
        // Each word is its own box on one line: whole, or cut with "…" inside the column, never broken.
        for (const word of title.querySelectorAll<HTMLElement>('.word')) {
          expect(brokenWords(word), word.textContent!).to.deep.equal([]);
          if (word.scrollWidth > word.clientWidth) expect(getComputedStyle(word).textOverflow, word.textContent!).to.equal('ellipsis');
        }
        expect(title.scrollWidth, title.textContent!).to.be.at.most(title.clientWidth);
        // The whole name stays: the tooltip, and the text a screen reader reads.
        expect(title.title).to.equal(title.textContent!.trim());
      }
      // The column grew no more than it had to, and never past 28 % of the map (105 px): the step keeps the rest.
      const header = deepAll(map.shadowRoot!, '[role="rowheader"]')[0].getBoundingClientRect().width;
      expect(header).to.be.within(96, 105);
    });
  }

  it('never breaks the open customer\'s name inside a word in the narrow column either', async function () {
    this.timeout(60_000);
    const journey = customersSample(40);
    const individual = journey.individuals![0]!;
    journey.individuals![0] = { ...individual, label: 'Светлана Лебедева-Константинопольская' };
    const map = await mountMap(journey, 375, { locale: 'ru', lanes: 'emotion,actions', customer: individual.id });
    const name = map.shadowRoot!.querySelector<HTMLElement>('.customer-row__name')!;
    expect(name.title).to.equal('Светлана Лебедева-Константинопольская');
    expect(name.textContent!.trim()).to.equal('Светлана Лебедева-Константинопольская');
    const words = Array.from(name.querySelectorAll<HTMLElement>('.word'));
    expect(words.map((word) => word.textContent)).to.deep.equal(['Светлана', 'Лебедева-Константинопольская']);
    for (const word of words) expect(word.getClientRects().length, word.textContent!).to.equal(1);
    // The long one ends in "…" inside the column, cut at its end also on a right-to-left page.
    expect(words[1]!.scrollWidth).to.be.above(words[1]!.clientWidth);
    expect(words[1]!.getBoundingClientRect().right).to.be.at.most(name.parentElement!.getBoundingClientRect().right);
    expect(getComputedStyle(words[1]!).unicodeBidi).to.equal('plaintext');
  });
});
