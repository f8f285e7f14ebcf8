import { expect } from '@open-wc/testing';
import { freshness, hasFreshness, isoDay } from '../../src/layout/freshness.js';
import type { JourneyDocument } from '../../src/model/types.js';

const doc = (fields: Partial<JourneyDocument>): JourneyDocument => ({ schemaVersion: 1, title: 'T', stages: [{ id: 's', title: 'S' }], ...fields });
const at = (text: string) => Date.parse(text);

describe('layout/freshness', () => {
  const reviewed = doc({ reviewedAt: '2026-04-01', reviewEvery: 'P6M' });

  it('the next review is reviewedAt plus the period, in calendar months', () => {
    expect(isoDay(freshness(reviewed, at('2026-05-01T00:00:00Z')).nextReview!)).to.equal('2026-10-01');
    expect(isoDay(freshness(doc({ reviewedAt: '2025-12-31', reviewEvery: 'P2M' }), 0).nextReview!)).to.equal('2026-02-28');
    expect(isoDay(freshness(doc({ reviewedAt: '2026-04-01', reviewEvery: 'P1Y2M' }), 0).nextReview!)).to.equal('2027-06-01');
    expect(isoDay(freshness(doc({ reviewedAt: '2026-04-01', reviewEvery: 'P14D' }), 0).nextReview!)).to.equal('2026-04-15');
  });

  it('is due from the first millisecond of the due day, not before', () => {
    expect(freshness(reviewed, at('2026-09-30T23:59:59.999Z')).reviewDue).to.equal(false);
    expect(freshness(reviewed, at('2026-10-01T00:00:00Z')).reviewDue).to.equal(true);
    expect(freshness(reviewed, at('2027-01-01T00:00:00Z')).reviewDue).to.equal(true);
  });

  it('without a readable reviewedAt or reviewEvery nothing is due', () => {
    const late = at('2030-01-01T00:00:00Z');
    expect(freshness(doc({ reviewedAt: '2026-04-01' }), late)).to.deep.equal({ reviewDue: false, reviewedAt: at('2026-04-01T00:00:00Z') });
    expect(freshness(doc({ reviewEvery: 'P6M' }), late)).to.deep.equal({ reviewDue: false });
    expect(freshness(doc({ reviewedAt: 'soon', reviewEvery: 'P6M' }), late)).to.deep.equal({ reviewDue: false });
    expect(freshness(doc({ reviewedAt: '2026-04-01', reviewEvery: 'P0D' }), late).reviewDue).to.equal(false);
  });

  it('reads asOf, version and owner; blank text is absent', () => {
    expect(freshness(doc({ asOf: '2026-10-01', version: ' 2026.2 ', owner: 'CX team' }), 0)).to.deep.equal({
      reviewDue: false,
      asOf: at('2026-10-01T00:00:00Z'),
      version: '2026.2',
      owner: 'CX team',
    });
    expect(hasFreshness(freshness(doc({ version: '  ', owner: '' }), 0))).to.equal(false);
    expect(hasFreshness(freshness(doc({ owner: 'CX' }), 0))).to.equal(true);
  });
});
