/**
 * Ghost columns: the columns (steps, or stages without steps) a compared document has and the map's
 * document does not, placed where they were, between their old neighbours, so a map compared with
 * another never loses a step silently. Pure: which ghosts and where, then their pixels.
 */
import type { NormalizedJourney } from '../model/types.js';
import type { ColumnBox, ColumnLayout, StageBox } from './types.js';

/** Width of a ghost column (px): narrow, it marks a place rather than holding content. */
export const GHOST_COLUMN_WIDTH = 48;

/** One removed column, where the map shows it. */
export interface GhostColumn {
  /** The removed column's id (a step's, or a stage's for a stage without steps). */
  id: string;
  title: string;
  /** Its stage in the compared document. */
  stageId: string;
  stageTitle: string;
  /** Index of the map's step column it comes before (the number of steps: after the last). */
  before: number;
  /** Its stage is gone too: it sits under a ghost stage header. */
  stageRemoved: boolean;
  /** A removed stage whose columns all moved elsewhere: this ghost stands for the stage itself. */
  standsForStage?: boolean;
  /** What its cells are read as ("Removed step: …"), in the map's language: the map sets it, lanes read it. */
  label?: string;
}

/** A ghost column placed: where it is drawn and its ARIA column index (the corner is 1). */
export interface GhostBox extends GhostColumn {
  x: number;
  width: number;
  center: number;
  colIndex: number;
}

/** The header of a removed stage, over its ghost columns. */
export interface GhostStageBox {
  stageId: string;
  title: string;
  x: number;
  width: number;
  colIndex: number;
  colSpan: number;
}

/**
 * The ghosts of `before`'s columns that `after` does not have, in the order the map draws them.
 * A removed column of a stage that is still there goes after the nearest column before it (in the
 * compared document) that is still in that stage, else at the stage's start. A removed stage goes
 * after the nearest stage before it that is still there (else first), with its removed columns, or
 * one ghost standing for it when its columns all moved.
 */
export function ghostColumns(before: NormalizedJourney, after: NormalizedJourney): GhostColumn[] {
  const kept = (id: string) => after.stepIndexById.has(id);
  const afterStages = new Map(after.stages.map((stage) => [stage.id, stage]));
  // Ghosts by the map's stage they sit in (at its start, or after a step), and removed stages by the kept stage they follow.
  const atStageStart = new Map<string, GhostColumn[]>();
  const afterStep = new Map<string, GhostColumn[]>();
  const afterStage = new Map<string, GhostColumn[]>();
  const leading: GhostColumn[] = [];
  const push = <K>(map: Map<K, GhostColumn[]>, key: K, ghost: GhostColumn) => {
    const list = map.get(key);
    if (list) list.push(ghost);
    else map.set(key, [ghost]);
  };
  let lastKeptStage: string | undefined;
  for (const stage of before.stages) {
    const steps = before.steps.slice(stage.firstStep, stage.firstStep + stage.stepCount);
    const removed = steps.filter((step) => !kept(step.id));
    const base = { stageId: stage.id, stageTitle: stage.title, before: 0 };
    if (afterStages.has(stage.id)) {
      lastKeptStage = stage.id;
      let anchor: string | undefined;
      for (const step of steps) {
        const index = after.stepIndexById.get(step.id);
        if (index !== undefined) {
          if (after.steps[index].stageId === stage.id) anchor = step.id;
          continue;
        }
        const ghost: GhostColumn = { ...base, id: step.id, title: step.title, stageRemoved: false };
        if (anchor === undefined) push(atStageStart, stage.id, ghost);
        else push(afterStep, anchor, ghost);
      }
      continue;
    }
    const ghosts: GhostColumn[] = removed.length
      ? removed.map((step) => ({ ...base, id: step.id, title: step.title, stageRemoved: true }))
      : [{ ...base, id: stage.id, title: stage.title, stageRemoved: true, standsForStage: true }];
    for (const ghost of ghosts) {
      if (lastKeptStage === undefined) leading.push(ghost);
      else push(afterStage, lastKeptStage, ghost);
    }
  }
  const placed: GhostColumn[] = [];
  const place = (list: GhostColumn[] | undefined, at: number) => {
    for (const ghost of list ?? []) placed.push({ ...ghost, before: at });
  };
  place(leading, 0);
  for (const stage of after.stages) {
    place(atStageStart.get(stage.id), stage.firstStep);
    for (let index = stage.firstStep; index < stage.firstStep + stage.stepCount; index += 1) {
      place(afterStep.get(after.steps[index].id), index + 1);
    }
    place(afterStage.get(stage.id), stage.firstStep + stage.stepCount);
  }
  return placed;
}

/**
 * Moves the columns of `layout` apart to make room for `ghosts` (in drawing order) and adds the ghost
 * and ghost-stage boxes; every column and stage gets its ARIA column index. A stage that is still
 * there spans its own ghosts. `layout` is not modified.
 */
export function withGhosts(layout: ColumnLayout, ghosts: readonly GhostColumn[], width = GHOST_COLUMN_WIDTH): ColumnLayout {
  if (!ghosts.length) return layout;
  const columns: ColumnBox[] = [];
  const boxes: GhostBox[] = [];
  let x = 0;
  let colIndex = 2;
  let next = 0;
  const placeGhostsBefore = (index: number) => {
    while (next < ghosts.length && ghosts[next].before <= index) {
      boxes.push({ ...ghosts[next], x, width, center: x + Math.floor(width / 2), colIndex });
      x += width;
      colIndex += 1;
      next += 1;
    }
  };
  for (const column of layout.columns) {
    placeGhostsBefore(column.index);
    columns.push({ ...column, x, center: x + (column.center - column.x), colIndex });
    x += column.width;
    colIndex += 1;
  }
  placeGhostsBefore(Number.POSITIVE_INFINITY);
  const contentWidth = layout.contentWidth + boxes.length * width;
  const stages: StageBox[] = layout.stages.map((stage) => {
    const own = [...columns.slice(stage.firstStep, stage.firstStep + stage.stepCount), ...boxes.filter((ghost) => !ghost.stageRemoved && ghost.stageId === stage.stageId)];
    if (!own.length) return { ...stage, x: contentWidth, colIndex, colSpan: 0 };
    const start = Math.min(...own.map((box) => box.x));
    const end = Math.max(...own.map((box) => box.x + box.width));
    return { ...stage, x: start, width: end - start, colIndex: Math.min(...own.map((box) => box.colIndex ?? 0)), colSpan: own.length };
  });
  const ghostStages: GhostStageBox[] = [];
  for (const ghost of boxes) {
    if (!ghost.stageRemoved) continue;
    const last = ghostStages[ghostStages.length - 1];
    if (last && last.stageId === ghost.stageId && last.x + last.width === ghost.x) {
      last.width += ghost.width;
      last.colSpan += 1;
    } else {
      ghostStages.push({ stageId: ghost.stageId, title: ghost.stageTitle, x: ghost.x, width: ghost.width, colIndex: ghost.colIndex, colSpan: 1 });
    }
  }
  return { ...layout, contentWidth, columns, stages, ghosts: boxes, ghostStages };
}

/** The ARIA column index of step column `index` (the corner is 1). */
export function columnIndex(layout: ColumnLayout | undefined, index: number): number {
  return layout?.columns[index]?.colIndex ?? index + 2;
}

/** The ghosts drawn right before step column `index` (`columns.length`: after the last). */
export function ghostsBefore(layout: ColumnLayout | undefined, index: number): readonly GhostBox[] {
  if (!layout?.ghosts?.length) return NONE;
  let byIndex = ghostIndex.get(layout);
  if (!byIndex) {
    byIndex = new Map();
    for (const ghost of layout.ghosts) {
      const at = Math.min(ghost.before, layout.columns.length);
      byIndex.set(at, [...(byIndex.get(at) ?? []), ghost]);
    }
    ghostIndex.set(layout, byIndex);
  }
  return byIndex.get(Math.min(index, layout.columns.length)) ?? NONE;
}

const NONE: readonly GhostBox[] = [];
const ghostIndex = new WeakMap<ColumnLayout, Map<number, GhostBox[]>>();

/** The ARIA column count of a map's grid: the corner, the steps and the ghosts. */
export function columnCount(layout: ColumnLayout, steps: number): number {
  return steps + 1 + (layout.ghosts?.length ?? 0);
}
