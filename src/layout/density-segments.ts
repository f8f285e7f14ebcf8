/**
 * Customers' straight stretches between two neighbouring steps, counted instead of binned one by one
 * (used by `DensityBinner`, layout/density.ts).
 *
 * Between two steps' centres a trace is one straight segment. The pixel columns strictly inside it —
 * after the column holding its left end, up to the one before the column holding its right end —
 * get a contribution that depends only on the segment's two values, so every customer with the same
 * two values adds the same thing there. Emotions are usually whole or half points (9 values on the
 * usual scale), so 100 000 customers have a few dozen distinct pairs per segment: each pair's inner
 * columns are binned once, weighted by how many customers share it, instead of once per customer
 * (the binning of 100 000 customers spent most of its time in those columns).
 *
 * Exact: the same arithmetic as the binner's loop for those columns (left and right edge heights on
 * the segment, truncated to rows, clamped), only added once with weight `count / rows` instead of
 * `count` times with `1 / rows`. A step whose values are too varied to count (continuous data) is
 * left to the binner's loop.
 */

/** Distinct values kept per step; a step with more is binned customer by customer. */
const MAX_VALUES = 32;

export class SegmentTally {
  /** Per segment (between steps s and s + 1): the first and last inner column (none when first > last). */
  readonly first: Int32Array;
  readonly last: Int32Array;
  /** Per segment: the step on the left on screen (s, or s + 1 in a right-to-left plot). */
  private readonly leftStep: Int32Array;
  /** Per step: its distinct values (`values[step * MAX_VALUES + id]`), how many, whether it has too many. */
  private readonly values: Float64Array;
  private readonly known: Int32Array;
  private readonly varied: Uint8Array;
  /** Per segment and pair of value ids (left, right): customers counted. */
  private readonly counts: Float64Array;

  constructor(
    private readonly xs: ArrayLike<number>,
    columns: number,
    private readonly cell: number,
  ) {
    const steps = xs.length;
    const segments = Math.max(0, steps - 1);
    this.first = new Int32Array(segments).fill(1);
    this.last = new Int32Array(segments);
    this.leftStep = new Int32Array(segments);
    this.values = new Float64Array(steps * MAX_VALUES);
    this.known = new Int32Array(steps);
    this.varied = new Uint8Array(steps);
    this.counts = new Float64Array(segments * MAX_VALUES * MAX_VALUES);
    const increasing = steps < 2 || xs[1] > xs[0];
    for (let s = 0; s < segments; s++) {
      // Only where the steps run one way (a plot's centres do); otherwise nothing is counted.
      if (!(increasing ? xs[s + 1] > xs[s] : xs[s + 1] < xs[s])) return;
    }
    for (let s = 0; s < segments; s++) {
      const left = increasing ? s : s + 1;
      this.leftStep[s] = left;
      const xLeft = xs[left];
      const xRight = xs[increasing ? s + 1 : s];
      // The binner takes a vertex at x in the first column c with x ≤ (c + 1)·cell: the inner columns
      // start right after that one and end before the one that takes the right end.
      const from = Math.ceil(xLeft / cell);
      let to = Math.min(columns - 2, Math.ceil(xRight / cell) - 2);
      while (to >= from && !(xRight > (to + 1) * cell)) to--;
      if (from >= 1 && xLeft > 0 && xLeft <= from * cell && to >= from) {
        this.first[s] = from;
        this.last[s] = to;
      }
    }
  }

  /** The id of `y` among `step`'s values, adding it; -1 when the step has too many to count. */
  private idOf(step: number, y: number): number {
    if (this.varied[step]) return -1;
    const base = step * MAX_VALUES;
    const known = this.known[step];
    for (let id = 0; id < known; id++) if (this.values[base + id] === y) return id;
    if (known === MAX_VALUES) {
      this.varied[step] = 1;
      return -1;
    }
    this.values[base + known] = y;
    this.known[step] = known + 1;
    return known;
  }

  /**
   * Counts one customer's segment `s` with heights `yLeft` and `yRight` (left and right on screen);
   * false when it has no inner columns or its values are too varied (the binner bins it itself).
   */
  add(s: number, yLeft: number, yRight: number): boolean {
    if (this.first[s] > this.last[s]) return false;
    const left = this.leftStep[s];
    const right = left === s ? s + 1 : s;
    const a = this.idOf(left, yLeft);
    if (a < 0) return false;
    const b = this.idOf(right, yRight);
    if (b < 0) return false;
    this.counts[(s * MAX_VALUES + a) * MAX_VALUES + b]++;
    return true;
  }

  /**
   * Adds the counted segments' inner columns to the binner's difference array (row-major, `rows + 1`
   * rows of `columns`) and starts counting afresh.
   */
  addTo(diff: Float64Array, columns: number, rows: number): void {
    const { xs, cell } = this;
    const inverse = 1 / cell;
    const lastRow = rows - 1;
    for (let s = 0; s < this.first.length; s++) {
      const from = this.first[s];
      const to = this.last[s];
      if (from > to) continue;
      const left = this.leftStep[s];
      const right = left === s ? s + 1 : s;
      const xLeft = xs[left];
      const xRight = xs[right];
      for (let a = 0; a < this.known[left]; a++) {
        for (let b = 0; b < this.known[right]; b++) {
          const count = this.counts[(s * MAX_VALUES + a) * MAX_VALUES + b];
          if (count === 0) continue;
          const yLeft = this.values[left * MAX_VALUES + a];
          const yRight = this.values[right * MAX_VALUES + b];
          // As the binner's loop computes them: the slope, then each edge's height from the left end.
          const slope = (yRight - yLeft) / (xRight - xLeft);
          for (let column = from; column <= to; column++) {
            const y0 = yLeft + slope * (column * cell - xLeft);
            const y1 = yLeft + slope * ((column + 1) * cell - xLeft);
            let low = (Math.min(y0, y1) * inverse) | 0;
            let high = (Math.max(y0, y1) * inverse) | 0;
            if (low < 0) low = 0;
            else if (low > lastRow) low = lastRow;
            if (high < 0) high = 0;
            else if (high > lastRow) high = lastRow;
            const weight = count / (high - low + 1);
            diff[low * columns + column] += weight;
            diff[(high + 1) * columns + column] -= weight;
          }
        }
      }
    }
    this.counts.fill(0);
  }
}
