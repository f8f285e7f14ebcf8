import { expect } from '@open-wc/testing';
import { validateJourney } from '../../src/model/validate.js';
import { nextTargetId } from '../../src/model/normalize.js';
import { LANE_ORDER, type JourneyDocument, type MetricValue, type StepFields } from '../../src/model/types.js';
import {
  bankCardJourneyRu,
  generateIndividuals,
  generateLargeJourney,
  partnerProgrammeJourneyRo,
  phoneSystemFutureJourney,
  phoneSystemJourney,
  phoneSystemWithIndividuals,
  sampleJourneys,
  seededRandom,
} from '../../src/samples/index.js';

interface Column {
  id: string;
  stageId: string;
  isStage: boolean;
  fields: StepFields;
}

function columnsOf(journey: JourneyDocument): Column[] {
  return journey.stages.flatMap((stage): Column[] =>
    stage.steps?.length
      ? stage.steps.map((step) => ({ id: step.id, stageId: stage.id, isStage: false, fields: step }))
      : [{ id: stage.id, stageId: stage.id, isStage: true, fields: stage }],
  );
}

function meanEmotion(fields: StepFields): number | undefined {
  const value = fields.emotion;
  if (value === undefined) return undefined;
  if (typeof value === 'number') return value;
  const values = Object.values(value);
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

function hasData(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value.trim() !== '';
  return true;
}

const allText = (journey: JourneyDocument) => JSON.stringify(journey);
const metricsOf = (journey: JourneyDocument): MetricValue[] => columnsOf(journey).flatMap((c) => c.fields.metrics ?? []);

describe('samples: validity', () => {
  for (const [name, journey] of Object.entries(sampleJourneys)) {
    it(`${name} validates with no errors and no warnings`, () => {
      const result = validateJourney(journey);
      expect(result.errors).to.deep.equal([]);
      expect(result.warnings).to.deep.equal([]);
      expect(result.ok).to.equal(true);
      expect(result.journey).to.deep.equal(journey);
    });

    it(`stories/assets/${name}.json is the same document as the module`, async () => {
      const json = await (await fetch(new URL(`../../stories/assets/${name}.json`, import.meta.url))).json();
      expect(json).to.deep.equal(journey);
    });
  }

  it('the phone system with 500 generated customers validates cleanly', () => {
    const result = validateJourney(phoneSystemWithIndividuals(500));
    expect(result.errors).to.deep.equal([]);
    expect(result.warnings).to.deep.equal([]);
  });

  it('the large journey validates cleanly', () => {
    const result = validateJourney(generateLargeJourney());
    expect(result.errors).to.deep.equal([]);
    expect(result.warnings).to.deep.equal([]);
  });

  it('lists the four hand-written samples by name', () => {
    expect(Object.keys(sampleJourneys)).to.deep.equal(['phone-system', 'phone-system-future', 'bank-card-ru', 'partner-programme-ro']);
    expect(sampleJourneys['phone-system']).to.equal(phoneSystemJourney);
  });
});

describe('samples: phone system (current state)', () => {
  const journey = phoneSystemJourney;
  const columns = columnsOf(journey);

  it('has the eight B2B stages and 24 columns', () => {
    expect(journey.state).to.equal('current');
    expect(journey.locale).to.equal('en');
    expect(journey.goal).to.be.a('string').and.not.equal('');
    expect(journey.description).to.be.a('string').and.not.equal('');
    expect(journey.stages.map((s) => s.title)).to.deep.equal([
      'Problem or need',
      'Research solutions',
      'Evaluate vendors',
      'Purchase',
      'Onboarding',
      'Use',
      'Support',
      'Renewal and advocacy',
    ]);
    expect(columns).to.have.length(24);
    expect(journey.stages.map((s) => s.steps?.length ?? 0)).to.deep.equal([3, 3, 4, 3, 4, 2, 4, 0]);
    expect(columns.filter((c) => c.isStage).map((c) => c.id)).to.deep.equal(['renewal']);
    expect(new Set(columns.map((c) => c.id)).size).to.equal(24);
  });

  it('labels every integer value of the -2..2 scale', () => {
    expect(journey.scale).to.deep.include({ min: -2, max: 2 });
    expect(Object.keys(journey.scale!.labels!).sort()).to.deep.equal(['-1', '-2', '0', '1', '2']);
  });

  it('has two personas with every persona field filled', () => {
    expect(journey.personas!.map((p) => p.id)).to.deep.equal(['ops', 'cfo']);
    for (const persona of journey.personas!) {
      for (const key of ['name', 'role', 'description', 'quote']) expect(persona[key], `${persona.id}.${key}`).to.be.a('string').and.not.equal('');
      for (const key of ['goals', 'needs', 'frustrations', 'expectations', 'beliefs']) {
        expect(persona[key], `${persona.id}.${key}`).to.be.an('array').that.is.not.empty;
      }
      expect(Object.keys(persona.attributes!).length).to.be.greaterThan(3);
    }
    // Inline, so the sample works offline and makes no outside request from an intranet page.
    expect(journey.personas![1].image).to.match(/^data:image\/png;base64,/);
  });

  it('has the channels of the domain, each with its own icon and a device', () => {
    const ids = journey.channels!.map((c) => c.id);
    for (const id of ['website', 'social', 'email', 'ads', 'reviews', 'phone', 'chat', 'sms', 'survey', 'onboarding', 'portal', 'meeting']) {
      expect(ids).to.include(id);
    }
    for (const channel of journey.channels!) {
      expect(channel.icon).to.equal(channel.id);
      expect(channel.device).to.be.a('string');
    }
    const used = new Set(columns.flatMap((c) => (c.fields.touchpoints ?? []).map((t) => t.channel)));
    expect([...used].sort()).to.deep.equal([...ids].sort());
  });

  it('defines CSAT, NPS, CES, conversion, response time and tickets with their directions', () => {
    const byId = new Map(journey.metrics!.map((m) => [m.id, m]));
    expect([...byId.keys()]).to.deep.equal(['csat', 'nps', 'ces', 'conversion', 'response', 'tickets']);
    expect(byId.get('csat')).to.deep.include({ min: 1, max: 5 });
    expect(byId.get('nps')).to.deep.include({ min: -100, max: 100 });
    expect(byId.get('ces')).to.deep.include({ min: 1, max: 7, higherIsBetter: false });
    expect(byId.get('conversion')!.unit).to.equal('%');
    expect(byId.get('response')).to.deep.include({ unit: 's', higherIsBetter: false });
    expect(byId.get('tickets')!.higherIsBetter).to.equal(false);
    const measured = metricsOf(journey);
    expect(new Set(measured.map((m) => m.metric)).size).to.equal(6);
    expect(measured.filter((m) => m.target !== undefined && m.previous !== undefined).length).to.be.greaterThan(10);
  });

  it('uses every lane field somewhere and leaves the lane list to the defaults', () => {
    expect(journey.lanes).to.equal(undefined);
    for (const kind of LANE_ORDER) {
      expect(columns.some((c) => hasData(c.fields[kind])), kind).to.equal(true);
    }
    for (const key of ['description', 'momentOfTruth', 'evidence', 'next']) {
      expect(columns.some((c) => c.fields[key] !== undefined), key).to.equal(true);
    }
    const quoted = columns.filter((c) => Array.isArray(c.fields.quotes));
    expect(quoted.length).to.be.greaterThan(8);
    expect(quoted.every((c) => (c.fields.quotes as unknown[]).every((q) => typeof q === 'string'))).to.equal(true);
  });

  it('gives every column an owner and evidence, with all three kinds of evidence', () => {
    expect(columns.every((c) => typeof c.fields.owner === 'string')).to.equal(true);
    expect(new Set(columns.map((c) => c.fields.evidence))).to.deep.equal(new Set(['research', 'data', 'assumption']));
  });

  it('has per-persona emotions on most columns, single values on a few and gaps on a few', () => {
    const kinds = columns.map((c) => (c.fields.emotion === undefined ? 'gap' : typeof c.fields.emotion));
    expect(kinds.filter((k) => k === 'object').length).to.be.greaterThan(15);
    expect(kinds.filter((k) => k === 'number').length).to.be.within(2, 4);
    expect(kinds.filter((k) => k === 'gap').length).to.be.within(2, 4);
    const means = columns.map((c) => meanEmotion(c.fields)).filter((m): m is number => m !== undefined);
    expect(Math.min(...means)).to.equal(-2);
    expect(Math.max(...means)).to.be.at.least(1.25);
  });

  it('types pain points in all four categories plus a team’s own, with severities 1 to 5', () => {
    const painPoints = columns.flatMap((c) => c.fields.painPoints ?? []);
    const categories = new Set(painPoints.map((p) => p.category));
    for (const category of ['financial', 'process', 'support', 'performance']) expect(categories).to.include(category);
    expect([...categories].some((c) => !['financial', 'process', 'support', 'performance'].includes(c!))).to.equal(true);
    expect(new Set(painPoints.map((p) => p.severity))).to.deep.equal(new Set([1, 2, 3, 4, 5]));
    expect(painPoints.some((p) => p.persona === 'cfo') && painPoints.some((p) => p.persona === 'ops')).to.equal(true);
  });

  it('gives opportunities an owner, impact and effort, and backstage items an actor and system', () => {
    const opportunities = columns.flatMap((c) => c.fields.opportunities ?? []);
    expect(opportunities.length).to.be.greaterThan(10);
    for (const o of opportunities) expect(o).to.have.keys('text', 'owner', 'impact', 'effort');
    const backstage = columns.flatMap((c) => c.fields.backstage ?? []);
    expect(backstage.every((b) => typeof b.actor === 'string')).to.equal(true);
    expect(backstage.filter((b) => typeof b.system === 'string').length).to.equal(backstage.length - 1);
  });

  it('marks two or three moments of truth', () => {
    expect(columns.filter((c) => c.fields.momentOfTruth).map((c) => c.id)).to.deep.equal(['demo', 'porting', 'resolution']);
  });

  it('switches from mobile to desktop, and from sales to customer success, between steps', () => {
    const device = new Map(journey.channels!.map((c) => [c.id, c.device]));
    const devices = columns.map((c) => new Set((c.fields.touchpoints ?? []).map((t) => device.get(t.channel))));
    const mobileToDesktop = devices.some((d, i) => i > 0 && [...devices[i - 1]].every((x) => x === 'mobile') && d.has('desktop'));
    expect(mobileToDesktop).to.equal(true);
    const owners = columns.map((c) => c.fields.owner);
    expect(owners.some((o, i) => i > 0 && owners[i - 1] === 'Sales' && o === 'Customer success')).to.equal(true);
  });

  it('branches: a loop from Support back to Use, a skip past Support, and a churn exit', () => {
    const index = new Map(columns.map((c, i) => [c.id, i]));
    const stageOf = new Map(columns.map((c) => [c.id, c.stageId]));
    const loops = columns.flatMap((c) => (c.fields.next ?? []).map(nextTargetId).filter((id) => index.get(id)! < index.get(c.id)!).map((id) => [c.id, id]));
    expect(loops).to.deep.equal([['resolution', 'daily-calls']]);
    expect(stageOf.get('resolution')).to.equal('support');
    expect(stageOf.get('daily-calls')).to.equal('use');
    expect(columns.find((c) => c.id === 'billing')!.fields.next).to.deep.equal(['outage', 'renewal']);
    expect(columns.filter((c) => c.fields.next?.length === 0).map((c) => c.id)).to.deep.equal(['cancel']);
  });
});

describe('samples: phone system (future state)', () => {
  const current = columnsOf(phoneSystemJourney);
  const future = columnsOf(phoneSystemFutureJourney);
  const futureById = new Map(future.map((c) => [c.id, c]));

  it('is a future-state map over the same stages and mostly the same steps', () => {
    expect(phoneSystemFutureJourney.state).to.equal('future');
    expect(phoneSystemFutureJourney.stages.map((s) => s.id)).to.deep.equal(phoneSystemJourney.stages.map((s) => s.id));
    const shared = current.filter((c) => futureById.has(c.id)).map((c) => c.id);
    expect(shared).to.have.length(21);
    expect(current.filter((c) => !futureById.has(c.id)).map((c) => c.id)).to.deep.equal(['handover', 'outage', 'cancel']);
    expect(future.filter((c) => !current.some((k) => k.id === c.id)).map((c) => c.id)).to.deep.equal(['kickoff', 'proactive-alert']);
  });

  it('never feels worse than the current state on a shared step, and better on most', () => {
    let better = 0;
    for (const column of current) {
      const before = meanEmotion(column.fields);
      const after = futureById.has(column.id) ? meanEmotion(futureById.get(column.id)!.fields) : undefined;
      if (before === undefined || after === undefined) continue;
      expect(after, column.id).to.be.at.least(before);
      if (after > before) better += 1;
    }
    expect(better).to.be.greaterThan(15);
  });

  it('meets every target it sets, in the right direction', () => {
    const lowerIsBetter = new Set(phoneSystemFutureJourney.metrics!.filter((m) => m.higherIsBetter === false).map((m) => m.id));
    const withTargets = metricsOf(phoneSystemFutureJourney).filter((m) => m.target !== undefined);
    expect(withTargets.length).to.be.greaterThan(15);
    for (const m of withTargets) {
      if (lowerIsBetter.has(m.metric)) expect(m.value, m.metric).to.be.at.most(m.target!);
      else expect(m.value, m.metric).to.be.at.least(m.target!);
    }
  });

  it('has resolved most pain points', () => {
    const count = (columns: Column[]) => columns.reduce((n, c) => n + (c.fields.painPoints?.length ?? 0), 0);
    expect(count(current)).to.be.at.least(25);
    expect(count(future)).to.equal(1);
  });
});

describe('samples: bank card (Russian)', () => {
  const journey = bankCardJourneyRu;

  it('walks the five classic stages in Russian', () => {
    expect(journey.locale).to.equal('ru');
    expect(journey.stages.map((s) => s.title)).to.deep.equal([
      'Осведомлённость',
      'Интерес',
      'Рассмотрение',
      'Оформление',
      'Лояльность и рекомендация',
    ]);
    expect(journey.personas!.length).to.be.within(1, 2);
  });

  it('labels channels, metrics and the scale in Russian', () => {
    const cyrillic = /[А-Яа-яЁё]/;
    for (const channel of journey.channels!) expect(channel.label).to.match(cyrillic);
    for (const metric of journey.metrics!) expect(metric.label).to.match(cyrillic);
    for (const label of Object.values(journey.scale!.labels!)) expect(label).to.match(cyrillic);
  });

  it('contains long words and long sentences to wrap', () => {
    const words = allText(journey).match(/[А-Яа-яЁё-]+/g)!;
    expect(Math.max(...words.map((w) => w.length))).to.be.at.least(20);
    const texts = columnsOf(journey).flatMap((c) => [...(c.fields.actions ?? []), ...(c.fields.thoughts ?? [])]);
    expect(texts.filter((t) => t.length > 100).length).to.be.at.least(3);
  });
});

describe('samples: partner programme (Romanian)', () => {
  const journey = partnerProgrammeJourneyRo;
  const text = allText(journey);

  it('writes ș and ț with the comma below, never the cedilla', () => {
    expect(text).not.to.match(/[\u015E\u015F\u0162\u0163]/);
    for (const letter of ['ș', 'ț', 'ă', 'â', 'î', 'Ț']) expect(text).to.include(letter);
    expect(text).to.include('\u0219').and.include('\u021B');
  });

  it('has stage-only columns and the partner stages', () => {
    expect(journey.locale).to.equal('ro');
    const titles = journey.stages.map((s) => s.title);
    for (const title of ['Primul contact', 'Decizia de a coopera', 'Integrare', 'Cooperare pe termen lung și suport']) {
      expect(titles).to.include(title);
    }
    expect(columnsOf(journey).filter((c) => c.isStage).map((c) => c.id)).to.deep.equal(['evaluare', 'prima-vanzare', 'reinnoire']);
  });

  it('lists its lanes with Romanian titles, including a text lane over the custom field', () => {
    const lanes = journey.lanes!;
    expect(lanes.every((lane) => typeof lane.title === 'string' && lane.title !== '')).to.equal(true);
    expect(lanes.find((lane) => lane.kind === 'text')).to.deep.equal({ kind: 'text', field: 'citate', title: 'Citate din interviuri' });
    const columns = columnsOf(journey);
    for (const lane of lanes) {
      const field = lane.kind === 'text' ? lane.field! : lane.kind;
      expect(columns.some((c) => hasData(c.fields[field])), field).to.equal(true);
    }
    const quotes = columns.map((c) => c.fields.citate).filter((q) => q !== undefined);
    expect(quotes.some((q) => typeof q === 'string') && quotes.some(Array.isArray)).to.equal(true);
  });

  it('measures CSAT, NPS and CES', () => {
    expect(journey.metrics!.map((m) => m.id)).to.deep.equal(['csat', 'nps', 'ces']);
    expect(new Set(metricsOf(journey).map((m) => m.metric))).to.deep.equal(new Set(['csat', 'nps', 'ces']));
  });
});

describe('samples: seededRandom', () => {
  it('is mulberry32: the same numbers for the same seed', () => {
    const random = seededRandom(1);
    expect([random(), random(), random()]).to.deep.equal([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
    const again = seededRandom(1);
    expect(again()).to.equal(0.6270739405881613);
    expect(seededRandom(2)()).not.to.equal(0.6270739405881613);
  });
});

describe('samples: generateIndividuals', () => {
  const journey = phoneSystemJourney;
  const columns = columnsOf(journey);
  const index = new Map(columns.map((c, i) => [c.id, i]));
  const people = generateIndividuals(journey, { count: 1000, seed: 7 });

  it('is deterministic for a seed and different for another', () => {
    expect(generateIndividuals(journey, { count: 1000, seed: 7 })).to.deep.equal(people);
    expect(generateIndividuals(journey, { count: 1000, seed: 8 })).not.to.deep.equal(people);
    expect(generateIndividuals(journey, { count: 3, seed: 7 })).to.deep.equal(people.slice(0, 3));
  });

  it('gives each customer a unique id, a label and a persona of the map', () => {
    expect(people).to.have.length(1000);
    expect(new Set(people.map((p) => p.id)).size).to.equal(1000);
    expect(people[0].id).to.equal('cust-0001');
    expect(people.every((p) => typeof p.label === 'string' && p.label !== '')).to.equal(true);
    const personas = new Set(people.map((p) => p.persona));
    expect(personas).to.deep.equal(new Set(['ops', 'cfo']));
  });

  it('walks existing columns along the map’s edges, with increasing times from the start date', () => {
    const start = Date.parse('2026-01-05T08:00:00Z');
    for (const person of people) {
      expect(person.events[0].step).to.equal('missed-calls');
      expect(Date.parse(person.events[0].at!)).to.be.at.least(start);
      person.events.forEach((event, k) => {
        const i = index.get(event.step);
        expect(i, event.step).to.be.a('number');
        expect(event.at).to.match(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
        const touchpoints = columns[i!].fields.touchpoints!.map((t) => t.channel);
        expect(touchpoints).to.include(event.channel);
        if (k === 0) return;
        const previous = person.events[k - 1];
        expect(Date.parse(event.at!)).to.be.greaterThan(Date.parse(previous.at!));
        const from = index.get(previous.step)!;
        const allowed = columns[from].fields.next?.map((item) => index.get(nextTargetId(item))) ?? [from + 1];
        expect(allowed, `${previous.step} → ${event.step}`).to.include(i);
      });
    }
  });

  it('keeps emotions on the scale in steps of 0.5, around the designed curve', () => {
    for (const person of people) {
      for (const event of person.events) {
        expect(event.emotion).to.be.within(-2, 2);
        expect(event.emotion! * 2).to.equal(Math.round(event.emotion! * 2));
      }
    }
    const first = people.map((p) => p.events[0].emotion!);
    const mean = first.reduce((sum, v) => sum + v, 0) / first.length;
    expect(mean).to.be.closeTo(-1, 0.2);
    const atDemo = people.flatMap((p) => p.events.filter((e) => e.step === 'demo').map((e) => e.emotion!));
    expect(atDemo.reduce((sum, v) => sum + v, 0) / atDemo.length).to.be.closeTo(1, 0.25);
  });

  it('sends most customers to the end, some off early, some round the support loop and some to churn', () => {
    const last = people.map((p) => p.events[p.events.length - 1]);
    expect(last.filter((e) => e.step === 'renewal').length).to.be.within(500, 800);
    expect(last.filter((e) => index.get(e.step)! < 12).length).to.be.within(50, 350);
    expect(last.filter((e) => e.step === 'cancel').length).to.be.within(20, 200);
    const dropped = last.filter((e) => e.note === 'No further contact');
    expect(dropped.every((e) => e.step !== 'renewal' || e.note)).to.equal(true);
    const loopers = people.filter((p) => p.events.filter((e) => e.step === 'daily-calls').length > 1);
    expect(loopers.length).to.be.within(50, 300);
    expect(loopers[0].events.some((e) => e.note === 'Back after a support case')).to.equal(true);
  });

  it('writes the generated notes in the document’s language', () => {
    const notes = new Set(generateIndividuals(bankCardJourneyRu, { count: 300, seed: 11 }).flatMap((p) => p.events.flatMap((e) => (e.note ? [e.note] : []))));
    expect([...notes].sort()).to.deep.equal(['Больше не выходил на связь']);
    expect(generateIndividuals({ ...bankCardJourneyRu, locale: 'ro' }, { count: 50, seed: 11 }).some((p) => p.events.some((e) => e.note === 'Fără alt contact'))).to.equal(true);
  });

  it('omits persona and channel when the map has none, and uses the map’s scale', () => {
    const bare: JourneyDocument = {
      schemaVersion: 1,
      title: 'Bare',
      scale: { min: 0, max: 10 },
      stages: [{ id: 'a', title: 'A', emotion: 9 }, { id: 'b', title: 'B' }, { id: 'c', title: 'C', emotion: 1 }],
    };
    const walkers = generateIndividuals(bare, { count: 50, seed: 3, start: '2030-06-01T00:00:00Z' });
    for (const person of walkers) {
      expect(person).not.to.have.property('persona');
      expect(Date.parse(person.events[0].at!)).to.be.at.least(Date.parse('2030-06-01T00:00:00Z'));
      for (const event of person.events) {
        expect(event).not.to.have.property('channel');
        expect(event.emotion).to.be.within(0, 10);
      }
    }
    const middle = walkers.flatMap((p) => p.events.filter((e) => e.step === 'b').map((e) => e.emotion!));
    expect(middle.reduce((sum, v) => sum + v, 0) / middle.length).to.be.closeTo(5, 0.5);
    expect(generateIndividuals({ schemaVersion: 1, title: 'Empty', stages: [] }, { count: 5 })).to.deep.equal([]);
  });

  it('phoneSystemWithIndividuals returns a new document and leaves the sample untouched', () => {
    const a = phoneSystemWithIndividuals(20);
    const b = phoneSystemWithIndividuals(20);
    expect(a).not.to.equal(phoneSystemJourney);
    expect(a).to.deep.equal(b);
    expect(a.individuals).to.have.length(20);
    expect(phoneSystemJourney.individuals).to.equal(undefined);
    expect(phoneSystemWithIndividuals().individuals).to.have.length(3000);
    expect(a.individuals).to.deep.equal(generateIndividuals(phoneSystemJourney, { count: 20, seed: 7 }));
  });
});

describe('samples: generateLargeJourney', () => {
  const large = generateLargeJourney();
  const columns = columnsOf(large);

  it('has 60 stages and 300 columns with unique ids', () => {
    expect(large.stages).to.have.length(60);
    expect(columns).to.have.length(300);
    expect(new Set(columns.map((c) => c.id)).size).to.equal(300);
    expect(large.stages.every((s) => s.steps!.length === 5)).to.equal(true);
  });

  it('has data in 13 lane kinds: every kind but text', () => {
    const filled = LANE_ORDER.filter((kind) => columns.some((c) => hasData(c.fields[kind])));
    expect(filled).to.deep.equal([...LANE_ORDER]);
    expect(filled).to.have.length(13);
  });

  it('is deterministic for a seed and honours its size options', () => {
    expect(generateLargeJourney()).to.deep.equal(large);
    expect(generateLargeJourney({ seed: 2 })).not.to.deep.equal(large);
    const small = generateLargeJourney({ stages: 4, stepsPerStage: 2 });
    expect(columnsOf(small)).to.have.length(8);
    expect(small.title).to.equal('Large journey: 4 stages, 8 steps');
  });
});
