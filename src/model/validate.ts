/**
 * validateJourney: every problem of a journey document, with its JSON Pointer, a stable code and a
 * localized message, plus a safe copy of the document when it has no errors.
 *
 * Hand-written rather than generated from schema.json: the whole library must stay within its bundle
 * budget, and cross-references (ids, `next`, persona keys) are beyond what a schema can say anyway.
 * test/model/schema.test.ts keeps the two in agreement on shape.
 */
import { toLocale, type Locale } from '../i18n/locale.js';
import type { JourneyDocument, ValidateOptions, ValidationResult } from './types.js';
import { parseJsonText } from './json-text.js';
import { withPlaces } from './problem-place.js';
import { pointer, ProblemList } from './problems.js';
import { drain, Hazard, safeCopy, settleHazards, type SafeCopy } from './safe-copy.js';
import {
  checkEnum,
  checkId,
  eachObject,
  checkString,
  describeValue,
  has,
  isRecord,
  registerId,
  typeName,
  wrongType,
  type CheckContext,
  type Rec,
} from './check-fields.js';
import { checkStepFields, STEP_FIELD_KEYS } from './check-step.js';
import { checkTimeFields } from './check-time.js';
import { checkFlowGraph } from './check-flow.js';
import {
  checkAsOf,
  checkChannels,
  checkIndividuals,
  checkLanes,
  checkMetrics,
  checkPersonas,
  checkScale,
} from './check-sections.js';

/**
 * Validates a journey document given as an object or as JSON text. Never throws, never mutates the
 * input. `ok` is true when there are no errors; then `journey` is a fresh plain copy with warnings
 * already applied (emotions clamped to the scale, unsafe image URLs and invalid dates removed).
 */
export function validateJourney(input: unknown, options?: ValidateOptions): ValidationResult {
  const locale = readLocale(options);
  try {
    return drain(validateSteps(input, new ProblemList(locale), locale, 0, copyAtOnce));
  } catch {
    return unreadable(locale);
  }
}

/** What validation gives for an input that threw: unreachable by design (every read of host data is guarded); kept so no input can ever throw. */
export function unreadable(locale: Locale): ValidationResult {
  const fallback = new ProblemList(locale);
  fallback.error('unreadable', '');
  return { ok: false, errors: fallback.errors, warnings: [] };
}

export function readLocale(options: ValidateOptions | undefined): Locale {
  try {
    const tag = options?.locale;
    return toLocale(typeof tag === 'string' ? tag : undefined);
  } catch {
    return 'en';
  }
}

/** How validation copies its input: `safeCopy` at once, or in steps (safe-copy-steps.ts, for validate-sliced.ts). */
export type CopySteps = (input: unknown, problems: ProblemList) => Generator<void, SafeCopy>;

// The copy of validateJourney never pauses.
// eslint-disable-next-line require-yield
function* copyAtOnce(input: unknown, problems: ProblemList): Generator<void, SafeCopy> {
  return safeCopy(input, problems);
}

/**
 * Validation as steps (see validate-sliced.ts): with `every` > 0 the checks of the root's
 * `individuals` pause every `every` customers, and so does `copy` when it is the stepped copy; with
 * 0 it runs through, as `validateJourney`.
 */
export function* validateSteps(
  input: unknown,
  problems: ProblemList,
  locale: Locale,
  every: number,
  copy: CopySteps,
): Generator<void, ValidationResult> {
  let value = input;
  if (typeof input === 'string') {
    const parsed = parseJsonText(input);
    if (!parsed.ok) {
      problems.error('json-parse', '', { line: parsed.line, column: parsed.column });
      return { ok: false, errors: problems.errors, warnings: problems.warnings };
    }
    value = parsed.value;
  }
  const { value: doc, hazards } = yield* copy(value, problems);
  // Each problem names its stage, step or other item, not only its path.
  problems.placeIn(doc);
  const ctx: CheckContext = {
    problems,
    scale: undefined,
    personaIds: new Set(),
    channelIds: new Set(),
    metricIds: new Set(),
    columnIds: new Set(),
  };
  yield* checkDocument(ctx, doc, every);
  settleHazards(hazards, problems);
  problems.finish();
  // Problems found while copying came before there was a document to name their items from.
  withPlaces(problems.errors, doc, locale);
  withPlaces(problems.warnings, doc, locale);
  const ok = problems.errors.length === 0;
  const result: ValidationResult = { ok, errors: problems.errors, warnings: problems.warnings };
  if (ok) result.journey = doc as JourneyDocument;
  return result;
}

function* checkDocument(ctx: CheckContext, doc: unknown, every: number): Generator<void, void> {
  if (!isRecord(doc)) {
    if (doc instanceof Hazard) wrongType(ctx, doc, '', '', 'object');
    else ctx.problems.error('not-an-object', '', { found: typeName(doc) });
    return;
  }
  if (!has(doc, 'schemaVersion')) {
    ctx.problems.error('missing-field', '/schemaVersion', { field: 'schemaVersion' });
  } else if (doc.schemaVersion !== 1) {
    if (doc.schemaVersion instanceof Hazard) wrongType(ctx, doc.schemaVersion, '/schemaVersion', 'schemaVersion', 'number');
    else ctx.problems.error('schema-version', '/schemaVersion', { value: describeValue(doc.schemaVersion) });
  }
  checkString(ctx, doc, 'title', '', true);
  for (const key of ['description', 'locale', 'goal']) checkString(ctx, doc, key, '');
  checkEnum(ctx, doc, 'state', '', ['current', 'future']);
  checkTimeFields(ctx, doc);
  // Order matters: ids and the scale must be known before the steps that refer to them.
  checkScale(ctx, doc);
  checkPersonas(ctx, doc);
  checkChannels(ctx, doc);
  checkMetrics(ctx, doc);
  checkStages(ctx, doc);
  checkLanes(ctx, doc);
  yield* checkIndividuals(ctx, doc, every);
  checkAsOf(ctx, doc);
  // After every column is known: `next` may point forward.
  checkFlowGraph(ctx, doc);
}

/**
 * Stage ids are unique among stages. Columns (steps, and stages without steps) share one namespace,
 * because `next` and individuals' events name them without saying which kind they are.
 */
function checkStages(ctx: CheckContext, doc: Rec): void {
  const stageIds = new Set<string>();
  const stages = eachObject(ctx, doc, 'stages', '', (stage, path) => {
    const id = checkId(ctx, stage, path);
    const fresh = id !== undefined && !stageIds.has(id);
    registerId(ctx, stageIds, id, path);
    checkString(ctx, stage, 'title', path, true);
    checkStepFields(ctx, stage, path);
    const steps = stage.steps;
    if (Array.isArray(steps) && steps.length > 0) {
      for (const key of STEP_FIELD_KEYS) {
        if (key !== 'description' && has(stage, key)) {
          ctx.problems.warning('stage-fields-ignored', pointer(path, key), { id: id ?? '', field: key });
        }
      }
    } else if (fresh) {
      registerId(ctx, ctx.columnIds, id, path);
    }
    eachObject(ctx, stage, 'steps', path, (step, stepPath) => {
      registerId(ctx, ctx.columnIds, checkId(ctx, step, stepPath), stepPath);
      checkString(ctx, step, 'title', stepPath, true);
      checkStepFields(ctx, step, stepPath);
    });
  }, true);
  if (stages && stages.length === 0) ctx.problems.error('empty-stages', '/stages');
}
