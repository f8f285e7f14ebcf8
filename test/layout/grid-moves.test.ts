import { expect } from '@open-wc/testing';
import {
  cellIndexAt,
  cellStart,
  clampPosition,
  navigationKey,
  nextCell,
  type GridShape,
} from '../../src/layout/grid-moves.js';

// A map with stages of 2 and 3 steps: a stage row (corner + 2 stages), a step row, 6 lanes, the third
// of them collapsed (only its row header).
const shape: GridShape = [
  [1, 2, 3],
  [1, 1, 1, 1, 1, 1],
  [1, 1, 1, 1, 1, 1],
  [1, 1, 1, 1, 1, 1],
  [1],
  [1, 1, 1, 1, 1, 1],
  [1, 1, 1, 1, 1, 1],
  [1, 1, 1, 1, 1, 1],
];

describe('layout/grid-moves', () => {
  it('finds the cell covering a column and where a cell starts', () => {
    expect([0, 1, 2, 3, 4, 5].map((col) => cellIndexAt(shape[0], col))).to.deep.equal([0, 1, 1, 2, 2, 2]);
    expect(cellIndexAt(shape[4], 3)).to.equal(0);
    expect([0, 1, 2, 3].map((i) => cellStart(shape[0], i))).to.deep.equal([0, 1, 3, 6]);
  });

  it('moves one cell left and right without wrapping', () => {
    expect(nextCell({ row: 2, col: 3 }, 'ArrowRight', shape)).to.deep.equal({ row: 2, col: 4 });
    expect(nextCell({ row: 2, col: 3 }, 'ArrowLeft', shape)).to.deep.equal({ row: 2, col: 2 });
    expect(nextCell({ row: 2, col: 5 }, 'ArrowRight', shape)).to.deep.equal({ row: 2, col: 5 });
    expect(nextCell({ row: 2, col: 0 }, 'ArrowLeft', shape)).to.deep.equal({ row: 2, col: 0 });
  });

  it('steps over spanning stage headers as whole cells', () => {
    expect(nextCell({ row: 0, col: 0 }, 'ArrowRight', shape)).to.deep.equal({ row: 0, col: 1 });
    expect(nextCell({ row: 0, col: 2 }, 'ArrowRight', shape)).to.deep.equal({ row: 0, col: 3 });
    expect(nextCell({ row: 0, col: 4 }, 'ArrowLeft', shape)).to.deep.equal({ row: 0, col: 1 });
    expect(nextCell({ row: 0, col: 5 }, 'ArrowRight', shape)).to.deep.equal({ row: 0, col: 5 });
  });

  it('mirrors Left and Right under right-to-left', () => {
    expect(nextCell({ row: 3, col: 2 }, 'ArrowLeft', shape, true)).to.deep.equal({ row: 3, col: 3 });
    expect(nextCell({ row: 3, col: 2 }, 'ArrowRight', shape, true)).to.deep.equal({ row: 3, col: 1 });
    expect(nextCell({ row: 3, col: 0 }, 'ArrowRight', shape, true)).to.deep.equal({ row: 3, col: 0 });
    expect(nextCell({ row: 3, col: 2 }, 'ArrowUp', shape, true)).to.deep.equal({ row: 2, col: 2 });
  });

  it('moves up and down keeping the column, through spans and collapsed rows', () => {
    expect(nextCell({ row: 1, col: 4 }, 'ArrowUp', shape)).to.deep.equal({ row: 0, col: 4 });
    expect(nextCell({ row: 0, col: 4 }, 'ArrowDown', shape)).to.deep.equal({ row: 1, col: 4 });
    expect(nextCell({ row: 0, col: 4 }, 'ArrowUp', shape)).to.deep.equal({ row: 0, col: 4 });
    expect(nextCell({ row: 7, col: 4 }, 'ArrowDown', shape)).to.deep.equal({ row: 7, col: 4 });
    const onCollapsed = nextCell({ row: 3, col: 4 }, 'ArrowDown', shape);
    expect(onCollapsed).to.deep.equal({ row: 4, col: 4 });
    expect(cellIndexAt(shape[4], onCollapsed.col)).to.equal(0);
    expect(nextCell(onCollapsed, 'ArrowDown', shape)).to.deep.equal({ row: 5, col: 4 });
    expect(nextCell(onCollapsed, 'ArrowRight', shape)).to.deep.equal(onCollapsed);
  });

  it('goes to the ends of a row with Home and End', () => {
    expect(nextCell({ row: 2, col: 3 }, 'Home', shape)).to.deep.equal({ row: 2, col: 0 });
    expect(nextCell({ row: 2, col: 3 }, 'End', shape)).to.deep.equal({ row: 2, col: 5 });
    expect(nextCell({ row: 0, col: 1 }, 'End', shape)).to.deep.equal({ row: 0, col: 3 });
    expect(nextCell({ row: 4, col: 2 }, 'End', shape)).to.deep.equal({ row: 4, col: 0 });
  });

  it('goes to the corners of the grid with Ctrl+Home and Ctrl+End', () => {
    expect(nextCell({ row: 5, col: 3 }, 'CtrlHome', shape)).to.deep.equal({ row: 0, col: 0 });
    expect(nextCell({ row: 1, col: 1 }, 'CtrlEnd', shape)).to.deep.equal({ row: 7, col: 5 });
  });

  it('pages by five rows and stops at the first and last row', () => {
    expect(nextCell({ row: 1, col: 2 }, 'PageDown', shape)).to.deep.equal({ row: 6, col: 2 });
    expect(nextCell({ row: 6, col: 2 }, 'PageDown', shape)).to.deep.equal({ row: 7, col: 2 });
    expect(nextCell({ row: 6, col: 2 }, 'PageUp', shape)).to.deep.equal({ row: 1, col: 2 });
    expect(nextCell({ row: 3, col: 2 }, 'PageUp', shape)).to.deep.equal({ row: 0, col: 2 });
  });

  it('reads keyboard events, with Ctrl or Cmd for the corners', () => {
    expect(navigationKey({ key: 'ArrowDown' })).to.equal('ArrowDown');
    expect(navigationKey({ key: 'Home', ctrlKey: true })).to.equal('CtrlHome');
    expect(navigationKey({ key: 'End', metaKey: true })).to.equal('CtrlEnd');
    expect(navigationKey({ key: 'ArrowDown', ctrlKey: true })).to.equal(undefined);
    expect(navigationKey({ key: 'ArrowLeft', altKey: true })).to.equal(undefined);
    expect(navigationKey({ key: 'Tab' })).to.equal(undefined);
  });

  it('clamps stale positions into a smaller grid', () => {
    expect(clampPosition({ row: 12, col: 9 }, shape)).to.deep.equal({ row: 7, col: 5 });
    expect(clampPosition({ row: 4, col: 3 }, shape)).to.deep.equal({ row: 4, col: 0 });
    expect(clampPosition({ row: -1, col: -2 }, shape)).to.deep.equal({ row: 0, col: 0 });
  });

  it('leaves the position alone in an empty grid', () => {
    expect(nextCell({ row: 0, col: 0 }, 'ArrowDown', [])).to.deep.equal({ row: 0, col: 0 });
  });
});
