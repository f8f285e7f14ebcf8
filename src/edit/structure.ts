/** Structural edits (steps and stages) and emotion edits, pure like those of edits.ts. */
import { editString } from '../i18n/edit-strings.js';
import { nextTarget } from '../model/next-target.js';
import type { JourneyDocument } from '../model/types.js';
import { commit, localeOf, refuse, type EditOptions, type EditResult } from './edits.js';
import { formatPointer } from './json-patch.js';
import { locateColumn, newId, stageIndexOf, stagesOf, stepsOf } from './locate.js';
import { translator } from '../i18n/translator.js';
import { quoteMarks } from '../i18n/locale.js';

/**
 * Adds a step before or after the column `refId`, titled `title` (default "New step" in the
 * options' locale), with a generated id. Next to a stage without steps (a column of its own) the new
 * column is a stage without steps as well.
 */
export function addStep(doc: JourneyDocument, refId: string, where: 'before' | 'after', title?: string, options: EditOptions = {}): EditResult {
  const place = locateColumn(doc, refId);
  if (!place) return refuse('edit.notFound', options);
  if (place.stepIndex === undefined) {
    const stageTitle = title ?? editString(translator(localeOf(options), options.strings), 'new.stage');
    return insertStage(doc, place.stageIndex + (where === 'after' ? 1 : 0), stageTitle, options);
  }
  const stepTitle = title ?? editString(translator(localeOf(options), options.strings), 'new.step');
  const id = newId(doc, stepTitle, 'step');
  const at = place.stepIndex + (where === 'after' ? 1 : 0);
  return commit(doc, [{ op: 'add', path: formatPointer(['stages', place.stageIndex, 'steps', at]), value: { id, title: stepTitle } }], options, id);
}

function insertStage(doc: JourneyDocument, at: number, title: string, options: EditOptions): EditResult {
  const id = newId(doc, title, 'stage');
  return commit(doc, [{ op: 'add', path: formatPointer(['stages', at]), value: { id, title } }], options, id);
}

/** Adds a stage (a single column until steps are added to it) after the stage `afterStageId`. */
export function addStage(doc: JourneyDocument, afterStageId: string, title?: string, options: EditOptions = {}): EditResult {
  const index = stageIndexOf(doc, afterStageId);
  if (index < 0) return refuse('edit.notFound', options);
  return insertStage(doc, index + 1, title ?? editString(translator(localeOf(options), options.strings), 'new.stage'), options);
}

/**
 * Refuses removing the columns `removed` while a step that stays names one of them in its `next`,
 * naming those steps ("it is the next step of “Compares tariffs” and “Calls”"): the user sees what to
 * change first, not the validator's warning about the broken link the removal would leave.
 */
function refuseReferenced(doc: JourneyDocument, removed: ReadonlySet<string>, title: string, pointer: string, options: EditOptions): EditResult | undefined {
  const from: string[] = [];
  for (const stage of stagesOf(doc)) {
    for (const step of stepsOf(stage)) {
      if (removed.has(step.id) || !Array.isArray(step.next)) continue;
      const leads = step.next.some((item) => {
        const target = nextTarget(item);
        return target !== undefined && removed.has(target);
      });
      if (leads) from.push(step.title ?? step.id);
    }
  }
  if (!from.length) return undefined;
  const locale = localeOf(options);
  const [open, close] = quoteMarks(locale);
  const list = new Intl.ListFormat(locale, { type: 'conjunction' }).format(from.map((name) => `${open}${name}${close}`));
  return refuse('edit.referenced', options, pointer, { step: title, from: list });
}

/** Removes a step; the last step of a stage is refused (remove the stage), as is a step another step's `next` names. A stage without steps is removed as a stage. */
export function removeStep(doc: JourneyDocument, id: string, options: EditOptions = {}): EditResult {
  const place = locateColumn(doc, id);
  if (!place) return refuse('edit.notFound', options);
  if (place.stepIndex === undefined) return removeStage(doc, id, options);
  const pointer = formatPointer(place.tokens);
  if (stepsOf(stagesOf(doc)[place.stageIndex]).length <= 1) return refuse('edit.lastStep', options, pointer);
  const referenced = refuseReferenced(doc, new Set([id]), String(place.column.title ?? id), pointer, options);
  return referenced ?? commit(doc, [{ op: 'remove', path: pointer }], options);
}

/** Removes a stage and its steps; the only stage is refused, as is a stage whose steps (or itself) another step's `next` names. */
export function removeStage(doc: JourneyDocument, id: string, options: EditOptions = {}): EditResult {
  const index = stageIndexOf(doc, id);
  if (index < 0) return refuse('edit.notFound', options);
  if (stagesOf(doc).length <= 1) return refuse('edit.lastStage', options, '/stages');
  const stage = stagesOf(doc)[index];
  const pointer = formatPointer(['stages', index]);
  const removed = new Set([stage.id, ...stepsOf(stage).map((step) => step.id)]);
  const referenced = refuseReferenced(doc, removed, String(stage.title ?? id), pointer, options);
  return referenced ?? commit(doc, [{ op: 'remove', path: pointer }], options);
}

/**
 * Moves a step one column earlier (-1) or later (+1): within its stage, or across into the
 * neighbouring stage (as its last or first step). A stage keeps at least one step, and a step
 * does not move into a stage without steps; such moves, and the ends of the map, are refused.
 * A stage without steps moves as a whole among the stages.
 */
export function moveStep(doc: JourneyDocument, id: string, delta: -1 | 1, options: EditOptions = {}): EditResult {
  const place = locateColumn(doc, id);
  if (!place) return refuse('edit.notFound', options);
  const stages = stagesOf(doc);
  if (place.stepIndex === undefined) {
    const to = place.stageIndex + delta;
    if (to < 0 || to >= stages.length) return refuse('edit.cannotMove', options);
    return commit(doc, [{ op: 'move', from: formatPointer(['stages', place.stageIndex]), path: formatPointer(['stages', to]) }], options);
  }
  const steps = stepsOf(stages[place.stageIndex]);
  const within = place.stepIndex + delta;
  const from = formatPointer(place.tokens);
  if (within >= 0 && within < steps.length) {
    return commit(doc, [{ op: 'move', from, path: formatPointer(['stages', place.stageIndex, 'steps', within]) }], options);
  }
  const target = place.stageIndex + delta;
  const targetSteps = stepsOf(stages[target]);
  if (target < 0 || target >= stages.length || !targetSteps.length || steps.length <= 1) return refuse('edit.cannotMove', options);
  const at = delta < 0 ? targetSteps.length : 0;
  return commit(doc, [{ op: 'move', from, path: formatPointer(['stages', target, 'steps', at]) }], options);
}

/** The document's scale bounds (default -2..2). */
export function scaleOf(doc: JourneyDocument): { min: number; max: number } {
  const min = typeof doc.scale?.min === 'number' ? doc.scale.min : -2;
  const max = typeof doc.scale?.max === 'number' ? doc.scale.max : 2;
  return { min, max };
}

/** `value` snapped to the nearest multiple of `step` and clamped to the scale. */
export function snapEmotion(value: number, scale: { min: number; max: number }, step = 0.5): number {
  const snapped = Math.round(value / step) * step;
  const clamped = Math.min(scale.max, Math.max(scale.min, snapped));
  return Object.is(clamped, -0) ? 0 : clamped;
}

/** The emotion of a column for `persona` (or its single value), undefined when it has none. */
export function emotionOf(doc: JourneyDocument, columnId: string, persona?: string): number | undefined {
  const emotion = locateColumn(doc, columnId)?.column.emotion;
  if (typeof emotion === 'number') return emotion;
  if (typeof emotion === 'object' && emotion !== null && persona !== undefined) {
    const value = (emotion as Record<string, unknown>)[persona];
    return typeof value === 'number' ? value : undefined;
  }
  return undefined;
}

/**
 * Sets a column's emotion, snapped to `step` (default 0.5) within the scale. A single value stays a
 * single value; per-persona values change only `persona`'s; a column without emotion gets a single
 * value, or `{ [persona]: value }` when a persona is named and the document has personas.
 */
export function setEmotion(doc: JourneyDocument, columnId: string, persona: string | undefined, value: number, options: EditOptions & { step?: number } = {}): EditResult {
  const place = locateColumn(doc, columnId);
  if (!place || !Number.isFinite(value)) return refuse('edit.notFound', options);
  const next = snapEmotion(value, scaleOf(doc), options.step);
  const emotion = place.column.emotion;
  const base = [...place.tokens, 'emotion'];
  if (typeof emotion === 'object' && emotion !== null && persona !== undefined) {
    const exists = Object.prototype.hasOwnProperty.call(emotion, persona);
    if ((emotion as Record<string, unknown>)[persona] === next) return { ok: true, journey: doc, patch: [] };
    return commit(doc, [{ op: exists ? 'replace' : 'add', path: formatPointer([...base, persona]), value: next }], options);
  }
  if (emotion === next) return { ok: true, journey: doc, patch: [] };
  const perPersona = emotion === undefined && persona !== undefined && (doc.personas?.length ?? 0) > 0;
  const value2 = perPersona ? { [persona]: next } : next;
  return commit(doc, [{ op: emotion === undefined ? 'add' : 'replace', path: formatPointer(base), value: value2 }], options);
}

/** Raises (+1) or lowers (-1) a column's emotion by one `step` (default 0.5); no emotion starts from 0 (so + gives 0.5). */
export function nudgeEmotion(doc: JourneyDocument, columnId: string, persona: string | undefined, direction: 1 | -1, options: EditOptions & { step?: number } = {}): EditResult {
  const step = options.step ?? 0.5;
  const current = emotionOf(doc, columnId, persona);
  const from = current ?? snapEmotion(0, scaleOf(doc), step);
  return setEmotion(doc, columnId, persona, from + direction * step, options);
}
