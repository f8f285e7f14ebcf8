import type { LitElement } from 'lit';
import { isGridRow, type GridRow } from '../../controllers/grid-row.js';
import { emit } from '../../events.js';
import type { NormalizedJourney } from '../../model/types.js';
import { cellForWarning } from './map-state.js';
import { gridRows, laneRows, type MapRow } from './map-lanes.js';
import { sameRowsShape, selectionFrom, type RowsShape } from './map-state.js';

export interface MapInteractionHost {
  /** The map element: listens for clicks and lane toggles, dispatches `journey-select`. */
  element: HTMLElement;
  rows: () => MapRow[];
  journey: () => NormalizedJourney | undefined;
  /** Selects a step column (the map's `selected`). */
  select: (stepId: string) => void;
  collapsed: () => ReadonlySet<string>;
  setCollapsed: (collapsed: ReadonlySet<string>) => void;
  focusCell: (cell: HTMLElement) => void;
  updateComplete: () => Promise<unknown>;
}

/**
 * How the reader acts on the map's grid: a click or Enter on a cell selects its column (a row header
 * toggles its lane), a lane's toggle is remembered, and a panel's link (health, fix first) selects a
 * step and focuses its cell.
 */
export class MapInteraction {
  constructor(private readonly host: MapInteractionHost) {
    host.element.addEventListener('click', this.onClick);
    host.element.addEventListener('journey-lane-toggle', this.onLaneToggle);
  }

  /** Enter, Space or a click on a cell: a row header toggles its lane, a step cell selects its column. */
  activate(cell: HTMLElement): void {
    if (cell.getAttribute('role') === 'rowheader') {
      cell.querySelector('button')?.click();
      return;
    }
    const journey = this.host.journey();
    const row = this.host.rows().find((candidate) => candidate.cells.includes(cell));
    const selection = row && journey ? selectionFrom(cell, row, journey) : undefined;
    if (!selection) return;
    this.host.select(selection.stepId);
    emit(this.host.element, 'journey-select', selection);
  }

  /** Selects `stepId`'s column and focuses its cell in `lane` (else its step header). */
  async showCell(stepId: string | undefined, lane: string | undefined): Promise<void> {
    const journey = this.host.journey();
    const index = stepId === undefined ? undefined : journey?.stepIndexById.get(stepId);
    const step = index === undefined ? undefined : journey?.steps[index];
    if (step) {
      this.host.select(step.id);
      emit(this.host.element, 'journey-select', lane ? { stageId: step.stageId, stepId: step.id, lane } : { stageId: step.stageId, stepId: step.id });
    }
    await this.host.updateComplete();
    const cell = cellForWarning(this.host.rows(), index, lane);
    if (cell) this.host.focusCell(cell);
  }

  private readonly onClick = (event: MouseEvent): void => {
    const cells = new Set(this.host.rows().flatMap((row) => row.cells));
    const cell = event.composedPath().find((node): node is HTMLElement => cells.has(node as HTMLElement));
    if (cell && cell.getAttribute('role') !== 'rowheader') this.activate(cell);
  };

  private readonly onLaneToggle = (event: Event): void => {
    const lane = event.composedPath().find((node): node is GridRow => node instanceof HTMLElement && isGridRow(node));
    const detail = (event as CustomEvent<{ lane: string; collapsed: boolean }>).detail;
    if (!lane || lane === (this.host.element as unknown) || !detail) return;
    const collapsed = new Set(this.host.collapsed());
    if (detail.collapsed) collapsed.add(detail.lane);
    else collapsed.delete(detail.lane);
    this.host.setCollapsed(collapsed);
  };
}

/**
 * Numbers the rows, counts them for assistive technology, and re-applies the tab stop once lanes
 * rendered. Skipped when the grid has the same lane elements, step columns and collapsed lanes as
 * at the last sync: its rows and cells are then the same elements (an update that changes a cell's
 * content, the selection or the columns drawn so far).
 */
export class RowNumbering {
  private synced?: RowsShape;

  async sync(map: HTMLElement, steps: readonly { id: string }[], collapsed: ReadonlySet<string>, refresh: () => void): Promise<void> {
    const root = map.shadowRoot;
    const grid = root?.querySelector('[role="grid"]');
    if (!root || !grid) return;
    const shape: RowsShape = { grid, lanes: [...root.querySelectorAll('.lanes > .customer-row'), ...laneRows(map, root)], steps, collapsed };
    if (this.synced && sameRowsShape(shape, this.synced)) return;
    this.synced = shape;
    const rows = gridRows(map, root);
    rows.forEach((row, index) => row.element?.setRowIndex(index + 1));
    grid.setAttribute('aria-rowcount', String(rows.length));
    await Promise.all(rows.map((row) => (row.element as Partial<LitElement> | undefined)?.updateComplete));
    refresh();
  }
}
