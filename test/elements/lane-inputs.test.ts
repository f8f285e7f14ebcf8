import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { renderLaneCell } from '../../src/elements/stage-lane/lane-cells.js';
import { laneStepFields, sameLaneInputs } from '../../src/elements/stage-lane/lane-inputs.js';
import { normalizeJourney } from '../../src/model/normalize.js';
import { LANE_ORDER, type NormalizedJourney, type NormalizedLane, type NormalizedStep } from '../../src/model/types.js';
import { validateJourney } from '../../src/model/validate.js';
import { sampleJourneys } from '../../src/samples/index.js';
import { translator } from '../../src/i18n/translator.js';

/** Every cell of `lane` for `journey`, as markup without Lit's comment markers. */
function laneMarkup(journey: NormalizedJourney, lane: NormalizedLane): string {
  const host = document.createElement('div');
  const base = { journey, ...translator('en'), persona: undefined };
  render(
    journey.steps.map((step, index) => renderLaneCell(lane, step, { ...base, previous: journey.steps[index - 1] })),
    host,
  );
  return host.innerHTML.replace(/<!--[^>]*-->/g, '');
}

/** `journey` with one field of step `index` changed: another step's different value, else removed. */
function withField(journey: NormalizedJourney, index: number, field: string): NormalizedJourney | undefined {
  const step = journey.steps[index] as unknown as Record<string, unknown>;
  const other = journey.steps.map((candidate) => (candidate as unknown as Record<string, unknown>)[field]).find((value) => JSON.stringify(value) !== JSON.stringify(step[field]));
  const changed: Record<string, unknown> = { ...step };
  if (other !== undefined) changed[field] = other;
  else if (field in changed) delete changed[field];
  else return undefined;
  const steps = journey.steps.map((candidate, i) => (i === index ? (changed as unknown as NormalizedStep) : candidate));
  return { ...journey, steps };
}

const PLACE = new Set(['id', 'stageId', 'index']);

describe('laneStepFields: what each lane reads of a step', () => {
  for (const [name, document] of Object.entries(sampleJourneys)) {
    it(`lists every field a lane's cells show (${name}: changing any other field changes no cell)`, () => {
      const result = validateJourney(document);
      const journey = normalizeJourney(result.journey!);
      const lanes: NormalizedLane[] = [
        ...LANE_ORDER.map((kind) => ({ kind, key: kind })),
        ...journey.lanes.filter((lane) => lane.kind === 'text'),
      ];
      const fields = new Set(journey.steps.flatMap((step) => Object.keys(step)));
      for (const lane of lanes) {
        const read = laneStepFields(lane)!;
        expect(read, lane.key).to.be.an('array');
        const before = laneMarkup(journey, lane);
        for (const field of fields) {
          if (read.includes(field) || PLACE.has(field)) continue;
          // The first step that has the field, and the step after it (a touchpoint cell reads the one before).
          const index = Math.max(0, journey.steps.findIndex((step) => field in step));
          const changed = withField(journey, index, field);
          if (!changed) continue;
          expect(laneMarkup(changed, lane), `${lane.key} lane, ${field} of step ${index}`).to.equal(before);
          expect(sameLaneInputs(journey, changed, lane), `${lane.key} lane, ${field}`).to.equal(true);
        }
        for (const field of read) {
          const index = journey.steps.findIndex((step) => field in step);
          if (index < 0) continue;
          const changed = withField(journey, index, field);
          if (changed) expect(sameLaneInputs(journey, changed, lane), `${lane.key} lane, its own ${field}`).to.equal(false);
        }
      }
    });
  }

  it('counts what every cell reads of the journey: a channel label, the language, the "as of" date', () => {
    const journey = normalizeJourney(validateJourney(sampleJourneys['phone-system']).journey!);
    const lane = { kind: 'touchpoints' as const, key: 'touchpoints' };
    expect(sameLaneInputs(journey, { ...journey, channels: new Map(journey.channels) }, lane)).to.equal(false);
    expect(sameLaneInputs(journey, { ...journey, locale: 'ru' }, lane)).to.equal(false);
    expect(sameLaneInputs(journey, { ...journey, source: { ...journey.source, asOf: '2030-01-01' } }, lane)).to.equal(false);
    expect(sameLaneInputs(journey, { ...journey, steps: journey.steps.slice(1) }, lane)).to.equal(false);
    expect(sameLaneInputs(journey, { ...journey, title: 'Another title' }, lane)).to.equal(true);
  });
});
