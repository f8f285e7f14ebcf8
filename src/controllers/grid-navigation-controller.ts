import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  cellIndexAt,
  cellStart,
  clampPosition,
  navigationKey,
  nextCell,
  type GridPosition,
  type GridShape,
} from '../layout/grid-moves.js';

export interface GridNavigationOptions {
  /** The grid's focusable cells, row by row in visual order (cells may live in other shadow roots). */
  rows: () => HTMLElement[][];
  /** Enter or Space on a cell. */
  onActivate: (cell: HTMLElement) => void;
  /** Escape inside the grid. */
  onEscape: () => void;
  /** False turns the controller off (a lane inside a map leaves the keyboard to the map). */
  enabled?: () => boolean;
}

function spanOf(cell: HTMLElement): number {
  const span = Number(cell.getAttribute('aria-colspan'));
  return Number.isInteger(span) && span > 1 ? span : 1;
}

/**
 * The WAI-ARIA grid keyboard model over cells that may sit in several shadow roots: one roving tab
 * stop (the active cell has tabindex 0, every other cell -1), arrows, Home/End, Ctrl+Home/End,
 * PageUp/PageDown, Enter/Space and Escape. Left and Right follow the host's computed direction.
 * Keys and focus are read on the host, where they arrive retargeted from the cells' shadow roots.
 */
export class GridNavigationController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: GridNavigationOptions;
  private position: GridPosition = { row: 0, col: 0 };
  private active?: HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement, options: GridNavigationOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeyDown);
    this.host.addEventListener('focusin', this.onFocusIn);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown);
    this.host.removeEventListener('focusin', this.onFocusIn);
  }

  /**
   * Moves the tab stop to `cell` and focuses it, for a focus the map moves itself (a health warning
   * taking the reader to its cell): focusin alone did not always move the tab stop after a key press.
   */
  focusCell(cell: HTMLElement): void {
    const rows = this.liveRows();
    const found = this.locate(rows, cell);
    if (found) {
      const shape = rows.map((cells) => cells.map(spanOf));
      this.position = { row: found.row, col: cellStart(shape[found.row], found.index) };
      this.apply(rows, shape);
    }
    cell.focus();
  }

  /** The cell that currently holds the tab stop. */
  get activeCell(): HTMLElement | undefined {
    return this.active;
  }

  /**
   * Re-applies the single tab stop after rows re-rendered: keeps the active cell when it is still in
   * the grid, else the cell now at the remembered position.
   */
  refresh(): void {
    if (!this.isEnabled()) return;
    const rows = this.liveRows();
    const shape = rows.map((cells) => cells.map(spanOf));
    const found = this.active ? this.locate(rows, this.active) : undefined;
    if (found) {
      const spans = shape[found.row];
      const keep = cellIndexAt(spans, this.position.col) === found.index && this.position.row === found.row;
      this.position = keep ? this.position : { row: found.row, col: cellStart(spans, found.index) };
    } else {
      this.position = clampPosition(this.position, shape);
    }
    this.apply(rows, shape);
  }

  private isEnabled(): boolean {
    return this.options.enabled ? this.options.enabled() : true;
  }

  private liveRows(): HTMLElement[][] {
    return this.options.rows().filter((cells) => cells.length > 0);
  }

  private locate(rows: HTMLElement[][], cell: Element): { row: number; index: number } | undefined {
    for (let row = 0; row < rows.length; row += 1) {
      const index = rows[row].indexOf(cell as HTMLElement);
      if (index >= 0) return { row, index };
    }
    return undefined;
  }

  private cellAt(rows: HTMLElement[][], shape: GridShape, position: GridPosition): HTMLElement | undefined {
    const cells = rows[position.row];
    return cells?.[cellIndexAt(shape[position.row], position.col)];
  }

  private apply(rows: HTMLElement[][], shape: GridShape): void {
    const target = this.cellAt(rows, shape, this.position);
    this.active = target;
    for (const cells of rows) {
      for (const cell of cells) {
        const tabIndex = cell === target ? '0' : '-1';
        if (cell.getAttribute('tabindex') !== tabIndex) cell.setAttribute('tabindex', tabIndex);
      }
    }
  }

  /** The grid cell an event started on, with the rows it was found in. */
  private eventCell(event: Event): { rows: HTMLElement[][]; row: number; index: number; cell: HTMLElement } | undefined {
    const origin = event.composedPath()[0];
    if (!(origin instanceof HTMLElement)) return undefined;
    const rows = this.liveRows();
    const found = this.locate(rows, origin);
    return found ? { rows, ...found, cell: origin } : undefined;
  }

  private readonly onFocusIn = (event: FocusEvent): void => {
    if (!this.isEnabled()) return;
    const hit = this.eventCell(event);
    if (!hit || hit.cell === this.active) return;
    const shape = hit.rows.map((cells) => cells.map(spanOf));
    this.position = { row: hit.row, col: cellStart(shape[hit.row], hit.index) };
    this.apply(hit.rows, shape);
  };

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (!this.isEnabled() || event.defaultPrevented) return;
    const hit = this.eventCell(event);
    if (!hit) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.options.onActivate(hit.cell);
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      this.options.onEscape();
      return;
    }
    const key = navigationKey(event);
    if (!key) return;
    event.preventDefault();
    const shape = hit.rows.map((cells) => cells.map(spanOf));
    if (hit.cell !== this.active) this.position = { row: hit.row, col: cellStart(shape[hit.row], hit.index) };
    const rtl = getComputedStyle(this.host).direction === 'rtl';
    this.position = nextCell(this.position, key, shape, rtl);
    this.apply(hit.rows, shape);
    this.active?.focus();
  };
}
