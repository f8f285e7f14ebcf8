import { expect } from '@open-wc/testing';
import { validateJourney } from '../../src/model/validate.js';
import { MAX_DEPTH } from '../../src/model/safe-copy.js';
import { importMessage as problemMessage, PROBLEM_CODES } from '../../src/i18n/import-messages.js';
// The Russian and Romanian messages, as an app that validates without elements loads them (docs/i18n.md).
import '../../src/locales/ru.js';
import '../../src/locales/ro.js';
import type { JourneyProblem } from '../../src/model/types.js';
import { MALFORMED, VALID_DOCUMENTS, journeyFixture } from './fixtures.js';

// Cases reach deep into documents to break one value; typing every path would hide the intent.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Doc = Record<string, any>;

const codes = (problems: JourneyProblem[]) => problems.map((problem) => [problem.code, problem.path]);

/** The fixture, with a change made to it. */
function fixtureWith(change: (doc: Doc) => void): Doc {
  const doc = journeyFixture() as Doc;
  change(doc);
  return doc;
}

describe('model/validateJourney', () => {
  describe('valid documents', () => {
    for (const { name, build } of VALID_DOCUMENTS) {
      it(`accepts the ${name} with no problems`, () => {
        const result = validateJourney(build());
        expect(codes(result.errors)).to.deep.equal([]);
        expect(codes(result.warnings)).to.deep.equal([]);
        expect(result.ok).to.equal(true);
      });
    }

    it('returns a fresh plain copy equal to the input, unknown fields kept', () => {
      const input = journeyFixture();
      const { journey } = validateJourney(input);
      expect(journey).to.deep.equal(journeyFixture());
      expect(journey).to.not.equal(input);
      expect(journey!.stages).to.not.equal(input.stages);
      expect(journey!.stages[0].steps![0].actions).to.not.equal(input.stages[0].steps![0].actions);
      expect(journey!.reviewedBy).to.equal('CX team');
      expect(journey!.stages[0].steps![0].quotes).to.deep.equal(['We lose leads every week']);
      expect(Object.getPrototypeOf(journey)).to.equal(Object.prototype);
    });

    it('accepts JSON text', () => {
      const result = validateJourney(JSON.stringify(journeyFixture(), null, 2));
      expect(result.ok).to.equal(true);
      expect(result.journey).to.deep.equal(journeyFixture());
    });

    it('ignores a byte-order mark before JSON text', () => {
      expect(validateJourney(`\ufeff${JSON.stringify(journeyFixture())}`).ok).to.equal(true);
    });
  });

  describe('malformed documents (table)', () => {
    for (const entry of MALFORMED) {
      it(`${entry.name}: ${entry.severity} ${entry.code} at "${entry.path}"`, () => {
        const result = validateJourney(entry.build());
        if (entry.severity === 'error') {
          expect(codes(result.errors)).to.deep.equal([[entry.code, entry.path]]);
          expect(result.ok).to.equal(false);
          expect(result.journey).to.equal(undefined);
        } else {
          expect(codes(result.errors)).to.deep.equal([]);
          expect(codes(result.warnings)).to.deep.equal([[entry.code, entry.path]]);
          expect(result.ok).to.equal(true);
        }
        for (const problem of [...result.errors, ...result.warnings]) {
          expect(problem.message).to.be.a('string').and.not.equal('');
          expect(problem.message).to.not.match(/\{\w+\}/);
        }
        expect(result.errors.every((problem) => problem.severity === 'error')).to.equal(true);
        expect(result.warnings.every((problem) => problem.severity === 'warning')).to.equal(true);
      });
    }

    it('holds at least 35 cases, errors and warnings both', () => {
      expect(MALFORMED.length).to.be.at.least(35);
      expect(MALFORMED.filter((entry) => entry.severity === 'warning').length).to.be.at.least(10);
    });
  });

  describe('repairs in the returned copy', () => {
    it('clamps emotions to the scale and leaves the input alone', () => {
      const input = fixtureWith((d) => {
        d.stages[0].steps[0].emotion = 3;
        d.stages[0].steps[1].emotion.cfo = -5;
        d.individuals[0].events[1].emotion = 9;
      });
      const before = JSON.stringify(input);
      const { journey, warnings } = validateJourney(input) as { journey: Doc; warnings: JourneyProblem[] };
      expect(journey.stages[0].steps[0].emotion).to.equal(2);
      expect(journey.stages[0].steps[1].emotion).to.deep.equal({ ops: -1, cfo: -2 });
      expect(journey.individuals[0].events[1].emotion).to.equal(2);
      expect(warnings[0].message).to.equal('Emotion 3 is outside the scale -2 to 2; it is shown as 2.');
      expect(JSON.stringify(input)).to.equal(before);
    });

    it('clamps severity to 1..5', () => {
      const { journey } = validateJourney(fixtureWith((d) => (d.stages[0].steps[0].painPoints[0].severity = 9))) as {
        journey: Doc;
      };
      expect(journey.stages[0].steps[0].painPoints[0].severity).to.equal(5);
    });

    it('removes invalid dates, unsafe image URLs and repeated lanes', () => {
      const { journey } = validateJourney(
        fixtureWith((d) => {
          d.individuals[0].events[0].at = '1 March';
          d.personas[0].image = ' JaVaScRiPt:alert(1)';
          d.lanes = [{ kind: 'actions' }, { kind: 'emotion' }, { kind: 'actions', title: 'Again' }];
        }),
      ) as { journey: Doc };
      expect(journey.individuals[0].events[0]).to.deep.equal({ step: 'missed-calls', emotion: -2, channel: 'phone' });
      expect('image' in journey.personas[0]).to.equal(false);
      expect(journey.lanes).to.deep.equal([{ kind: 'actions' }, { kind: 'emotion' }]);
    });

    it('uses the document scale for the range check', () => {
      const doc = fixtureWith((d) => {
        d.scale = { min: 0, max: 10 };
        d.stages[0].steps[0].emotion = 7;
        d.stages[0].steps[1].emotion = { ops: 1, cfo: 0 };
        d.stages[1].steps[0].emotion = -1;
        d.individuals[0].events[0].emotion = 3;
      });
      const result = validateJourney(doc);
      expect(codes(result.warnings)).to.deep.equal([['emotion-out-of-scale', '/stages/1/steps/0/emotion']]);
      expect((result.journey as Doc).stages[1].steps[0].emotion).to.equal(0);
    });
  });

  describe('values JSON cannot carry', () => {
    it('reports NaN and Infinity where numbers are expected', () => {
      const result = validateJourney(
        fixtureWith((d) => {
          d.stages[0].steps[0].emotion = NaN;
          d.stages[0].steps[1].metrics[0].value = Infinity;
          d.personas[1].attributes.Revenue = -Infinity;
          d.scale.max = NaN;
        }),
      );
      expect(codes(result.errors)).to.deep.equal([
        ['not-finite', '/scale/max'],
        ['not-finite', '/personas/1/attributes/Revenue'],
        ['not-finite', '/stages/0/steps/0/emotion'],
        ['not-finite', '/stages/0/steps/1/metrics/0/value'],
      ]);
      expect(result.errors[2].message).to.equal('“emotion” must be a finite number, but it is NaN.');
    });

    it('keeps NaN in unknown fields, which are never errors', () => {
      const result = validateJourney(fixtureWith((d) => (d.stages[0].steps[0].score = NaN)));
      expect(result.ok).to.equal(true);
      expect((result.journey as Doc).stages[0].steps[0].score).to.be.NaN;
    });

    it('turns Date objects into ISO text and drops undefined, functions, symbols and bigints', () => {
      const result = validateJourney(
        fixtureWith((d) => {
          d.individuals[0].events[0].at = new Date(Date.UTC(2026, 2, 1, 10));
          d.description = undefined;
          d.render = () => 'x';
          d.tag = Symbol('t');
          d.big = 10n;
          d.list = [1, undefined, () => 1];
        }),
      );
      expect(result.ok).to.equal(true);
      const journey = result.journey as Doc;
      expect(journey.individuals[0].events[0].at).to.equal('2026-03-01T10:00:00.000Z');
      for (const key of ['description', 'render', 'tag', 'big']) expect(key in journey, key).to.equal(false);
      expect(journey.list).to.deep.equal([1, null, null]);
    });

    it('reports a bigint, function or symbol in a known field as a wrong type, never drops it', () => {
      const result = validateJourney(
        fixtureWith((d) => {
          d.title = 10n;
          d.stages[0].steps[0].emotion = () => 1;
          d.stages[2].actions = ['a', Symbol('b')];
        }),
      );
      expect(result.ok).to.equal(false);
      expect(codes(result.errors)).to.deep.equal([
        ['wrong-type', '/title'],
        ['wrong-type', '/stages/0/steps/0/emotion'],
        ['wrong-type', '/stages/2/actions/1'],
      ]);
      expect(result.errors[0].message).to.equal('“title” must be text, but it is an unsupported value.');
      expect(result.warnings).to.deep.equal([]);
    });

    it('reports an invalid Date object as an invalid date', () => {
      const result = validateJourney(fixtureWith((d) => (d.individuals[0].events[0].at = new Date('nope'))));
      expect(codes(result.warnings)).to.deep.equal([['invalid-date', '/individuals/0/events/0/at']]);
    });

    it('reports a hole in a list of texts', () => {
      // eslint-disable-next-line no-sparse-arrays
      const result = validateJourney(fixtureWith((d) => (d.stages[2].actions = ['a', , 'c'])));
      expect(codes(result.errors)).to.deep.equal([['wrong-type', '/stages/2/actions/1']]);
      expect(result.errors[0].message).to.equal('“actions[1]” must be text, but it is null.');
    });
  });

  describe('never throws', () => {
    it('reports a cycle where the contract expects a value', () => {
      const doc = journeyFixture() as Doc;
      doc.stages[0].steps = doc.stages;
      const result = validateJourney(doc);
      expect(codes(result.errors)).to.deep.include(['cycle', '/stages/0/steps']);
      expect(result.errors.find((p) => p.code === 'cycle')!.message).to.equal(
        'This value contains itself (a circular reference).',
      );
    });

    it('drops a cycle inside an unknown field with a warning', () => {
      const doc = journeyFixture() as Doc;
      doc.stages[2].self = doc.stages[2];
      doc.meta = { root: doc };
      const result = validateJourney(doc);
      expect(codes(result.warnings)).to.deep.equal([
        ['cycle', '/stages/2/self'],
        ['cycle', '/meta/root'],
      ]);
      expect(result.ok).to.equal(true);
      expect(JSON.stringify(result.journey)).to.be.a('string');
      expect((result.journey as Doc).meta).to.deep.equal({});
    });

    it('copies a value shared by two places twice, not as a cycle', () => {
      const doc = journeyFixture() as Doc;
      const shared = ['Shared action'];
      doc.stages[0].steps[1].actions = shared;
      doc.stages[2].actions = shared;
      const result = validateJourney(doc);
      expect(result.ok).to.equal(true);
      expect((result.journey as Doc).stages[2].actions).to.deep.equal(['Shared action']);
    });

    it('reports a throwing getter in a known field as an error, in an unknown field as a warning', () => {
      const doc = journeyFixture() as Doc;
      Object.defineProperty(doc, 'title', { enumerable: true, get: () => { throw new Error('boom'); } });
      const step = doc.stages[0].steps[0];
      Object.defineProperty(step, 'extra', { enumerable: true, get: () => { throw new Error('boom'); } });
      const result = validateJourney(doc);
      expect(codes(result.errors)).to.deep.equal([['unreadable', '/title']]);
      expect(codes(result.warnings)).to.deep.equal([['unreadable', '/stages/0/steps/0/extra']]);
    });

    it('reads working getters once, like a class instance or an observable would offer', () => {
      let reads = 0;
      const doc = journeyFixture() as Doc;
      Object.defineProperty(doc, 'title', {
        enumerable: true,
        get: () => {
          reads++;
          return 'From a getter';
        },
      });
      const result = validateJourney(doc);
      expect(result.journey!.title).to.equal('From a getter');
      expect(reads).to.equal(1);
      expect(Object.getOwnPropertyDescriptor(result.journey, 'title')!.value).to.equal('From a getter');
    });

    it('survives Proxies whose traps throw', () => {
      const hostile = new Proxy(
        {},
        {
          get: () => { throw new Error('get'); },
          ownKeys: () => { throw new Error('ownKeys'); },
          getPrototypeOf: () => { throw new Error('getPrototypeOf'); },
          has: () => { throw new Error('has'); },
        },
      );
      expect(codes(validateJourney(hostile).errors)).to.deep.equal([['unreadable', '']]);

      const doc = journeyFixture() as Doc;
      doc.stages[0].steps[1] = hostile;
      doc.stages[1].steps[0].next = ['trial'];
      doc.stages[0].steps[0].thoughts = new Proxy(['a'], { get: () => { throw new Error('get'); } });
      doc.individuals[0].events[0].at = new Proxy({}, { getPrototypeOf: () => { throw new Error('proto'); } });
      const result = validateJourney(doc);
      expect(codes(result.errors)).to.deep.equal([
        ['unreadable', '/stages/0/steps/0/thoughts'],
        ['unreadable', '/stages/0/steps/1'],
        ['unreadable', '/individuals/0/events/0/at'],
      ]);
    });

    it('survives a revoked Proxy and odd options', () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      expect(codes(validateJourney(proxy).errors)).to.deep.equal([['unreadable', '']]);
      const options = new Proxy({}, { get: () => { throw new Error('options'); } });
      expect(validateJourney(journeyFixture(), options).ok).to.equal(true);
    });

    it('accepts deeply frozen input and returns an unfrozen repaired copy', () => {
      const deepFreeze = (value: unknown): unknown => {
        if (value && typeof value === 'object') {
          Object.values(value).forEach(deepFreeze);
          Object.freeze(value);
        }
        return value;
      };
      const doc = deepFreeze(fixtureWith((d) => (d.stages[0].steps[0].emotion = 5))) as Doc;
      const result = validateJourney(doc);
      expect(result.ok).to.equal(true);
      expect(result.journey!.stages[0].steps![0].emotion).to.equal(2);
      expect(doc.stages[0].steps[0].emotion).to.equal(5);
      expect(Object.isFrozen(result.journey)).to.equal(false);
    });

    it('validates 100 000 steps', () => {
      const steps = Array.from({ length: 100_000 }, (_, i) => ({
        id: `s${i}`,
        title: `Step ${i}`,
        actions: ['Act'],
        emotion: (i % 5) - 2,
        touchpoints: [{ channel: 'web' }],
        next: [`s${(i + 1) % 100_000}`],
      }));
      const doc = {
        schemaVersion: 1,
        title: 'Huge',
        channels: [{ id: 'web', label: 'Web' }],
        stages: [{ id: 'all', title: 'All', steps }],
      };
      // How long it takes is the bench's to measure (a hang fails by the suite's timeout).
      const result = validateJourney(doc);
      expect(result.ok).to.equal(true);
      expect(result.journey!.stages[0].steps!.length).to.equal(100_000);
    });

    it('cuts unknown fields nested deeper than the limit, with one warning', () => {
      let deep: Doc = { leaf: true };
      for (let i = 0; i < 10_000; i++) deep = { child: deep };
      const result = validateJourney({ ...journeyFixture(), deep });
      expect(result.ok).to.equal(true);
      const path = `/deep${'/child'.repeat(MAX_DEPTH - 1)}`;
      expect(codes(result.warnings)).to.deep.equal([['too-deep', path]]);
      expect(result.warnings[0].message).to.equal(`Data nested more than ${MAX_DEPTH} levels deep was removed.`);
      let level = (result.journey as Doc).deep;
      let depth = 1;
      while (level.child) {
        level = level.child;
        depth++;
      }
      expect(depth).to.equal(MAX_DEPTH - 1);
    });

    it('reads deep JSON text too', () => {
      const text = `{"schemaVersion":1,"title":"t","stages":[{"id":"a","title":"A"}],"deep":${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
      const result = validateJourney(text);
      expect(result.ok).to.equal(true);
      expect(codes(result.warnings)).to.deep.equal([['too-deep', `/deep${'/0'.repeat(MAX_DEPTH - 1)}`]]);
    });

    it('refuses arrays too long to read', () => {
      const result = validateJourney({ ...journeyFixture(), huge: new Array(2 ** 32 - 1) });
      expect(codes(result.warnings)).to.deep.equal([['too-large', '/huge']]);
      expect('huge' in (result.journey as Doc)).to.equal(false);
    });

    it('never lets __proto__, constructor or prototype keys through', () => {
      const text = `{"__proto__": {"polluted": true}, "schemaVersion": 1, "title": "t",
        "stages": [{"id": "a", "title": "A", "emotion": {"__proto__": 1}, "constructor": {"prototype": 1},
        "custom": {"prototype": {"polluted": true}}}]}`;
      for (const input of [text, JSON.parse(text)]) {
        const result = validateJourney(input);
        expect(codes(result.warnings)).to.deep.equal([
          ['forbidden-key', '/__proto__'],
          ['forbidden-key', '/stages/0/emotion/__proto__'],
          ['forbidden-key', '/stages/0/constructor'],
          ['forbidden-key', '/stages/0/custom/prototype'],
        ]);
        expect(result.ok).to.equal(true);
        const journey = result.journey as Doc;
        expect(Object.getPrototypeOf(journey)).to.equal(Object.prototype);
        expect(Object.keys(journey)).to.deep.equal(['schemaVersion', 'title', 'stages']);
        expect(Object.keys(journey.stages[0])).to.deep.equal(['id', 'title', 'emotion', 'custom']);
        expect(Object.getPrototypeOf(journey.stages[0].emotion)).to.equal(Object.prototype);
        expect(journey.stages[0].custom).to.deep.equal({});
        expect(({} as Doc).polluted).to.equal(undefined);
        expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).to.equal(false);
      }
    });

    it('rejects JavaScript-reserved ids', () => {
      const result = validateJourney(fixtureWith((d) => (d.personas[1].id = 'constructor')));
      expect(codes(result.errors)).to.deep.equal([
        ['reserved-id', '/personas/1/id'],
        ['unknown-persona', '/stages/0/steps/1/emotion/cfo'],
      ]);
    });

    it('lists at most 100 problems per severity and counts the rest', () => {
      const steps = Array.from({ length: 300 }, (_, i) => ({ id: `s${i}`, emotion: 3 }));
      const result = validateJourney({ schemaVersion: 1, title: 't', stages: [{ id: 'a', title: 'A', steps }] });
      expect(result.errors.length).to.equal(101);
      expect(result.warnings.length).to.equal(101);
      expect(codes(result.errors.slice(-2))).to.deep.equal([
        ['missing-field', '/stages/0/steps/99/title'],
        ['too-many-problems', ''],
      ]);
      expect(result.errors[100].message).to.equal('More problems were found but are not listed: 200.');
      expect(result.warnings[100].severity).to.equal('warning');
      expect(result.warnings[100].message).to.equal('More problems were found but are not listed: 200.');
    });
  });

  describe('JSON text', () => {
    it('reports a parse error with line and column', () => {
      const text = '{\n  "schemaVersion": 1,\n  "title": Phone,\n  "stages": []\n}';
      const result = validateJourney(text);
      expect(codes(result.errors)).to.deep.equal([['json-parse', '']]);
      expect(result.errors[0].message).to.equal('The text is not valid JSON: check line 3, column 12.');
      expect(result.ok).to.equal(false);
    });

    it('reports text that ends too early at its end', () => {
      const result = validateJourney('{"schemaVersion": 1,\r\n "title": "x"', { locale: 'ro' });
      expect(result.errors[0].message).to.equal('Textul nu este JSON valid: verificați rândul 2, coloana 14.');
    });

    it('treats JSON text of a non-object as not an object', () => {
      expect(codes(validateJourney('[1, 2]').errors)).to.deep.equal([['not-an-object', '']]);
      expect(validateJourney('"text"').errors[0].message).to.equal(
        'A journey must be a JSON object with schemaVersion, title and stages, but this is text.',
      );
    });
  });

  it('shows a date-only example beside a date-time one for a date that does not read (reviewedAt takes a date)', () => {
    const doc = fixtureWith((d) => (d.reviewedAt = '2026-13-40'));
    const warning = validateJourney(doc).warnings.find((problem) => problem.path === '/reviewedAt')!;
    expect(warning.message).to.equal('“2026-13-40” is not a valid date (for example 2026-03-01 or 2026-03-01T10:00:00Z); it is ignored.');
    expect(validateJourney(doc, { locale: 'ru' }).warnings.find((problem) => problem.path === '/reviewedAt')!.message).to.contain('2026-03-01 или');
  });

  describe('a mistyped next', () => {
    // search → compare → adress (meant: address) → sign → use: nothing leads to address but the typo.
    const typo = (target: string) => ({
      schemaVersion: 1,
      title: 't',
      stages: [
        {
          id: 'pick',
          title: 'Pick',
          steps: [
            { id: 'search', title: 'Searches', next: ['compare'] },
            { id: 'compare', title: 'Compares', next: [target] },
            { id: 'address', title: 'Checks address', next: ['sign'] },
            { id: 'sign', title: 'Signs', next: ['use'] },
            { id: 'use', title: 'Uses' },
          ],
        },
      ],
    });

    it('says which id it most likely meant, in each language, and reports one warning, not one per step behind it', () => {
      const { warnings } = validateJourney(typo('adress'));
      expect(warnings.map((warning) => [warning.code, warning.path, warning.message])).to.deep.equal([
        ['unknown-next', '/stages/0/steps/1/next/0', 'No step (or stage without steps) has the id “adress”; this transition is not drawn. Did you mean “address”?'],
      ]);
      expect(validateJourney(typo('adress'), { locale: 'ru' }).warnings[0].message).to.equal(
        'Нет шага (или этапа без шагов) с идентификатором «adress»; этот переход не показан. Может быть, имелся в виду «address»?',
      );
      expect(validateJourney(typo('Adress'), { locale: 'ro' }).warnings[0].message).to.equal(
        'Niciun pas (sau etapă fără pași) nu are identificatorul „Adress”; această tranziție nu este desenată. Poate ați vrut să scrieți „address”?',
      );
    });

    it('guesses nothing for an id far from every other, and then the steps behind it are unreachable', () => {
      const { warnings } = validateJourney(typo('payment'));
      expect(warnings.map((warning) => [warning.code, warning.path])).to.deep.equal([
        ['unknown-next', '/stages/0/steps/1/next/0'],
        ['unreachable-step', '/stages/0/steps/2'],
        ['unreachable-step', '/stages/0/steps/3'],
        ['unreachable-step', '/stages/0/steps/4'],
      ]);
      expect(warnings[0].message).to.not.contain('Did you mean');
      // Short ids allow one edit only; two equally near ids are no guess either.
      expect(validateJourney(typo('srch')).warnings[0].message).to.not.contain('Did you mean');
      const twins = typo('use2');
      twins.stages[0].steps.push({ id: 'use3', title: 'Uses more' } as never);
      expect(validateJourney(twins).warnings[0].message).to.not.contain('Did you mean');
    });
  });

  describe('localized messages', () => {
    const duplicate = () => fixtureWith((d) => (d.stages[1].steps[1].id = 'demo'));

    it('speaks English by default and Russian or Romanian on request', () => {
      const en = validateJourney(duplicate()).errors[0].message;
      const ru = validateJourney(duplicate(), { locale: 'ru-RU' }).errors[0].message;
      const ro = validateJourney(duplicate(), { locale: 'ro' }).errors[0].message;
      expect(en).to.equal('The id “demo” is used more than once; every id must be unique.');
      expect(ru).to.equal('Идентификатор «demo» встречается несколько раз, а он должен быть уникальным.');
      expect(ro).to.equal('Identificatorul „demo” este folosit de mai multe ori; fiecare identificator trebuie să fie unic.');
      expect(validateJourney(duplicate(), { locale: 'de' }).errors[0].message).to.equal(en);
    });

    it('translates type names inside messages', () => {
      const doc = fixtureWith((d) => (d.title = 42));
      expect(validateJourney(doc, { locale: 'ru' }).errors[0].message).to.equal(
        'Поле «title» должно быть текстом, а здесь число.',
      );
      expect(validateJourney(doc, { locale: 'ro' }).errors[0].message).to.equal('„title” trebuie să fie text, dar este un număr.');
    });

    it('has a distinct translation of every code, with Romanian comma-below letters', () => {
      const values = { id: 'x-1', field: 'f', expected: 'string', found: 'number', value: 'v', line: 1, column: 2 };
      for (const code of PROBLEM_CODES) {
        const en = problemMessage(code, 'en', values);
        const ru = problemMessage(code, 'ru', values);
        const ro = problemMessage(code, 'ro', values);
        expect(ru, code).to.not.equal(en);
        expect(ro, code).to.not.equal(en);
        expect(ru, code).to.match(/[а-яё]/i);
        expect(ro, code).to.not.match(/[şţŞŢ]/);
      }
    });

    it('names the offending value in every locale', () => {
      for (const locale of ['en', 'ru', 'ro']) {
        const result = validateJourney(fixtureWith((d) => (d.individuals[0].events[0].step = 'call-back')), { locale });
        expect(result.warnings[0].message, locale).to.contain('call-back');
      }
    });
  });
});
