/**
 * JSON text parsing that reports where the text is broken, as a 1-based line and column.
 *
 * `JSON.parse` does the parsing; its error messages differ between engines and versions (and some
 * name no position at all), so on failure a small syntax scanner finds the offending offset itself.
 */

export type JsonTextResult =
  | { ok: true; value: unknown }
  | { ok: false; offset: number; line: number; column: number };

const BOM = '\ufeff';

/** Parses JSON text; never throws. A leading byte-order mark is ignored, as editors hide it. */
export function parseJsonText(text: string): JsonTextResult {
  const source = text.startsWith(BOM) ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (error) {
    const offset = findSyntaxError(source) ?? offsetFromMessage(error) ?? 0;
    return { ok: false, offset, ...lineAndColumn(source, offset) };
  }
}

/** 1-based line and column of a UTF-16 offset; `\r\n`, `\n` and a lone `\r` each end a line. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(Math.max(offset, 0), text.length);
  for (let i = 0; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

function offsetFromMessage(error: unknown): number | undefined {
  const match = /position (\d+)/.exec(error instanceof Error ? error.message : '');
  return match ? Number(match[1]) : undefined;
}

const WS = /[ \t\n\r]*/y;
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/y;
// JSON strings may not hold raw control characters, so the body pattern must name them.
// eslint-disable-next-line no-control-regex
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;

/**
 * Offset of the first character that cannot continue valid JSON (the text length when the text ends
 * too early), or undefined when the text is valid. Iterative, so deep nesting cannot overflow the stack.
 */
export function findSyntaxError(text: string): number | undefined {
  let pos = 0;
  // Each open container: '[' or '{'. `expect` says what the grammar allows at `pos`.
  const stack: string[] = [];
  let expect: 'value' | 'key' | 'after-value' | 'first-value' | 'first-key' = 'value';

  const skipWs = () => {
    WS.lastIndex = pos;
    WS.exec(text);
    pos = WS.lastIndex;
  };
  const scanString = (): boolean => {
    STRING_BODY.lastIndex = pos + 1;
    STRING_BODY.exec(text);
    pos = STRING_BODY.lastIndex;
    if (text[pos] !== '"') return false;
    pos++;
    return true;
  };

  for (;;) {
    skipWs();
    if (pos >= text.length) return stack.length === 0 && expect === 'after-value' ? undefined : text.length;
    const ch = text[pos];
    if (expect === 'key' || expect === 'first-key') {
      if (expect === 'first-key' && ch === '}') {
        stack.pop();
        pos++;
        expect = 'after-value';
        continue;
      }
      if (ch !== '"' || !scanString()) return pos;
      skipWs();
      if (text[pos] !== ':') return Math.min(pos, text.length);
      pos++;
      expect = 'value';
      continue;
    }
    if (expect === 'after-value') {
      const top = stack[stack.length - 1];
      if (top === undefined) return pos;
      if (ch === ',') {
        pos++;
        expect = top === '{' ? 'key' : 'value';
      } else if ((ch === ']' && top === '[') || (ch === '}' && top === '{')) {
        stack.pop();
        pos++;
      } else {
        return pos;
      }
      continue;
    }
    // A value is expected.
    if (ch === '{' || ch === '[') {
      stack.push(ch);
      pos++;
      expect = ch === '{' ? 'first-key' : 'first-value';
      continue;
    }
    if (expect === 'first-value' && ch === ']') {
      stack.pop();
      pos++;
      expect = 'after-value';
      continue;
    }
    if (ch === '"') {
      if (!scanString()) return Math.min(pos, text.length);
    } else if (text.startsWith('true', pos)) pos += 4;
    else if (text.startsWith('false', pos)) pos += 5;
    else if (text.startsWith('null', pos)) pos += 4;
    else {
      NUMBER.lastIndex = pos;
      if (!NUMBER.exec(text)) return pos;
      pos = NUMBER.lastIndex;
    }
    expect = 'after-value';
  }
}
