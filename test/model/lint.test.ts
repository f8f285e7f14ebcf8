import { expect } from '@open-wc/testing';
import { LINT_WEIGHTS, isDepartmentSwitch, lintJourney, type LintWarning } from '../../src/model/lint.js';
import { LINT_CODES, lintMessage } from '../../src/i18n/lint-messages.js';
import { LOCALES } from '../../src/i18n/locale.js';
import { generateLargeJourney } from '../../src/samples/large.js';
import { sampleJourneys } from '../../src/samples/index.js';

// Cases reach deep into documents to break one value; typing every path would hide the intent.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = Record<string, any>;

/** A small map that passes every rule: each case breaks one thing in it. */
function healthy(): Doc {
  return {
    schemaVersion: 1,
    title: 'Phone system',
    reviewedAt: '2026-06-01',
    reviewEvery: 'P6M',
    personas: [
      { id: 'ops', name: 'Olga' },
      { id: 'cfo', name: 'Carl' },
    ],
    metrics: [{ id: 'csat', label: 'CSAT' }],
    lanes: [{ kind: 'actions' }, { kind: 'emotion' }, { kind: 'painPoints' }, { kind: 'text', field: 'quotes' }],
    stages: [
      {
        id: 'need',
        title: 'Need',
        steps: [
          {
            id: 'missed',
            title: 'Calls get missed',
            owner: 'Sales',
            evidence: 'research',
            actions: ['Calls back'],
            emotion: { ops: -1, cfo: 0 },
            painPoints: [{ text: 'Leads lost', severity: 4 }, { text: 'Slow', severity: 2 }],
            opportunities: [{ text: 'Call queue' }],
            momentOfTruth: true,
            metrics: [{ metric: 'csat', value: 3.9, history: [{ at: '2026-03-01', value: 3.6 }, { at: '2026-09-01', value: 3.9 }] }],
            quotes: ['We lose leads'],
          },
          { id: 'search', title: 'Searches', owner: 'Sales', touchpoints: [{ channel: 'web', owner: 'sales' }], emotion: 0 },
        ],
      },
      { id: 'buy', title: 'Buy', owner: 'Billing', evidence: 'assumption', insights: [{ kind: 'data', text: '31 % leave' }], emotion: 1 },
    ],
  };
}

const NOW = '2026-10-01';
const lint = (doc: Doc, locale?: string) => lintJourney(doc, { now: NOW, locale });
const found = (warnings: LintWarning[]) => warnings.map(({ code, path, stepId, lane }) => ({ code, path, stepId, lane }));

function with_(change: (doc: Doc) => void): Doc {
  const doc = healthy();
  change(doc);
  return doc;
}

describe('model/lintJourney', () => {
  it('finds nothing in a healthy map and gives it 100', () => {
    const result = lint(healthy());
    expect(result.ok).to.equal(true);
    expect(found(result.warnings)).to.deep.equal([]);
    expect(result.score).to.equal(100);
    expect(result.rules['severe-pain-no-opportunity']).to.deep.equal({ weight: 25, checked: 1, failed: 0 });
    expect(result.rules['moment-without-metric']).to.deep.equal({ weight: 15, checked: 1, failed: 0 });
    expect(result.rules['stage-on-assumptions']).to.deep.equal({ weight: 15, checked: 2, failed: 0 });
    // Billing takes over at "buy", which has its owner.
    expect(result.rules['switch-without-owner']).to.deep.equal({ weight: 10, checked: 1, failed: 0 });
    expect(result.rules['stale-metric']).to.deep.equal({ weight: 10, checked: 1, failed: 0 });
    expect(result.rules['review-due']).to.deep.equal({ weight: 10, checked: 1, failed: 0 });
    expect(result.rules['persona-without-emotion']).to.deep.equal({ weight: 10, checked: 2, failed: 0 });
    expect(result.rules['empty-lane']).to.deep.equal({ weight: 5, checked: 4, failed: 0 });
  });

  it('the weights add up to 100 and every code has a message in every locale', () => {
    expect(Object.values(LINT_WEIGHTS).reduce((a, b) => a + b, 0)).to.equal(100);
    expect(Object.keys(LINT_WEIGHTS).sort()).to.deep.equal([...LINT_CODES].sort());
    for (const code of LINT_CODES) {
      for (const locale of LOCALES) expect(lintMessage(code, locale).trim(), `${locale} ${code}`).not.to.equal('');
      expect(lintMessage(code, 'ru')).not.to.equal(lintMessage(code, 'en'));
      expect(lintMessage(code, 'ro')).not.to.equal(lintMessage(code, 'en'));
    }
  });

  it('severe-pain-no-opportunity: a pain of severity 4 or more in a step without opportunities', () => {
    const result = lint(with_((doc) => delete doc.stages[0].steps[0].opportunities));
    expect(found(result.warnings)).to.deep.equal([
      { code: 'severe-pain-no-opportunity', path: '/stages/0/steps/0/painPoints/0', stepId: 'missed', lane: 'painPoints' },
    ]);
    expect(result.warnings[0].message).to.equal('A pain point of severity 4 in “Calls get missed” has no opportunity in its step.');
    // The severity-2 pain is not checked; 25 × 1/1 lost.
    expect(result.rules['severe-pain-no-opportunity']).to.deep.equal({ weight: 25, checked: 1, failed: 1 });
    expect(result.score).to.equal(75);
    const mild = lint(with_((doc) => {
      delete doc.stages[0].steps[0].opportunities;
      doc.stages[0].steps[0].painPoints[0].severity = 3;
    }));
    expect(found(mild.warnings)).to.deep.equal([]);
  });

  it('moment-without-metric: a moment of truth with no metric', () => {
    const result = lint(with_((doc) => delete doc.stages[0].steps[0].metrics));
    expect(found(result.warnings)).to.deep.equal([
      { code: 'moment-without-metric', path: '/stages/0/steps/0/momentOfTruth', stepId: 'missed', lane: 'metrics' },
    ]);
    expect(result.score).to.equal(85);
    expect(found(lint(with_((doc) => (doc.stages[0].steps[0].momentOfTruth = false))).warnings)).to.deep.equal([]);
  });

  it('stage-on-assumptions: a stage marked assumption with no research, data or insight', () => {
    const result = lint(with_((doc) => delete doc.stages[1].insights));
    expect(found(result.warnings)).to.deep.equal([{ code: 'stage-on-assumptions', path: '/stages/1', stepId: 'buy', lane: undefined }]);
    expect(result.warnings[0].message).to.equal('Stage “Buy” rests only on assumptions: no research, data or insight backs it.');
    // 15 × 1/2 = 7.5 lost: 92.5 rounds to 93.
    expect(result.score).to.equal(93);
    // A stage with research in one step and an assumption in another is backed.
    const mixed = lint(with_((doc) => (doc.stages[0].steps[1].evidence = 'assumption')));
    expect(found(mixed.warnings)).to.deep.equal([]);
  });

  it('switch-without-owner: another department takes over at a step that has no owner', () => {
    const result = lint(with_((doc) => {
      delete doc.stages[0].steps[1].owner;
      doc.stages[0].steps[1].touchpoints[0].owner = 'Support';
    }));
    expect(found(result.warnings)).to.deep.equal([
      { code: 'switch-without-owner', path: '/stages/0/steps/1', stepId: 'search', lane: 'owner' },
    ]);
    expect(result.warnings[0].message).to.equal('Another department takes over from Sales at “Searches”, but the step has no owner.');
    // Checked: the switch at "search" (failed) and the one at "buy" (owned): 10 × 1/2 lost.
    expect(result.rules['switch-without-owner']).to.deep.equal({ weight: 10, checked: 2, failed: 1 });
    expect(result.score).to.equal(95);
    // The same department in another case is no switch.
    const same = lint(with_((doc) => delete doc.stages[0].steps[1].owner));
    expect(found(same.warnings)).to.deep.equal([]);
    expect(same.rules['switch-without-owner'].checked).to.equal(1);
  });

  it('switch-without-owner: departments of touchpoints carry from column to column, without case or blanks', () => {
    const tp = (owner: unknown) => ({ channel: 'web', owner });
    const result = lint(with_((doc) => {
      doc.stages[0].steps = [
        // Owners: Sales (" Sales " and "sales" are one).
        { id: 'a', title: 'A', evidence: 'research', touchpoints: [tp(' Sales '), tp('sales')] },
        // Ops is new: a switch, from Sales, with no owner.
        { id: 'b', title: 'B', touchpoints: [tp('SALES'), tp('Ops')] },
        // Before: SALES and Ops; "ops" is not new.
        { id: 'c', title: 'C', touchpoints: [tp('ops'), tp('  ')] },
        // No department here, so none before the next column: no switch at "e".
        { id: 'd', title: 'D', touchpoints: [] },
        { id: 'e', title: 'E', owner: 'IT' },
      ];
      doc.stages[1].owner = 'it';
    }));
    const switches = result.warnings.filter((warning) => warning.code === 'switch-without-owner');
    expect(found(switches)).to.deep.equal([{ code: 'switch-without-owner', path: '/stages/0/steps/1', stepId: 'b', lane: 'owner' }]);
    expect(switches[0].message).to.equal('Another department takes over from Sales at “B”, but the step has no owner.');
    expect(result.rules['switch-without-owner']).to.deep.equal({ weight: 10, checked: 1, failed: 1 });
  });

  it('isDepartmentSwitch needs an owner before and a new one after', () => {
    expect(isDepartmentSwitch({}, { owner: 'Sales' })).to.equal(false);
    expect(isDepartmentSwitch({ owner: 'Sales' }, {})).to.equal(false);
    expect(isDepartmentSwitch({ owner: 'Sales' }, { owner: 'SALES' })).to.equal(false);
    expect(isDepartmentSwitch({ touchpoints: [{ channel: 'x', owner: 'Sales' }] }, { touchpoints: [{ channel: 'y', owner: 'IT' }] })).to.equal(true);
  });

  it('stale-metric: the latest measurement is older than the review cycle before asOf, else now', () => {
    const old = (doc: Doc) => (doc.stages[0].steps[0].metrics[0].history = [{ at: '2026-01-15', value: 3.5 }, { at: '2025-12-01', value: 3.1 }]);
    const result = lint(with_(old));
    expect(found(result.warnings)).to.deep.equal([
      { code: 'stale-metric', path: '/stages/0/steps/0/metrics/0', stepId: 'missed', lane: 'metrics' },
    ]);
    expect(result.warnings[0].message).to.equal('CSAT in “Calls get missed” was last measured on January 15, 2026, longer ago than the review cycle.');
    expect(result.score).to.equal(90);
    // 2026-01-15 + P6M = 2026-07-15: as of 2026-07-15 it is not stale yet, a day later it is.
    expect(found(lint(with_((doc) => { old(doc); doc.asOf = '2026-07-15'; })).warnings)).to.deep.equal([]);
    expect(found(lint(with_((doc) => { old(doc); doc.asOf = '2026-07-16'; })).warnings).map((w) => w.code)).to.deep.equal(['stale-metric']);
    // Without a review cycle nothing is checked; a metric without dated history is not checked either.
    const noCycle = lint(with_((doc) => { old(doc); delete doc.reviewEvery; }));
    expect(noCycle.rules['stale-metric'].checked).to.equal(0);
    expect(lint(with_((doc) => delete doc.stages[0].steps[0].metrics[0].history)).rules['stale-metric'].checked).to.equal(0);
  });

  it('review-due: reviewedAt + reviewEvery is today or past', () => {
    const due = lint(with_((doc) => (doc.reviewedAt = '2026-04-01')));
    expect(found(due.warnings)).to.deep.equal([{ code: 'review-due', path: '/reviewedAt', stepId: undefined, lane: undefined }]);
    expect(due.warnings[0].message).to.equal('The map was due for review on October 1, 2026.');
    // The date in the reader's language and format, not an ISO string.
    const ru = lintJourney(with_((doc) => (doc.reviewedAt = '2026-04-01')), { locale: 'ru', now: NOW });
    expect(ru.warnings[0].message).to.equal('Срок пересмотра карты (1 октября 2026 г.) прошёл.');
    const ro = lintJourney(with_((doc) => (doc.reviewedAt = '2026-04-01')), { locale: 'ro', now: NOW });
    expect(ro.warnings[0].message).to.equal('Harta trebuia revizuită pe 1 octombrie 2026.');
    const british = lintJourney(with_((doc) => (doc.reviewedAt = '2026-04-01')), { locale: 'en', intlLocale: 'en-GB', now: NOW });
    expect(british.warnings[0].message).to.equal('The map was due for review on 1 October 2026.');
    expect(due.score).to.equal(90);
    expect(found(lint(with_((doc) => (doc.reviewedAt = '2026-04-02'))).warnings)).to.deep.equal([]);
    expect(lint(with_((doc) => delete doc.reviewedAt)).rules['review-due'].checked).to.equal(0);
  });

  it('persona-without-emotion: a persona with no emotion anywhere', () => {
    const result = lint(with_((doc) => {
      doc.stages[0].steps[0].emotion = { ops: -1 };
      doc.stages[0].steps[1].emotion = { ops: 0 };
      doc.stages[1].emotion = { ops: 1 };
    }));
    expect(found(result.warnings)).to.deep.equal([{ code: 'persona-without-emotion', path: '/personas/1', stepId: undefined, lane: undefined }]);
    expect(result.warnings[0].message).to.equal('Persona “Carl” has no emotion at any step.');
    expect(result.score).to.equal(95);
  });

  it('empty-lane: a listed lane with nothing in any step', () => {
    const result = lint(with_((doc) => doc.lanes.push({ kind: 'barriers', title: 'Blockers' }, { kind: 'text', field: 'nothing' })));
    expect(found(result.warnings)).to.deep.equal([
      { code: 'empty-lane', path: '/lanes/4', stepId: undefined, lane: 'barriers' },
      { code: 'empty-lane', path: '/lanes/5', stepId: undefined, lane: 'text:nothing' },
    ]);
    expect(result.warnings[0].message).to.equal('The lane “Blockers” is listed but has nothing in any step.');
    // 5 × 2/6 = 1.67 lost.
    expect(result.score).to.equal(98);
  });

  it('adds the rules up: 100 − Σ weight × failed / checked', () => {
    const result = lint(with_((doc) => {
      doc.stages[0].steps[1].painPoints = [{ text: 'No price', severity: 5 }];
      delete doc.stages[0].steps[0].metrics;
      delete doc.stages[1].insights;
      doc.reviewedAt = '2025-01-01';
    }));
    expect(found(result.warnings).map((w) => w.code)).to.deep.equal([
      'moment-without-metric',
      'severe-pain-no-opportunity',
      'stage-on-assumptions',
      'review-due',
    ]);
    // 25 × 1/2 + 15 × 1/1 + 15 × 1/2 + 10 × 1/1 = 45 lost.
    expect(result.score).to.equal(55);
  });

  it('speaks Russian and Romanian, and the document locale by default', () => {
    const doc = with_((doc) => delete doc.stages[0].steps[0].metrics);
    expect(lint(doc, 'ru').warnings[0].message).to.equal('«Calls get missed» — момент истины, но у него нет метрики.');
    expect(lint(doc, 'ro-MD').warnings[0].message).to.equal('„Calls get missed” este un moment al adevărului, dar nu are nicio metrică.');
    expect(lint({ ...doc, locale: 'ru' }).warnings[0].message).to.match(/момент истины/);
  });

  it('returns the validation errors of an invalid document and never throws', () => {
    const result = lintJourney({ schemaVersion: 1, stages: [] }, { locale: 'ru' });
    expect(result.ok).to.equal(false);
    expect(result.score).to.equal(0);
    expect(result.errors.map((e) => e.code)).to.include('empty-stages');
    expect(lintJourney('{ not json').ok).to.equal(false);
    expect(lintJourney(null).ok).to.equal(false);
    expect(lintJourney(healthy(), { now: 'yesterday' }).ok).to.equal(true);
  });

  it('reads JSON text and the shipped samples', () => {
    expect(lint(JSON.stringify(healthy()) as unknown as Doc).score).to.equal(100);
    for (const sample of Object.values(sampleJourneys)) {
      const result = lintJourney(sample, { now: NOW });
      expect(result.ok).to.equal(true);
      expect(result.score).to.be.within(0, 100);
    }
    const large = lintJourney(generateLargeJourney(), { now: NOW });
    expect(large.ok).to.equal(true);
  });
});
