/**
 * Shared fixtures of the model tests: valid documents, and a table of malformed documents with the
 * exact problem each must produce. validate.test.ts checks validateJourney against the table;
 * schema.test.ts checks that schema.json gives the same verdict where a schema can judge.
 */
import type { JourneyDocument, Severity } from '../../src/model/types.js';
import { generateLargeJourney, phoneSystemWithIndividuals, sampleJourneys } from '../../src/samples/index.js';

/** A small document that uses every part of the format; a fresh copy on every call. */
export function journeyFixture(): JourneyDocument {
  return {
    schemaVersion: 1,
    title: 'Choosing a business phone system',
    description: 'From missed calls to a recommendation',
    state: 'current',
    goal: 'Stop losing callers',
    scale: { min: -2, max: 2, labels: { '-2': 'Angry', '0': 'Neutral', '2': 'Delighted' } },
    personas: [
      { id: 'ops', name: 'Olga', role: 'Office manager', image: 'https://example.com/olga.png', goals: ['Never miss a call'] },
      { id: 'cfo', name: 'Victor', role: 'CFO', attributes: { 'Company size': 50, Region: 'EU' } },
    ],
    channels: [
      { id: 'phone', label: 'Phone', icon: 'phone', device: 'phone' },
      { id: 'web', label: 'Website', icon: 'web', device: 'desktop' },
    ],
    metrics: [{ id: 'csat', label: 'CSAT', min: 1, max: 5, higherIsBetter: true }],
    stages: [
      {
        id: 'need',
        title: 'Problem or need',
        description: 'Calls get lost',
        steps: [
          {
            id: 'missed-calls',
            title: 'Calls get missed',
            actions: ['Misses a call'],
            touchpoints: [{ channel: 'phone', text: 'Caller hangs up' }],
            emotion: -1.5,
            painPoints: [{ text: 'Lost leads', category: 'process', severity: 4 }],
            momentOfTruth: true,
            evidence: 'research',
            quotes: ['We lose leads every week'],
          },
          {
            id: 'search',
            title: 'Searches for a fix',
            thoughts: ['There must be a better way'],
            emotion: { ops: -1, cfo: 0 },
            touchpoints: [{ channel: 'web' }],
            metrics: [{ metric: 'csat', value: 3.9, target: 4.5, previous: 3.6 }],
          },
        ],
      },
      {
        id: 'evaluate',
        title: 'Evaluate vendors',
        steps: [
          {
            id: 'demo',
            title: 'Books a demo',
            emotion: 1,
            owner: 'Sales',
            next: ['trial', 'search'],
            opportunities: [{ text: 'Self-serve demo', owner: 'Product', impact: 'high', effort: 'low' }],
            backstage: [{ text: 'Lead routed to a rep', actor: 'Sales team', system: 'CRM' }],
          },
          { id: 'trial', title: 'Runs a trial', emotion: { ops: 2 }, quotes: ['Works well'] },
        ],
      },
      { id: 'advocacy', title: 'Advocacy', actions: ['Recommends us'], emotion: 1.5 },
    ],
    individuals: [
      {
        id: 'cust-42',
        label: 'ACME',
        persona: 'ops',
        events: [
          { step: 'missed-calls', at: '2026-03-01T10:00:00Z', emotion: -2, channel: 'phone' },
          { step: 'advocacy', emotion: 2, note: 'Left a review' },
        ],
      },
    ],
    reviewedBy: 'CX team',
  };
}

/** The smallest valid document. */
export function minimalFixture(): JourneyDocument {
  return { schemaVersion: 1, title: 'Minimal', stages: [{ id: 'only', title: 'Only stage' }] };
}

/** No personas, explicit lanes including a custom text lane, a stage without steps in the middle that ends its path. */
export function lanesFixture(): JourneyDocument {
  return {
    schemaVersion: 1,
    title: 'Renewal',
    scale: { min: 0, max: 10 },
    lanes: [{ kind: 'text', field: 'quotes', title: 'Quotes' }, { kind: 'emotion' }, { kind: 'actions', title: 'Doing' }],
    stages: [
      { id: 'use', title: 'Use', steps: [{ id: 'daily', title: 'Daily use', emotion: 7, quotes: 'Fine', next: ['renew', 'review'] }] },
      { id: 'renew', title: 'Renewal', emotion: 3, next: [] },
      { id: 'advocacy', title: 'Advocacy', steps: [{ id: 'review', title: 'Writes a review', actions: ['Posts'] }] },
    ],
  };
}

/** Valid documents both validateJourney and schema.json must accept. The lead adds the samples here. */
export const VALID_DOCUMENTS: Array<{ name: string; build: () => unknown }> = [
  { name: 'journey fixture', build: journeyFixture },
  { name: 'minimal fixture', build: minimalFixture },
  { name: 'lanes fixture', build: lanesFixture },
  { name: 'document with its $schema', build: () => ({ $schema: 'https://unpkg.com/journey-elements/dist/schema.json', ...minimalFixture() }) },
  ...Object.entries(sampleJourneys).map(([name, journey]) => ({ name: `sample ${name}`, build: () => journey })),
  { name: 'sample phone-system with 300 individuals', build: () => phoneSystemWithIndividuals(300, 7) },
  { name: 'sample large journey', build: () => generateLargeJourney({ stages: 12 }) },
];

/**
 * How schema.json judges a case: `shape` cases break the document's shape (the schema rejects them
 * too); `reference` cases are well-shaped but refer to ids that do not exist, repeat ids or break a
 * range, which only validateJourney can see; `warning` cases are valid with a warning.
 */
export type CaseKind = 'shape' | 'reference' | 'warning';

export interface MalformedCase {
  name: string;
  kind: CaseKind;
  build: () => unknown;
  /** The problem validateJourney must report: for errors the only error, for warnings the only warning. */
  code: string;
  path: string;
  severity: Severity;
}

// Cases reach deep into documents to break one value; typing every path would hide the intent.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = Record<string, any>;

/** The journey fixture with one change. */
function changed(change: (doc: Doc) => void): () => unknown {
  return () => {
    const doc = journeyFixture() as Doc;
    change(doc);
    return doc;
  };
}

const step = (doc: Doc, stage: number, index: number): Doc => doc.stages[stage].steps[index];

const error = (kind: 'shape' | 'reference', name: string, code: string, path: string, build: () => unknown): MalformedCase => ({
  name,
  kind,
  build,
  code,
  path,
  severity: 'error',
});
const warning = (name: string, code: string, path: string, build: () => unknown): MalformedCase => ({
  name,
  kind: 'warning',
  build,
  code,
  path,
  severity: 'warning',
});

export const MALFORMED: MalformedCase[] = [
  // Shape: the schema rejects these as well.
  error('shape', 'root is an array', 'not-an-object', '', () => []),
  error('shape', 'root is null', 'not-an-object', '', () => null),
  error('shape', 'root is a number', 'not-an-object', '', () => 42),
  error('shape', 'schemaVersion missing', 'missing-field', '/schemaVersion', changed((d) => delete d.schemaVersion)),
  error('shape', 'schemaVersion 2', 'schema-version', '/schemaVersion', changed((d) => (d.schemaVersion = 2))),
  error('shape', 'schemaVersion as text', 'schema-version', '/schemaVersion', changed((d) => (d.schemaVersion = '1'))),
  error('shape', 'title missing', 'missing-field', '/title', changed((d) => delete d.title)),
  error('shape', 'title is a number', 'wrong-type', '/title', changed((d) => (d.title = 42))),
  error('shape', 'state unknown', 'invalid-value', '/state', changed((d) => (d.state = 'past'))),
  error('shape', 'stages missing', 'missing-field', '/stages', () => ({ schemaVersion: 1, title: 'x' })),
  error('shape', 'stages is an object', 'wrong-type', '/stages', () => ({ schemaVersion: 1, title: 'x', stages: {} })),
  error('shape', 'stages empty', 'empty-stages', '/stages', () => ({ schemaVersion: 1, title: 'x', stages: [] })),
  error('shape', 'stage is text', 'wrong-type', '/stages/0', () => ({ schemaVersion: 1, title: 'x', stages: ['need'] })),
  error('shape', 'stage id missing', 'missing-field', '/stages/1/id', changed((d) => delete d.stages[1].id)),
  error('shape', 'stage id empty', 'empty-id', '/stages/1/id', changed((d) => (d.stages[1].id = ''))),
  error('shape', 'stage steps is text', 'wrong-type', '/stages/2/steps', changed((d) => (d.stages[2].steps = 'none'))),
  error('shape', 'step id reserved', 'reserved-id', '/stages/1/steps/1/id', changed((d) => {
    step(d, 1, 1).id = '__proto__';
    step(d, 1, 0).next = ['search'];
  })),
  error('shape', 'step title missing', 'missing-field', '/stages/0/steps/1/title', changed((d) => delete step(d, 0, 1).title)),
  error('shape', 'evidence unknown', 'invalid-value', '/stages/0/steps/0/evidence', changed((d) => (step(d, 0, 0).evidence = 'hunch'))),
  error('shape', 'actions is text', 'wrong-type', '/stages/0/steps/0/actions', changed((d) => (step(d, 0, 0).actions = 'Call'))),
  error('shape', 'action is a number', 'wrong-type', '/stages/0/steps/0/actions/1', changed((d) => step(d, 0, 0).actions.push(7))),
  error('shape', 'emotion is text', 'wrong-type', '/stages/0/steps/0/emotion', changed((d) => (step(d, 0, 0).emotion = 'happy'))),
  error('shape', 'persona emotion is text', 'wrong-type', '/stages/0/steps/1/emotion/ops', changed((d) => (step(d, 0, 1).emotion.ops = 'x'))),
  error('shape', 'touchpoint without channel', 'missing-field', '/stages/0/steps/0/touchpoints/0/channel', changed((d) => delete step(d, 0, 0).touchpoints[0].channel)),
  error('shape', 'touchpoint is text', 'wrong-type', '/stages/0/steps/1/touchpoints/0', changed((d) => (step(d, 0, 1).touchpoints = ['web']))),
  error('shape', 'pain point without text', 'missing-field', '/stages/0/steps/0/painPoints/0/text', changed((d) => delete step(d, 0, 0).painPoints[0].text)),
  error('shape', 'severity as text', 'wrong-type', '/stages/0/steps/0/painPoints/0/severity', changed((d) => (step(d, 0, 0).painPoints[0].severity = '3'))),
  error('shape', 'opportunity impact unknown', 'invalid-value', '/stages/1/steps/0/opportunities/0/impact', changed((d) => (step(d, 1, 0).opportunities[0].impact = 'huge'))),
  error('shape', 'backstage without text', 'missing-field', '/stages/1/steps/0/backstage/0/text', changed((d) => delete step(d, 1, 0).backstage[0].text)),
  error('shape', 'metric value missing', 'missing-field', '/stages/0/steps/1/metrics/0/value', changed((d) => delete step(d, 0, 1).metrics[0].value)),
  error('shape', 'momentOfTruth as text', 'wrong-type', '/stages/0/steps/0/momentOfTruth', changed((d) => (step(d, 0, 0).momentOfTruth = 'yes'))),
  error('shape', 'next is text', 'wrong-type', '/stages/1/steps/0/next', changed((d) => (step(d, 1, 0).next = 'trial'))),
  error('shape', 'next item is a number', 'wrong-type', '/stages/1/steps/0/next/1', changed((d) => (step(d, 1, 0).next = ['trial', 3]))),
  error('shape', 'next item without step', 'missing-field', '/stages/1/steps/0/next/0/step', changed((d) => (step(d, 1, 0).next = [{ share: 0.5 }, 'search']))),
  error('shape', 'next share as text', 'wrong-type', '/stages/1/steps/0/next/0/share', changed((d) => (step(d, 1, 0).next = [{ step: 'trial', share: '25%' }, 'search']))),
  error('shape', 'exit is a number', 'wrong-type', '/stages/1/steps/0/exit', changed((d) => (step(d, 1, 0).exit = 0.1))),
  error('shape', 'exit label is a number', 'wrong-type', '/stages/1/steps/0/exit/label', changed((d) => (step(d, 1, 0).exit = { label: 5 }))),
  error('shape', 'persona without name', 'missing-field', '/personas/0/name', changed((d) => delete d.personas[0].name)),
  error('shape', 'persona image is a number', 'wrong-type', '/personas/0/image', changed((d) => (d.personas[0].image = 42))),
  error('shape', 'persona attribute is boolean', 'wrong-type', '/personas/1/attributes/Remote', changed((d) => (d.personas[1].attributes.Remote = true))),
  error('shape', 'persona attribute key with a slash', 'wrong-type', '/personas/1/attributes/B2B~1B2C', changed((d) => (d.personas[1].attributes['B2B/B2C'] = null))),
  error('shape', 'channel without label', 'missing-field', '/channels/0/label', changed((d) => delete d.channels[0].label)),
  error('shape', 'metric min as text', 'wrong-type', '/metrics/0/min', changed((d) => (d.metrics[0].min = 'one'))),
  error('shape', 'scale label is a number', 'wrong-type', '/scale/labels/2', changed((d) => (d.scale.labels['2'] = 5))),
  error('shape', 'scale is a list', 'wrong-type', '/scale', changed((d) => (d.scale = [-2, 2]))),
  error('shape', 'text lane without field', 'missing-field', '/lanes/0/field', changed((d) => (d.lanes = [{ kind: 'text' }]))),
  error('shape', 'individual without events', 'missing-field', '/individuals/0/events', changed((d) => delete d.individuals[0].events)),
  error('shape', 'event without step', 'missing-field', '/individuals/0/events/0/step', changed((d) => delete d.individuals[0].events[0].step)),
  error('shape', 'customer segment is a number', 'wrong-type', '/individuals/0/segment', changed((d) => (d.individuals[0].segment = 3))),
  error('shape', 'customer attribute is a list', 'wrong-type', '/individuals/0/attributes/ARR', changed((d) => (d.individuals[0].attributes = { ARR: [1] }))),
  error('shape', 'asOf is a number', 'wrong-type', '/asOf', changed((d) => (d.asOf = 20261001))),
  error('shape', 'event emotion as text', 'wrong-type', '/individuals/0/events/1/emotion', changed((d) => (d.individuals[0].events[1].emotion = 'sad'))),
  error('shape', 'metric history is text', 'wrong-type', '/stages/0/steps/1/metrics/0/history', changed((d) => (step(d, 0, 1).metrics[0].history = '2026'))),
  error('shape', 'measurement without value', 'missing-field', '/stages/0/steps/1/metrics/0/history/0/value', changed((d) => (step(d, 0, 1).metrics[0].history = [{ at: '2026-04-01' }]))),

  // References and ranges: well-shaped, so the schema accepts them; validateJourney rejects them.
  error('reference', 'step id repeated', 'duplicate-id', '/stages/1/steps/1/id', changed((d) => {
    step(d, 1, 1).id = 'demo';
    step(d, 1, 0).next = ['search'];
  })),
  error('reference', 'step-less stage id repeats a step id', 'duplicate-id', '/stages/2/id', changed((d) => {
    d.stages[2].id = 'missed-calls';
    d.individuals[0].events[1].step = 'trial';
  })),
  error('reference', 'stage id repeated', 'duplicate-id', '/stages/1/id', changed((d) => (d.stages[1].id = 'need'))),
  error('reference', 'persona id repeated', 'duplicate-id', '/personas/1/id', changed((d) => {
    d.personas[1].id = 'ops';
    step(d, 0, 1).emotion = { ops: -1 };
  })),
  error('reference', 'channel id repeated', 'duplicate-id', '/channels/2/id', changed((d) => d.channels.push({ id: 'web', label: 'Web again' }))),
  error('reference', 'metric id repeated', 'duplicate-id', '/metrics/1/id', changed((d) => d.metrics.push({ id: 'csat', label: 'CSAT 2' }))),
  error('reference', 'individual id repeated', 'duplicate-id', '/individuals/1/id', changed((d) => d.individuals.push({ id: 'cust-42', events: [] }))),
  error('reference', 'metric value names no metric', 'unknown-metric', '/stages/0/steps/1/metrics/0/metric', changed((d) => (step(d, 0, 1).metrics[0].metric = 'nps'))),
  error('reference', 'emotion for an unknown persona', 'unknown-persona', '/stages/0/steps/1/emotion/ceo', changed((d) => (step(d, 0, 1).emotion.ceo = 1))),
  error('reference', 'pain point for an unknown persona', 'unknown-persona', '/stages/0/steps/0/painPoints/0/persona', changed((d) => (step(d, 0, 0).painPoints[0].persona = 'ceo'))),
  error('reference', 'individual of an unknown persona', 'unknown-persona', '/individuals/0/persona', changed((d) => (d.individuals[0].persona = 'ceo'))),
  error('reference', 'scale min equals max', 'invalid-range', '/scale', changed((d) => (d.scale = { min: 1, max: 1 }))),
  error('reference', 'scale min above the default max', 'invalid-range', '/scale', changed((d) => (d.scale = { min: 3 }))),
  error('reference', 'metric min above max', 'invalid-range', '/metrics/0', changed((d) => (d.metrics[0].min = 10))),

  // Recoverable: valid with a warning; the copy is repaired.
  warning('lane kind unknown', 'unknown-lane-kind', '/lanes/0/kind', changed((d) => (d.lanes = [{ kind: 'timeline' }]))),
  warning('emotion above the scale', 'emotion-out-of-scale', '/stages/0/steps/0/emotion', changed((d) => (step(d, 0, 0).emotion = 3))),
  warning('persona emotion below the scale', 'emotion-out-of-scale', '/stages/0/steps/1/emotion/cfo', changed((d) => (step(d, 0, 1).emotion.cfo = -5))),
  warning('event emotion above the scale', 'emotion-out-of-scale', '/individuals/0/events/1/emotion', changed((d) => (d.individuals[0].events[1].emotion = 9))),
  warning('severity above 5', 'severity-out-of-range', '/stages/0/steps/0/painPoints/0/severity', changed((d) => (step(d, 0, 0).painPoints[0].severity = 7))),
  warning('severity 0', 'severity-out-of-range', '/stages/0/steps/0/painPoints/0/severity', changed((d) => (step(d, 0, 0).painPoints[0].severity = 0))),
  warning('date in words', 'invalid-date', '/individuals/0/events/0/at', changed((d) => (d.individuals[0].events[0].at = 'yesterday'))),
  warning('month 13', 'invalid-date', '/individuals/0/events/0/at', changed((d) => (d.individuals[0].events[0].at = '2026-13-01T10:00:00Z'))),
  warning('asOf in words', 'invalid-date', '/asOf', changed((d) => (d.asOf = 'last spring'))),
  warning('reviewEvery in words', 'invalid-duration', '/reviewEvery', changed((d) => Object.assign(d, { reviewedAt: '2026-04-01', reviewEvery: '6 months' }))),
  warning('history out of order', 'history-order', '/stages/0/steps/1/metrics/0/history/1', changed((d) => (step(d, 0, 1).metrics[0].history = [{ at: '2026-04-01', value: 3.6 }, { at: '2025-10-01', value: 3.4 }]))),
  warning('history date repeated', 'history-duplicate', '/stages/0/steps/1/metrics/0/history/1', changed((d) => (step(d, 0, 1).metrics[0].history = [{ at: '2026-04-01', value: 3.6 }, { at: '2026-04-01T00:00Z', value: 3.7 }]))),
  warning('javascript: image', 'unsafe-url', '/personas/0/image', changed((d) => (d.personas[0].image = 'javascript:alert(1)'))),
  warning('touchpoint on an unknown channel', 'unknown-channel', '/stages/0/steps/1/touchpoints/0/channel', changed((d) => (step(d, 0, 1).touchpoints[0].channel = 'fax'))),
  warning('event at an unknown step', 'unknown-step', '/individuals/0/events/0/step', changed((d) => (d.individuals[0].events[0].step = 'call'))),
  warning('event at a stage that has steps', 'unknown-step', '/individuals/0/events/0/step', changed((d) => (d.individuals[0].events[0].step = 'need'))),
  warning('asOf in words', 'invalid-date', '/asOf', changed((d) => (d.asOf = 'last week'))),
  warning('event on an unknown channel', 'unknown-channel', '/individuals/0/events/0/channel', changed((d) => (d.individuals[0].events[0].channel = 'fax'))),
  warning('lane listed twice', 'duplicate-lane', '/lanes/1', changed((d) => (d.lanes = [{ kind: 'actions' }, { kind: 'actions', title: 'Again' }]))),
  warning('stage with steps has actions', 'stage-fields-ignored', '/stages/0/actions', changed((d) => (d.stages[0].actions = ['Lost']))),
  warning('next names an unknown step', 'unknown-next', '/stages/1/steps/0/next/1', changed((d) => (step(d, 1, 0).next = ['trial', 'purchase', 'search']))),
  warning('next transition to an unknown step', 'unknown-next', '/stages/1/steps/0/next/0/step', changed((d) => (step(d, 1, 0).next = [{ step: 'buy', share: 0.2 }, 'trial', 'search']))),
  warning('share above 1', 'share-out-of-range', '/stages/1/steps/0/next/0/share', changed((d) => (step(d, 1, 0).next = [{ step: 'trial', share: 1.5 }, 'search']))),
  warning('exit share below 0', 'share-out-of-range', '/stages/1/steps/0/exit/share', changed((d) => (step(d, 1, 0).exit = { share: -0.1 }))),
  warning('count with a fraction', 'invalid-count', '/stages/1/steps/0/next/1/count', changed((d) => (step(d, 1, 0).next = ['trial', { step: 'search', count: 2.5 }]))),
  warning('shares above 1 in total', 'shares-above-one', '/stages/1/steps/0/next', changed((d) => {
    step(d, 1, 0).next = [{ step: 'trial', share: 0.7 }, { step: 'search', share: 0.2 }];
    step(d, 1, 0).exit = { share: 0.2, label: 'Gives up' };
  })),
  warning('step follows itself', 'self-loop', '/stages/1/steps/0/next/2', changed((d) => (step(d, 1, 0).next = ['trial', 'search', 'demo']))),
  warning('step no path reaches', 'unreachable-step', '/stages/1/steps/1', changed((d) => (step(d, 1, 0).next = ['advocacy', 'search']))),
  warning('label key that is not a number', 'label-off-scale', '/scale/labels/high', changed((d) => (d.scale.labels.high = 'High'))),
  warning('label key outside the scale', 'label-off-scale', '/scale/labels/5', changed((d) => (d.scale.labels['5'] = 'Ecstatic'))),
  warning('__proto__ key from JSON.parse', 'forbidden-key', '/__proto__', () => ({
    ...(JSON.parse('{"__proto__": {"polluted": true}}') as object),
    ...journeyFixture(),
  })),
  warning('constructor key in a step', 'forbidden-key', '/stages/0/steps/0/constructor', changed((d) => Reflect.set(step(d, 0, 0), 'constructor', 'x'))),
];
