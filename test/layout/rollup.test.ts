import { expect } from '@open-wc/testing';
import { fixFirst, stageRollup } from '../../src/layout/rollup.js';
import { normalizeJourney } from '../../src/model/normalize.js';
import type { JourneyDocument, NormalizedJourney } from '../../src/model/types.js';
import { validateJourney } from '../../src/model/validate.js';
import { filterJourney } from '../insights/filter-fixture.js';

/**
 * "Asks sales" gets a third pain point (process, no persona, no severity) and four opportunities
 * (done, planned, planned, none): discover then holds process ×2 (max 4), financial ×1 (2).
 */
function rollupJourney(): JourneyDocument {
  const doc = filterJourney();
  const ask = doc.stages[0].steps![1];
  ask.painPoints!.push({ text: 'Transferred twice', category: 'Process' });
  ask.opportunities = [
    { text: 'Call-back', status: 'done' },
    { text: 'Price list', status: 'planned' },
    { text: 'Chat', status: 'planned' },
    { text: 'Bot' },
  ];
  return doc;
}

const normalized = (doc: JourneyDocument): NormalizedJourney => {
  const result = validateJourney(doc);
  expect(result.errors).to.deep.equal([]);
  return normalizeJourney(result.journey!);
};

describe('layout/rollup', () => {
  it('stageRollup: pain points by category with the highest severity, opportunities by status, the lowest emotion', () => {
    const journey = normalized(rollupJourney());
    expect(stageRollup(journey, 0)).to.deep.equal({
      stageId: 'discover',
      pains: [
        { category: 'process', count: 2, maxSeverity: 4 },
        { category: 'financial', count: 1, maxSeverity: 2 },
      ],
      opportunities: [
        { status: 'planned', count: 2 },
        { status: 'done', count: 1 },
        { status: 'none', count: 2 },
      ],
      lowest: { value: -2, stepId: 'ask', persona: 'bo' },
    });
    expect(stageRollup(journey, 1)).to.deep.equal({
      stageId: 'buy',
      pains: [{ category: 'Billing delays', count: 1, maxSeverity: 5 }],
      opportunities: [{ status: 'none', count: 1 }],
      lowest: { value: 1, stepId: 'order', persona: 'bo' },
    });
    // A stage without steps is its own column; ties keep the first persona.
    expect(stageRollup(journey, 2)).to.deep.equal({ stageId: 'use', pains: [], opportunities: [], lowest: { value: 1, stepId: 'use', persona: 'ana' } });
  });

  it('stageRollup: categories with more pain points first, then the more severe; no severity, no maximum', () => {
    const doc = filterJourney();
    doc.stages[0].steps![0].painPoints = [
      { text: 'a', category: 'support', severity: 1 },
      { text: 'b', category: 'support' },
      { text: 'c' },
    ];
    expect(stageRollup(normalized(doc), 0).pains).to.deep.equal([
      { category: 'support', count: 2, maxSeverity: 1 },
      { category: 'process', count: 1, maxSeverity: 4 },
      { category: 'financial', count: 1, maxSeverity: 2 },
      { category: '', count: 1 },
    ]);
  });

  it('fixFirst without customers: severity × personas affected × emotion factor', () => {
    // ask: S 4 (of 4, 2 and a pain point without severity: 1); a pain point naming nobody affects
    // both personas: A 2; lowest emotion −2 on −2…2: E 1 + (0 − (−2)) / (0 − (−2)) = 2. 4 × 2 × 2 = 16.
    // order: S 5; only bo's pain point and nobody below the middle: A 1; lowest +1: E 1. 5 × 1 × 1 = 5.
    expect(fixFirst(normalized(rollupJourney()))).to.deep.equal([
      { stepId: 'ask', stageId: 'discover', severity: 4, affected: 2, affectedKind: 'personas', emotionFactor: 2, score: 16 },
      { stepId: 'order', stageId: 'buy', severity: 5, affected: 1, affectedKind: 'personas', emotionFactor: 1, score: 5 },
    ]);
    const milder = rollupJourney();
    milder.stages[0].steps![1].emotion = { ana: -1, bo: -1 };
    // E 1 + 1 / 2 = 1.5: 4 × 2 × 1.5 = 12.
    expect(fixFirst(normalized(milder), 1)).to.deep.equal([
      { stepId: 'ask', stageId: 'discover', severity: 4, affected: 2, affectedKind: 'personas', emotionFactor: 1.5, score: 12 },
    ]);
  });

  it('fixFirst with customers counts distinct customers with an event at the step', () => {
    const doc = rollupJourney();
    const at = '2026-03-01T10:00:00Z';
    doc.individuals = [
      { id: 'c1', events: [{ step: 'ask', at }, { step: 'order', at }] },
      { id: 'c2', events: [{ step: 'ask', at }] },
      { id: 'c3', events: [{ step: 'ask', at }, { step: 'ask', at }] },
    ];
    // ask: 4 × 3 × 2 = 24; order: 5 × 1 × 1 = 5.
    expect(fixFirst(normalized(doc)).map((entry) => [entry.stepId, entry.affected, entry.affectedKind, entry.score])).to.deep.equal([
      ['ask', 3, 'customers', 24],
      ['order', 1, 'customers', 5],
    ]);
  });
});
