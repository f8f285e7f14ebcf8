import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isIsoDateTime } from '../../src/model/check-sections.js';
import type { IndividualEvent, JourneyProblem } from '../../src/model/types.js';
import { validateJourney } from '../../src/model/validate.js';
import { journeyFixture } from './fixtures.js';

const codes = (problems: JourneyProblem[]) => problems.map((problem) => [problem.code, problem.path]);

/** The definition isIsoDateTime had before its fast path: the form, then whatever the engine parses. */
const ISO_FORM = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const reference = (value: string) => ISO_FORM.test(value) && !Number.isNaN(Date.parse(value));

/** A field of two digits drawn around its valid range, so edge and out-of-range values are common. */
const field = (max: number) => fc.integer({ min: 0, max }).map((n) => String(n).padStart(2, '0'));
/** Dates in the ISO form: months 00–13, days 00–32, hours 00–25, minutes and seconds 00–61, offsets up to 25:61. */
const isoLike = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }).map((n) => String(n).padStart(4, '0')),
    field(13),
    field(32),
    fc.option(
      fc.tuple(
        field(25),
        field(61),
        fc.option(fc.tuple(field(61), fc.option(fc.stringMatching(/^[0-9]{1,9}$/), { nil: undefined })), { nil: undefined }),
        fc.option(fc.oneof(fc.constant('Z'), fc.tuple(fc.constantFrom('+', '-'), field(25), field(61)).map(([s, h, m]) => `${s}${h}:${m}`)), {
          nil: undefined,
        }),
      ),
      { nil: undefined },
    ),
  )
  .map(([year, month, day, time]) => {
    let text = `${year}-${month}-${day}`;
    if (time) {
      const [hour, minute, seconds, zone] = time;
      text += `T${hour}:${minute}`;
      if (seconds) text += `:${seconds[0]}${seconds[1] === undefined ? '' : `.${seconds[1]}`}`;
      if (zone) text += zone;
    }
    return text;
  });

describe('model/isIsoDateTime', () => {
  it('agrees with the ISO form plus Date.parse on generated dates, edge fields included', () => {
    fc.assert(
      fc.property(isoLike, (value) => {
        expect(isIsoDateTime(value), value).to.equal(reference(value));
      }),
      { seed: 20261123, numRuns: 5000 },
    );
  });

  it('agrees on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (value) => {
        expect(isIsoDateTime(value), value).to.equal(reference(value));
      }),
      { seed: 20261123, numRuns: 2000 },
    );
  });

  it('accepts and rejects the edge cases by the engine, as before', () => {
    const cases = ['2026-02-28', '2026-02-29', '2026-04-31', '2026-01-01T24:00', '2026-01-01T23:59:59.5+23:59', '2026-01-01T10:00+24:00', '2026-13-01', '2026-01-00'];
    expect(cases.map(isIsoDateTime)).to.deep.equal(cases.map(reference));
    expect(isIsoDateTime('2026-03-01T10:00:00Z')).to.equal(true);
    expect(isIsoDateTime('2026-13-01T10:00:00Z')).to.equal(false);
  });
});

describe('model/validateJourney on many customer events', () => {
  /** 500 clean events with a few problems among them, at known places. */
  function documentWithEvents(): ReturnType<typeof journeyFixture> {
    const doc = journeyFixture();
    const events: IndividualEvent[] = Array.from({ length: 500 }, (_, i) => ({
      step: i % 2 ? 'search' : 'missed-calls',
      at: `2026-03-${String((i % 28) + 1).padStart(2, '0')}T10:00:00Z`,
      emotion: (i % 9) / 2 - 2,
      channel: 'phone',
      note: 'ok',
    }));
    events[3] = { ...events[3], at: '2026-02-30T10:00:00Z' }; // accepted by the engine: no problem
    events[7] = { ...events[7], at: 'yesterday' };
    events[120] = { ...events[120], emotion: 7 };
    events[121] = { ...events[121], step: 'nowhere' };
    events[300] = { ...events[300], channel: 'fax' };
    events[301] = { ...events[301], note: 5 as unknown as string };
    events[499] = { ...events[499], at: '2026-02-31T25:00:00Z' };
    doc.individuals = [{ id: 'c1', events }];
    return doc;
  }

  it('reports exactly the problem events, in document order, with their paths', () => {
    const result = validateJourney(documentWithEvents());
    expect(codes(result.errors)).to.deep.equal([['wrong-type', '/individuals/0/events/301/note']]);
    expect(codes(result.warnings)).to.deep.equal([
      ['invalid-date', '/individuals/0/events/7/at'],
      ['emotion-out-of-scale', '/individuals/0/events/120/emotion'],
      ['unknown-step', '/individuals/0/events/121/step'],
      ['unknown-channel', '/individuals/0/events/300/channel'],
      ['invalid-date', '/individuals/0/events/499/at'],
    ]);
  });

  it('applies the warnings to the copy and leaves clean events as they were', () => {
    const doc = documentWithEvents();
    doc.individuals![0].events[301].note = 'fine';
    doc.individuals![0].events[121].step = 'search';
    const { journey, ok } = validateJourney(doc);
    expect(ok).to.equal(true);
    const events = journey!.individuals![0].events;
    expect(events[7]).to.not.have.property('at');
    expect(events[499]).to.not.have.property('at');
    expect(events[120].emotion).to.equal(2);
    expect(events[3].at).to.equal('2026-02-30T10:00:00Z');
    // Copy-on-write: a clean event is the host's own object, a corrected one a copy.
    expect(events[10]).to.equal(doc.individuals![0].events[10]);
    expect(events[7]).to.not.equal(doc.individuals![0].events[7]);
    expect(events[7]).to.deep.equal({ step: 'search', emotion: 1.5, channel: 'phone', note: 'ok' });
  });

  it('never changes the host\'s document: corrections go to copies of the events they touch', () => {
    const doc = documentWithEvents();
    doc.individuals![0].events[301].note = 'fine';
    doc.individuals![0].events[121].step = 'search';
    const before = structuredClone(doc);
    // Frozen all the way down: a write would throw (and validation would answer `unreadable`).
    const freeze = (value: unknown): void => {
      if (value === null || typeof value !== 'object') return;
      Object.values(value).forEach(freeze);
      Object.freeze(value);
    };
    freeze(doc);
    const { ok, journey, warnings } = validateJourney(doc);
    expect(ok).to.equal(true);
    expect(codes(warnings)).to.deep.equal([
      ['invalid-date', '/individuals/0/events/7/at'],
      ['emotion-out-of-scale', '/individuals/0/events/120/emotion'],
      ['unknown-channel', '/individuals/0/events/300/channel'],
      ['invalid-date', '/individuals/0/events/499/at'],
    ]);
    expect(doc).to.deep.equal(before);
    // Exactly the events a full copy gives: the host's, with the two dates dropped and the emotion clamped.
    const expected = before.individuals![0].events.map((event, i) => {
      const rest: Partial<IndividualEvent> = { ...event };
      if (i === 7 || i === 499) delete rest.at;
      return i === 120 ? { ...event, emotion: 2 } : rest;
    });
    expect(journey!.individuals![0].events).to.deep.equal(expected);
    expect(journey!.individuals![0].events[120]).to.not.equal(doc.individuals![0].events[120]);
  });
});

describe('model/validateJourney: the copy of customers\' events (fast path)', () => {
  /** `count` customers of 24 clean events each, like a large export. */
  function manyCustomers(count: number): ReturnType<typeof journeyFixture> {
    const doc = journeyFixture();
    doc.individuals = Array.from({ length: count }, (_, c) => ({
      id: `c${c}`,
      events: Array.from({ length: 24 }, (_, e) => ({
        step: e % 2 ? 'search' : 'missed-calls',
        at: `2026-03-${String((e % 28) + 1).padStart(2, '0')}T10:00:${String(c % 60).padStart(2, '0')}.000Z`,
        emotion: ((c + e) % 9) / 2 - 2,
        channel: 'phone',
      })),
    }));
    return doc;
  }

  it('finds one bad event deep in 10 000 customers, with its exact path, and only it', () => {
    const doc = manyCustomers(10_000);
    const events = doc.individuals![9_876].events as unknown as Record<string, unknown>[];
    events[17] = { ...events[17], emotion: 'high' };
    events[23] = { ...events[23], at: '2026-03-01 10:00' };
    const result = validateJourney(doc);
    expect(result.ok).to.equal(false);
    expect(codes(result.errors)).to.deep.equal([['wrong-type', '/individuals/9876/events/17/emotion']]);
    expect(codes(result.warnings)).to.deep.equal([['invalid-date', '/individuals/9876/events/23/at']]);
  });

  it('keeps 10 000 customers\' clean events as the host\'s own objects, in fresh lists', () => {
    const doc = manyCustomers(10_000);
    const { ok, journey, warnings } = validateJourney(doc);
    expect(ok).to.equal(true);
    expect(warnings).to.deep.equal([]);
    expect(journey!.individuals).to.deep.equal(doc.individuals);
    expect(journey!.individuals![5_000].events[3]).to.equal(doc.individuals![5_000].events[3]);
    expect(journey!.individuals![5_000].events).to.not.equal(doc.individuals![5_000].events);
    expect(journey!.individuals![5_000]).to.not.equal(doc.individuals![5_000]);
  });

  it('treats what is not a plain value inside an event as the rest of the document', () => {
    const doc = journeyFixture();
    let reads = 0;
    const withGetter = { step: 'search' } as Record<string, unknown>;
    Object.defineProperty(withGetter, 'emotion', { enumerable: true, get: () => (reads++, 1) });
    const throwing = { step: 'search' } as Record<string, unknown>;
    Object.defineProperty(throwing, 'at', { enumerable: true, get: () => { throw new Error('at'); } });
    const forbidden = JSON.parse('{"step": "search", "__proto__": {"x": 1}, "note": "n"}') as Record<string, unknown>;
    const cyclic = { step: 'search' } as Record<string, unknown>;
    cyclic.extra = cyclic;
    const events = [
      withGetter,
      throwing,
      forbidden,
      cyclic,
      { step: 'search', at: new Date(Date.UTC(2026, 2, 1, 10)), extra: { deep: [1, 2] }, gone: undefined },
      new Date(Date.UTC(2026, 2, 1)),
      { step: 'search', emotion: 10n },
    ];
    doc.individuals = [{ id: 'c1', events: events as never }];
    const result = validateJourney(doc);
    // A getter in a plain event is read where the event is checked (it is kept, not copied: JSON
    // never makes getters, and host code that does runs on the page anyway); a throwing one is still reported.
    expect(reads).to.be.greaterThan(0);
    expect(codes(result.errors)).to.deep.equal([
      ['unreadable', '/individuals/0/events/1/at'],
      ['wrong-type', '/individuals/0/events/5'],
      ['wrong-type', '/individuals/0/events/6/emotion'],
    ]);
    expect(codes(result.warnings)).to.deep.equal([
      ['forbidden-key', '/individuals/0/events/2/__proto__'],
      ['cycle', '/individuals/0/events/3/extra'],
    ]);
    doc.individuals = [{ id: 'c1', events: [events[0], events[2], events[3], events[4]] as never }];
    reads = 0;
    const clean = validateJourney(doc);
    expect(clean.ok).to.equal(true);
    expect(clean.journey!.individuals![0].events).to.deep.equal([
      { step: 'search', emotion: 1 },
      { step: 'search', note: 'n' },
      { step: 'search' },
      { step: 'search', at: '2026-03-01T10:00:00.000Z', extra: { deep: [1, 2] } },
    ]);
    expect(clean.journey!.individuals![0].events[0]).to.equal(events[0]);
    expect(clean.journey!.individuals![0].events[1]).to.not.equal(events[2]);
  });
});
