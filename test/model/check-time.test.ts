import { expect } from '@open-wc/testing';
import type { JourneyDocument, MetricValue } from '../../src/model/types.js';
import { validateJourney } from '../../src/model/validate.js';
import { journeyFixture } from './fixtures.js';
// Russian and Romanian messages, as an app that validates without elements loads them (docs/i18n.md).
import '../../src/locales/ru.js';
import '../../src/locales/ro.js';

const codes = (problems: Array<{ code: string; path: string }>) => problems.map((p) => [p.code, p.path]);

function withHistory(history: unknown): JourneyDocument {
  const doc = journeyFixture();
  (doc.stages[0]!.steps![1]!.metrics![0] as Record<string, unknown>).history = history;
  return doc;
}

const historyOf = (doc: JourneyDocument | undefined): MetricValue['history'] => doc?.stages[0]!.steps![1]!.metrics![0]!.history;

describe('model/validate: the map in time', () => {
  it('a document without the new fields stays valid with no warnings', () => {
    const result = validateJourney(journeyFixture());
    expect(result.ok).to.equal(true);
    expect(result.warnings).to.deep.equal([]);
  });

  it('keeps valid asOf, reviewedAt, reviewEvery, version, owner and history as written', () => {
    const doc = withHistory([
      { at: '2025-10-01', value: 3.4 },
      { at: '2026-04-01T09:00:00+03:00', value: 3.6 },
    ]);
    Object.assign(doc, { asOf: '2026-10-01', reviewedAt: '2026-04-01', reviewEvery: 'P6M', version: '2026.2', owner: 'CX team' });
    const result = validateJourney(doc);
    expect(result.ok).to.equal(true);
    expect(result.warnings).to.deep.equal([]);
    const copy = result.journey!;
    expect([copy.asOf, copy.reviewedAt, copy.reviewEvery, copy.version, copy.owner]).to.deep.equal(['2026-10-01', '2026-04-01', 'P6M', '2026.2', 'CX team']);
    expect(historyOf(copy)).to.deep.equal(historyOf(doc));
  });

  it('removes unreadable dates and durations with a warning at their path', () => {
    const doc = Object.assign(journeyFixture(), { asOf: '2026-02-30', reviewedAt: '01/04/2026', reviewEvery: 'P0D' });
    const result = validateJourney(doc);
    expect(result.ok).to.equal(true);
    expect(codes(result.warnings)).to.have.deep.members([
      ['invalid-date', '/asOf'],
      ['invalid-date', '/reviewedAt'],
      ['invalid-duration', '/reviewEvery'],
    ]);
    expect(Object.keys(result.journey!)).not.to.include.members(['asOf', 'reviewedAt', 'reviewEvery']);
    expect('asOf' in doc).to.equal(true);
  });

  it('accepts the durations of the format: P6M, P1Y2M, P14D, P2W', () => {
    for (const reviewEvery of ['P6M', 'P1Y2M', 'P14D', 'P2W']) {
      expect(validateJourney(Object.assign(journeyFixture(), { reviewEvery })).warnings, reviewEvery).to.deep.equal([]);
    }
    for (const reviewEvery of ['6M', 'P', 'P-6M', 'six months', '']) {
      expect(codes(validateJourney(Object.assign(journeyFixture(), { reviewEvery })).warnings), reviewEvery).to.deep.equal([
        ['invalid-duration', '/reviewEvery'],
      ]);
    }
  });

  it('sorts history oldest first, drops repeated dates and unreadable ones, one warning each', () => {
    const result = validateJourney(
      withHistory([
        { at: '2026-04-01', value: 3.6 },
        { at: '2025-10-01', value: 3.4 },
        { at: 'spring', value: 3.5 },
        { at: '2026-04-01', value: 9 },
        { at: '2026-10-01', value: 3.9 },
      ]),
    );
    expect(result.ok).to.equal(true);
    const path = '/stages/0/steps/1/metrics/0/history';
    expect(codes(result.warnings)).to.deep.equal([
      ['history-order', `${path}/1`],
      ['invalid-date', `${path}/2/at`],
      ['history-duplicate', `${path}/3`],
    ]);
    expect(historyOf(result.journey)).to.deep.equal([
      { at: '2025-10-01', value: 3.4 },
      { at: '2026-04-01', value: 3.6 },
      { at: '2026-10-01', value: 3.9 },
    ]);
  });

  it('says what is wrong in Russian and Romanian too', () => {
    const doc = Object.assign(withHistory([{ at: '2026-04-01', value: 1 }, { at: '2026-04-01', value: 2 }]), { reviewEvery: '6m' });
    expect(validateJourney(doc, { locale: 'ru' }).warnings.map((w) => w.message)).to.deep.equal([
      '«6m» — не длительность в формате ISO 8601 (пример: P6M — шесть месяцев, P1Y, P14D); значение пропущено.',
      'Замер на дату 2026-04-01 уже есть; повтор пропущен.',
    ]);
    expect(validateJourney(doc, { locale: 'ro' }).warnings.map((w) => w.message)).to.deep.equal([
      '„6m” nu este o durată ISO 8601 (de exemplu P6M pentru șase luni, P1Y, P14D); valoarea este ignorată.',
      'Există deja o măsurătoare pe 2026-04-01; repetarea este ignorată.',
    ]);
  });

  it('wrong types are errors at their path', () => {
    const result = validateJourney(Object.assign(withHistory([{ at: 20260401, value: 1 }, 5]), { version: 2, owner: ['x'] }));
    expect(result.ok).to.equal(false);
    expect(codes(result.errors)).to.deep.equal([
      ['wrong-type', '/version'],
      ['wrong-type', '/owner'],
      ['wrong-type', '/stages/0/steps/1/metrics/0/history/0/at'],
      ['wrong-type', '/stages/0/steps/1/metrics/0/history/1'],
    ]);
  });
});
