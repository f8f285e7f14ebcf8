import { expect } from '@open-wc/testing';
import { diffJourneys, isSameJourney } from '../../src/model/diff.js';
import { journeyDiffSummary } from '../../src/model/diff-summary.js';
import { normalizeJourney } from '../../src/model/normalize.js';
import type { JourneyDocument } from '../../src/model/types.js';
import { validateJourney } from '../../src/model/validate.js';
import { phoneSystemFutureJourney, phoneSystemJourney } from '../../src/samples/index.js';

/** "Before": two stages, three steps, two personas, one metric. */
function before(): JourneyDocument {
  return {
    schemaVersion: 1,
    title: 'Before',
    personas: [
      { id: 'ops', name: 'Olga' },
      { id: 'cfo', name: 'Victor' },
    ],
    metrics: [{ id: 'csat', label: 'CSAT' }],
    stages: [
      {
        id: 'find',
        title: 'Find',
        steps: [
          {
            id: 'search',
            title: 'Searches',
            emotion: { ops: -1, cfo: 0 },
            painPoints: [{ text: 'Too many ads', severity: 3 }, { text: 'No prices' }],
            metrics: [{ metric: 'csat', value: 3.6 }],
          },
          { id: 'compare', title: 'Compares', emotion: 0.5, actions: ['Reads reviews'] },
        ],
      },
      { id: 'buy', title: 'Buy', steps: [{ id: 'fax', title: 'Faxes the form', painPoints: [{ text: 'Fax machine' }] }] },
    ],
  };
}

/** "After": `fax` removed, `sign` added, `compare` moved to `buy` and renamed, pain points changed. */
function after(): JourneyDocument {
  return {
    schemaVersion: 1,
    title: 'After',
    state: 'future',
    personas: [
      { id: 'ops', name: 'Olga' },
      { id: 'cfo', name: 'Victor' },
    ],
    metrics: [{ id: 'csat', label: 'CSAT' }],
    stages: [
      {
        id: 'find',
        title: 'Discover',
        steps: [
          {
            id: 'search',
            title: 'Searches',
            emotion: { ops: 0.5, cfo: 0 },
            painPoints: [{ text: ' No prices ' }, { text: 'Slow site', category: 'performance' }],
            metrics: [{ metric: 'csat', value: 3.9 }],
          },
        ],
      },
      {
        id: 'buy',
        title: 'Buy',
        steps: [
          { id: 'compare', title: 'Compares plans', emotion: 0.5, actions: ['Reads reviews'] },
          { id: 'sign', title: 'Signs online', painPoints: [{ text: 'Two-factor code late', severity: 2 }] },
        ],
      },
      { id: 'use', title: 'Use' },
    ],
  };
}

describe('model/diffJourneys', () => {
  const diff = diffJourneys(before(), after());

  it('finds stages added and renamed by id', () => {
    expect(diff.stages).to.deep.equal({
      added: [{ id: 'use', title: 'Use' }],
      removed: [],
      renamed: [{ id: 'find', from: 'Find', to: 'Discover' }],
    });
  });

  it('finds steps added (a stage without steps is a column too), removed, moved and renamed', () => {
    expect(diff.steps.added).to.deep.equal([
      { id: 'sign', title: 'Signs online', stageId: 'buy', stageTitle: 'Buy' },
      { id: 'use', title: 'Use', stageId: 'use', stageTitle: 'Use' },
    ]);
    expect(diff.steps.removed).to.deep.equal([{ id: 'fax', title: 'Faxes the form', stageId: 'buy', stageTitle: 'Buy' }]);
    expect(diff.steps.moved).to.deep.equal([
      { id: 'compare', title: 'Compares plans', fromStage: { id: 'find', title: 'Find' }, toStage: { id: 'buy', title: 'Buy' } },
    ]);
    expect(diff.steps.renamed).to.deep.equal([{ id: 'compare', from: 'Compares', to: 'Compares plans' }]);
  });

  it('names the fields that changed in steps present in both', () => {
    expect(diff.steps.changed).to.deep.equal([
      { id: 'search', title: 'Searches', fields: ['emotion', 'painPoints', 'metrics'] },
      { id: 'compare', title: 'Compares plans', fields: ['title'] },
    ]);
  });

  it('resolves pain points by step and text (ends trimmed), including those of removed steps', () => {
    expect(diff.painPoints.resolved).to.deep.equal([
      { stepId: 'search', text: 'Too many ads', severity: 3 },
      { stepId: 'fax', text: 'Fax machine' },
    ]);
    expect(diff.painPoints.added).to.deep.equal([
      { stepId: 'search', text: 'Slow site', category: 'performance' },
      { stepId: 'sign', text: 'Two-factor code late', severity: 2 },
    ]);
  });

  it('gives emotion deltas per persona, only where both have a value and it changed', () => {
    expect(diff.emotions).to.deep.equal([{ stepId: 'search', persona: 'ops', from: -1, to: 0.5, delta: 1.5 }]);
  });

  it('gives metric deltas without floating-point noise', () => {
    expect(diff.metrics).to.deep.equal([{ stepId: 'search', metric: 'csat', from: 3.6, to: 3.9, delta: 0.3 }]);
  });

  it('a document against itself has no differences', () => {
    const same = diffJourneys(before(), before());
    expect(isSameJourney(same)).to.equal(true);
    expect(isSameJourney(diff)).to.equal(false);
  });

  it('swapping the documents swaps added and removed, resolved and new', () => {
    const back = diffJourneys(after(), before());
    expect(back.steps.added.map((s) => s.id)).to.deep.equal(['fax']);
    expect(back.steps.removed.map((s) => s.id)).to.deep.equal(['sign', 'use']);
    expect(back.painPoints.added.map((p) => p.text)).to.deep.equal(['Too many ads', 'Fax machine']);
    expect(back.painPoints.resolved.map((p) => p.text)).to.deep.equal(['Slow site', 'Two-factor code late']);
    expect(back.emotions).to.deep.equal([{ stepId: 'search', persona: 'ops', from: 0.5, to: -1, delta: -1.5 }]);
  });

  it('matches repeated pain points one to one', () => {
    const a = before();
    const b = before();
    a.stages[0]!.steps![0]!.painPoints = [{ text: 'Ads' }, { text: 'Ads' }];
    b.stages[0]!.steps![0]!.painPoints = [{ text: 'Ads' }];
    expect(diffJourneys(a, b).painPoints).to.deep.equal({ added: [], resolved: [{ stepId: 'search', text: 'Ads' }] });
  });

  it('a single emotion compares with per-persona values; documents without personas use "*"', () => {
    const a: JourneyDocument = { schemaVersion: 1, title: 'A', stages: [{ id: 's', title: 'S', emotion: -2 }] };
    const b: JourneyDocument = { schemaVersion: 1, title: 'B', stages: [{ id: 's', title: 'S', emotion: 1 }] };
    expect(diffJourneys(a, b).emotions).to.deep.equal([{ stepId: 's', persona: '*', from: -2, to: 1, delta: 3 }]);
  });

  it('accepts normalized journeys and never modifies its inputs', () => {
    const a = before();
    const b = after();
    const copies = JSON.stringify([a, b]);
    const fromNormalized = diffJourneys(normalizeJourney(a), normalizeJourney(b));
    expect(fromNormalized).to.deep.equal(diff);
    expect(JSON.stringify([a, b])).to.equal(copies);
  });

  it('the phone-system samples: current to future', () => {
    const current = validateJourney(phoneSystemJourney).journey!;
    const future = validateJourney(phoneSystemFutureJourney).journey!;
    const change = diffJourneys(current, future);
    expect(change.steps.added.map((s) => s.id)).to.include.members(['kickoff', 'proactive-alert']);
    expect(change.steps.removed.map((s) => s.id)).to.include.members(['handover', 'outage']);
    expect(change.steps.moved).to.deep.equal([]);
    expect(change.painPoints.resolved.length).to.be.greaterThan(0);
    expect(change.emotions.every((e) => e.delta === Number((e.to - e.from).toFixed(2)))).to.equal(true);
  });
});

describe('model/journeyDiffSummary', () => {
  it('one line per change, in English', () => {
    expect(journeyDiffSummary(before(), after())).to.deep.equal([
      'New stage “Use”',
      'Stage renamed: “Find” → “Discover”',
      'New step “Signs online” in Buy',
      'New step “Use” in Use',
      'Step removed: “Faxes the form” (was in Buy)',
      'Step “Compares plans” moved from Find to Buy',
      'Step renamed: “Compares” → “Compares plans”',
      'Step “Searches” changed: Emotion, Pain points, Metrics',
      'New pain point at “Searches”: Slow site',
      'New pain point at “Signs online”: Two-factor code late',
      'Pain point resolved at “Searches”: Too many ads',
      'Pain point resolved at “Faxes the form”: Fax machine',
      'Emotion at “Searches” (Olga): -1 → 0.5 (+1.5)',
      'CSAT at “Searches”: 3.6 → 3.9 (+0.3)',
    ]);
  });

  it('in Russian and Romanian, with their number formats; percentages change in points', () => {
    const a = before();
    const b = before();
    a.metrics = [{ id: 'csat', label: 'Доля', unit: '%' }];
    b.metrics = a.metrics;
    b.stages[0]!.steps![0]!.metrics = [{ metric: 'csat', value: 4.1 }];
    b.stages[0]!.steps![1]!.emotion = -0.5;
    expect(journeyDiffSummary(a, b, { locale: 'ru-RU' })).to.deep.equal([
      'Шаг «Searches» изменён: Метрики',
      'Шаг «Compares» изменён: Эмоции',
      'Эмоция на шаге «Compares» (Olga): 0,5 → -0,5 (-1)',
      'Эмоция на шаге «Compares» (Victor): 0,5 → -0,5 (-1)',
      'Доля на шаге «Searches»: 3,6\u00a0% → 4,1\u00a0% (+0,5\u00a0п.\u00a0п.)',
    ]);
    expect(journeyDiffSummary(a, b, { locale: 'ro' }).at(-1)).to.equal('Доля la „Searches”: 3,6% → 4,1% (+0,5\u00a0p.p.)');
    expect(journeyDiffSummary(a, a, { locale: 'ro' })).to.deep.equal(['Nicio diferență.']);
  });
});
