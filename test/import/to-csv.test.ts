import { expect } from '@open-wc/testing';
import { journeyFromCSV } from '../../src/import/csv.js';
import { journeyToCSV } from '../../src/import/to-csv.js';
import { exportWords } from '../../src/export/svg.js';
import { toLocale } from '../../src/i18n/locale.js';
import { journeyCSV } from '../../src/layout/export-csv.js';
import { normalizeJourney } from '../../src/model/normalize.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { validateJourney } from '../../src/model/validate.js';
import { sampleJourneys } from '../../src/samples/index.js';
import { translator } from '../../src/i18n/translator.js';

const small: JourneyDocument = {
  schemaVersion: 1,
  title: 'Small',
  personas: [{ id: 'ops', name: 'Ops' }, { id: 'cfo', name: 'CFO' }],
  stages: [{ id: 's', title: 'Start', steps: [{ id: 'a', title: 'Calls', actions: ['=SUM(A1)', 'Dials'], emotion: { ops: -1, cfo: 1 } }] }],
  lanes: [{ kind: 'actions' }, { kind: 'emotion' }],
};

describe('import/journeyToCSV', () => {
  it('writes the rows the map writes, in its language, with no DOM and no map', () => {
    expect(journeyToCSV(small, { bom: false })).to.deep.equal({
      ok: true,
      csv: 'Stage,Step,Lane,Text,Lane key\r\nStart,Calls,Doing,"\'=SUM(A1)\nDials",actions\r\nStart,Calls,Emotion,"Ops: -1\nCFO: 1",emotion\r\n',
      errors: [],
      warnings: [],
    });
    const ru = journeyToCSV(small, { locale: 'ru' }).csv;
    expect(ru.startsWith('\uFEFFЭтап,Шаг,Слой,Текст,')).to.be.true;
    // A persona filter writes that persona's emotion only, as a filtered map does.
    expect(journeyToCSV(small, { bom: false, persona: 'cfo' }).csv.split('\r\n')[2]).to.equal('Start,Calls,Emotion,CFO: 1,emotion');
  });

  for (const [name, doc] of Object.entries(sampleJourneys)) {
    it(`equals the map's exportCSV rows and reads back (${name})`, () => {
      const locale = toLocale(doc.locale);
      const journey = normalizeJourney(validateJourney(doc).journey!);
      const map = journeyCSV({ journey, locale, intlLocale: locale }, exportWords(journey, translator(locale)));
      const csv = journeyToCSV(doc, { locale }).csv;
      expect(csv).to.equal(map);
      const back = journeyFromCSV(csv);
      expect(back.errors).to.deep.equal([]);
      expect(journeyToCSV(back.journey, { locale }).csv).to.equal(csv);
    });
  }

  it('gives no CSV and the validator’s localized errors for an invalid document, and never throws', () => {
    const result = journeyToCSV({ schemaVersion: 1, title: 'x', stages: 'no' }, { locale: 'ro' });
    expect([result.ok, result.csv]).to.deep.equal([false, '']);
    expect(result.errors.length).to.be.greaterThan(0);
    expect(result.errors[0].message).to.equal(validateJourney({ schemaVersion: 1, title: 'x', stages: 'no' }, { locale: 'ro' }).errors[0].message);
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(() => journeyToCSV(revoked.proxy)).not.to.throw();
    expect(journeyToCSV(revoked.proxy).ok).to.be.false;
    expect(journeyToCSV(small, { locale: 'not a tag!' }).ok).to.be.true;
  });
});
