/**
 * What an in-place editor edits, read from a document, and how its draft becomes an edit. Pure:
 * the map's edit controller decides the target from the focused cell and renders the draft.
 */
import type { JourneyDocument, NormalizedLane } from '../model/types.js';
import { commit, refuse, setText, type EditOptions, type EditResult } from './edits.js';
import { diffJson } from './json-diff.js';
import { formatPointer } from './json-patch.js';
import { locateColumn, stageIndexOf } from './locate.js';

export type EditTarget =
  | { kind: 'title' }
  | { kind: 'goal' }
  | { kind: 'stage'; stageId: string }
  | { kind: 'step'; stepId: string }
  /** A lane cell: a list of items (actions, pain points, …) or a single text (owner, a custom text field). */
  | { kind: 'cell'; stepId: string; lane: NormalizedLane; field: string }
  | { kind: 'emotion'; stepId: string }
  /** A persona of the header: its texts and lists as one form. */
  | { kind: 'persona'; personaId: string };

/** Lane kinds whose items are objects with a `text` (and typed fields). */
export const RECORD_KINDS = new Set(['painPoints', 'opportunities', 'backstage', 'touchpoints', 'metrics', 'insights']);

/** The step field a lane edits, undefined for the emotion lane. */
export function laneField(lane: NormalizedLane): string | undefined {
  if (lane.kind === 'emotion') return undefined;
  return lane.kind === 'text' ? lane.field : lane.kind;
}

/** The JSON Pointer of a text target (title, goal, stage or step title); undefined for others or when gone. */
export function textPointer(doc: JourneyDocument, target: EditTarget): string | undefined {
  switch (target.kind) {
    case 'title':
      return '/title';
    case 'goal':
      return '/goal';
    case 'stage': {
      const index = stageIndexOf(doc, target.stageId);
      return index < 0 ? undefined : formatPointer(['stages', index, 'title']);
    }
    case 'step': {
      const place = locateColumn(doc, target.stepId);
      return place ? formatPointer([...place.tokens, 'title']) : undefined;
    }
    default:
      return undefined;
  }
}

/** The current text of a text target ('' when it has none). */
export function textOf(doc: JourneyDocument, target: EditTarget): string {
  const pointer = textPointer(doc, target);
  if (!pointer) return '';
  let value: unknown = doc;
  for (const token of pointer.slice(1).split('/')) value = (value as Record<string, unknown> | undefined)?.[token];
  return typeof value === 'string' ? value : '';
}

/** True when a cell holds one text (a string field, such as `owner`), not a list. */
export function isSingleText(doc: JourneyDocument, target: Extract<EditTarget, { kind: 'cell' }>): boolean {
  if (target.lane.kind === 'owner') return true;
  const value = locateColumn(doc, target.stepId)?.column[target.field];
  return typeof value === 'string';
}

/** The items of a cell as the editor drafts them: strings, or copies of the item objects. */
export function draftItems(doc: JourneyDocument, target: Extract<EditTarget, { kind: 'cell' }>): unknown[] {
  const value = locateColumn(doc, target.stepId)?.column[target.field];
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) return [];
  return value.map((item: unknown) => (typeof item === 'object' && item !== null ? { ...item } : item));
}

/** A new empty item for a lane: '' or `{ text: '' }` (a touchpoint also needs a channel, a metric its id and value, an insight its kind). */
export function emptyItem(doc: JourneyDocument, lane: NormalizedLane): unknown {
  if (lane.kind === 'touchpoints') return { channel: doc.channels?.[0]?.id ?? 'web', text: '' };
  if (lane.kind === 'metrics') return { metric: doc.metrics?.[0]?.id ?? '', value: 0 };
  if (lane.kind === 'insights') return { kind: 'observation', text: '' };
  return RECORD_KINDS.has(lane.kind) ? { text: '' } : '';
}

function emptyDraft(item: unknown, kind: string): boolean {
  if (typeof item === 'string') return !item.trim();
  if (kind === 'touchpoints' || kind === 'metrics') return false;
  const text = (item as { text?: unknown }).text;
  return typeof text !== 'string' || !text.trim();
}

/**
 * Commits a cell's draft: a single text sets (or, empty, removes) the field; a list replaces the
 * field's items (no items removes the field). The patch names only what changed: an edited text,
 * an added or removed item. An empty item is refused.
 */
export function commitCell(doc: JourneyDocument, target: Extract<EditTarget, { kind: 'cell' }>, draft: readonly unknown[], options: EditOptions = {}): EditResult {
  const place = locateColumn(doc, target.stepId);
  if (!place) return refuse('edit.notFound', options);
  const path = formatPointer([...place.tokens, target.field]);
  const exists = Object.prototype.hasOwnProperty.call(place.column, target.field);
  const single = isSingleText(doc, target);
  if (single) {
    const text = typeof draft[0] === 'string' ? draft[0] : '';
    if (!text.trim()) return exists ? commit(doc, [{ op: 'remove', path }], options) : { ok: true, journey: doc, patch: [] };
    return setText(doc, path, text, options);
  }
  if (draft.some((item) => emptyDraft(item, target.lane.kind))) return refuse('edit.emptyText', options, path);
  if (!draft.length) return exists ? commit(doc, [{ op: 'remove', path }], options) : { ok: true, journey: doc, patch: [] };
  if (!exists) return commit(doc, [{ op: 'add', path, value: draft }], options);
  const patch = diffJson(place.column[target.field], draft).map((operation) => ({ ...operation, path: path + operation.path }));
  return patch.length ? commit(doc, patch, options) : { ok: true, journey: doc, patch: [] };
}
