import { expect } from '@open-wc/testing';
import { findSyntaxError, lineAndColumn, parseJsonText } from '../../src/model/json-text.js';

describe('model/parseJsonText', () => {
  it('parses valid JSON', () => {
    expect(parseJsonText('{"a": [1, true, null, "x"]}')).to.deep.equal({ ok: true, value: { a: [1, true, null, 'x'] } });
  });

  const broken: Array<[string, number, number]> = [
    ['{"a": 1,}', 1, 9],
    ['{"a" 1}', 1, 6],
    ['[1, 2', 1, 6],
    ['"abc', 1, 5],
    ['"a\u0001b"', 1, 3],
    ['"\\x"', 1, 2],
    ['{"a": 01}', 1, 8],
    ['{"a": 1.}', 1, 8],
    ['{"a": -}', 1, 7],
    ['{"a": tru}', 1, 7],
    ['{a: 1}', 1, 2],
    ["{'a': 1}", 1, 2],
    ['[1] [2]', 1, 5],
    ['', 1, 1],
    ['\n\n  x', 3, 3],
    ['{\r\n  "a": 1\r\n  "b": 2\r\n}', 3, 3],
    ['{\r  "a": nope\r}', 2, 8],
    ['[1, 2, ]', 1, 8],
    ['{"a": 1 "b": 2}', 1, 9],
    ['{]', 1, 2],
    ['[}', 1, 2],
  ];

  for (const [text, line, column] of broken) {
    it(`finds the error in ${JSON.stringify(text)} at ${line}:${column}`, () => {
      const result = parseJsonText(text);
      expect(result.ok).to.equal(false);
      expect(result.ok ? undefined : [result.line, result.column]).to.deep.equal([line, column]);
    });
  }

  it('agrees with JSON.parse about what is valid', () => {
    const samples = [
      '0', '-0', '1e5', '-1.5E-3', '"\\u00e9\\n"', '[]', '{}', ' [ { } , [ ] ] ', '{"a":{"b":[1,{"c":null}]}}',
      '01', '1.', '.5', '+1', '"\\u12"', '[,]', '{,}', '{"a":}', 'nul', 'true false', '"\t"', '[1,]',
    ];
    for (const text of samples) {
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(findSyntaxError(text) === undefined, text).to.equal(valid);
    }
  });

  it('scans deep nesting without overflowing the stack', () => {
    expect(findSyntaxError('['.repeat(200_000))).to.equal(200_000);
    expect(findSyntaxError(`${'['.repeat(200_000)}${']'.repeat(200_000)}`)).to.equal(undefined);
  });

  it('ignores a byte-order mark', () => {
    expect(parseJsonText('\ufeff{"a":1}')).to.deep.equal({ ok: true, value: { a: 1 } });
    const result = parseJsonText('\ufeff{"a":x}');
    expect(result.ok ? undefined : [result.line, result.column]).to.deep.equal([1, 6]);
  });

  it('counts CRLF as one line break', () => {
    expect(lineAndColumn('a\r\nb\nc\rd', 7)).to.deep.equal({ line: 4, column: 1 });
  });
});
