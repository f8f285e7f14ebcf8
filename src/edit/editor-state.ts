/**
 * The draft of an open in-place editor: made from the document and a target, changed by the editor's
 * fields, and committed as one edit (one undo step) with the words to announce.
 */
import { editString } from '../i18n/edit-strings.js';
import { laneTitle } from '../i18n/lane-strings.js';
import { DEFAULT_PERSONA, type JourneyDocument } from '../model/types.js';
import type { EditWords } from './cell-actions.js';
import { columnTitle } from './cell-actions.js';
import { setText, type EditResult } from './edits.js';
import { locateColumn } from './locate.js';
import { columnMarks, commitColumnHeader, commitPersona, personaDraft, type ColumnMarks, type PersonaDraft } from './record-drafts.js';
import { scaleOf, setEmotion } from './structure.js';
import { commitCell, draftItems, emptyItem, isSingleText, textOf, textPointer, type EditTarget } from './targets.js';

export interface EmotionDraft {
  /** Persona id, or undefined for a single value shared by every persona. */
  persona?: string;
  label: string;
  value: string;
}

export interface EditorState {
  target: EditTarget;
  /** The element the editor covers (a cell, a header, the title). */
  anchor?: HTMLElement;
  mode: 'text' | 'items' | 'emotion' | 'persona';
  /** Whether Shift+Enter may start a new line. */
  multiline: boolean;
  text: string;
  items: unknown[];
  emotions: EmotionDraft[];
  /** A persona's form (mode 'persona'). */
  persona?: PersonaDraft;
  /** A column header's moment of truth and evidence level, edited with its title. */
  marks?: ColumnMarks;
  scale: { min: number; max: number };
  /** Item whose field takes focus when the editor renders (a new item). */
  focusItem?: number;
  /** The refusal of the last commit, shown in the editor. */
  error?: string;
}

const base = (target: EditTarget, doc: JourneyDocument): EditorState => ({
  target,
  mode: 'text',
  multiline: false,
  text: '',
  items: [],
  emotions: [],
  scale: scaleOf(doc),
});

function emotionDrafts(doc: JourneyDocument, stepId: string, words: EditWords): EmotionDraft[] {
  const emotion = locateColumn(doc, stepId)?.column.emotion;
  const personas = Array.isArray(doc.personas) ? doc.personas : [];
  const label = (persona?: string) =>
    editString(words, 'editor.emotion', { persona: persona ? (personas.find((p) => p.id === persona)?.name ?? persona) : columnTitle(doc, stepId) });
  if (typeof emotion === 'object' && emotion !== null && personas.length) {
    return personas.map((p) => {
      const value = (emotion as Record<string, unknown>)[p.id];
      return { persona: p.id, label: label(p.id), value: typeof value === 'number' ? String(value) : '' };
    });
  }
  return [{ label: label(), value: typeof emotion === 'number' ? String(emotion) : '' }];
}

/** The editor for `target`, or undefined when the target is not in the document (any more). */
export function openEditor(doc: JourneyDocument, target: EditTarget, words: EditWords, addItem = false): EditorState | undefined {
  const state = base(target, doc);
  switch (target.kind) {
    case 'title':
    case 'goal':
    case 'stage':
    case 'step': {
      if (!textPointer(doc, target)) return undefined;
      const column = target.kind === 'step' ? target.stepId : target.kind === 'stage' ? target.stageId : undefined;
      const marks = column === undefined ? undefined : columnMarks(doc, column);
      return { ...state, text: textOf(doc, target), multiline: target.kind === 'goal', ...(marks ? { marks } : {}) };
    }
    case 'persona': {
      const persona = personaDraft(doc, target.personaId);
      return persona ? { ...state, mode: 'persona', multiline: true, persona } : undefined;
    }
    case 'emotion':
      if (!locateColumn(doc, target.stepId)) return undefined;
      return { ...state, mode: 'emotion', emotions: emotionDrafts(doc, target.stepId, words) };
    case 'cell': {
      if (!locateColumn(doc, target.stepId)) return undefined;
      if (isSingleText(doc, target)) return { ...state, text: String(draftItems(doc, target)[0] ?? ''), multiline: target.lane.kind !== 'owner' };
      const items = draftItems(doc, target);
      if (addItem) items.push(emptyItem(doc, target.lane));
      return { ...state, mode: 'items', multiline: true, items, focusItem: addItem ? items.length - 1 : undefined };
    }
  }
}

/** Moves draft item `index` by `delta` places; false at either end. */
export function moveDraftItem(state: EditorState, index: number, delta: -1 | 1): boolean {
  const to = index + delta;
  if (to < 0 || to >= state.items.length) return false;
  const [item] = state.items.splice(index, 1);
  state.items.splice(to, 0, item);
  state.focusItem = to;
  return true;
}

/** What the editor's target is called in announcements and its accessible name. */
export function targetName(doc: JourneyDocument, target: EditTarget, words: EditWords): string {
  const say = (key: Parameters<typeof editString>[1]) => editString(words, key);
  switch (target.kind) {
    case 'title':
      return say('editor.title');
    case 'goal':
      return say('editor.goal');
    case 'stage':
      return say('editor.stage');
    case 'step':
      return say('editor.step');
    case 'emotion':
      return `${laneTitle({ kind: 'emotion', key: 'emotion' }, words)}: ${columnTitle(doc, target.stepId)}`;
    case 'cell':
      return `${laneTitle(target.lane, words)}: ${columnTitle(doc, target.stepId)}`;
    case 'persona':
      return `${say('editor.persona')}: ${personaName(doc, target.personaId)}`;
  }
}

function personaName(doc: JourneyDocument, id: string): string {
  const name = Array.isArray(doc.personas) ? doc.personas.find((persona) => persona?.id === id)?.name : undefined;
  return typeof name === 'string' && name.trim() ? name : id;
}

function commitEmotions(doc: JourneyDocument, state: EditorState, words: EditWords): EditResult {
  const stepId = (state.target as { stepId: string }).stepId;
  let journey = doc;
  for (const draft of state.emotions) {
    const value = Number(draft.value);
    if (draft.value.trim() === '' || !Number.isFinite(value)) {
      if (draft.value.trim() === '') continue;
      return { ok: false, message: editString(words, 'edit.notNumber', { text: draft.value }), problems: [] };
    }
    const persona = draft.persona ?? (words.persona && words.persona !== DEFAULT_PERSONA ? words.persona : undefined);
    const result = setEmotion(journey, stepId, draft.persona ?? persona, value, words);
    if (!result.ok) return result;
    journey = result.journey;
  }
  return { ok: true, journey, patch: journey === doc ? [] : [{ op: 'replace', path: '', value: journey }] };
}

/** Commits the editor as one edit, with the words that announce it. */
export function commitEditor(doc: JourneyDocument, state: EditorState, words: EditWords): { result: EditResult; label: string } {
  const { target } = state;
  const say = (key: Parameters<typeof editString>[1], values?: Record<string, string | number>) => editString(words, key, values);
  switch (target.kind) {
    case 'title':
    case 'goal':
    case 'stage':
    case 'step': {
      const column = target.kind === 'step' ? target.stepId : target.kind === 'stage' ? target.stageId : undefined;
      if (state.marks && column !== undefined) {
        const result = commitColumnHeader(doc, column, state.text, state.marks, words);
        const renamed = result.ok && result.patch.some((operation) => operation.path.endsWith('/title'));
        const label = renamed ? say(target.kind === 'stage' ? 'announce.stageRenamed' : 'announce.stepRenamed', { text: state.text.trim() }) : say('announce.stepUpdated', { step: columnTitle(doc, column) });
        return { result, label };
      }
      const pointer = textPointer(doc, target);
      const result = pointer ? setText(doc, pointer, state.text, words) : setText(doc, '', '', words);
      const key = target.kind === 'title' ? 'announce.title' : target.kind === 'goal' ? 'announce.goal' : target.kind === 'stage' ? 'announce.stageRenamed' : 'announce.stepRenamed';
      return { result, label: say(key, { text: state.text.trim() }) };
    }
    case 'emotion': {
      const result = commitEmotions(doc, state, words);
      const value = state.emotions.map((e) => e.value).filter(Boolean).join(', ');
      return { result, label: say('announce.emotion', { step: columnTitle(doc, target.stepId), value }) };
    }
    case 'cell': {
      const draft = state.mode === 'text' ? [state.text] : state.items;
      const before = draftItems(doc, target).length;
      const result = commitCell(doc, target, draft, words);
      const key = state.mode === 'items' && draft.length > before ? 'announce.itemAdded' : state.mode === 'items' && draft.length < before ? 'announce.itemRemoved' : 'announce.items';
      return { result, label: say(key, { lane: laneTitle(target.lane, words), step: columnTitle(doc, target.stepId) }) };
    }
    case 'persona': {
      const result = state.persona ? commitPersona(doc, target.personaId, state.persona, words) : commitPersona(doc, '', {} as PersonaDraft, words);
      return { result, label: say('announce.persona', { name: state.persona?.name.trim() || personaName(doc, target.personaId) }) };
    }
  }
}
