/** Checks of the content of one column: the fields shared by steps and stages without steps. */
import { pointer } from './problems.js';
import { checkExit, checkNext } from './check-flow.js';
import {
  checkBoolean,
  checkEnum,
  checkFiniteValue,
  checkNumber,
  eachObject,
  checkString,
  checkStringList,
  clampEmotion,
  has,
  isRecord,
  checkClamped,
  wrongType,
  type CheckContext,
  type Rec,
} from './check-fields.js';
import { checkHistory } from './check-time.js';
import { checkInsights, OPPORTUNITY_STATUSES } from './check-insights.js';

export const TEXT_LIST_FIELDS = ['actions', 'thoughts', 'questions', 'motivations', 'barriers'] as const;
export const LEVELS = ['low', 'medium', 'high'] as const;
export const EVIDENCE = ['research', 'data', 'assumption'] as const;

/** Every field of `StepFields`; on a stage that has steps, all but `description` go unused. */
export const STEP_FIELD_KEYS = [
  'description',
  ...TEXT_LIST_FIELDS,
  'touchpoints',
  'emotion',
  'painPoints',
  'opportunities',
  'backstage',
  'metrics',
  'momentOfTruth',
  'owner',
  'evidence',
  'insights',
  'next',
  'exit',
] as const;

export function checkStepFields(ctx: CheckContext, obj: Rec, path: string): void {
  checkString(ctx, obj, 'description', path);
  for (const key of TEXT_LIST_FIELDS) checkStringList(ctx, obj, key, path);
  checkTouchpoints(ctx, obj, path);
  checkEmotion(ctx, obj, path);
  checkPainPoints(ctx, obj, path);
  eachObject(ctx, obj, 'opportunities', path, (item, itemPath) => {
    checkString(ctx, item, 'text', itemPath, true);
    checkString(ctx, item, 'owner', itemPath);
    checkEnum(ctx, item, 'impact', itemPath, LEVELS);
    checkEnum(ctx, item, 'effort', itemPath, LEVELS);
    checkEnum(ctx, item, 'status', itemPath, OPPORTUNITY_STATUSES);
  });
  eachObject(ctx, obj, 'backstage', path, (item, itemPath) => {
    checkString(ctx, item, 'text', itemPath, true);
    checkString(ctx, item, 'actor', itemPath);
    checkString(ctx, item, 'system', itemPath);
  });
  checkMetricValues(ctx, obj, path);
  checkBoolean(ctx, obj, 'momentOfTruth', path);
  checkString(ctx, obj, 'owner', path);
  checkEnum(ctx, obj, 'evidence', path, EVIDENCE);
  checkInsights(ctx, obj, path);
  checkNext(ctx, obj, path);
  checkExit(ctx, obj, path);
}

function checkTouchpoints(ctx: CheckContext, obj: Rec, path: string): void {
  eachObject(ctx, obj, 'touchpoints', path, (item, itemPath) => {
    const channel = checkString(ctx, item, 'channel', itemPath, true);
    // Recoverable: the touchpoint still renders, labelled with the channel id.
    if (channel !== undefined && !ctx.channelIds.has(channel)) {
      ctx.problems.warning('unknown-channel', pointer(itemPath, 'channel'), { id: channel });
    }
    checkString(ctx, item, 'text', itemPath);
    checkString(ctx, item, 'owner', itemPath);
  });
}

/** `emotion`: one number, or a number per persona id; values outside the scale are clamped. */
function checkEmotion(ctx: CheckContext, obj: Rec, path: string): void {
  if (!has(obj, 'emotion')) return;
  const value = obj.emotion;
  const emotionPath = pointer(path, 'emotion');
  if (typeof value === 'number') {
    const finite = checkFiniteValue(ctx, value, emotionPath, 'emotion');
    if (finite !== undefined) obj.emotion = clampEmotion(ctx, finite, emotionPath);
    return;
  }
  if (!isRecord(value)) {
    wrongType(ctx, value, emotionPath, 'emotion', 'emotion');
    return;
  }
  for (const persona of Object.keys(value)) {
    const valuePath = pointer(emotionPath, persona);
    if (!ctx.personaIds.has(persona)) ctx.problems.error('unknown-persona', valuePath, { id: persona });
    const finite = checkFiniteValue(ctx, value[persona], valuePath, `emotion.${persona}`);
    if (finite !== undefined) value[persona] = clampEmotion(ctx, finite, valuePath);
  }
}

function checkPainPoints(ctx: CheckContext, obj: Rec, path: string): void {
  eachObject(ctx, obj, 'painPoints', path, (item, itemPath) => {
    checkString(ctx, item, 'text', itemPath, true);
    checkString(ctx, item, 'category', itemPath);
    checkClamped(ctx, item, 'severity', itemPath, [1, 5], 'severity-out-of-range');
    const persona = checkString(ctx, item, 'persona', itemPath);
    if (persona !== undefined && !ctx.personaIds.has(persona)) {
      ctx.problems.error('unknown-persona', pointer(itemPath, 'persona'), { id: persona });
    }
  });
}

function checkMetricValues(ctx: CheckContext, obj: Rec, path: string): void {
  eachObject(ctx, obj, 'metrics', path, (item, itemPath) => {
    const metric = checkString(ctx, item, 'metric', itemPath, true);
    if (metric !== undefined && !ctx.metricIds.has(metric)) {
      ctx.problems.error('unknown-metric', pointer(itemPath, 'metric'), { id: metric });
    }
    checkNumber(ctx, item, 'value', itemPath, true);
    checkNumber(ctx, item, 'target', itemPath);
    checkNumber(ctx, item, 'previous', itemPath);
    checkHistory(ctx, item, itemPath);
  });
}
