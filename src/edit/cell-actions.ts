/**
 * The shortcuts of a focused cell or header in an editable map, and the structural actions of the
 * editor's buttons: each is a function of the document that answers the edit, the words to
 * announce, and where focus goes next.
 */
import { editString, type EditStringKey } from '../i18n/edit-strings.js';
import type { JourneyDocument, NormalizedJourney } from '../model/types.js';
import type { EditResult } from './edits.js';
import { locateColumn, stagesOf, stepsOf } from './locate.js';
import { addStage, addStep, emotionOf, moveStep, nudgeEmotion, removeStage, removeStep } from './structure.js';
import type { EditTarget } from './targets.js';
import type { Translator } from '../i18n/translator.js';

export interface EditWords extends Translator {
  /** The persona the map shows, whose emotion +/− change. */
  persona?: string;
  journey?: NormalizedJourney;
}

export type FocusAfter = { kind: 'target'; target: EditTarget } | { kind: 'step'; stepId: string } | { kind: 'stage'; stageId: string };

export interface ActionOutcome {
  result: EditResult;
  label: string;
  focus?: FocusAfter;
}

export type CellAction = (doc: JourneyDocument, words: EditWords) => ActionOutcome | undefined;

const say = (words: EditWords, key: EditStringKey, values?: Record<string, string | number>) => editString(words, key, values);

export function columnTitle(doc: JourneyDocument, id: string): string {
  const title = locateColumn(doc, id)?.column.title;
  return typeof title === 'string' ? title : id;
}

function stageTitle(doc: JourneyDocument, id: string): string {
  return stagesOf(doc).find((stage) => stage.id === id)?.title ?? id;
}

export const addStepAction =
  (stepId: string, where: 'before' | 'after'): CellAction =>
  (doc, words) => {
    const result = addStep(doc, stepId, where, undefined, words);
    const label = say(words, where === 'after' ? 'announce.stepAddedAfter' : 'announce.stepAddedBefore', { step: columnTitle(doc, stepId) });
    return { result, label, focus: result.ok && result.id ? { kind: 'step', stepId: result.id } : undefined };
  };

export const addStageAction =
  (stageId: string): CellAction =>
  (doc, words) => {
    const result = addStage(doc, stageId, undefined, words);
    return { result, label: say(words, 'announce.stageAdded', { stage: stageTitle(doc, stageId) }), focus: result.ok && result.id ? { kind: 'stage', stageId: result.id } : undefined };
  };

/** The column next to `stepId` (the following one, else the preceding one), for focus after a removal. */
function neighbour(doc: JourneyDocument, stepId: string): string | undefined {
  const ids = stagesOf(doc).flatMap((stage) => (stepsOf(stage).length ? stepsOf(stage).map((step) => step.id) : [stage.id]));
  const index = ids.indexOf(stepId);
  return ids[index + 1] ?? ids[index - 1];
}

export const removeStepAction =
  (stepId: string): CellAction =>
  (doc, words) => {
    const result = removeStep(doc, stepId, words);
    const next = neighbour(doc, stepId);
    return { result, label: say(words, 'announce.stepRemoved', { step: columnTitle(doc, stepId) }), focus: next ? { kind: 'step', stepId: next } : undefined };
  };

export const removeStageAction =
  (stageId: string): CellAction =>
  (doc, words) => {
    const stages = stagesOf(doc);
    const index = stages.findIndex((stage) => stage.id === stageId);
    const next = stages[index + 1] ?? stages[index - 1];
    const result = removeStage(doc, stageId, words);
    return { result, label: say(words, 'announce.stageRemoved', { stage: stageTitle(doc, stageId) }), focus: next ? { kind: 'stage', stageId: next.id } : undefined };
  };

/** "Step … moved to …, position …" after a successful move of `stepId` ('' for a refused one). */
export function movedLabel(doc: JourneyDocument, result: EditResult, stepId: string, words: EditWords): string {
  if (!result.ok) return '';
  const place = locateColumn(result.journey, stepId);
  const stage = place ? stagesOf(result.journey)[place.stageIndex] : undefined;
  return say(words, 'announce.stepMoved', { step: columnTitle(doc, stepId), stage: stage?.title ?? '', position: (place?.stepIndex ?? 0) + 1 });
}

export const moveStepAction =
  (stepId: string, delta: -1 | 1, focus?: EditTarget): CellAction =>
  (doc, words) => {
    const result = moveStep(doc, stepId, delta, words);
    return { result, label: movedLabel(doc, result, stepId, words), focus: focus ? { kind: 'target', target: focus } : { kind: 'step', stepId } };
  };

export const nudgeAction =
  (stepId: string, direction: 1 | -1): CellAction =>
  (doc, words) => {
    const persona = words.persona ?? doc.personas?.[0]?.id;
    const result = nudgeEmotion(doc, stepId, persona, direction, words);
    const value = result.ok ? emotionOf(result.journey, stepId, persona) : undefined;
    const label = say(words, 'announce.emotion', { step: columnTitle(doc, stepId), value: value === undefined ? '' : String(value) });
    return { result, label, focus: { kind: 'target', target: { kind: 'emotion', stepId } } };
  };

/**
 * The action of a key on a focused cell or header, 'add-item' to open the editor with a new item,
 * or undefined when the key is not an edit shortcut there. Alt+Left/Right follow the reading
 * direction (`rtl`).
 */
export function cellAction(target: EditTarget, event: Pick<KeyboardEvent, 'key' | 'altKey' | 'shiftKey'>, rtl: boolean): CellAction | 'add-item' | undefined {
  const { key } = event;
  const plus = key === '+' || key === 'Insert';
  const stepId = 'stepId' in target ? target.stepId : undefined;
  if (event.altKey && stepId && (key === 'ArrowLeft' || key === 'ArrowRight')) {
    const later = (key === 'ArrowRight') !== rtl;
    return moveStepAction(stepId, later ? 1 : -1, target.kind === 'step' ? undefined : target);
  }
  if (event.altKey) return undefined;
  switch (target.kind) {
    case 'step':
      if (plus) return addStepAction(target.stepId, event.shiftKey && key === 'Insert' ? 'before' : 'after');
      return key === 'Delete' ? removeStepAction(target.stepId) : undefined;
    case 'stage':
      if (plus) return addStageAction(target.stageId);
      return key === 'Delete' ? removeStageAction(target.stageId) : undefined;
    case 'emotion':
      if (plus) return nudgeAction(target.stepId, 1);
      return key === '-' || key === '−' ? nudgeAction(target.stepId, -1) : undefined;
    case 'cell':
      return plus && target.lane.kind !== 'owner' ? 'add-item' : undefined;
    default:
      return undefined;
  }
}
