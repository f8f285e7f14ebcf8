import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { journeyFromCSV } from '../../src/import/csv.js';
import { phoneSystemFutureJourney, phoneSystemJourney } from '../../src/samples/index.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { laptopJourney, mountMap, settle } from '../elements/map-fixture.js';

/** The laptop journey without "wait", with "ask" happier: compared with the current one, a changed and a removed step. */
function future(): JourneyDocument {
  const doc = laptopJourney();
  doc.stages[0]!.steps![1]!.emotion = { ana: 0.5, bo: -2 };
  doc.stages[1]!.steps = [doc.stages[1]!.steps![0]!];
  return doc;
}

const lines = (csv: string) => csv.split('\r\n');
const changesRows = (csv: string) => lines(csv).filter((line) => line.endsWith(',changes'));

async function exported(journey: JourneyDocument, compareTo: JourneyDocument | undefined, locale = 'en') {
  const map = await mountMap(journey, 900, { locale });
  if (compareTo) {
    map.compareTo = compareTo;
    await settle(map);
  }
  return map.exportCSV({ bom: false });
}

describe('journeyFromCSV of a map compared with another (compareTo)', () => {
  for (const locale of ['en', 'ru', 'ro']) {
    it(`reads the "Changes" rows back as what they are, no lane, with no warning (${locale})`, async function () {
      this.timeout(30000);
      const csv = await exported(future(), laptopJourney(), locale);
      // The export does write them: the changed step, then the removed one (which the map no longer has).
      expect(changesRows(csv).length).to.equal(2);
      const result = journeyFromCSV(csv);
      expect(result.errors).to.deep.equal([]);
      expect(result.warnings).to.deep.equal([]);
      // The steps read back are the map's own: the removed "Waits" is not a column of it.
      const titles = result.journey!.stages.flatMap((stage) => (stage.steps ?? []).map((step) => step.title));
      expect(titles).to.deep.equal(['Searches online', 'Asks sales', 'Orders']);
      expect(result.journey!.lanes?.map((lane) => lane.kind)).to.not.include('text');
      // Round trip: the document read back exports the same CSV as the map without the comparison rows.
      const plain = await exported(future(), undefined, locale);
      expect(lines(csv).filter((line) => !line.endsWith(',changes'))).to.deep.equal(lines(plain));
      expect(await exported(result.journey!, undefined, locale)).to.equal(plain);
    });
  }

  it('the phone-system samples compared read back with no warning', async function () {
    this.timeout(60000);
    const csv = await exported(phoneSystemFutureJourney, phoneSystemJourney);
    expect(changesRows(csv).length).to.be.greaterThan(3);
    const result = journeyFromCSV(csv);
    expect(result.errors).to.deep.equal([]);
    expect(result.warnings).to.deep.equal([]);
    expect(await exported(result.journey!, undefined)).to.equal(await exported(phoneSystemFutureJourney, undefined));
  });
});
