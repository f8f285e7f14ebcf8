import { css, html, type TemplateResult } from 'lit';
import type { GhostBox, GhostStageBox } from '../../layout/ghost-columns.js';
import type { ColumnLayout } from '../../layout/types.js';
import { styleProps } from './style-props.js';

/**
 * A map compared with another document draws the columns it no longer has as narrow ghost columns
 * (layout/ghost-columns.ts): a struck-through header "Removed", and an empty cell in every lane, each
 * a grid cell named "Removed step: …", so moving through a row meets the gap where the step was.
 * The headers are the map's (journey-map/map-ghosts.ts); this module is what lanes share, without words.
 */

/** The ghost's empty cell in a lane row; `positioned` places it by its x (the emotion lane's cells are absolute). */
export function renderGhostCell(ghost: GhostBox, positioned = false): TemplateResult {
  return html`<div
    role="gridcell"
    part="ghost"
    class="ghost ghost--cell"
    tabindex="-1"
    aria-colindex=${ghost.colIndex}
    aria-label=${ghost.label ?? ghost.title}
    data-ghost-id=${ghost.id}
    style=${styleProps(positioned ? { insetInlineStart: `${ghost.x}px`, inlineSize: `${ghost.width}px` } : { inlineSize: `${ghost.width}px` })}
  ></div>`;
}

/** The stage headers and ghost stage headers of a layout, in drawing order. */
export function stageRowBoxes(layout: ColumnLayout): Array<{ stage: ColumnLayout['stages'][number] } | { ghost: GhostStageBox }> {
  const boxes: Array<{ x: number; item: { stage: ColumnLayout['stages'][number] } | { ghost: GhostStageBox } }> = [
    ...layout.stages.map((stage) => ({ x: stage.x, item: { stage } })),
    ...(layout.ghostStages ?? []).map((ghost) => ({ x: ghost.x, item: { ghost } })),
  ];
  if (!layout.ghostStages?.length) return boxes.map((box) => box.item);
  return boxes.sort((a, b) => a.x - b.x).map((box) => box.item);
}

/** Ghost columns in every element that draws them (map headers, lanes): hatched, muted, dashed edge. */
export const ghostStyles = css`
  .ghost {
    position: relative;
    flex: none;
    box-sizing: border-box;
    overflow: hidden;
    border-inline-end: 1px dashed var(--journey-muted);
    border-block-end: 1px solid var(--journey-border);
    background: repeating-linear-gradient(135deg, transparent 0 6px, color-mix(in srgb, var(--journey-muted) 22%, transparent) 6px 8px);
    color: var(--journey-muted);
    outline-offset: -3px;
  }
  .ghost:focus-visible {
    outline: 3px solid var(--journey-focus-ring);
  }
  .ghost--cell {
    cursor: default;
  }
  /* Read by screen readers, not shown: the header shows "Removed" and the struck title instead. */
  .ghost__spoken {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .ghost--stage {
    padding: var(--journey-space-2) 4px;
    font-weight: 600;
    font-size: 0.85em;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .ghost__text {
    /* Centred across the column and as tall as the header row, without making the row taller. */
    position: absolute;
    inset: var(--journey-space-2) 0;
    width: fit-content;
    margin: 0 auto;
    writing-mode: vertical-rl;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    font-size: 0.85em;
    font-weight: 500;
  }
  .ghost__tag {
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  @media (forced-colors: active) {
    .ghost {
      background: none;
      border-inline-end-color: CanvasText;
      color: CanvasText;
    }
    .ghost:focus-visible {
      outline-color: CanvasText;
    }
  }
`;

/** Ghost cells of rows whose cells sit over one drawing by their x (the emotion and flow lanes). */
export const positionedGhostStyles = css`
  .ghost--cell {
    position: absolute;
    inset-block: 0;
    z-index: 1;
    border-block-end: none;
  }
`;

/** The transparent step cells of rows drawn as one picture (the emotion and flow lanes): placed by their x over it. */
export const positionedCellStyles = css`
  .cell {
    position: absolute;
    inset-block: 0;
    box-sizing: border-box;
    z-index: 1;
    border-inline-end: 1px solid var(--journey-grid-line);
    outline-offset: -3px;
    cursor: pointer;
  }
  .cell.selected {
    box-shadow:
      inset 2px 0 0 var(--journey-accent),
      inset -2px 0 0 var(--journey-accent);
  }
  .header:focus-visible,
  .cell:focus-visible {
    outline: 3px solid var(--journey-focus-ring);
  }
`;
