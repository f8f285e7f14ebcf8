import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { journeyFromCSV } from '../../src/import/csv.js';
import { sampleJourneys } from '../../src/samples/index.js';
import { mountMap } from '../elements/map-fixture.js';

describe('journeyFromCSV(map.exportCSV())', () => {
  for (const [name, sample] of Object.entries(sampleJourneys)) {
    const doc = sample;
    // Two whole maps per sample: slow on a loaded machine, hence the longer timeout.
    it(`gives back ${name}: the map made from the import exports the same CSV`, async function () {
      this.timeout(30000);
      const map = await mountMap(doc, 900, { locale: doc.locale ?? 'en' });
      const csv = map.exportCSV();
      expect(csv).to.match(/^\uFEFF/);
      const result = journeyFromCSV(csv);
      expect(result.errors).to.deep.equal([]);
      const again = await mountMap(result.journey!, 900, { locale: doc.locale ?? 'en' });
      expect(again.exportCSV()).to.equal(csv);
    });
  }
});
