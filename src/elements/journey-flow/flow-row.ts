/**
 * `<journey-flow>` as the `flow` lane of a map: a row of the map's grid. Its header names the lane
 * (the collapse toggle, the legend and where the numbers come from); its body is the same drawing as
 * the standalone flow, laid out over the map's own columns (each node centred in its step column),
 * behind one transparent grid cell per step column that carries the step's ways in and out as its
 * name. The keyboard belongs to the map's grid; `flowLaneKey` adds the moves along the links.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import { flowString } from '../../i18n/flow-strings.js';
import { columnIndex } from '../../layout/ghost-columns.js';
import { moveFlowFocus, type FlowFocus, type FlowMove } from '../../layout/flow-navigation.js';
import { exitText, linkText, stepText } from '../../layout/flow-text.js';
import type { ColumnLayout } from '../../layout/types.js';
import { renderGhostCell } from '../shared/ghost-column.js';
import { renderPictureRowHeader } from '../shared/lane-toggle.js';
import { styleProps } from '../shared/style-props.js';
import { renderLabels, renderLegend, renderSource, type FlowView } from './flow-template.js';
import { ENGLISH } from '../../i18n/translator.js';

export interface FlowRowOptions {
  title: string;
  collapsed: boolean;
  selectedStepId?: string;
  onToggle: (event: Event) => void;
  /** The drawing (flow-drawing.ts) of the view. */
  drawing?: SVGSVGElement;
  /** What the live region says: the focused link or drop-off. */
  announcement: string;
}

/** The name of a step's cell: the step with its ways in and out, then each way out with its figures. */
export function cellName(view: FlowView, step: number): string {
  const { journey, table, flow, words } = view;
  const ways = [
    ...flow.links.flatMap((link, index) => (link.from === step ? [linkText(journey, table, flow, index, words)] : [])),
    ...flow.exits.flatMap((drop, index) => (drop.step === step ? [exitText(journey, table, flow, index, words)] : [])),
  ];
  const head = stepText(table, flow, journey, step, words);
  return ways.length ? `${head}. ${ways.join('; ')}` : head;
}

function renderHeader(layout: ColumnLayout, view: FlowView | undefined, options: FlowRowOptions): TemplateResult {
  const words = view?.words ?? ENGLISH;
  return renderPictureRowHeader(
    layout,
    { ...words, title: options.title, collapsed: options.collapsed, onToggle: options.onToggle },
    view && !options.collapsed
      ? html`${renderLegend(view)}${renderSource(view)}
          <p id="lane-hint" class="visually-hidden">${flowString(words, 'flow.laneHint')}</p>
          <div class="visually-hidden" role="status" aria-live="polite">${options.announcement}</div>`
      : nothing,
  );
}

function renderCells(layout: ColumnLayout, view: FlowView, selectedStepId: string | undefined): TemplateResult {
  const { journey } = view;
  // A compared map's removed steps: an empty ghost cell over each ghost column, in column order
  // (layout/ghost-columns.ts), as in the emotion lane, so column numbers and the keyboard line up.
  const boxes = layout.ghosts?.length ? [...layout.columns, ...layout.ghosts].sort((a, b) => a.x - b.x) : layout.columns;
  return html`${repeat(
    boxes,
    (box) => ('stepId' in box ? box.stepId : `ghost:${box.id}`),
    (box) => {
      if (!('stepId' in box)) return renderGhostCell(box, true);
      const column = box;
      const selected = column.stepId === selectedStepId;
      return html`<div
        role="gridcell"
        part=${selected ? 'cell selected' : 'cell'}
        class=${classMap({ cell: true, selected })}
        tabindex="-1"
        aria-colindex=${columnIndex(layout, column.index)}
        aria-selected=${selected ? 'true' : 'false'}
        aria-label=${cellName(view, column.index)}
        aria-describedby="lane-hint"
        data-step=${column.index}
        data-step-id=${column.stepId}
        data-stage-id=${journey.steps[column.index]?.stageId ?? ''}
        style=${styleProps({ insetInlineStart: `${column.x}px`, inlineSize: `${column.width}px` })}
      ></div>`;
    },
  )}`;
}

/** The flow lane as a row of a map: its header, then (unless collapsed) the drawing behind its cells. */
export function renderFlowRow(layout: ColumnLayout, view: FlowView | undefined, options: FlowRowOptions): TemplateResult {
  const header = renderHeader(layout, view, options);
  if (options.collapsed || !view || !options.drawing) return header;
  // At least the drawing's height, and as tall as the row: a narrow map's header with the legend is taller.
  const size = { inlineSize: `${layout.contentWidth}px`, minBlockSize: `${view.flow.height}px` };
  return html`${header}<div class="lane-body" style=${styleProps(size)}>
      <div class="canvas">${options.drawing}${renderLabels(view)}</div>
      ${renderCells(layout, view, options.selectedStepId)}
    </div>`;
}

/** The step a focus belongs to as a way out: a node's own step, a link's source, a drop-off's step. */
export function ownerStep(view: FlowView, focus: FlowFocus): number {
  if (focus.kind === 'node') return focus.step;
  return focus.kind === 'link' ? view.flow.links[focus.index].from : view.flow.exits[focus.index].step;
}

/**
 * What an arrow key does on the flow lane's cell of `step` when `way` (a link or drop-off of that
 * step) is focused inside it: the next focus, or undefined to leave the key to the map's grid.
 * Left and right follow the links (→ a way out, then its target; ← the way in, then its source), up
 * and down move among the ways out of a step; on a step itself up and down, and an arrow with
 * nowhere to go, are the grid's (the row above or below, the next cell).
 */
export function flowLaneMove(view: FlowView, step: number, way: FlowFocus | undefined, key: string, rtl: boolean): FlowFocus | undefined {
  const moves: Record<string, FlowMove> = {
    ArrowRight: rtl ? 'back' : 'forward',
    ArrowLeft: rtl ? 'forward' : 'back',
    ArrowUp: 'up',
    ArrowDown: 'down',
  };
  const move = moves[key];
  if (!move) return undefined;
  const from: FlowFocus = way ?? { kind: 'node', step };
  if (from.kind === 'node' && (move === 'up' || move === 'down')) return undefined;
  const next = moveFlowFocus(view.flow, from, move);
  const same = next.kind === from.kind && (next.kind === 'node' ? next.step === (from as { step: number }).step : next.index === (from as { index: number }).index);
  return same ? undefined : next;
}

/** The lane row inside a map: header and cells styled like the map's other lane rows. */
export const flowRowStyles = css`
  :host([role='row']) {
    display: flex;
    background: transparent;
  }
  .header {
    flex: none;
    box-sizing: border-box;
    position: sticky;
    inset-inline-start: 0;
    z-index: 2;
    display: flex;
    flex-direction: column;
    gap: var(--journey-space-2);
    padding: var(--journey-space-2);
    border-inline-end: 1px solid var(--journey-border);
    border-block-end: 1px solid var(--journey-border);
    background: var(--journey-surface-alt);
    outline-offset: -3px;
    overflow-wrap: anywhere;
  }
  .header .legend {
    flex-direction: column;
    font-size: 0.8em;
  }
  .header .source {
    font-size: 0.75em;
  }
  .toggle {
    position: relative;
    z-index: 1;
  }
  .lane-body {
    position: relative;
    flex: none;
    box-sizing: border-box;
    border-block-end: 1px solid var(--journey-border);
    background: var(--journey-surface);
  }
  .lane-body .canvas {
    position: absolute;
    inset: 0;
  }
  /* As tall as the row, which the header's legend may stretch past the flow: the stage bands reach its bottom. */
  .lane-body .svg {
    block-size: 100%;
  }
`;
