/**
 * Field-level checks of the second validation pass. They run on the plain copy made by `safeCopy`,
 * so reading never throws; a `Hazard` found where a value is expected is reported as an error.
 */
import type { TypeName } from '../i18n/messages.js';
import { pointer, type ProblemList } from './problems.js';
import { FORBIDDEN_KEYS, Hazard } from './safe-copy.js';

export type Rec = Record<string, unknown>;

export interface CheckContext {
  problems: ProblemList;
  /** The valid emotion scale, or undefined when the scale itself is broken (no range checks then). */
  scale: { min: number; max: number } | undefined;
  personaIds: Set<string>;
  channelIds: Set<string>;
  metricIds: Set<string>;
  /** Ids of the columns: steps and stages without steps; `next` and individuals refer to them. */
  columnIds: Set<string>;
}

export const has = (obj: Rec, key: string): boolean => Object.prototype.hasOwnProperty.call(obj, key);

export function isRecord(value: unknown): value is Rec {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Hazard);
}

export function typeName(value: unknown): TypeName {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  return type === 'string' || type === 'number' || type === 'boolean' || type === 'object' ? type : 'other';
}

/** A short language-neutral rendering of a value for messages. */
export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return '[…]';
  if (typeof value === 'object' && value !== null) return '{…}';
  const text = typeof value === 'number' ? String(value) : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** The name a message uses for a field: the key, or `key[index]` for an item of a list. */
export const itemLabel = (key: string, index: number): string => `${key}[${index}]`;

/** Reports a value of the wrong type, or the hazard that stands in for a value that could not be read. */
export function wrongType(ctx: CheckContext, value: unknown, path: string, field: string, expected: TypeName): void {
  if (value instanceof Hazard) {
    value.claimed = true;
    if (value.code === 'not-json') ctx.problems.error('wrong-type', value.path, { field, expected, found: 'other' });
    else ctx.problems.error(value.code, value.path, value.values);
    return;
  }
  ctx.problems.error('wrong-type', path, { field, expected, found: typeName(value) });
}

function missing(ctx: CheckContext, obj: Rec, key: string, path: string, required: boolean): boolean {
  if (has(obj, key)) return false;
  if (required) ctx.problems.error('missing-field', pointer(path, key), { field: key });
  return true;
}

export function checkString(ctx: CheckContext, obj: Rec, key: string, path: string, required = false): string | undefined {
  if (missing(ctx, obj, key, path, required)) return undefined;
  const value = obj[key];
  if (typeof value === 'string') return value;
  wrongType(ctx, value, pointer(path, key), key, 'string');
  return undefined;
}

/** A finite number; NaN and ±Infinity (possible in objects, never in JSON) are errors. */
export function checkFiniteValue(ctx: CheckContext, value: unknown, path: string, field: string): number | undefined {
  if (typeof value !== 'number') {
    wrongType(ctx, value, path, field, 'number');
    return undefined;
  }
  if (!Number.isFinite(value)) {
    ctx.problems.error('not-finite', path, { field, value: String(value) });
    return undefined;
  }
  return value;
}

export function checkNumber(ctx: CheckContext, obj: Rec, key: string, path: string, required = false): number | undefined {
  if (missing(ctx, obj, key, path, required)) return undefined;
  return checkFiniteValue(ctx, obj[key], pointer(path, key), key);
}

export function checkBoolean(ctx: CheckContext, obj: Rec, key: string, path: string): boolean | undefined {
  if (missing(ctx, obj, key, path, false)) return undefined;
  const value = obj[key];
  if (typeof value === 'boolean') return value;
  wrongType(ctx, value, pointer(path, key), key, 'boolean');
  return undefined;
}

/** A list of strings; returns the list when it is one (its non-string items reported). */
export function checkStringList(ctx: CheckContext, obj: Rec, key: string, path: string): unknown[] | undefined {
  if (missing(ctx, obj, key, path, false)) return undefined;
  const list = obj[key];
  if (!Array.isArray(list)) {
    wrongType(ctx, list, pointer(path, key), key, 'string-list');
    return undefined;
  }
  for (let i = 0; i < list.length; i++) {
    if (typeof list[i] !== 'string') wrongType(ctx, list[i], pointer(pointer(path, key), i), itemLabel(key, i), 'string');
  }
  return list;
}

export function checkEnum(
  ctx: CheckContext,
  obj: Rec,
  key: string,
  path: string,
  allowed: readonly string[],
): string | undefined {
  const value = checkString(ctx, obj, key, path);
  if (value === undefined || allowed.includes(value)) return value;
  ctx.problems.error('invalid-value', pointer(path, key), { field: key, allowed: allowed.join(', '), value });
  return undefined;
}

/** An object-valued field. */
export function checkRecord(ctx: CheckContext, obj: Rec, key: string, path: string): Rec | undefined {
  if (missing(ctx, obj, key, path, false)) return undefined;
  const value = obj[key];
  if (isRecord(value)) return value;
  wrongType(ctx, value, pointer(path, key), key, 'object');
  return undefined;
}

/**
 * A list of objects: visits each object item in order (so problems stay in document order) and
 * reports the items that are not objects. Returns the list when it is present and an array.
 * Items for which `clean` returns true are skipped without building their path: a fast check for
 * the common case of long lists (customers' events) where a visit would find nothing to report.
 */
export function eachObject(
  ctx: CheckContext,
  obj: Rec,
  key: string,
  path: string,
  visit: (item: Rec, itemPath: string, list: unknown[], index: number) => void,
  required = false,
  clean?: (item: Rec) => boolean,
): unknown[] | undefined {
  const list = listOf(ctx, obj, key, path, required);
  if (!list) return undefined;
  const listPath = pointer(path, key);
  for (let i = 0; i < list.length; i++) eachItem(ctx, list, i, listPath, key, visit, clean);
  return list;
}

/** The array `obj[key]`, or undefined with the problem of a missing (when required) or non-array value. */
export function listOf(ctx: CheckContext, obj: Rec, key: string, path: string, required = false): unknown[] | undefined {
  if (missing(ctx, obj, key, path, required)) return undefined;
  const list = obj[key];
  if (Array.isArray(list)) return list;
  wrongType(ctx, list, pointer(path, key), key, 'array');
  return undefined;
}

/** One item of eachObject's list (at `listPath`, named by `key`): visited unless clean, a problem unless an object. */
export function eachItem(
  ctx: CheckContext,
  list: unknown[],
  i: number,
  listPath: string,
  key: string,
  visit: (item: Rec, itemPath: string, list: unknown[], index: number) => void,
  clean?: (item: Rec) => boolean,
): void {
  const item = list[i];
  if (clean && isRecord(item) && clean(item)) return;
  const itemPath = pointer(listPath, i);
  if (isRecord(item)) visit(item, itemPath, list, i);
  else wrongType(ctx, item, itemPath, itemLabel(key, i), 'object');
}

/** The required `id` of an object: a non-empty string that is not a key reserved by JavaScript. */
export function checkId(ctx: CheckContext, obj: Rec, path: string): string | undefined {
  const id = checkString(ctx, obj, 'id', path, true);
  if (id === undefined) return undefined;
  if (id === '') {
    ctx.problems.error('empty-id', pointer(path, 'id'));
    return undefined;
  }
  // Persona ids become keys of per-persona emotion objects, where these keys are dropped.
  if (FORBIDDEN_KEYS.has(id)) {
    ctx.problems.error('reserved-id', pointer(path, 'id'), { id });
    return undefined;
  }
  return id;
}

/** Adds an id to its namespace; a repeat is an error at the repeat's `id`. */
export function registerId(ctx: CheckContext, ids: Set<string>, id: string | undefined, path: string): void {
  if (id === undefined) return;
  if (ids.has(id)) ctx.problems.error('duplicate-id', pointer(path, 'id'), { id });
  else ids.add(id);
}

/** Clamps an emotion to the scale, warning when it was outside. */
export function clampEmotion(ctx: CheckContext, value: number, path: string): number {
  const scale = ctx.scale;
  if (!scale || (value >= scale.min && value <= scale.max)) return value;
  const shown = Math.min(scale.max, Math.max(scale.min, value));
  ctx.problems.warning('emotion-out-of-scale', path, { value, min: scale.min, max: scale.max, shown });
  return shown;
}

/** A number of `item[key]` kept inside min..max: an outside value is clamped in the copy, with a `code` warning. */
export function checkClamped(
  ctx: CheckContext,
  item: Rec,
  key: string,
  path: string,
  [min, max]: readonly [number, number],
  code: 'share-out-of-range' | 'severity-out-of-range',
): void {
  const value = checkNumber(ctx, item, key, path);
  if (value === undefined || (value >= min && value <= max)) return;
  const shown = Math.min(max, Math.max(min, value));
  ctx.problems.warning(code, pointer(path, key), { value, shown });
  item[key] = shown;
}
