import type { JourneyDocument, Stage } from '../model/types.js';

/** Where a column (a step, or a stage without steps) sits in a document. */
export interface ColumnPlace {
  /** Reference tokens of the column object: ['stages', 2] or ['stages', 2, 'steps', 0]. */
  tokens: (string | number)[];
  stageIndex: number;
  /** Position in its stage's `steps`; undefined for a stage without steps. */
  stepIndex?: number;
  column: Record<string, unknown>;
}

export const stepsOf = (stage: Stage | undefined): NonNullable<Stage['steps']> =>
  stage && Array.isArray(stage.steps) ? stage.steps : [];

export function stagesOf(doc: JourneyDocument): Stage[] {
  return Array.isArray(doc.stages) ? doc.stages : [];
}

/** The column with `id`: a step, or a stage that has no steps (it is a column itself). */
export function locateColumn(doc: JourneyDocument, id: string): ColumnPlace | undefined {
  const stages = stagesOf(doc);
  for (let stageIndex = 0; stageIndex < stages.length; stageIndex += 1) {
    const stage = stages[stageIndex];
    const steps = stepsOf(stage);
    if (!steps.length) {
      if (stage.id === id) return { tokens: ['stages', stageIndex], stageIndex, column: stage };
      continue;
    }
    const stepIndex = steps.findIndex((step) => step.id === id);
    if (stepIndex >= 0) {
      return { tokens: ['stages', stageIndex, 'steps', stepIndex], stageIndex, stepIndex, column: steps[stepIndex] };
    }
  }
  return undefined;
}

export function stageIndexOf(doc: JourneyDocument, id: string): number {
  return stagesOf(doc).findIndex((stage) => stage.id === id);
}

/** Every id of stages and steps, where a new one must not clash. */
function usedIds(doc: JourneyDocument): Set<string> {
  const ids = new Set<string>();
  for (const stage of stagesOf(doc)) {
    ids.add(stage.id);
    for (const step of stepsOf(stage)) ids.add(step.id);
  }
  return ids;
}

/** A lower-case latin slug of `title` (accents dropped), at most 40 characters; '' when nothing is left. */
export function slug(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
}

/**
 * A new id for a step or stage: the slug of its title (else `fallback`), with `-2`, `-3`… appended
 * until no stage or step uses it. The same document and title always give the same id.
 */
export function newId(doc: JourneyDocument, title: string, fallback: string): string {
  const base = slug(title) || fallback;
  const ids = usedIds(doc);
  if (!ids.has(base)) return base;
  let n = 2;
  while (ids.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}
