import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import { renderPictureRowHeader } from '../shared/lane-toggle.js';
import { styleProps } from '../shared/style-props.js';
import type { ColumnBox, ColumnLayout } from '../../layout/types.js';
import { cellLabel, showsStep, type CurveView } from './curve-view.js';
import { renderLegend } from './parts-template.js';
import { columnIndex } from '../../layout/ghost-columns.js';
import { renderGhostCell } from '../shared/ghost-column.js';
import { ENGLISH } from '../../i18n/translator.js';

export interface RowHeaderOptions {
  title: string;
  collapsed: boolean;
  onToggle: (event: Event) => void;
}

/**
 * The sticky row header of the emotion lane inside a map: the lane name as a collapse toggle (like
 * the other lanes' headers), and the legend when there is more than one line. Named by the lane
 * name alone, so moving between rows does not read the legend every time.
 */
export function renderRowHeader(layout: ColumnLayout, view: CurveView | undefined, options: RowHeaderOptions): TemplateResult {
  return renderPictureRowHeader(
    layout,
    { ...(view ?? ENGLISH), title: options.title, collapsed: options.collapsed, onToggle: options.onToggle },
    view && !options.collapsed ? renderLegend(view) : nothing,
  );
}

/**
 * One transparent grid cell per step column, exactly over its column, named with the step's values
 * per series: in a map the cells carry the data and the plot behind them is decoration. A column the
 * map has not drawn yet has its cell, unnamed (like the other lanes' empty cells) until it is.
 */
export function renderCells(view: CurveView): TemplateResult {
  const { layout, journey } = view;
  const cell = (column: ColumnBox) => {
    const selected = column.stepId === view.selectedStepId;
    return html`<div
      role="gridcell"
      part=${selected ? 'cell selected' : 'cell'}
      class=${classMap({ cell: true, selected })}
      tabindex="-1"
      aria-colindex=${columnIndex(layout, column.index)}
      aria-selected=${selected ? 'true' : 'false'}
      aria-label=${showsStep(view, column.index) ? cellLabel(column.index, view) : nothing}
      data-step-id=${column.stepId}
      data-stage-id=${journey.steps[column.index].stageId}
      style=${styleProps({ insetInlineStart: `${column.x}px`, inlineSize: `${column.width}px` })}
    ></div>`;
  };
  // A compared map's removed steps: an empty ghost cell over each ghost column, in column order (layout/ghost-columns.ts).
  const ghosts = layout.ghosts;
  if (!ghosts?.length) return html`${repeat(layout.columns, (column) => column.stepId, cell)}`;
  const boxes = [...layout.columns, ...ghosts].sort((a, b) => a.x - b.x);
  return html`${repeat(
    boxes,
    (box) => ('stepId' in box ? box.stepId : `ghost:${box.id}`),
    (box) => ('stepId' in box ? cell(box) : renderGhostCell(box, true)),
  )}`;
}
