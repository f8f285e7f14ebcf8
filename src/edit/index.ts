/** Editing journey documents: JSON Patch, pure edit operations and an undo history. */
export { applyJourneyPatch, parsePointer, formatPointer, jsonEqual, type JsonPatch, type JsonPatchOperation, type PatchProblem, type PatchResult } from './json-patch.js';
export { diffJson } from './json-diff.js';
export { setText, setColumnField, addItem, removeItem, moveItem, setItemField, itemsOf, type EditResult, type EditOptions } from './edits.js';
export { addStep, addStage, removeStep, removeStage, moveStep, setEmotion, nudgeEmotion, snapEmotion, emotionOf } from './structure.js';
export { newId } from './locate.js';
export { EditHistory, type HistoryEntry } from './history.js';
