/**
 * Moving a step to where it was dropped: before or after another step, in that step's stage. Pure,
 * like the other edits: one JSON Patch `move`, validated, or a localized refusal.
 */
import type { JourneyDocument } from '../model/types.js';
import { movedLabel, type CellAction } from './cell-actions.js';
import { commit, refuse, type EditOptions, type EditResult } from './edits.js';
import { formatPointer } from './json-patch.js';
import { locateColumn, stagesOf, stepsOf } from './locate.js';

/**
 * Moves step `id` before or after step `targetId` (into `targetId`'s stage). Refused like the
 * keyboard moves: a stage keeps at least one step, and a stage without steps (a column of its own)
 * neither moves this way nor takes a step. Dropping a step next to itself changes nothing.
 */
export function moveStepTo(doc: JourneyDocument, id: string, targetId: string, where: 'before' | 'after', options: EditOptions = {}): EditResult {
  const place = locateColumn(doc, id);
  const target = locateColumn(doc, targetId);
  if (!place || !target) return refuse('edit.notFound', options);
  if (place.stepIndex === undefined || target.stepIndex === undefined) return refuse('edit.cannotMove', options);
  const sameStage = place.stageIndex === target.stageIndex;
  if (!sameStage && stepsOf(stagesOf(doc)[place.stageIndex]).length <= 1) return refuse('edit.lastStep', options, formatPointer(place.tokens));
  let at = target.stepIndex + (where === 'after' ? 1 : 0);
  // JSON Patch `move` removes first, then adds: later positions in the same list shift by one.
  if (sameStage && place.stepIndex < at) at -= 1;
  if (sameStage && at === place.stepIndex) return { ok: true, journey: doc, patch: [] };
  return commit(doc, [{ op: 'move', from: formatPointer(place.tokens), path: formatPointer(['stages', target.stageIndex, 'steps', at]) }], options);
}

/** The editor action of a drop: the move, "Step … moved to …, position …", and focus on the moved step. */
export const dropStepAction =
  (stepId: string, targetId: string, where: 'before' | 'after'): CellAction =>
  (doc, words) => {
    const result = moveStepTo(doc, stepId, targetId, where, words);
    return { result, label: movedLabel(doc, result, stepId, words), focus: { kind: 'step', stepId } };
  };
