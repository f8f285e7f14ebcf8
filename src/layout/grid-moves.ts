/**
 * Keyboard movement in a WAI-ARIA grid, as pure index math. Cells may span columns (stage headers)
 * and rows may be shorter than others (a collapsed lane keeps only its row header).
 */

/** A logical position: `col` is a column index, kept while moving vertically through shorter rows. */
export interface GridPosition {
  row: number;
  col: number;
}

/** Per row, the column span of each of its cells in visual order. */
export type GridShape = ReadonlyArray<ReadonlyArray<number>>;

export type NavigationKey =
  | 'ArrowLeft'
  | 'ArrowRight'
  | 'ArrowUp'
  | 'ArrowDown'
  | 'Home'
  | 'End'
  | 'CtrlHome'
  | 'CtrlEnd'
  | 'PageUp'
  | 'PageDown';

/** Rows PageUp/PageDown move by. */
export const PAGE_ROWS = 5;

const PLAIN_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

/** The navigation key a keyboard event means, if any (Ctrl or ⌘ with Home/End jumps to a corner). */
export function navigationKey(event: { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean }): NavigationKey | undefined {
  if (event.altKey || !PLAIN_KEYS.has(event.key)) return undefined;
  const modified = Boolean(event.ctrlKey || event.metaKey);
  if (event.key === 'Home' || event.key === 'End') return modified ? (`Ctrl${event.key}` as NavigationKey) : event.key;
  return modified ? undefined : (event.key as NavigationKey);
}

/** Index of the cell of `spans` that covers column `col` (the last cell when `col` is past the row's end). */
export function cellIndexAt(spans: ReadonlyArray<number>, col: number): number {
  let start = 0;
  for (let index = 0; index < spans.length; index += 1) {
    start += Math.max(1, spans[index]);
    if (col < start) return index;
  }
  return spans.length - 1;
}

/** First column covered by cell `index` of `spans`. */
export function cellStart(spans: ReadonlyArray<number>, index: number): number {
  let start = 0;
  for (let i = 0; i < index; i += 1) start += Math.max(1, spans[i]);
  return start;
}

/** Brings a position that may be stale (the grid shrank) back inside the grid. */
export function clampPosition(position: GridPosition, shape: GridShape): GridPosition {
  const row = Math.min(Math.max(0, position.row), Math.max(0, shape.length - 1));
  const spans = shape[row] ?? [];
  const width = cellStart(spans, spans.length);
  return { row, col: Math.min(Math.max(0, position.col), Math.max(0, width - 1)) };
}

function horizontal(position: GridPosition, spans: ReadonlyArray<number>, step: 1 | -1): GridPosition {
  const target = cellIndexAt(spans, position.col) + step;
  if (target < 0 || target >= spans.length) return position;
  return { row: position.row, col: cellStart(spans, target) };
}

function vertical(position: GridPosition, rowCount: number, delta: number): GridPosition {
  const row = Math.min(Math.max(0, position.row + delta), rowCount - 1);
  return row === position.row ? position : { row, col: position.col };
}

/**
 * Where focus goes from `position` when `key` is pressed: arrows move one cell without wrapping,
 * Home/End go to the ends of the row, Ctrl+Home/End to the first and last cell of the grid,
 * PageUp/PageDown move by `PAGE_ROWS` rows. Under right-to-left, Left and Right swap.
 * Returns `position` itself when the move would leave the grid.
 */
export function nextCell(position: GridPosition, key: NavigationKey, shape: GridShape, rtl = false): GridPosition {
  if (shape.length === 0) return position;
  const spans = shape[position.row] ?? [];
  const lastRow = shape.length - 1;
  switch (key) {
    case 'ArrowRight':
      return horizontal(position, spans, rtl ? -1 : 1);
    case 'ArrowLeft':
      return horizontal(position, spans, rtl ? 1 : -1);
    case 'ArrowDown':
      return vertical(position, shape.length, 1);
    case 'ArrowUp':
      return vertical(position, shape.length, -1);
    case 'PageDown':
      return vertical(position, shape.length, PAGE_ROWS);
    case 'PageUp':
      return vertical(position, shape.length, -PAGE_ROWS);
    case 'Home':
      return { row: position.row, col: 0 };
    case 'End':
      return { row: position.row, col: cellStart(spans, Math.max(0, spans.length - 1)) };
    case 'CtrlHome':
      return { row: 0, col: 0 };
    case 'CtrlEnd': {
      const last = shape[lastRow];
      return { row: lastRow, col: cellStart(last, Math.max(0, last.length - 1)) };
    }
    default:
      return position;
  }
}
