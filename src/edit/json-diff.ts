import { formatPointer, jsonEqual, type JsonPatchOperation } from './json-patch.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function diffArrays(a: readonly unknown[], b: readonly unknown[], tokens: string[], out: JsonPatchOperation[]): void {
  let start = 0;
  while (start < a.length && start < b.length && jsonEqual(a[start], b[start])) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && jsonEqual(a[endA - 1], b[endB - 1])) {
    endA -= 1;
    endB -= 1;
  }
  const removed = endA - start;
  const added = endB - start;
  if (removed === added) {
    for (let i = start; i < endA; i += 1) diffInto(a[i], b[i], [...tokens, String(i)], out);
  } else if (added === 0) {
    for (let i = endA - 1; i >= start; i -= 1) out.push({ op: 'remove', path: formatPointer([...tokens, i]) });
  } else if (removed === 0) {
    for (let i = start; i < endB; i += 1) out.push({ op: 'add', path: formatPointer([...tokens, i]), value: b[i] });
  } else {
    out.push({ op: 'replace', path: formatPointer(tokens), value: b });
  }
}

function diffInto(a: unknown, b: unknown, tokens: string[], out: JsonPatchOperation[]): void {
  if (a === b) return;
  if (Array.isArray(a) && Array.isArray(b)) {
    diffArrays(a, b, tokens, out);
    return;
  }
  if (isObject(a) && isObject(b)) {
    for (const key of Object.keys(a)) {
      if (!Object.prototype.hasOwnProperty.call(b, key)) out.push({ op: 'remove', path: formatPointer([...tokens, key]) });
    }
    for (const key of Object.keys(b)) {
      if (!Object.prototype.hasOwnProperty.call(a, key)) out.push({ op: 'add', path: formatPointer([...tokens, key]), value: b[key] });
      else diffInto(a[key], b[key], [...tokens, key], out);
    }
    return;
  }
  if (!jsonEqual(a, b)) out.push({ op: 'replace', path: formatPointer(tokens), value: b });
}

/**
 * A JSON Patch that turns `a` into `b`. Branches shared by reference are skipped without a look,
 * so diffing two versions of a copy-on-write document costs only the changed path. Inserts and
 * removals at one place in an array become `add`/`remove` operations; anything else changed in an
 * array of different length replaces the array.
 */
export function diffJson(a: unknown, b: unknown): JsonPatchOperation[] {
  const out: JsonPatchOperation[] = [];
  diffInto(a, b, [], out);
  return out;
}
