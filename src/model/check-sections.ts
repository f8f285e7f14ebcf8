/** Checks of the document's sections other than stages: scale, personas, channels, metrics, lanes, individuals. */
import { LANE_ORDER } from './types.js';
import { pointer } from './problems.js';
import { safeUrl } from './url.js';
import { commonInstant, parseInstant } from './dates.js';
import { Hazard } from './safe-copy.js';
import {
  checkBoolean,
  checkFiniteValue,
  checkId,
  checkNumber,
  eachItem,
  eachObject,
  listOf,
  checkRecord,
  checkString,
  checkStringList,
  clampEmotion,
  has,
  registerId,
  wrongType,
  type CheckContext,
  type Rec,
} from './check-fields.js';
import { laneKey } from './lane-key.js';

export const DEFAULT_SCALE = { min: -2, max: 2 } as const;
export const LANE_KINDS: readonly string[] = [...LANE_ORDER, 'flow', 'text'];
const PERSONA_LISTS = ['goals', 'needs', 'frustrations', 'expectations', 'beliefs'] as const;

/** Sets `ctx.scale` to the document's valid scale, or undefined when it is broken. */
export function checkScale(ctx: CheckContext, doc: Rec): void {
  ctx.scale = { ...DEFAULT_SCALE };
  const scale = checkRecord(ctx, doc, 'scale', '');
  if (!scale) {
    if (has(doc, 'scale')) ctx.scale = undefined;
    return;
  }
  const errorsBefore = ctx.problems.errors.length;
  const min = checkNumber(ctx, scale, 'min', '/scale') ?? DEFAULT_SCALE.min;
  const max = checkNumber(ctx, scale, 'max', '/scale') ?? DEFAULT_SCALE.max;
  if (ctx.problems.errors.length === errorsBefore && min >= max) {
    ctx.problems.error('invalid-range', '/scale', { min, max });
  }
  ctx.scale = ctx.problems.errors.length === errorsBefore ? { min, max } : undefined;
  const labels = checkRecord(ctx, scale, 'labels', '/scale');
  for (const key of Object.keys(labels ?? {})) {
    const labelPath = pointer('/scale/labels', key);
    const label = labels![key];
    if (typeof label !== 'string') wrongType(ctx, label, labelPath, key, 'string');
    const value = key.trim() === '' ? NaN : Number(key);
    if (ctx.scale && !(value >= ctx.scale.min && value <= ctx.scale.max)) {
      ctx.problems.warning('label-off-scale', labelPath, { key, min: ctx.scale.min, max: ctx.scale.max });
    }
  }
}

export function checkPersonas(ctx: CheckContext, doc: Rec): void {
  eachObject(ctx, doc, 'personas', '', (item, path) => {
    registerId(ctx, ctx.personaIds, checkId(ctx, item, path), path);
    checkString(ctx, item, 'name', path, true);
    for (const key of ['role', 'description', 'quote']) checkString(ctx, item, key, path);
    const image = checkString(ctx, item, 'image', path);
    if (image !== undefined && safeUrl(image, 'image') === undefined) {
      ctx.problems.warning('unsafe-url', pointer(path, 'image'), { value: image.slice(0, 80) });
      delete item.image;
    }
    for (const key of PERSONA_LISTS) checkStringList(ctx, item, key, path);
    checkAttributes(ctx, item, path);
  });
}

/** `attributes` of a persona or a customer: names with text or number values. */
function checkAttributes(ctx: CheckContext, item: Rec, path: string): void {
  const attributes = checkRecord(ctx, item, 'attributes', path);
  for (const key of Object.keys(attributes ?? {})) {
    const value = attributes![key];
    const valuePath = pointer(pointer(path, 'attributes'), key);
    if (typeof value === 'number') checkFiniteValue(ctx, value, valuePath, key);
    else if (typeof value !== 'string') wrongType(ctx, value, valuePath, key, 'string-or-number');
  }
}

export function checkChannels(ctx: CheckContext, doc: Rec): void {
  eachObject(ctx, doc, 'channels', '', (item, path) => {
    registerId(ctx, ctx.channelIds, checkId(ctx, item, path), path);
    checkString(ctx, item, 'label', path, true);
    checkString(ctx, item, 'icon', path);
    checkString(ctx, item, 'device', path);
  });
}

export function checkMetrics(ctx: CheckContext, doc: Rec): void {
  eachObject(ctx, doc, 'metrics', '', (item, path) => {
    registerId(ctx, ctx.metricIds, checkId(ctx, item, path), path);
    checkString(ctx, item, 'label', path, true);
    const min = checkNumber(ctx, item, 'min', path);
    const max = checkNumber(ctx, item, 'max', path);
    if (min !== undefined && max !== undefined && min >= max) ctx.problems.error('invalid-range', path, { min, max });
    checkBoolean(ctx, item, 'higherIsBetter', path);
    checkString(ctx, item, 'unit', path);
    checkString(ctx, item, 'description', path);
  });
}

/**
 * Lanes: `text` lanes need a `field`. A lane of an unknown kind (a typo) and a repeated lane are
 * warnings and are dropped from the copy, so the other lanes are drawn.
 */
export function checkLanes(ctx: CheckContext, doc: Rec): void {
  const keys = new Set<string>();
  const repeats = new Set<Rec>();
  eachObject(ctx, doc, 'lanes', '', (item, path) => {
    const kind = checkString(ctx, item, 'kind', path, true);
    checkString(ctx, item, 'title', path);
    const field = checkString(ctx, item, 'field', path);
    if (kind === undefined) return;
    if (!LANE_KINDS.includes(kind)) {
      ctx.problems.warning('unknown-lane-kind', pointer(path, 'kind'), { kind, allowed: LANE_KINDS.join(', ') });
      repeats.add(item);
      return;
    }
    if (kind === 'text' && field === undefined) {
      if (!has(item, 'field')) ctx.problems.error('missing-field', pointer(path, 'field'), { field: 'field' });
      return;
    }
    const key = laneKey(kind, field);
    if (keys.has(key)) {
      ctx.problems.warning('duplicate-lane', path, { key });
      repeats.add(item);
    }
    keys.add(key);
  });
  if (repeats.size > 0) doc.lanes = (doc.lanes as unknown[]).filter((lane) => !repeats.has(lane as Rec));
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * A date-time in ISO 8601 form that the engine can also read (rules out months 13, hours 25, …).
 * The shapes most documents use (`toISOString()`'s, a bare date) are read by `commonInstant`
 * without the regular expression or Date.parse, slow enough to matter over 240 000 customer events.
 */
export function isIsoDateTime(value: string): boolean {
  return commonInstant(value) !== undefined || (ISO_DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)));
}

/** The document's `asOf`: a date the dates module reads, else a warning and it is dropped from the copy. */
export function checkAsOf(ctx: CheckContext, doc: Rec): void {
  const asOf = checkString(ctx, doc, 'asOf', '');
  if (asOf !== undefined && parseInstant(asOf) === undefined) {
    ctx.problems.warning('invalid-date', '/asOf', { value: asOf.slice(0, 80) });
    delete doc.asOf;
  }
}

/** With `every` > 0, pauses (yields) after every `every` customers (see validate-sliced.ts). */
export function* checkIndividuals(ctx: CheckContext, doc: Rec, every = 0): Generator<void, void> {
  const ids = new Set<string>();
  const list = listOf(ctx, doc, 'individuals', '');
  if (!list) return;
  const visit = (item: Rec, path: string) => {
    registerId(ctx, ids, checkId(ctx, item, path), path);
    checkString(ctx, item, 'label', path);
    checkString(ctx, item, 'segment', path);
    checkAttributes(ctx, item, path);
    const persona = checkString(ctx, item, 'persona', path);
    if (persona !== undefined && !ctx.personaIds.has(persona)) {
      ctx.problems.error('unknown-persona', pointer(path, 'persona'), { id: persona });
    }
    const visitEvent = (event: Rec, eventPath: string, events: unknown[], e: number) => {
      // A clean event may be the host's own object (safe-copy.ts keeps plain ones): this one is
      // copied before checkEvent repairs it, unless it is the copy's already (a hazard in it points there).
      if (!Object.values(event).some((value) => value instanceof Hazard)) events[e] = event = Object.fromEntries(Object.entries(event));
      checkEvent(ctx, event, eventPath);
    };
    eachObject(ctx, item, 'events', path, visitEvent, true, (event) => isCleanEvent(ctx, event));
  };
  for (let i = 0; i < list.length; i++) {
    eachItem(ctx, list, i, '/individuals', 'individuals', visit);
    if (every > 0 && (i + 1) % every === 0) yield;
  }
}

/** True when checkEvent would report nothing and change nothing: the usual event, checked without paths. */
function isCleanEvent(ctx: CheckContext, event: Rec): boolean {
  const { step, at, emotion, channel, note } = event;
  if (typeof step !== 'string' || !ctx.columnIds.has(step)) return false;
  if (at !== undefined && (typeof at !== 'string' || !isIsoDateTime(at))) return false;
  if (emotion !== undefined) {
    if (typeof emotion !== 'number' || !Number.isFinite(emotion)) return false;
    if (ctx.scale && (emotion < ctx.scale.min || emotion > ctx.scale.max)) return false;
  }
  if (channel !== undefined && (typeof channel !== 'string' || !ctx.channelIds.has(channel))) return false;
  return note === undefined || typeof note === 'string';
}

function checkEvent(ctx: CheckContext, event: Rec, path: string): void {
  const step = checkString(ctx, event, 'step', path, true);
  // Kept, and listed under the customer: a map may leave out steps its customers went through.
  if (step !== undefined && !ctx.columnIds.has(step)) {
    ctx.problems.warning('unknown-step', pointer(path, 'step'), { id: step });
  }
  const at = checkString(ctx, event, 'at', path);
  if (at !== undefined && !isIsoDateTime(at)) {
    ctx.problems.warning('invalid-date', pointer(path, 'at'), { value: at.slice(0, 80) });
    delete event.at;
  }
  const emotion = checkNumber(ctx, event, 'emotion', path);
  if (emotion !== undefined) event.emotion = clampEmotion(ctx, emotion, pointer(path, 'emotion'));
  const channel = checkString(ctx, event, 'channel', path);
  if (channel !== undefined && !ctx.channelIds.has(channel)) {
    ctx.problems.warning('unknown-channel', pointer(path, 'channel'), { id: channel });
  }
  checkString(ctx, event, 'note', path);
}

