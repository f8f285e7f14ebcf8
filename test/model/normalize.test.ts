import { expect } from '@open-wc/testing';
import { defaultLanes, normalizeJourney } from '../../src/model/normalize.js';
import { validateJourney } from '../../src/model/validate.js';
import { DEFAULT_PERSONA, type JourneyDocument } from '../../src/model/types.js';
import { journeyFixture, lanesFixture, minimalFixture } from './fixtures.js';

/** Normalizes a fixture the way elements do: validate first, then normalize the safe copy. */
function normalized(doc: JourneyDocument) {
  const result = validateJourney(doc);
  expect(result.ok, JSON.stringify(result.errors)).to.equal(true);
  return normalizeJourney(result.journey!);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('model/normalizeJourney', () => {
  describe('the journey fixture', () => {
    const journey = normalized(journeyFixture());

    it('flattens steps in order; a stage without steps is one column', () => {
      expect(journey.steps.map((s) => [s.id, s.index, s.stageId, s.stageIndex, s.indexInStage, s.isStage])).to.deep.equal([
        ['missed-calls', 0, 'need', 0, 0, false],
        ['search', 1, 'need', 0, 1, false],
        ['demo', 2, 'evaluate', 1, 0, false],
        ['trial', 3, 'evaluate', 1, 1, false],
        ['advocacy', 4, 'advocacy', 2, 0, true],
      ]);
      const advocacy = journey.steps[4];
      expect(advocacy.title).to.equal('Advocacy');
      expect(advocacy.actions).to.deep.equal(['Recommends us']);
      expect('steps' in advocacy).to.equal(false);
      expect(journey.steps[0].quotes).to.deep.equal(['We lose leads every week']);
    });

    it('boxes stages by their first step and step count', () => {
      expect(journey.stages).to.deep.equal([
        { id: 'need', title: 'Problem or need', description: 'Calls get lost', index: 0, firstStep: 0, stepCount: 2 },
        { id: 'evaluate', title: 'Evaluate vendors', index: 1, firstStep: 2, stepCount: 2 },
        { id: 'advocacy', title: 'Advocacy', index: 2, firstStep: 4, stepCount: 1 },
      ]);
    });

    it('links each step to the next one, or to its explicit `next`', () => {
      expect(journey.edges).to.deep.equal([
        [0, 1],
        [1, 2],
        [2, 3],
        [2, 1],
        [3, 4],
      ]);
      expect(journey.steps.map((s) => s.nextIndices)).to.deep.equal([[1], [2], [3, 1], [4], []]);
      expect([...journey.stepIndexById]).to.deep.equal([
        ['missed-calls', 0],
        ['search', 1],
        ['demo', 2],
        ['trial', 3],
        ['advocacy', 4],
      ]);
    });

    it('spreads emotion per persona; missing values stay absent', () => {
      expect(journey.seriesIds).to.deep.equal(['ops', 'cfo']);
      expect(journey.steps.map((s) => s.emotionByPersona)).to.deep.equal([
        { ops: -1.5, cfo: -1.5 },
        { ops: -1, cfo: 0 },
        { ops: 1, cfo: 1 },
        { ops: 2 },
        { ops: 1.5, cfo: 1.5 },
      ]);
    });

    it('shows the lanes that have data, in the default order (the fixture branches: the flow lane after emotion)', () => {
      expect(journey.lanes.map((lane) => lane.key)).to.deep.equal([
        'emotion',
        'flow',
        'actions',
        'thoughts',
        'touchpoints',
        'painPoints',
        'opportunities',
        'backstage',
        'metrics',
        'owner',
      ]);
      expect(journey.lanes[0]).to.deep.equal({ kind: 'emotion', key: 'emotion' });
    });

    it('copies the header, scale, channels and metrics', () => {
      expect(journey.title).to.equal('Choosing a business phone system');
      expect(journey.description).to.equal('From missed calls to a recommendation');
      expect(journey.goal).to.equal('Stop losing callers');
      expect('locale' in journey).to.equal(false);
      expect(journey.state).to.equal('current');
      expect(journey.scale).to.deep.equal({ min: -2, max: 2, labels: { '-2': 'Angry', '0': 'Neutral', '2': 'Delighted' } });
      expect([...journey.channels.keys()]).to.deep.equal(['phone', 'web']);
      expect(journey.channels.get('web')!.label).to.equal('Website');
      expect([...journey.metrics.keys()]).to.deep.equal(['csat']);
      expect(journey.personas.map((p) => p.id)).to.deep.equal(['ops', 'cfo']);
      expect(journey.individuals[0].id).to.equal('cust-42');
    });
  });

  describe('the lanes fixture (no personas, explicit lanes)', () => {
    const journey = normalized(lanesFixture());

    it('uses the document lanes, keying text lanes by field', () => {
      expect(journey.lanes).to.deep.equal([
        { kind: 'text', key: 'text:quotes', title: 'Quotes', field: 'quotes' },
        { kind: 'emotion', key: 'emotion' },
        { kind: 'actions', key: 'actions', title: 'Doing' },
      ]);
    });

    it('stores a single emotion under the default persona', () => {
      expect(journey.seriesIds).to.deep.equal([DEFAULT_PERSONA]);
      expect(journey.steps.map((s) => s.emotionByPersona)).to.deep.equal([{ '*': 7 }, { '*': 3 }, {}]);
    });

    it('ends the path at an empty `next`', () => {
      expect(journey.steps.map((s) => [s.id, s.isStage])).to.deep.equal([
        ['daily', false],
        ['renew', true],
        ['review', false],
      ]);
      expect(journey.edges).to.deep.equal([
        [0, 1],
        [0, 2],
      ]);
      expect(journey.steps.map((s) => s.nextIndices)).to.deep.equal([[1, 2], [], []]);
    });

    it('fills scale labels and state with defaults', () => {
      expect(journey.scale).to.deep.equal({ min: 0, max: 10, labels: {} });
      expect(journey.state).to.equal('current');
    });
  });

  describe('defaults and edge cases', () => {
    it('normalizes the minimal document', () => {
      const journey = normalized(minimalFixture());
      expect(journey.scale).to.deep.equal({ min: -2, max: 2, labels: {} });
      expect(journey.steps.length).to.equal(1);
      expect(journey.steps[0]).to.include({ id: 'only', title: 'Only stage', isStage: true, index: 0 });
      expect(journey.edges).to.deep.equal([]);
      expect(journey.lanes).to.deep.equal([]);
      expect(journey.personas).to.deep.equal([]);
      expect(journey.individuals).to.deep.equal([]);
    });

    it('treats an empty lanes list like no lanes list', () => {
      const doc = { ...journeyFixture(), lanes: [] };
      expect(normalizeJourney(doc).lanes).to.deep.equal(defaultLanes(journeyFixture()));
    });

    it('shows the emotion lane when only individuals carry emotions (and the flow lane, counted from them)', () => {
      const doc: JourneyDocument = {
        schemaVersion: 1,
        title: 't',
        stages: [{ id: 'a', title: 'A', actions: ['x'] }],
        individuals: [{ id: 'i', events: [{ step: 'a', emotion: 1 }] }],
      };
      expect(defaultLanes(doc).map((lane) => lane.key)).to.deep.equal(['emotion', 'flow', 'actions']);
    });

    it('adds the flow lane (after emotion, else first) only when the journey is more than a line', () => {
      const lanes = (steps: Array<Record<string, unknown>>, emotion = false) =>
        defaultLanes({
          schemaVersion: 1,
          title: 't',
          stages: [{ id: 's', title: 'S', steps: steps.map((step, i) => ({ id: `p${i}`, title: `P${i}`, actions: ['x'], ...(emotion && { emotion: 1 }), ...step })) }],
        } as JourneyDocument).map((lane) => lane.key);
      // The default next, written or not, and an end at the last step: a line.
      expect(lanes([{ next: ['p1'] }, { next: ['p2'] }, { next: [] }])).to.deep.equal(['actions']);
      expect(lanes([{}, {}, {}], true)).to.deep.equal(['emotion', 'actions']);
      // A branch, a skip, a loop, an end before the last step, figures, an exit.
      expect(lanes([{ next: ['p1', 'p2'] }, {}, {}])).to.deep.equal(['flow', 'actions']);
      expect(lanes([{ next: ['p2'] }, {}, {}], true)).to.deep.equal(['emotion', 'flow', 'actions']);
      expect(lanes([{}, { next: ['p0'] }, {}])).to.deep.equal(['flow', 'actions']);
      expect(lanes([{ next: [] }, {}, {}])).to.deep.equal(['flow', 'actions']);
      expect(lanes([{ next: [{ step: 'p1', share: 0.5 }] }, {}, {}])).to.deep.equal(['flow', 'actions']);
      expect(lanes([{}, { exit: { share: 0.1 } }, {}])).to.deep.equal(['flow', 'actions']);
      // A document's own lanes win: flow only where it names it.
      const doc = { schemaVersion: 1, title: 't', lanes: [{ kind: 'actions' }], stages: [{ id: 'a', title: 'A', actions: ['x'], exit: { share: 1 } }] } as JourneyDocument;
      expect(normalizeJourney(doc).lanes.map((lane) => lane.key)).to.deep.equal(['actions']);
    });

    it('ignores blank owners and empty lists when choosing default lanes', () => {
      const doc: JourneyDocument = {
        schemaVersion: 1,
        title: 't',
        stages: [{ id: 'a', title: 'A', actions: [], owner: ' ', emotion: {}, barriers: ['Price'] }],
      };
      expect(defaultLanes(doc).map((lane) => lane.key)).to.deep.equal(['barriers']);
    });

    it('links a repeated `next` target once and loops back', () => {
      const doc: JourneyDocument = {
        schemaVersion: 1,
        title: 't',
        stages: [
          { id: 'a', title: 'A', next: ['b', 'b', 'a'] },
          { id: 'b', title: 'B' },
        ],
      };
      expect(normalizeJourney(doc).edges).to.deep.equal([
        [0, 1],
        [0, 0],
      ]);
    });

    it('keeps the share, count and label of each transition next to its edge', () => {
      const doc: JourneyDocument = {
        schemaVersion: 1,
        title: 't',
        stages: [
          {
            id: 'a',
            title: 'A',
            next: ['c', { step: 'b', share: 0.25, count: 310, label: 'Checks price' }, { step: 'b', share: 0.9 }, { step: 'x' }],
            exit: { share: 0.1, count: 12 },
          },
          { id: 'b', title: 'B' },
          { id: 'c', title: 'C', next: [{ step: 'a', count: 4 }] },
        ],
      };
      const journey = normalizeJourney(doc);
      expect(journey.edges).to.deep.equal([
        [0, 2],
        [0, 1],
        [1, 2],
        [2, 0],
      ]);
      expect(journey.edgeFigures).to.deep.equal([{}, { share: 0.25, count: 310, label: 'Checks price' }, {}, { count: 4 }]);
      expect(journey.steps[0].exit).to.deep.equal({ share: 0.1, count: 12 });
    });

    it('normalizes 100 000 steps', () => {
      const steps = Array.from({ length: 100_000 }, (_, i) => ({ id: `s${i}`, title: `${i}`, emotion: 0 }));
      const doc: JourneyDocument = { schemaVersion: 1, title: 't', stages: [{ id: 'all', title: 'All', steps }] };
      // How long it takes is the bench's to measure (a hang fails by the suite's timeout).
      const journey = normalizeJourney(doc);
      expect(journey.edges.length).to.equal(99_999);
      expect(journey.stepIndexById.get('s99999')).to.equal(99_999);
    });
  });

  describe('purity', () => {
    it('is idempotent through its source', () => {
      for (const build of [journeyFixture, lanesFixture, minimalFixture]) {
        const once = normalized(build());
        expect(normalizeJourney(once.source)).to.deep.equal(once);
      }
    });

    it('never modifies the document, even a frozen one', () => {
      const doc = deepFreeze(validateJourney(journeyFixture()).journey!);
      const before = JSON.stringify(doc);
      const journey = normalizeJourney(doc);
      expect(JSON.stringify(doc)).to.equal(before);
      expect(journey.source).to.equal(doc);
      expect(Object.isFrozen(journey.steps[0])).to.equal(false);
    });
  });
});
