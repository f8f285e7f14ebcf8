/**
 * Drafts of the records edited as a form rather than as one text: a persona (its texts and its
 * lists, one item a line) and a step header's marks (moment of truth, evidence level) next to its
 * title. Pure: each commit answers one edit whose patch names only the fields that changed.
 */
import { EVIDENCE } from '../model/check-step.js';
import type { JourneyDocument, Persona } from '../model/types.js';
import { commit, refuse, type EditOptions, type EditResult } from './edits.js';
import { diffJson } from './json-diff.js';
import { formatPointer, type JsonPatch } from './json-patch.js';
import { locateColumn } from './locate.js';

/** Persona fields that hold one text. `name` is required; the others are removed when emptied. */
export const PERSONA_TEXTS = ['name', 'role', 'description', 'quote'] as const;
/** Persona fields that hold a list of texts: drafted one item a line. */
export const PERSONA_LISTS = ['goals', 'needs', 'frustrations', 'expectations', 'beliefs'] as const;

export type PersonaField = (typeof PERSONA_TEXTS)[number] | (typeof PERSONA_LISTS)[number];
export type PersonaDraft = Record<PersonaField, string>;

function personaIndex(doc: JourneyDocument, id: string): number {
  return Array.isArray(doc.personas) ? doc.personas.findIndex((persona) => persona?.id === id) : -1;
}

/** The persona's fields as the editor drafts them (lists joined by new lines), or undefined when it is gone. */
export function personaDraft(doc: JourneyDocument, id: string): PersonaDraft | undefined {
  const index = personaIndex(doc, id);
  if (index < 0) return undefined;
  const persona = doc.personas![index] as Record<string, unknown>;
  const draft = {} as PersonaDraft;
  for (const key of PERSONA_TEXTS) draft[key] = typeof persona[key] === 'string' ? persona[key] : '';
  for (const key of PERSONA_LISTS) {
    const list = persona[key];
    draft[key] = Array.isArray(list) ? list.filter((item): item is string => typeof item === 'string').join('\n') : '';
  }
  return draft;
}

/** A draft list's items: one a line, trimmed, blank lines left out. */
export function draftLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * Commits a persona's draft as one edit. An empty name is refused; an emptied text or list removes
 * its field; a list whose items did not change is left as it was (items that are not text included),
 * and every field the form does not show (id, image, attributes, a team's own) is carried through.
 */
export function commitPersona(doc: JourneyDocument, id: string, draft: PersonaDraft, options: EditOptions = {}): EditResult {
  const index = personaIndex(doc, id);
  if (index < 0) return refuse('edit.notFound', options);
  const base = ['personas', index];
  if (!draft.name.trim()) return refuse('edit.emptyName', options, formatPointer([...base, 'name']));
  const persona = doc.personas![index];
  const before = personaDraft(doc, id)!;
  const next: Record<string, unknown> = { ...persona };
  for (const key of PERSONA_TEXTS) {
    if (draft[key] === before[key]) continue;
    if (draft[key].trim()) next[key] = draft[key];
    else delete next[key];
  }
  for (const key of PERSONA_LISTS) {
    const items = draftLines(draft[key]);
    if (items.join('\n') === draftLines(before[key]).join('\n')) continue;
    if (items.length) next[key] = items;
    else delete next[key];
  }
  const patch = diffJson(persona, next as Persona).map((operation) => ({ ...operation, path: formatPointer(base) + operation.path }));
  return patch.length ? commit(doc, patch, options) : { ok: true, journey: doc, patch: [] };
}

/** A column's marks shown in its header: whether it is a moment of truth, and its evidence level ('' for none). */
export interface ColumnMarks {
  momentOfTruth: boolean;
  evidence: string;
}

/** The marks of column `id` (a step, or a stage without steps), or undefined when there is no such column. */
export function columnMarks(doc: JourneyDocument, id: string): ColumnMarks | undefined {
  const column = locateColumn(doc, id)?.column;
  if (!column) return undefined;
  return { momentOfTruth: column.momentOfTruth === true, evidence: typeof column.evidence === 'string' ? column.evidence : '' };
}

/** The evidence levels a header's picker offers. */
export const EVIDENCE_LEVELS = EVIDENCE;

/**
 * Renames column `id` and sets its marks as one edit. An empty title is refused; an unchecked
 * moment of truth and no evidence remove their fields (a `momentOfTruth: false` already there stays).
 */
export function commitColumnHeader(doc: JourneyDocument, id: string, title: string, marks: ColumnMarks, options: EditOptions = {}): EditResult {
  const place = locateColumn(doc, id);
  if (!place) return refuse('edit.notFound', options);
  const { column, tokens } = place;
  const at = (field: string) => formatPointer([...tokens, field]);
  const has = (field: string) => Object.prototype.hasOwnProperty.call(column, field);
  if (!title.trim()) return refuse('edit.emptyTitle', options, at('title'));
  const patch: JsonPatch = [];
  if (column.title !== title) patch.push({ op: has('title') ? 'replace' : 'add', path: at('title'), value: title });
  if (marks.momentOfTruth && column.momentOfTruth !== true) patch.push({ op: has('momentOfTruth') ? 'replace' : 'add', path: at('momentOfTruth'), value: true });
  if (!marks.momentOfTruth && column.momentOfTruth === true) patch.push({ op: 'remove', path: at('momentOfTruth') });
  if (marks.evidence && column.evidence !== marks.evidence) patch.push({ op: has('evidence') ? 'replace' : 'add', path: at('evidence'), value: marks.evidence });
  if (!marks.evidence && has('evidence')) patch.push({ op: 'remove', path: at('evidence') });
  return patch.length ? commit(doc, patch, options) : { ok: true, journey: doc, patch: [] };
}
