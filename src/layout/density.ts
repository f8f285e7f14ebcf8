/**
 * The density of many customers' traces (the "DenseLines" density line chart: Moritz & Fisher,
 * *Visualizing a Million Time Series with the Density Line Chart*, 2018): for each pixel column, how
 * many customers' lines pass through each pixel row, each line normalized so that it counts 1 per
 * column however many rows it crosses there — a steep segment spreads its 1 over the rows it spans
 * instead of outweighing a flat one.
 *
 * The traces are the straight segments between a customer's values at the steps' centres (the
 * density shows where customers are, not a smoothed curve), broken where a customer has no value. A
 * cell `(column, row)` covers x ∈ [column·cell, (column+1)·cell] and y ∈ [row·cell, (row+1)·cell)
 * in plot pixels. A run of values touches the columns from its first point's to its last point's;
 * in each it covers the rows between the lowest and highest y it reaches inside that column (a
 * segment's ends and any point in it). Each covered row gets 1 / (rows covered). A lone value (both
 * neighbours missing) counts 1 in its cell.
 *
 * Exact and incremental: each (customer, column) adds two numbers to a per-column difference array,
 * and the grid is their running sum, so binning is O(customers × columns) whatever the slopes, and
 * can be done a slice of customers at a time (`bin`) to keep the page responsive.
 */

export interface DensityGrid {
  /** Columns and rows of cells. */
  columns: number;
  rows: number;
  /** Cell size in plot pixels (the grid is drawn scaled by it). */
  cell: number;
  /** Row-major: `values[row * columns + column]`, lines through that cell (fractions of a line each). */
  values: Float64Array;
  /** The largest value. */
  max: number;
}

import { SegmentTally } from './density-segments.js';

/** Below this a running sum is a rounding residue of added and removed fractions, not a line. */
const EPSILON = 1e-9;

/** How many numbers a binner of a `width` × `height` px plot in cells of `cell` px works in (its difference array). */
export const scratchLength = (width: number, height: number, cell = 1): number =>
  Math.max(1, Math.ceil(width / cell)) * (Math.max(1, Math.ceil(height / cell)) + 1);

export class DensityBinner {
  readonly columns: number;
  readonly rows: number;
  /** Customers binned so far (the next row of the matrix to bin). */
  next = 0;
  /**
   * Row-major difference array, `rows + 1` rows: `diff[row * columns + column]`. Row-major so that
   * the grid's running sums and the counted segments' runs of columns walk memory in order (a
   * column-major array made the grid's pass over 240 000 cells the slowest part of a 2 000-customer
   * density).
   */
  private readonly diff: Float64Array;
  private readonly px: Float64Array;
  private readonly py: Float64Array;
  /** Segments' inner columns, counted by their two values and binned once each (density-segments.ts). */
  private readonly tally: SegmentTally;

  /** Set by the first `grid()`: the binning is over, the difference array now holds the grid. */
  private finished?: DensityGrid;

  /**
   * `ys`: each customer's pixel heights, row-major (`ys[customer * xs.length + step]`, NaN for no
   * value) — or, with `project`, their values, each turned into a height by `project` as it is read
   * (100 000 customers' heights would be a second 19 MB array, filled in one task); `xs`: each
   * step's centre in pixels (increasing or decreasing, as in a right-to-left plot); `width`,
   * `height`: the plot's size in pixels; `cell`: pixels per grid cell; `scratch`: an array of at
   * least `scratchLength(width, height, cell)` numbers to bin in instead of a new one (cleared
   * first; the grid's values are then a view of it).
   */
  constructor(
    private readonly ys: ArrayLike<number>,
    private readonly xs: ArrayLike<number>,
    readonly customers: number,
    width: number,
    height: number,
    readonly cell = 1,
    /** False bins every column of every customer (the reference the tests compare the counting with). */
    countSegments = true,
    private readonly project?: (value: number) => number,
    scratch?: Float64Array,
  ) {
    this.columns = Math.max(1, Math.ceil(width / cell));
    this.rows = Math.max(1, Math.ceil(height / cell));
    const length = scratchLength(width, height, cell);
    this.diff = scratch && scratch.length >= length ? scratch.subarray(0, length).fill(0) : new Float64Array(length);
    this.px = new Float64Array(xs.length);
    this.py = new Float64Array(xs.length);
    this.tally = new SegmentTally(countSegments ? xs : [], this.columns, cell);
  }

  get done(): boolean {
    return this.next >= this.customers;
  }

  /** Bins the next `count` customers; returns whether every customer is binned. After `grid()` it bins nothing. */
  bin(count: number): boolean {
    if (this.finished) return true;
    const steps = this.xs.length;
    const end = Math.min(this.customers, this.next + Math.max(1, count));
    for (let customer = this.next; customer < end; customer++) {
      const offset = customer * steps;
      let start = -1;
      for (let step = 0; step <= steps; step++) {
        const defined = step < steps && !Number.isNaN(this.ys[offset + step]);
        if (defined && start < 0) start = step;
        if (!defined && start >= 0) {
          this.binRun(offset, start, step);
          start = -1;
        }
      }
    }
    this.next = end;
    return this.done;
  }

  /**
   * The grid of the customers binned so far, which ends the binning: the running sums are taken in
   * place, over the difference array, and the same grid is returned by later calls. (A second
   * grid-sized array cost more than the sums: on a virtual machine each fresh page of memory is a
   * fault, about 5–10 ms for the 1.3 MB of a 950 × 170 px plot.)
   */
  grid(): DensityGrid {
    if (this.finished) return this.finished;
    const { columns, rows, diff } = this;
    this.tally.addTo(diff, columns, rows);
    // Each cell becomes its column's running sum down to it (unclamped in `sums`, as before it was
    // taken in place: the same values exactly).
    const sums = new Float64Array(columns);
    let max = 0;
    for (let row = 0; row < rows; row++) {
      const base = row * columns;
      for (let column = 0; column < columns; column++) {
        const sum = (sums[column] += diff[base + column]);
        const value = sum < EPSILON ? 0 : sum;
        diff[base + column] = value;
        if (value > max) max = value;
      }
    }
    this.finished = { columns, rows, cell: this.cell, values: diff.subarray(0, columns * rows), max };
    return this.finished;
  }

  private columnOf(x: number): number {
    return Math.min(this.columns - 1, Math.max(0, Math.floor(x / this.cell)));
  }

  /** One run of defined values, steps [start, end) of the customer at `offset`. */
  private binRun(offset: number, start: number, end: number): void {
    const { px, py, xs, ys, cell, diff, rows, columns, project } = this;
    const n = end - start;
    // In increasing x, whichever way the steps run on screen.
    const reversed = n > 1 && xs[end - 1] < xs[start];
    for (let i = 0; i < n; i++) {
      const step = reversed ? end - 1 - i : start + i;
      px[i] = xs[step];
      py[i] = project ? project(ys[offset + step]) : ys[offset + step];
    }
    // The hot loop (customers × columns): no calls, one multiplication per row index, the segment's
    // slope computed once per segment. A negative height truncates towards 0, which the clamp makes 0.
    const inverse = 1 / cell;
    const lastRow = rows - 1;
    const xEnd = px[n - 1];
    const first = this.columnOf(px[0]);
    const last = this.columnOf(xEnd);
    const tally = this.tally;
    let segment = 0;
    let slope = n > 1 ? (py[1] - py[0]) / (px[1] - px[0]) : 0;
    let left = py[0];
    let tallied = -1;
    for (let column = first; column <= last; column++) {
      const boundary = (column + 1) * cell;
      const right = column === last || boundary > xEnd ? xEnd : boundary;
      let low = left;
      let high = left;
      while (segment < n - 1 && px[segment + 1] <= right) {
        segment++;
        const y = py[segment];
        if (y < low) low = y;
        if (y > high) high = y;
        if (segment < n - 1) slope = (py[segment + 1] - y) / (px[segment + 1] - px[segment]);
      }
      const yRight = segment < n - 1 ? py[segment] + slope * (right - px[segment]) : py[n - 1];
      if (yRight < low) low = yRight;
      if (yRight > high) high = yRight;
      let from = (low * inverse) | 0;
      let to = (high * inverse) | 0;
      if (from < 0) from = 0;
      else if (from > lastRow) from = lastRow;
      if (to < 0) to = 0;
      else if (to > lastRow) to = lastRow;
      const weight = 1 / (to - from + 1);
      diff[from * columns + column] += weight;
      diff[(to + 1) * columns + column] -= weight;
      left = yRight;
      // Entering a segment's inner columns: counted by the segment's two values, binned once per pair.
      if (segment < n - 1 && segment !== tallied) {
        tallied = segment;
        const s = reversed ? end - 2 - segment : start + segment;
        if (column + 1 === tally.first[s] && tally.add(s, py[segment], py[segment + 1])) {
          column = tally.last[s];
          left = py[segment] + slope * ((column + 1) * cell - px[segment]);
        }
      }
    }
  }
}

/** Bins every customer at once (tests, small counts). */
export function densityGrid(
  ys: ArrayLike<number>,
  xs: ArrayLike<number>,
  customers: number,
  width: number,
  height: number,
  cell = 1,
): DensityGrid {
  const binner = new DensityBinner(ys, xs, customers, width, height, cell);
  binner.bin(customers);
  return binner.grid();
}

/** Opacity of the faintest drawn cell (one line) and of the densest. */
export const DENSITY_ALPHA = { min: 0.08, max: 0.8 };

/**
 * The sequential ramp, as opacity of one colour over the plot's background: 0 where no line passes,
 * then from `DENSITY_ALPHA.min` for a fraction of a line up to `DENSITY_ALPHA.max` for the densest
 * cell, on a logarithmic scale (`log(1 + value) / log(1 + max)`), so the few customers away from the
 * crowd stay visible next to thousands in it.
 */
export function densityAlpha(value: number, max: number): number {
  if (!(value > 0) || !(max > 0)) return 0;
  const t = Math.log1p(value) / Math.log1p(max);
  return DENSITY_ALPHA.min + (DENSITY_ALPHA.max - DENSITY_ALPHA.min) * Math.min(1, t);
}

/** An sRGB colour, 0–255 per channel. */
export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/**
 * Parses the colour forms a canvas gives back for `fillStyle` (`#rrggbb`, `rgb(r, g, b)`,
 * `rgba(r, g, b, a)`); undefined for anything else.
 */
export function parseRgb(text: string): Rgb | undefined {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(text.trim());
  if (hex) return { r: parseInt(hex[1], 16), g: parseInt(hex[2], 16), b: parseInt(hex[3], 16) };
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/i.exec(text.trim());
  if (rgb) return { r: Math.round(Number(rgb[1])), g: Math.round(Number(rgb[2])), b: Math.round(Number(rgb[3])) };
  return undefined;
}

/**
 * The grid as RGBA pixels (one per cell, row-major, straight alpha as `ImageData` wants it): the
 * colour everywhere, its opacity from `densityAlpha`. Written into `scratch` (cleared first) when it
 * holds at least 4 bytes per cell.
 */
export function densityPixels(grid: DensityGrid, color: Rgb, scratch?: Uint8ClampedArray<ArrayBuffer>): Uint8ClampedArray<ArrayBuffer> {
  const { values, max } = grid;
  const length = values.length * 4;
  const pixels = scratch && scratch.length >= length ? scratch.subarray(0, length).fill(0) : new Uint8ClampedArray(length);
  // 256 opacity steps: the ramp is quantized as the pixels are.
  const scale = max > 0 ? 255 / Math.log1p(max) : 0;
  const alphas = new Uint8ClampedArray(256);
  for (let i = 0; i < 256; i++) alphas[i] = Math.round(255 * (DENSITY_ALPHA.min + ((DENSITY_ALPHA.max - DENSITY_ALPHA.min) * i) / 255));
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (value <= 0) continue;
    const p = i * 4;
    pixels[p] = color.r;
    pixels[p + 1] = color.g;
    pixels[p + 2] = color.b;
    pixels[p + 3] = alphas[Math.min(255, Math.round(Math.log1p(value) * scale))];
  }
  return pixels;
}

/** `auto` draws lines up to this many customers and a density above (see docs/emotion-curve.md). */
export const DENSITY_THRESHOLD = 500;

export type TracesMode = 'auto' | 'lines' | 'density';

/** Whether `count` customers are drawn as a density under the `traces` setting (unknown values: `auto`). */
export function drawsDensity(mode: string | undefined, count: number): boolean {
  if (mode === 'density') return count > 0;
  if (mode === 'lines') return false;
  return count > DENSITY_THRESHOLD;
}
