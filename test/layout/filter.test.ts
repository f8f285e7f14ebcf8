import { expect } from '@open-wc/testing';
import { activeFilter, dimmedRuns, dimmedSteps, filterOwners, withCriterion } from '../../src/layout/filter.js';
import { normalizeJourney } from '../../src/model/normalize.js';
import type { JourneyDocument, NormalizedJourney } from '../../src/model/types.js';
import { validateJourney } from '../../src/model/validate.js';
import { laptopJourney } from '../elements/map-fixture.js';
import { filterJourney } from '../insights/filter-fixture.js';

const normalized = (doc: JourneyDocument): NormalizedJourney => normalizeJourney(validateJourney(doc).journey!);
const dimmed = (filter: unknown) => {
  const set = dimmedSteps(normalized(filterJourney()), filter);
  return set && [...set];
};

describe('layout/filter', () => {
  it('keeps only usable criteria, trimmed', () => {
    expect(activeFilter({ persona: ' ', minSeverity: Number.NaN, channel: ' phone ', junk: 1 })).to.deep.equal({ channel: 'phone' });
    expect(activeFilter({ minSeverity: 0, evidence: 'data' })).to.deep.equal({ minSeverity: 0, evidence: 'data' });
    expect(activeFilter(null)).to.equal(undefined);
    expect(activeFilter('persona')).to.equal(undefined);
    expect(activeFilter({ persona: 3 })).to.equal(undefined);
  });

  it('dims nothing without a usable criterion', () => {
    expect(dimmed(undefined)).to.equal(undefined);
    expect(dimmed({})).to.equal(undefined);
    expect(dimmed({ owner: '' })).to.equal(undefined);
  });

  it('persona: columns with that persona’s emotion or pain point (a plain number counts for every persona)', () => {
    expect(dimmed({ persona: 'bo' })).to.deep.equal(['wait']);
    expect(dimmed({ persona: 'nobody' })).to.deep.equal(['search', 'ask', 'order', 'wait', 'use']);
  });

  it('channel: columns with a touchpoint in it', () => {
    expect(dimmed({ channel: 'phone' })).to.deep.equal(['search', 'order', 'wait', 'use']);
  });

  it('owner: the column’s owner (step, else touchpoints) or an opportunity’s, case ignored', () => {
    expect(dimmed({ owner: 'SALES' })).to.deep.equal(['order', 'wait', 'use']);
    expect(dimmed({ owner: 'web team' })).to.deep.equal(['ask', 'order', 'wait', 'use']);
    expect(dimmed({ owner: 'Billing' })).to.deep.equal(['search', 'ask', 'wait', 'use']);
  });

  it('category and minimum severity: a pain point of that category, at least that severe', () => {
    expect(dimmed({ category: 'billing delays' })).to.deep.equal(['search', 'ask', 'wait', 'use']);
    expect(dimmed({ category: 'Process' })).to.deep.equal(['search', 'order', 'wait', 'use']);
    expect(dimmed({ minSeverity: 4 })).to.deep.equal(['search', 'wait', 'use']);
    expect(dimmed({ minSeverity: 5 })).to.deep.equal(['search', 'ask', 'wait', 'use']);
    expect(dimmed({ minSeverity: 2 })).to.deep.equal(['search', 'wait', 'use']);
  });

  it('evidence: the column’s evidence level', () => {
    expect(dimmed({ evidence: 'data' })).to.deep.equal(['search', 'ask', 'wait', 'use']);
  });

  it('every criterion that is set must hold', () => {
    expect(dimmed({ owner: 'Sales', minSeverity: 4 })).to.deep.equal(['search', 'order', 'wait', 'use']);
    expect(dimmed({ persona: 'bo', evidence: 'research', channel: 'web' })).to.deep.equal(['ask', 'order', 'wait', 'use']);
  });

  it('withCriterion returns a new filter with one criterion set or removed', () => {
    const filter = { channel: 'phone' };
    expect(withCriterion(filter, 'minSeverity', '3')).to.deep.equal({ channel: 'phone', minSeverity: 3 });
    expect(withCriterion(filter, 'channel', '')).to.deep.equal({});
    expect(withCriterion(filter, 'owner', '  Sales ')).to.deep.equal({ channel: 'phone', owner: 'Sales' });
    expect(withCriterion(undefined, 'minSeverity', 'x')).to.deep.equal({});
    expect(filter).to.deep.equal({ channel: 'phone' });
  });

  it('filterOwners: columns’ owners, then opportunities’, each once in its first spelling', () => {
    expect(filterOwners(normalized(filterJourney()))).to.deep.equal(['Web team', 'Sales', 'Billing']);
    expect(filterOwners(normalized(laptopJourney()))).to.deep.equal([]);
  });

  it('dimmedRuns merges neighbouring dimmed columns', () => {
    const columns = ['a', 'b', 'c', 'd', 'e'].map((stepId, index) => ({ stepId, x: index * 100, width: 100 }));
    expect(dimmedRuns(columns, new Set(['a', 'b', 'd', 'e']))).to.deep.equal([
      { x: 0, width: 200 },
      { x: 300, width: 200 },
    ]);
    expect(dimmedRuns(columns, new Set(['c']))).to.deep.equal([{ x: 200, width: 100 }]);
    expect(dimmedRuns(columns, new Set())).to.deep.equal([]);
    expect(dimmedRuns(columns, undefined)).to.deep.equal([]);
  });
});
