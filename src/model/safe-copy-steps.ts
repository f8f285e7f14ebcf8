/**
 * `safeCopy` as steps, for validate-sliced.ts: the root's `individuals` list (the one list of a
 * document that grows to hundreds of thousands of items) is copied `every` items per step, the rest
 * of the document at once; the copy, hazards and problems are exactly those of `safeCopy`.
 */
import { pointer, type ProblemList } from './problems.js';
import { copier, FORBIDDEN_KEYS, MAX_ITEMS, MAX_NODES, safeCopy, type SafeCopy } from './safe-copy.js';

export function* safeCopySteps(input: unknown, problems: ProblemList, every: number): Generator<void, SafeCopy> {
  if (every <= 0 || input === null || typeof input !== 'object' || !isPlainObject(input)) return safeCopy(input, problems);
  const copy = copier(problems);
  const { keys, stack, currentPath, hazard } = copy;

  /** copyValue → copyContainer → copyArray of a plain array under the root, `every` items per step. */
  function* copyListInSteps(source: unknown[], key: string): Generator<void, unknown> {
    keys.push(key);
    try {
      if (stack.includes(source)) return hazard('cycle', currentPath());
      if (copy.counted()) return hazard('too-large', currentPath(), MAX_NODES);
      stack.push(source);
      try {
        const length = source.length;
        if (!Number.isSafeInteger(length) || length < 0 || length > MAX_ITEMS) return hazard('too-large', currentPath(), MAX_ITEMS);
        const out: unknown[] = new Array(length);
        for (let i = 0; i < length; i++) {
          if (copy.item(source, out, i, 1)) break;
          if ((i + 1) % every === 0) yield;
        }
        return out;
      } finally {
        stack.pop();
      }
    } catch {
      return hazard('unreadable', currentPath());
    } finally {
      keys.pop();
    }
  }

  /** The copy of a property of the root already read, or the hazard copying it made. */
  const copyRead = (value: unknown, key: string): unknown => {
    try {
      return copy.value(value, key, 1);
    } catch {
      return hazard('unreadable', pointer(currentPath(), key));
    }
  };

  /**
   * The root object as the copy's container step copies it, but its `individuals` array `every`
   * items per step: the same reads (each property once), checks and order.
   */
  function* copyRootInSteps(source: object): Generator<void, unknown> {
    copy.counted();
    stack.push(source);
    try {
      const out: Record<string, unknown> = {};
      const names = Object.keys(source);
      for (let k = 0; k < names.length; k++) {
        const key = names[k];
        if (FORBIDDEN_KEYS.has(key)) {
          problems.warning('forbidden-key', pointer(currentPath(), key), { key });
          continue;
        }
        let value: unknown;
        try {
          value = (source as Record<string, unknown>)[key];
        } catch {
          if (copy.store(out, key, hazard('unreadable', pointer(currentPath(), key)))) break;
          continue;
        }
        const child = key === 'individuals' && isPlainArray(value) ? yield* copyListInSteps(value, key) : copyRead(value, key);
        if (copy.store(out, key, child)) break;
      }
      return out;
    } catch {
      return hazard('unreadable', currentPath());
    } finally {
      stack.pop();
    }
  }

  const value = yield* copyRootInSteps(input);
  return { value, hazards: copy.hazards };
}

/**
 * An array whose prototype is Array's (so neither a Date nor anything the copy treats apart);
 * false for whatever throws when asked (a revoked proxy), which the plain copy then reports.
 */
function isPlainArray(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype;
  } catch {
    return false;
  }
}

/** An object the copy copies as an object (neither an array nor a Date); false when asking throws. */
function isPlainObject(value: object): boolean {
  try {
    return !Array.isArray(value) && !(value instanceof Date);
  } catch {
    return false;
  }
}
