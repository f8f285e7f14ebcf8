import type { ColumnLayout } from '../layout/types.js';
import type { ExportPalette } from './palette.js';
import { add, EXPORT, type SceneNode } from './scene-node.js';

/**
 * A compared map's removed steps in the export, as on screen (layout/ghost-columns.ts): a narrow
 * column with "Removed" and the struck title written sideways, a struck ghost header over a removed
 * stage's columns, and a hatched band down the lanes. Each ghost is a group with its words as a
 * `<title>`, so the picture names it too.
 */
export interface GhostWords {
  removed: string;
  step: (title: string) => string;
  stage: (title: string) => string;
}

export interface GhostFrame {
  layout: ColumnLayout;
  palette: ExportPalette;
  /** Physical x of a box `x` from the grid's inline start, `w` wide (mirrored for right-to-left). */
  gridX: (x: number, w: number) => number;
  words: GhostWords;
}

/** The text cut to what fits in `length` px, with an ellipsis. */
function fit(text: string, length: number, size: number): string {
  const chars = Math.max(1, Math.floor(length / (EXPORT.charWidth * (size / EXPORT.fontSize))));
  return text.length <= chars ? text : `${text.slice(0, Math.max(1, chars - 1))}…`;
}

/** The ghost stage headers in the stage row. */
export function drawGhostStages(root: SceneNode, frame: GhostFrame, top: number, height: number): void {
  for (const stage of frame.layout.ghostStages ?? []) {
    const x = frame.gridX(stage.x, stage.width);
    const node = add(root, 'g', { class: 'ghost-stage', 'data-stage': stage.stageId });
    add(node, 'title', {}, frame.words.stage(stage.title));
    add(node, 'rect', { x, y: top, width: stage.width, height, fill: frame.palette.surface, stroke: frame.palette.muted, 'stroke-dasharray': '4 3' });
    add(
      node,
      'text',
      { x: x + 4, y: top + EXPORT.padding + EXPORT.smallSize, fill: frame.palette.muted, 'font-size': EXPORT.smallSize, 'font-weight': 600, 'text-decoration': 'line-through' },
      fit(stage.title, stage.width - 8, EXPORT.smallSize),
    );
  }
}

/** The ghost step headers, and the band down the lanes from `lanesTop` to `bottom`. */
export function drawGhostColumns(root: SceneNode, frame: GhostFrame, stepsTop: number, stepHeight: number, lanesTop: number, bottom: number): void {
  const size = EXPORT.smallSize;
  for (const ghost of frame.layout.ghosts ?? []) {
    const x = frame.gridX(ghost.x, ghost.width);
    const node = add(root, 'g', { class: 'ghost', 'data-step': ghost.id });
    add(node, 'title', {}, ghost.standsForStage ? frame.words.stage(ghost.title) : frame.words.step(ghost.title));
    add(node, 'rect', { x, y: stepsTop, width: ghost.width, height: bottom - stepsTop, fill: frame.palette.muted, 'fill-opacity': 0.1 });
    add(node, 'line', { x1: x + ghost.width, x2: x + ghost.width, y1: stepsTop, y2: bottom, stroke: frame.palette.muted, 'stroke-dasharray': '4 3' });
    add(node, 'line', { x1: x, x2: x + ghost.width, y1: lanesTop, y2: lanesTop, stroke: frame.palette.border });
    // Written bottom to top, centred in the column: "REMOVED" in bold, then the struck title.
    const cx = x + ghost.width / 2 + size / 3;
    const y = stepsTop + stepHeight - EXPORT.padding;
    const text = add(node, 'text', { x: cx, y, transform: `rotate(-90 ${cx} ${y})`, fill: frame.palette.muted, 'font-size': size });
    const room = stepHeight - 2 * EXPORT.padding;
    const tag = frame.words.removed.toLocaleUpperCase();
    add(text, 'tspan', { 'font-weight': 700 }, `${tag} `);
    add(text, 'tspan', { 'text-decoration': 'line-through' }, fit(ghost.title, room - (tag.length + 1) * EXPORT.charWidth, size));
  }
}
