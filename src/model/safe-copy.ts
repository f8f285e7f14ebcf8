/**
 * First pass of validation: a plain-data copy of whatever the host passed in.
 *
 * Host objects may be anything: class instances with getters, Proxies whose traps throw, frozen or
 * cyclic graphs, absurdly deep or long values. This pass reads each own enumerable property exactly
 * once, inside try/catch, and produces fresh plain objects and arrays. Values it cannot copy become
 * `Hazard` markers that the second pass reports: as errors where the contract expects a value, as
 * warnings (and removed) inside unknown fields.
 */
import { pointer, type ProblemList } from './problems.js';

/** Nesting beyond this depth (counted from the document root) is cut off. */
export const MAX_DEPTH = 100;
/** Longest array read; longer (or fake) lengths would make the copy hang. */
export const MAX_ITEMS = 1_000_000;
/** Objects and arrays copied in total: bounds the work on graphs that share subtrees many times. */
export const MAX_NODES = 5_000_000;

/** Keys that could change an object's prototype or shadow its constructor; never copied. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** `not-json`: a bigint, function or symbol, which JSON cannot hold (reported as `wrong-type`). */
export type HazardCode = 'unreadable' | 'cycle' | 'too-deep' | 'too-large' | 'not-json';

/** A value that could not be copied, left in its place in the copy until the second pass decides. */
export class Hazard {
  /** Set once the second pass reported it as an error (it sat where the contract expects a value). */
  claimed = false;
  /** Where the marker sits in the copy, so an unclaimed one can be removed. */
  parent?: Record<string, unknown> | unknown[];
  key?: string | number;

  constructor(
    readonly code: HazardCode,
    readonly path: string,
    /** The limit that was exceeded, for `too-deep` and `too-large`. */
    readonly limit?: number,
  ) {}

  /** Placeholder values for the problem message. */
  get values(): Record<string, number> {
    return this.limit === undefined ? {} : { max: this.limit };
  }
}

export interface SafeCopy {
  value: unknown;
  hazards: Hazard[];
}

/** `list[i]` when it is an object of Object's prototype whose properties are all strings, numbers, booleans or nulls, none forbidden; else (or when reading it throws) undefined. */
function plainEvent(list: unknown[], i: number): object | undefined {
  try {
    const value = list[i];
    if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return undefined;
    for (const key of Object.keys(value)) {
      const field = (value as Record<string, unknown>)[key];
      const type = typeof field;
      // The forbidden keys are 9 and 11 characters long: most keys are told apart without hashing them.
      if (FORBIDDEN_KEYS.has(key) || !(type === 'string' || type === 'number' || type === 'boolean' || field === null)) return undefined;
    }
    return value;
  } catch {
    return undefined;
  }
}

/** Marks `undefined`, which JSON leaves out: an optional field set to undefined is simply absent. */
const OMIT = Symbol('omit');

/**
 * Runs a validation generator to its end at once: the synchronous validator is its sliced
 * variant's steps with no pauses between them.
 */
export function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** A plain copy of `input` and the hazards left in it (the problems of forbidden keys go to `problems`). */
export function safeCopy(input: unknown, problems: ProblemList): SafeCopy {
  const copy = copier(problems);
  let value: unknown;
  if (input !== null && typeof input === 'object') value = copy.container(input, 0);
  else if (typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean') value = input;
  return { value, hazards: copy.hazards };
}

/**
 * The copy's state and steps for one input, shared by `safeCopy` and its sliced variant
 * (safe-copy-steps.ts), a module of its own so that an app that only calls `validateJourney` does
 * not carry it (docs/performance.md, An app pays only for what it imports).
 */
export function copier(problems: ProblemList) {
  const hazards: Hazard[] = [];
  // The keys from the root to the container being copied. Paths are built from them only when a
  // hazard needs one: building a pointer string per object cost more than the copy itself on
  // documents with a quarter of a million customer events.
  const keys: Array<string | number> = [];
  let nodes = 0;

  const currentPath = (): string => keys.reduce<string>((path, key) => pointer(path, key), '');

  const hazard = (code: HazardCode, path: string, limit?: number): Hazard => {
    const marker = new Hazard(code, path, limit);
    hazards.push(marker);
    return marker;
  };

  const place = (value: unknown, parent: Record<string, unknown> | unknown[], key: string | number) => {
    if (value instanceof Hazard && value.parent === undefined) {
      value.parent = parent;
      value.key = key;
    }
  };

  /** Copies one value read from a container: primitives as they are, containers through copyContainer. */
  const copyValue = (value: unknown, key: string | number, depth: number): unknown => {
    if (value === null) return null;
    const type = typeof value;
    if (type === 'string' || type === 'number' || type === 'boolean') return value;
    // A bigint, function or symbol where the format expects a value is a wrong type like any other;
    // in unknown fields it is left out, as JSON.stringify would.
    if (type !== 'object') return type === 'undefined' ? OMIT : hazard('not-json', pointer(currentPath(), key));
    keys.push(key);
    // copyContainer turns every failure into a hazard, so the key is always popped.
    const copy = copyContainer(value as object, depth);
    keys.pop();
    return copy;
  };

  const copyArray = (source: unknown[], depth: number): unknown[] | Hazard => {
    const length = source.length;
    if (!Number.isSafeInteger(length) || length < 0 || length > MAX_ITEMS) return hazard('too-large', currentPath(), MAX_ITEMS);
    const out: unknown[] = new Array(length);
    // A customer's events (`/individuals/i/events`: 240 000 of them for 10 000 customers) are kept
    // as the host's own objects when they are plain objects of plain values, what a copy would hold
    // anyway (copy-on-write: checkEvent copies one before correcting it, so the host's object is
    // never changed); copying every event was most of validation's time (docs/performance.md,
    // issue 15). A getter in a kept event is read again where it is checked and drawn: JSON makes
    // none, and host code that does runs on the page anyway. Such an event holds no container, so
    // it closes no cycle and nests no deeper.
    const events = depth === 3 && keys[2] === 'events' && keys[0] === 'individuals';
    for (let i = 0; i < length; i++) {
      if (events && nodes < MAX_NODES && (out[i] = plainEvent(source, i))) nodes++;
      else if (copyItem(source, out, i, depth)) break;
    }
    return out;
  };

  /** Copies item `i` of an array; true past the size cap (every further container would be a hazard too: stop). */
  const copyItem = (source: unknown[], out: unknown[], i: number, depth: number): boolean => {
    let item: unknown;
    try {
      item = copyValue(source[i], i, depth + 1);
    } catch {
      item = hazard('unreadable', pointer(currentPath(), i));
    }
    if (item === OMIT) out[i] = null;
    else {
      out[i] = item;
      if (item instanceof Hazard) {
        place(item, out, i);
        return nodes > MAX_NODES;
      }
    }
    return false;
  };

  const copyObject = (source: object, depth: number): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    const names = Object.keys(source);
    for (let k = 0; k < names.length; k++) {
      const key = names[k];
      if (FORBIDDEN_KEYS.has(key)) problems.warning('forbidden-key', pointer(currentPath(), key), { key });
      else if (storeEntry(out, key, copyEntry(source, key, depth))) break;
    }
    return out;
  };

  /** The copy of property `key` of an object (read once), or the hazard reading it made. */
  const copyEntry = (source: object, key: string, depth: number): unknown => {
    try {
      return copyValue((source as Record<string, unknown>)[key], key, depth + 1);
    } catch {
      return hazard('unreadable', pointer(currentPath(), key));
    }
  };

  /** Stores a copied property; true past the size cap. */
  const storeEntry = (out: Record<string, unknown>, key: string, child: unknown): boolean => {
    if (child === OMIT) return false;
    out[key] = child;
    if (!(child instanceof Hazard)) return false;
    place(child, out, key);
    return nodes > MAX_NODES;
  };

  /**
   * The containers from the root to the one being copied: a cycle is a container met again among
   * them. A scanned array rather than a Set: it is at most MAX_DEPTH long and usually 3–5 deep, and
   * a Set's hashing add and delete per container were a large share of the copy of documents with
   * tens of thousands of customer events (2 000 customers: 26 → 12 ms in node).
   */
  const stack: object[] = [];
  const copyContainer = (source: object, depth: number): unknown => {
    for (let i = 0; i < stack.length; i++) if (stack[i] === source) return hazard('cycle', currentPath());
    if (depth >= MAX_DEPTH) return hazard('too-deep', currentPath(), MAX_DEPTH);
    if (++nodes > MAX_NODES) return hazard('too-large', currentPath(), MAX_NODES);
    try {
      // JSON.stringify writes dates as ISO text; hosts building documents in code pass Date objects.
      if (source instanceof Date) {
        const time = Date.prototype.getTime.call(source);
        return Number.isNaN(time) ? 'Invalid Date' : new Date(time).toISOString();
      }
      stack.push(source);
      try {
        return Array.isArray(source) ? copyArray(source, depth) : copyObject(source, depth);
      } finally {
        stack.pop();
      }
    } catch {
      return hazard('unreadable', currentPath());
    }
  };

  return {
    hazards,
    keys,
    stack,
    /** Counts one more container; true past MAX_NODES. */
    counted: (): boolean => ++nodes > MAX_NODES,
    currentPath,
    hazard,
    container: copyContainer,
    item: copyItem,
    value: copyValue,
    store: storeEntry,
  };
}

/**
 * Reports the hazards the second pass did not claim (they sat inside unknown fields) as warnings and
 * removes them from the copy: unknown fields are kept, but only as plain readable data.
 */
export function settleHazards(hazards: Hazard[], problems: ProblemList): void {
  for (const marker of hazards) {
    if (marker.claimed) continue;
    if (marker.code !== 'not-json') problems.warning(marker.code, marker.path, marker.values);
    const { parent, key } = marker;
    if (Array.isArray(parent)) parent[key as number] = null;
    else if (parent) delete parent[key as string];
  }
}
