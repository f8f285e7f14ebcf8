/**
 * Where an arrow key moves focus in the 3 × 3 matrix: cell to cell (APG grid), and card to card
 * inside a cell once Enter has moved focus into it. Pure, so the moves are tested without a browser.
 */
export interface MatrixPosition {
  row: number;
  column: number;
}

/** The cell a key moves to from `at` in a `rows` × `columns` grid, or undefined for other keys. RTL swaps left and right. */
export function moveInGrid(at: MatrixPosition, key: string, ctrl: boolean, rows: number, columns: number, rtl = false): MatrixPosition | undefined {
  const clamp = (value: number, max: number) => Math.min(max - 1, Math.max(0, value));
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
      return { row: at.row, column: clamp(at.column + 1, columns) };
    case back:
      return { row: at.row, column: clamp(at.column - 1, columns) };
    case 'ArrowDown':
      return { row: clamp(at.row + 1, rows), column: at.column };
    case 'ArrowUp':
      return { row: clamp(at.row - 1, rows), column: at.column };
    case 'Home':
      return ctrl ? { row: 0, column: 0 } : { row: at.row, column: 0 };
    case 'End':
      return ctrl ? { row: rows - 1, column: columns - 1 } : { row: at.row, column: columns - 1 };
    default:
      return undefined;
  }
}

/** The card a key moves to inside a cell of `count` cards, or undefined for other keys. */
export function moveInCell(index: number, key: string, count: number): number | undefined {
  if (key === 'ArrowDown' || key === 'ArrowRight') return Math.min(count - 1, index + 1);
  if (key === 'ArrowUp' || key === 'ArrowLeft') return Math.max(0, index - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}
