/**
 * Property-based hardening: whatever value reaches validateJourney or <journey-map>, nothing throws,
 * the result keeps its documented shape, and the page's prototypes stay untouched.
 * Seeded, so every run (and CI) checks the same cases; a failure prints the seed and path to replay.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import type { JourneyMap } from '../../src/elements/journey-map/journey-map.component.js';
import { normalizeJourney } from '../../src/model/normalize.js';
import type { JourneyDocument, JourneyProblem, ValidationResult } from '../../src/model/types.js';
import { validateJourney } from '../../src/model/validate.js';
import { phoneSystemWithIndividuals, sampleJourneys } from '../../src/samples/index.js';
import { settle } from '../elements/map-fixture.js';
import { pageErrors } from './page-errors.js';

const SEED = 20261123;

// Host data is arbitrary by definition; the mutations below write into any place of a document.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

/* ------------------------------------------------------------------------------------------ */
/* Invariants                                                                                   */

function expectProblems(problems: unknown, severity: 'error' | 'warning'): void {
  expect(problems).to.be.an('array');
  for (const problem of problems as JourneyProblem[]) {
    expect(Object.keys(problem).filter((key) => key !== 'place').sort()).to.deep.equal(['code', 'message', 'path', 'severity']);
    // Where the path names an item (stage “Book”, step “…”), the problem says so in words.
    if ('place' in problem) expect(problem.place).to.be.a('string').and.not.equal('');
    expect(problem.path).to.be.a('string');
    if (problem.path !== '') expect(problem.path.startsWith('/'), problem.path).to.equal(true);
    expect(problem.code).to.be.a('string').and.match(/^[a-z]+(-[a-z]+)*$/);
    expect(problem.message).to.be.a('string').and.not.equal('');
    expect(problem.severity).to.equal(severity);
  }
}

/** True when `value` is JSON-like data built from plain objects and arrays only, without forbidden keys. */
function isPlainData(value: unknown, seen = new Set<object>()): boolean {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return true;
  if (typeof value !== 'object' || seen.has(value as object)) return false;
  seen.add(value as object);
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype) return false;
  const keys = Object.getOwnPropertyNames(value).filter((key) => !(Array.isArray(value) && key === 'length'));
  if (keys.some((key) => key === '__proto__' || key === 'constructor' || key === 'prototype')) return false;
  for (const key of keys) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key)!;
    if (!('value' in descriptor) || !isPlainData(descriptor.value, seen)) return false;
  }
  seen.delete(value as object);
  return true;
}

/** The documented shape of a validation result, whatever the input was. */
function expectResultShape(result: ValidationResult): void {
  expect(result.ok).to.be.a('boolean');
  expectProblems(result.errors, 'error');
  expectProblems(result.warnings, 'warning');
  expect(result.ok).to.equal(result.errors.length === 0);
  expect('journey' in result).to.equal(result.ok);
  if (result.ok) {
    const journey = result.journey!;
    expect(isPlainData(journey), 'journey is plain data').to.equal(true);
    expect(journey.schemaVersion).to.equal(1);
    expect(journey.title).to.be.a('string');
    expect(journey.stages).to.be.an('array').that.is.not.empty;
  } else {
    expect(result.journey).to.equal(undefined);
  }
}

const problemKey = (problem: JourneyProblem) => `${problem.code} ${problem.path}`;

/**
 * normalizeJourney is idempotent on a valid result: validating the result again gives the same
 * document (warnings were already applied), and normalizing either gives the same shape, without
 * touching the document.
 */
function expectStableNormalization(result: ValidationResult): void {
  const journey = result.journey!;
  const before = structuredClone(journey);
  const first = normalizeJourney(journey);
  expect(journey, 'normalizeJourney must not modify the document').to.deep.equal(before);
  const again = validateJourney(journey);
  expect(again.ok).to.equal(true);
  expect(again.journey).to.deep.equal(journey);
  const earlier = new Set(result.warnings.map(problemKey));
  expect(again.warnings.map(problemKey).filter((key) => !earlier.has(key)), 'no new warnings').to.deep.equal([]);
  expect(normalizeJourney(again.journey!)).to.deep.equal(first);
  expect(normalizeJourney(first.source)).to.deep.equal(first);
  expect(first.stepIndexById.size, 'column ids are unique').to.equal(first.steps.length);
}

function checkValue(input: unknown): ValidationResult {
  let result: ValidationResult | undefined;
  expect(() => (result = validateJourney(input))).to.not.throw();
  expectResultShape(result!);
  if (result!.ok) expectStableNormalization(result!);
  return result!;
}

/* ------------------------------------------------------------------------------------------ */
/* Arbitraries                                                                                  */

const specialNumber = fc.constantFrom(
  NaN,
  Infinity,
  -Infinity,
  -0,
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_VALUE,
  2 ** 53,
  -(2 ** 31),
);

const oddString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', '\ud800', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '-2', '1e999', 'NaN'),
);

/** Any value a host could pass: deep, cyclic-free but odd (Maps, boxed values, null prototypes, sparse arrays…). */
const anyValue = fc.anything({
  maxDepth: 5,
  maxKeys: 6,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
  key: fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'stages', 'title')),
});

const replacement = fc.oneof(anyValue, specialNumber, oddString, fc.jsonValue({ maxDepth: 3 }));

type Mutation =
  | { kind: 'delete' | 'wrong-type' | 'cycle' | 'throwing-getter' | 'proxy'; at: number }
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'special-number'; at: number; value: number }
  | { kind: 'duplicate-id'; at: number; from: number }
  | { kind: 'forbidden-key'; at: number; key: '__proto__' | 'constructor' | 'prototype' }
  | { kind: 'json-proto'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete', 'wrong-type', 'cycle', 'throwing-getter', 'proxy'), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace'), at: fc.nat(), value: replacement }),
  fc.record({ kind: fc.constant('special-number'), at: fc.nat(), value: specialNumber }),
  fc.record({ kind: fc.constant('duplicate-id'), at: fc.nat(), from: fc.nat() }),
  fc.record({ kind: fc.constant('forbidden-key'), at: fc.nat(), key: fc.constantFrom('__proto__', 'constructor', 'prototype') }),
  fc.record({ kind: fc.constant('json-proto'), at: fc.nat() }),
) as fc.Arbitrary<Mutation>;

const SAMPLES: Record<string, () => JourneyDocument> = {
  ...Object.fromEntries(Object.entries(sampleJourneys).map(([name, doc]) => [name, () => structuredClone(doc)])),
  // Cloned: the generator shares the stages of the phone-system sample.
  'phone-system-with-individuals': () => structuredClone(phoneSystemWithIndividuals(12, 3)),
};

interface Slot {
  parent: Loose;
  key: string | number;
}

/**
 * Every property and array item of a document, in a fixed order (depth first). Earlier mutations may
 * have planted cycles, throwing getters and proxies: those places are listed but not entered.
 */
function slots(root: Loose): Slot[] {
  const out: Slot[] = [];
  const seen = new Set<object>();
  const walk = (value: Loose) => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    let keys: Array<string | number>;
    try {
      keys = Array.isArray(value) ? Array.from({ length: value.length }, (_, i) => i) : Object.keys(value);
    } catch {
      return;
    }
    for (const key of keys) {
      out.push({ parent: value, key });
      try {
        walk(value[key]);
      } catch {
        // A planted getter or trap: the slot itself stays mutable.
      }
    }
  };
  walk(root);
  return out;
}

function containers(root: Loose): Loose[] {
  const read = (slot: Slot) => {
    try {
      return slot.parent[slot.key];
    } catch {
      return undefined;
    }
  };
  return [root, ...slots(root).map(read)].filter(
    (value, index, all) => value !== null && typeof value === 'object' && !Array.isArray(value) && all.indexOf(value) === index,
  );
}

function wrongTypeOf(value: unknown): unknown {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 1 : 'false';
  if (Array.isArray(value)) return Object.fromEntries(value.map((item, i) => [i, item]));
  if (value && typeof value === 'object') return Object.values(value);
  return {};
}

function readSlot(slot: Slot): unknown {
  try {
    return slot.parent[slot.key];
  } catch {
    return undefined;
  }
}

/** Defines the slot's value; a proxy planted by an earlier mutation may refuse, and that is fine. */
function setSlot({ parent, key }: Slot, descriptor: PropertyDescriptor): void {
  try {
    Object.defineProperty(parent, key, { enumerable: true, configurable: true, ...descriptor });
  } catch {
    // Refused by a trap: the document keeps its earlier hostile value.
  }
}

function applyMutation(doc: Loose, change: Mutation): void {
  const all = slots(doc);
  const slot = all[change.at % all.length];
  switch (change.kind) {
    case 'delete':
      try {
        if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
        else delete slot.parent[slot.key];
      } catch {
        // Refused by a trap planted earlier.
      }
      return;
    case 'wrong-type':
      setSlot(slot, { value: wrongTypeOf(readSlot(slot)), writable: true });
      return;
    case 'replace':
    case 'special-number':
      setSlot(slot, { value: change.value, writable: true });
      return;
    case 'cycle':
      setSlot(slot, { value: slot.parent, writable: true });
      return;
    case 'throwing-getter':
      setSlot(slot, {
        get() {
          throw new Error('getter exploded');
        },
      });
      return;
    case 'proxy': {
      const target = readSlot(slot);
      const trap = () => {
        throw new Error('trap exploded');
      };
      const proxy =
        target && typeof target === 'object' ? new Proxy(target, { get: trap, ownKeys: trap, getOwnPropertyDescriptor: trap }) : new Proxy({}, { ownKeys: trap });
      setSlot(slot, { value: proxy, writable: true });
      return;
    }
    case 'duplicate-id': {
      const withIds = containers(doc).filter((value) => typeof readSlot({ parent: value, key: 'id' }) === 'string');
      if (withIds.length < 2) return;
      try {
        withIds[change.at % withIds.length].id = withIds[change.from % withIds.length].id;
      } catch {
        // A frozen or trapped object keeps its id.
      }
      return;
    }
    case 'forbidden-key': {
      const objects = containers(doc);
      setSlot({ parent: objects[change.at % objects.length], key: change.key }, {
        value: { polluted: 'yes', prototype: { polluted: 'yes' } },
        writable: true,
      });
      return;
    }
    case 'json-proto':
      setSlot(slot, { writable: true, value: JSON.parse('{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"text":"x"}') });
      return;
  }
}

/** A sample document with one to four random changes. */
const mutatedDocument = fc
  .record({ sample: fc.constantFrom(...Object.keys(SAMPLES)), changes: fc.array(mutation, { minLength: 1, maxLength: 4 }) })
  .map(({ sample, changes }) => {
    const doc = SAMPLES[sample]();
    for (const change of changes) applyMutation(doc, change);
    return { sample, changes: changes.map((change) => change.kind), doc };
  });

/** JSON text of a value, when it has one (cycles, bigints and throwing getters have none). */
function jsonText(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Prototype guard                                                                              */

const GUARDED: Array<[string, object]> = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
];

function snapshot(): Record<string, string[]> {
  return Object.fromEntries(GUARDED.map(([name, proto]) => [name, Reflect.ownKeys(proto).map(String).sort()]));
}

const prototypesBefore = snapshot();

describe('hardening: properties (fast-check, seed 20261123)', function () {
  this.timeout(60000);

  describe('validateJourney', () => {
    it('never throws on arbitrary values and always returns the documented shape', () => {
      fc.assert(
        fc.property(anyValue, (value) => {
          checkValue(value);
        }),
        { seed: SEED, numRuns: 400 },
      );
    });

    it('never throws on arbitrary JSON values and their text', () => {
      fc.assert(
        fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
          const fromObject = checkValue(value);
          const fromText = checkValue(JSON.stringify(value));
          expect(fromText.ok).to.equal(fromObject.ok);
        }),
        { seed: SEED, numRuns: 300 },
      );
    });

    it('answers arbitrary strings (mostly broken JSON) with a json-parse error or a result', () => {
      fc.assert(
        fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.json({ maxDepth: 4 }).map((text) => text.slice(0, -1))), (text) => {
          const result = checkValue(text);
          let parses = true;
          try {
            JSON.parse(text.startsWith('\ufeff') ? text.slice(1) : text);
          } catch {
            parses = false;
          }
          if (!parses) expect(result.errors.map((problem) => problem.code)).to.deep.equal(['json-parse']);
        }),
        { seed: SEED, numRuns: 300 },
      );
    });

    it('never throws on mutated sample documents; ok ⇔ no errors; journey present iff ok', () => {
      let valid = 0;
      let invalid = 0;
      fc.assert(
        fc.property(mutatedDocument, ({ doc }) => {
          const result = checkValue(doc);
          if (result.ok) valid += 1;
          else invalid += 1;
          const text = jsonText(doc);
          if (text !== undefined) checkValue(text);
        }),
        { seed: SEED, numRuns: 250 },
      );
      // Both outcomes must be exercised, or the property says nothing about one of them.
      expect(valid, 'valid mutants').to.be.above(20);
      expect(invalid, 'invalid mutants').to.be.above(20);
    });

    it('never copies __proto__, constructor or prototype keys into the journey', () => {
      const text = JSON.stringify(sampleJourneys['phone-system']).replace(
        '"title":',
        '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"title":',
      );
      const result = checkValue(text);
      expect(result.ok).to.equal(true);
      expect(result.warnings.filter((w) => w.code === 'forbidden-key').map((w) => w.path)).to.deep.equal(['/__proto__', '/constructor']);
      expect(Object.keys(result.journey!)).to.not.include.members(['__proto__', 'constructor']);
      expect(({} as Loose).polluted).to.equal(undefined);
    });
  });

  describe('<journey-map> given mutated documents', () => {
    it('never throws into the page and always shows the grid or the error panel', async () => {
      const documents = fc.sample(mutatedDocument, { seed: SEED, numRuns: 30 });
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 900px"></div>`);
      const errors = pageErrors();
      let grids = 0;
      let panels = 0;
      try {
        for (const [index, { sample, changes, doc }] of documents.entries()) {
          const map = document.createElement('journey-map') as JourneyMap;
          wrapper.replaceChildren(map);
          map.journey = doc;
          await settle(map);
          const label = `document ${index} (${sample}: ${changes.join(', ')})`;
          expect(errors.list, label).to.deep.equal([]);
          const grid = map.shadowRoot!.querySelector('[role="grid"]');
          const panel = map.shadowRoot!.querySelector('[role="alert"]');
          expect(Boolean(grid) !== Boolean(panel), `${label}: exactly one of grid and error panel`).to.equal(true);
          if (grid) grids += 1;
          if (panel) {
            panels += 1;
            expect(panel.querySelectorAll('li').length, label).to.be.above(0);
          }
          map.remove();
        }
      } finally {
        errors.dispose();
      }
      expect(grids).to.be.above(3);
      expect(panels).to.be.above(3);
    });
  });

  it('leaves Object.prototype and the other built-in prototypes untouched', () => {
    expect(snapshot()).to.deep.equal(prototypesBefore);
    expect(({} as Loose).polluted).to.equal(undefined);
    expect(([] as Loose).polluted).to.equal(undefined);
  });
});
