/**
 * JSON Patch (RFC 6902) over JSON Pointers (RFC 6901), pure and copy-on-write: the input document is
 * never mutated, unchanged branches are shared with the result, and a failing patch is answered with
 * problems (never thrown), leaving no partial result.
 */
import { toLocale } from '../i18n/locale.js';
import { editString, type EditStringKey } from '../i18n/edit-strings.js';
import { translator } from '../i18n/translator.js';

export type JsonPatchOperation =
  | { op: 'add'; path: string; value: unknown }
  | { op: 'remove'; path: string }
  | { op: 'replace'; path: string; value: unknown }
  | { op: 'move'; from: string; path: string }
  | { op: 'copy'; from: string; path: string }
  | { op: 'test'; path: string; value: unknown };

export type JsonPatch = JsonPatchOperation[];

/** Why an operation of a patch could not be applied. */
export interface PatchProblem {
  /** Position of the operation in the patch. */
  index: number;
  /** The pointer that failed ('' for the root, or when the operation itself is malformed). */
  path: string;
  code: 'invalid-operation' | 'invalid-pointer' | 'missing-target' | 'invalid-index' | 'test-failed' | 'move-into-itself' | 'forbidden-key';
  /** Plain-language, localized message. */
  message: string;
}

export type PatchResult<T> = { ok: true; doc: T; problems: [] } | { ok: false; doc?: undefined; problems: PatchProblem[] };

type Container = Record<string, unknown> | unknown[];

const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const own = (value: object, key: string): boolean => Object.prototype.hasOwnProperty.call(value, key);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

class PatchError extends Error {
  constructor(
    readonly code: PatchProblem['code'],
    readonly path: string,
  ) {
    super(code);
  }
}

/** The reference tokens of a JSON Pointer: '' is the whole document; `~1` is `/` and `~0` is `~`. */
export function parsePointer(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/') || /~[^01]|~$/.test(pointer)) return undefined;
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** A JSON Pointer from reference tokens, escaping `~` and `/`. */
export function formatPointer(tokens: readonly (string | number)[]): string {
  return tokens.map((token) => `/${String(token).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** A deep copy of JSON data (own enumerable properties; forbidden keys dropped). */
export function cloneJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneJson) as T;
  if (!isObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) if (!FORBIDDEN.has(key)) copy[key] = cloneJson(value[key]);
  return copy as T;
}

/** JSON equality as RFC 6902 `test` defines it: same type, numbers by value, objects regardless of key order. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => own(b, key) && jsonEqual(a[key], b[key]));
}

function arrayIndex(array: readonly unknown[], token: string, path: string, forAdd: boolean): number {
  if (forAdd && token === '-') return array.length;
  if (!/^(0|[1-9][0-9]*)$/.test(token)) throw new PatchError('invalid-index', path);
  const index = Number(token);
  if (index > array.length || (!forAdd && index === array.length)) throw new PatchError('invalid-index', path);
  return index;
}

function child(container: unknown, token: string, path: string): unknown {
  if (Array.isArray(container)) return container[arrayIndex(container, token, path, false)];
  if (isObject(container) && own(container, token)) return container[token];
  throw new PatchError('missing-target', path);
}

function tokensOf(pointer: unknown): string[] {
  const tokens = typeof pointer === 'string' ? parsePointer(pointer) : undefined;
  if (!tokens) throw new PatchError('invalid-pointer', typeof pointer === 'string' ? pointer : '');
  return tokens;
}

function get(doc: unknown, path: string): unknown {
  return tokensOf(path).reduce((value, token) => child(value, token, path), doc);
}

/**
 * Copies the containers along `tokens` (the last token excluded) and lets `change` edit a copy of the
 * parent container; everything off the path stays shared with `doc`.
 */
function update(doc: unknown, tokens: readonly string[], path: string, change: (parent: Container, token: string) => void): unknown {
  const [token, ...rest] = tokens;
  if (!Array.isArray(doc) && !isObject(doc)) throw new PatchError('missing-target', path);
  const copy: Container = Array.isArray(doc) ? [...doc] : { ...doc };
  if (rest.length === 0) {
    change(copy, token);
    return copy;
  }
  const next = child(doc, token, path);
  const index = Array.isArray(copy) ? Number(token) : token;
  (copy as Record<string, unknown>)[index] = update(next, rest, path, change);
  return copy;
}

function add(doc: unknown, path: string, value: unknown): unknown {
  const tokens = tokensOf(path);
  if (tokens.length === 0) return value;
  return update(doc, tokens, path, (parent, token) => {
    if (Array.isArray(parent)) parent.splice(arrayIndex(parent, token, path, true), 0, value);
    else if (FORBIDDEN.has(token)) throw new PatchError('forbidden-key', path);
    else parent[token] = value;
  });
}

function remove(doc: unknown, path: string): unknown {
  const tokens = tokensOf(path);
  if (tokens.length === 0) throw new PatchError('missing-target', path);
  return update(doc, tokens, path, (parent, token) => {
    if (Array.isArray(parent)) parent.splice(arrayIndex(parent, token, path, false), 1);
    else if (own(parent, token)) delete parent[token];
    else throw new PatchError('missing-target', path);
  });
}

function replace(doc: unknown, path: string, value: unknown): unknown {
  const tokens = tokensOf(path);
  if (tokens.length === 0) return value;
  return update(doc, tokens, path, (parent, token) => {
    if (Array.isArray(parent)) parent[arrayIndex(parent, token, path, false)] = value;
    else if (own(parent, token)) parent[token] = value;
    else throw new PatchError('missing-target', path);
  });
}

function applyOperation(doc: unknown, operation: unknown): unknown {
  if (!isObject(operation) || typeof operation.path !== 'string') throw new PatchError('invalid-operation', '');
  const { op, path } = operation;
  const needsValue = op === 'add' || op === 'replace' || op === 'test';
  if (needsValue && !own(operation, 'value')) throw new PatchError('invalid-operation', path);
  switch (op) {
    case 'add':
      return add(doc, path, cloneJson(operation.value));
    case 'remove':
      return remove(doc, path);
    case 'replace':
      return replace(doc, path, cloneJson(operation.value));
    case 'test':
      if (!jsonEqual(get(doc, path), operation.value)) throw new PatchError('test-failed', path);
      return doc;
    case 'move':
    case 'copy': {
      const from = operation.from;
      if (typeof from !== 'string') throw new PatchError('invalid-operation', path);
      const value = get(doc, from);
      if (op === 'copy') return add(doc, path, cloneJson(value));
      if (from === path) return doc;
      if (path.startsWith(`${from}/`)) throw new PatchError('move-into-itself', path);
      return add(remove(doc, from), path, value);
    }
    default:
      throw new PatchError('invalid-operation', path);
  }
}

const MESSAGE_KEYS: Record<PatchProblem['code'], EditStringKey> = {
  'invalid-operation': 'patch.invalidOperation',
  'invalid-pointer': 'patch.invalidPointer',
  'missing-target': 'patch.missingTarget',
  'invalid-index': 'patch.invalidIndex',
  'test-failed': 'patch.testFailed',
  'move-into-itself': 'patch.moveIntoItself',
  'forbidden-key': 'patch.forbiddenKey',
};

/**
 * Applies a JSON Patch (RFC 6902: add, remove, replace, move, copy, test) to a document. All or
 * nothing: on the first failing operation the answer is `{ ok: false, problems }` and no document.
 * The input is never mutated; values taken from the patch are copied, so the result shares nothing
 * with the patch. Never throws.
 */
export function applyJourneyPatch<T = unknown>(doc: T, patch: readonly JsonPatchOperation[] | unknown, options: { locale?: string } = {}): PatchResult<T> {
  const locale = toLocale(options.locale);
  let current: unknown = doc;
  const operations: unknown[] = Array.isArray(patch) ? patch : [];
  for (let index = 0; index < operations.length; index += 1) {
    try {
      current = applyOperation(current, operations[index]);
    } catch (error) {
      const code = error instanceof PatchError ? error.code : 'invalid-operation';
      const path = error instanceof PatchError ? error.path : '';
      const message = editString(translator(locale), MESSAGE_KEYS[code], { index, path: path || '/' });
      return { ok: false, problems: [{ index, path, code, message }] };
    }
  }
  if (!Array.isArray(patch)) {
    return { ok: false, problems: [{ index: 0, path: '', code: 'invalid-operation', message: editString(translator(locale), 'patch.invalidOperation', { index: 0, path: '/' }) }] };
  }
  return { ok: true, doc: current as T, problems: [] };
}
