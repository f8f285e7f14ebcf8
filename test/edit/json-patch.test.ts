import { expect } from '@open-wc/testing';
import { applyJourneyPatch, formatPointer, parsePointer, type JsonPatchOperation } from '../../src/edit/json-patch.js';
import { diffJson } from '../../src/edit/json-diff.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

/** Runs a patch over a frozen copy of `doc`: any mutation of the input would throw in strict mode. */
function run(doc: unknown, patch: unknown) {
  return applyJourneyPatch(deepFreeze(JSON.parse(JSON.stringify(doc))), patch as JsonPatchOperation[]);
}

// RFC 6902, Appendix A: each example's document, patch and result, written from the RFC text.
describe('edit/json-patch: RFC 6902 appendix A', () => {
  const succeeds: Array<[string, unknown, unknown, unknown]> = [
    ['A.1 adding an object member', { foo: 'bar' }, [{ op: 'add', path: '/baz', value: 'qux' }], { baz: 'qux', foo: 'bar' }],
    ['A.2 adding an array element', { foo: ['bar', 'baz'] }, [{ op: 'add', path: '/foo/1', value: 'qux' }], { foo: ['bar', 'qux', 'baz'] }],
    ['A.3 removing an object member', { baz: 'qux', foo: 'bar' }, [{ op: 'remove', path: '/baz' }], { foo: 'bar' }],
    ['A.4 removing an array element', { foo: ['bar', 'qux', 'baz'] }, [{ op: 'remove', path: '/foo/1' }], { foo: ['bar', 'baz'] }],
    ['A.5 replacing a value', { baz: 'qux', foo: 'bar' }, [{ op: 'replace', path: '/baz', value: 'boo' }], { baz: 'boo', foo: 'bar' }],
    [
      'A.6 moving a value',
      { foo: { bar: 'baz', waldo: 'fred' }, qux: { corge: 'grault' } },
      [{ op: 'move', from: '/foo/waldo', path: '/qux/thud' }],
      { foo: { bar: 'baz' }, qux: { corge: 'grault', thud: 'fred' } },
    ],
    ['A.7 moving an array element', { foo: ['all', 'grass', 'cows', 'eat'] }, [{ op: 'move', from: '/foo/1', path: '/foo/3' }], { foo: ['all', 'cows', 'eat', 'grass'] }],
    [
      'A.8 testing a value: success',
      { baz: 'qux', foo: ['a', 2, 'c'] },
      [{ op: 'test', path: '/baz', value: 'qux' }, { op: 'test', path: '/foo/1', value: 2 }],
      { baz: 'qux', foo: ['a', 2, 'c'] },
    ],
    ['A.10 adding a nested member object', { foo: 'bar' }, [{ op: 'add', path: '/child', value: { grandchild: {} } }], { foo: 'bar', child: { grandchild: {} } }],
    ['A.11 ignoring unrecognized elements', { foo: 'bar' }, [{ op: 'add', path: '/baz', value: 'qux', xyz: 123 }], { foo: 'bar', baz: 'qux' }],
    ['A.14 ~ escape ordering', { '/': 9, '~1': 10 }, [{ op: 'test', path: '/~01', value: 10 }], { '/': 9, '~1': 10 }],
    ['A.16 adding an array value', { foo: ['bar'] }, [{ op: 'add', path: '/foo/-', value: ['abc', 'def'] }], { foo: ['bar', ['abc', 'def']] }],
  ];
  for (const [name, doc, patch, expected] of succeeds) {
    it(name, () => {
      const result = run(doc, patch);
      expect(result.ok).to.equal(true);
      expect(result.doc).to.deep.equal(expected);
    });
  }

  const fails: Array<[string, unknown, unknown, string, string]> = [
    ['A.9 testing a value: error', { baz: 'qux' }, [{ op: 'test', path: '/baz', value: 'bar' }], 'test-failed', '/baz'],
    ['A.12 adding to a nonexistent target', { foo: 'bar' }, [{ op: 'add', path: '/baz/bat', value: 'qux' }], 'missing-target', '/baz/bat'],
    // A.13 has a duplicate "op" member; a JSON parser keeps the last one ("remove"), whose target does not exist.
    ['A.13 invalid JSON Patch document', { foo: 'bar' }, JSON.parse('[{ "op": "add", "path": "/baz", "value": "qux", "op": "remove" }]'), 'missing-target', '/baz'],
    ['A.15 comparing strings and numbers', { '/': 9, '~1': 10 }, [{ op: 'test', path: '/~01', value: '10' }], 'test-failed', '/~01'],
  ];
  for (const [name, doc, patch, code, path] of fails) {
    it(name, () => {
      const result = run(doc, patch);
      expect(result.ok).to.equal(false);
      expect(result.doc).to.equal(undefined);
      expect(result.problems.map((p) => [p.index, p.code, p.path])).to.deep.equal([[0, code, path]]);
    });
  }
});

describe('edit/json-patch: ours', () => {
  it('parses and formats pointers with ~0 and ~1', () => {
    expect(parsePointer('')).to.deep.equal([]);
    expect(parsePointer('/')).to.deep.equal(['']);
    expect(parsePointer('/a~1b/m~0n/~01')).to.deep.equal(['a/b', 'm~n', '~1']);
    expect(parsePointer('a')).to.equal(undefined);
    expect(parsePointer('/a~2')).to.equal(undefined);
    expect(parsePointer('/a~')).to.equal(undefined);
    expect(formatPointer(['stages', 0, 'a/b', 'm~n'])).to.equal('/stages/0/a~1b/m~0n');
  });

  it('shares every unchanged branch and never mutates the input', () => {
    const doc = deepFreeze({ a: { x: [1, 2] }, b: { y: 1 } });
    const result = applyJourneyPatch(doc, [{ op: 'replace', path: '/b/y', value: 2 }]);
    expect(result.doc).to.deep.equal({ a: { x: [1, 2] }, b: { y: 2 } });
    expect(result.doc!.a).to.equal(doc.a);
    expect(result.doc).not.to.equal(doc);
    expect(doc.b.y).to.equal(1);
  });

  it('copies values from the patch, so a later change of the patch does not reach the result', () => {
    const value = { text: 'a' };
    const result = applyJourneyPatch({ items: [] as unknown[] }, [{ op: 'add', path: '/items/0', value }]);
    value.text = 'changed';
    expect(result.doc).to.deep.equal({ items: [{ text: 'a' }] });
  });

  it('is all or nothing: a failing second operation leaves no result', () => {
    const result = run({ a: 1 }, [{ op: 'replace', path: '/a', value: 2 }, { op: 'remove', path: '/b' }]);
    expect(result.ok).to.equal(false);
    expect(result.problems[0]).to.deep.include({ index: 1, code: 'missing-target', path: '/b' });
    expect(result.problems[0].message).to.equal('Operation 1: there is nothing at “/b”.');
  });

  const errors: Array<[string, unknown, unknown, string]> = [
    ['"-" outside add', { a: [1] }, [{ op: 'replace', path: '/a/-', value: 2 }], 'invalid-index'],
    ['an index with a leading zero', { a: [1, 2] }, [{ op: 'remove', path: '/a/01' }], 'invalid-index'],
    ['an index past the end for add', { a: [1] }, [{ op: 'add', path: '/a/2', value: 2 }], 'invalid-index'],
    ['an index at the end for remove', { a: [1] }, [{ op: 'remove', path: '/a/1' }], 'invalid-index'],
    ['replace of a missing member', { a: 1 }, [{ op: 'replace', path: '/b', value: 2 }], 'missing-target'],
    ['move into its own child', { a: { b: {} } }, [{ op: 'move', from: '/a', path: '/a/b/c' }], 'move-into-itself'],
    ['an unknown op', { a: 1 }, [{ op: 'merge', path: '/a' }], 'invalid-operation'],
    ['add without value', { a: 1 }, [{ op: 'add', path: '/b' }], 'invalid-operation'],
    ['a pointer without a slash', { a: 1 }, [{ op: 'remove', path: 'a' }], 'invalid-pointer'],
    ['a __proto__ key', {}, [{ op: 'add', path: '/__proto__', value: { polluted: true } }], 'forbidden-key'],
    ['removing the whole document', { a: 1 }, [{ op: 'remove', path: '' }], 'missing-target'],
    ['a patch that is not a list', { a: 1 }, { op: 'remove', path: '/a' }, 'invalid-operation'],
  ];
  for (const [name, doc, patch, code] of errors) {
    it(`refuses ${name}`, () => {
      const result = run(doc, patch);
      expect(result.ok).to.equal(false);
      expect(result.problems[0].code).to.equal(code);
    });
  }
  it('leaves Object.prototype alone', () => {
    run({}, [{ op: 'add', path: '/__proto__', value: { polluted: true } }]);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('replaces and adds at the root, and copies deeply', () => {
    expect(run({ a: 1 }, [{ op: 'replace', path: '', value: { b: 2 } }]).doc).to.deep.equal({ b: 2 });
    const copied = run({ a: { n: [1] } }, [{ op: 'copy', from: '/a', path: '/b' }]).doc as { a: { n: number[] }; b: { n: number[] } };
    expect(copied).to.deep.equal({ a: { n: [1] }, b: { n: [1] } });
    expect(copied.b).not.to.equal(copied.a);
    expect(copied.b.n).not.to.equal(copied.a.n);
  });

  it('moves across arrays and to the end with "-"', () => {
    const result = run({ a: ['x', 'y'], b: ['z'] }, [{ op: 'move', from: '/a/0', path: '/b/-' }]);
    expect(result.doc).to.deep.equal({ a: ['y'], b: ['z', 'x'] });
  });

  it('answers in Russian and Romanian', () => {
    const patch: JsonPatchOperation[] = [{ op: 'remove', path: '/x' }];
    expect(applyJourneyPatch({}, patch, { locale: 'ru' }).problems[0]?.message).to.equal('Операция 0: по адресу «/x» ничего нет.');
    expect(applyJourneyPatch({}, patch, { locale: 'ro-MD' }).problems[0]?.message).to.equal('Operația 0: la „/x” nu există nimic.');
  });
});

describe('edit/json-diff', () => {
  const cases: Array<[string, unknown, unknown, JsonPatchOperation[]]> = [
    ['a changed member', { a: 1, b: { c: 'x' } }, { a: 1, b: { c: 'y' } }, [{ op: 'replace', path: '/b/c', value: 'y' }]],
    ['members added and removed', { a: 1, 'x/y': 2 }, { a: 1, 'm~n': 3 }, [{ op: 'remove', path: '/x~1y' }, { op: 'add', path: '/m~0n', value: 3 }]],
    ['an inserted item', { l: ['a', 'c'] }, { l: ['a', 'b', 'c'] }, [{ op: 'add', path: '/l/1', value: 'b' }]],
    ['two removed items, last first', { l: ['a', 'b', 'c', 'd'] }, { l: ['a', 'd'] }, [{ op: 'remove', path: '/l/2' }, { op: 'remove', path: '/l/1' }]],
    ['swapped items', { l: ['a', 'b'] }, { l: ['b', 'a'] }, [{ op: 'replace', path: '/l/0', value: 'b' }, { op: 'replace', path: '/l/1', value: 'a' }]],
    ['a changed list of another length', { l: ['a', 'b'] }, { l: ['c'] }, [{ op: 'replace', path: '/l', value: ['c'] }]],
    ['a type change', { a: [1] }, { a: { 0: 1 } }, [{ op: 'replace', path: '/a', value: { 0: 1 } }]],
  ];
  for (const [name, a, b, expected] of cases) {
    it(name, () => {
      const patch = diffJson(a, b);
      expect(patch).to.deep.equal(expected);
      expect(applyJourneyPatch(a, patch).doc).to.deep.equal(b);
    });
  }
});
